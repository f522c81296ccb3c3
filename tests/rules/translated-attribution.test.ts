import {readFileSync} from 'node:fs'
import type {Position} from 'unist'
import {describe, expect, it} from 'vitest'
import {ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'translated-attribution'

describe('translated-attribution', () => {
  it('flags both translated attributions of the seed article, and nothing else there', async () => {
    const findings = await ruleFindings(id, readFileSync(seedPath, 'utf8'))
    expect(summary(findings)).toEqual([
      ['21:23', 'watchman', undefined],
      ['23:153', 'watchman', undefined]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      "Unexpected common noun `watchman` where a publication or person is named (French attribution *comme l'écrit …*); keep the outlet's original name",
      "Unexpected common noun `watchman` where a publication or person is named (French attribution *analyse …*); keep the outlet's original name"
    ])
    for (const finding of findings) {
      expect(finding.fatal).toBe(false)
      expect(finding.category).toBe('Accuracy/Mistranslation')
      expect(finding.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#translated-attribution')
    }
  })

  it('names the outlet when the data knows its translated name', async () => {
    const findings = await ruleFindings(
      id,
      'According to the parisian, the strike will last. As written the chained duck, nobody knew. The deal collapsed, writes the echoes.'
    )
    expect(summary(findings)).toEqual([
      ['1:14', 'the parisian', ['Le Parisien']],
      ['1:61', 'the chained duck', ['Le Canard enchaîné']],
      ['1:119', 'the echoes', ['Les Échos']]
    ])
    expect(findings[0]!.reason).toBe(
      "Unexpected `the parisian` where a publication is named (French attribution *selon …*), expected `Le Parisien`: keep the outlet's original name"
    )
  })

  it('flags a common noun after "as noted" and "as reported", and an ambiguous rendering only where no noun can stand', async () => {
    const findings = await ruleFindings(
      id,
      'As noted truth, the talks failed. As reported view, the troops left. As written the world, prices rose.'
    )
    expect(summary(findings)).toEqual([
      ['1:10', 'truth', ['Pravda']],
      ['1:47', 'view', ['Vzglyad']],
      ['1:81', 'the world', ['Le Monde']]
    ])
  })

  it('flags a translated name right after "newspaper" or "daily", whatever its case', async () => {
    const findings = await ruleFindings(
      id,
      'The Quebec daily the duty reported a deficit. She wrote for the weekly The Liberated Dauphiné, then left. In the newspaper the world, a column ran.'
    )
    expect(summary(findings)).toEqual([
      ['1:18', 'the duty', ['Le Devoir']],
      ['1:72', 'The Liberated Dauphiné', ['Le Dauphiné libéré']],
      ['1:124', 'the world', ['Le Monde']]
    ])
    expect(findings[0]!.reason).toBe(
      "Unexpected `the duty` where a publication is named (French attribution *le quotidien …*), expected `Le Devoir`: keep the outlet's original name"
    )
  })

  it('leaves a relative clause, a plural and a real English title after "daily" alone', async () => {
    const clean = [
      'It is a newspaper the right loves.',
      'Newspapers the world over ran the photo.',
      'The story was printed daily the world over.',
      'The British daily The Times said so.',
      'The daily news was grim.',
      'The Montreal daily Le Devoir reported it first.',
      'A magazine the press ignored for years folded.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('reports positions on multi-line input', async () => {
    const text = 'The front held.\n\nBut as explained businessman, the sanctions bite.\nIt is only a matter of time.analysis journalist Anna Petrova, a veteran reporter.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['3:18', 'businessman', ['Kommersant']],
      ['4:38', 'journalist', undefined]
    ])
    const place = findings[1]!.place as Position
    expect(text.slice(place.start.offset, place.end.offset)).toBe('journalist')
  })

  it('leaves names, institutions and ordinary English attributions alone', async () => {
    const clean = [
      'Kremlin spokesman Dmitry Peskov refused to comment.',
      'As written in the report, the trial ended early.',
      'As noted above, the dose was halved.',
      'According to the ministry, ten people were hurt.',
      'According to the police, the suspect fled.',
      'Analysis shows a clear trend.',
      'As reported by officials, the bridge is closed.',
      'As reported by the team, the results were negative.',
      'According to Le Monde, the vote is close.',
      'According to the team, the sample was too small.',
      'The data, writes columnist John Smith, tell another story.',
      'Cost analysis expert Jane Doe disagreed.',
      'As expected, the price rose.',
      'According to plan, the troops withdrew.',
      'In this context, analysis revealed Listeria in two samples.',
      'As written by Le Figaro, the reform stalls.',
      'Results: analysis of Group A showed a gain.',
      'As noted two years ago, costs rose.',
      'As highlighted recently by Smith, the effect holds.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })
})
