import {readFileSync} from 'node:fs'
import type {Position} from 'unist'
import {describe, expect, it} from 'vitest'
import {ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'which-calque'

describe('which-calque', () => {
  it('flags "Which ministry has not commented yet." in the seed article, and nothing else there', async () => {
    const findings = await ruleFindings(id, readFileSync(seedPath, 'utf8'))
    expect(summary(findings)).toEqual([['25:354', 'Which', ['The', 'This']]])
    const [finding] = findings
    expect(finding!.reason).toBe(
      'Unexpected `Which` opening a statement, expected `The` or `This` (French *lequel/laquelle* read as a question word)'
    )
    expect(finding!.fatal).toBe(false)
    expect(finding!.category).toBe('Linguistic conventions/Grammar')
    expect(finding!.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#which-calque')
  })

  it('offers no fix when "Which" is an object relative or "Whom" opens the statement', async () => {
    const findings = await ruleFindings(id, 'The army denied the report. Which he confirmed later. Whom the court released on bail.')
    expect(summary(findings)).toEqual([
      ['1:29', 'Which', undefined],
      ['1:55', 'Whom', undefined]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected `Which` opening a statement that is not a question (French *ce que* calque); rephrase the sentence',
      'Unexpected `Whom` opening a statement that is not a question (a French relative *dont/lequel* calque); rephrase the sentence'
    ])
  })

  it('reports positions on multi-line input', async () => {
    const text = 'The minister spoke on Friday. Which ministry has not commented yet.\nWhich countries have not signed.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:31', 'Which', ['The', 'This']],
      ['2:1', 'Which', ['The', 'This']]
    ])
    const place = findings[1]!.place as Position
    expect([place.start.offset, place.end.offset]).toEqual([68, 73])
  })

  it('leaves questions, sentential relatives, indirect questions and mid-sentence "which" alone', async () => {
    const clean = [
      'Which ministry has not commented yet?',
      'Which is why the plan failed.',
      'Which means the talks are over.',
      'Which, of course, nobody believed.',
      'Which prompted a second inquiry.',
      'Which countries have signed remains unclear.',
      'Which drug works best depends on the patient.',
      'The ministry, which has not commented, is under pressure.',
      'He asked which ministry had commented.',
      'Which vaccine is best for children',
      'Kremlin spokesman Dmitry Peskov refused to comment.',
      'Ukraine’s allies gather this Friday.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })
})
