import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'french-number-format'

describe('french-number-format', () => {
  it('finds nothing in the seed article', async () => {
    expect(summary(await ruleFindings(id, readFileSync(seedPath, 'utf8')))).toEqual([])
  })

  it('turns decimal commas, space-grouped thousands and spaced percents into English', async () => {
    const text = ['The river rose 3,5 m, then 12 000 people left.', 'Turnout was 61,25 % and the tax 7 %, up from 2.5 %.', 'A budget of 1 250 000,75 euros.'].join('\n')
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:16', '3,5', ['3.5']],
      ['1:28', '12 000', ['12,000']],
      ['2:13', '61,25 %', ['61.25%']],
      ['2:33', '7 %', ['7%']],
      ['2:46', '2.5 %', ['2.5%']],
      ['3:13', '1 250 000,75', ['1,250,000.75']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected French number format `3,5`, expected `3.5`')
    expect(findings[0]!.category).toBe('Locale conventions/Number format')
    expect(findings[0]!.fatal).toBe(false)
    expect(findings[0]!.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#french-number-format')
  })

  it('turns French times and spaced units into English', async () => {
    const text = 'The train left at 14h30, another at 9 h 05 and one at 7: 15; winds of 90 km / h.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:19', '14h30', ['14:30', '2:30 p.m.']],
      ['1:37', '9 h 05', ['9:05', '9:05 a.m.']],
      ['1:55', '7: 15', ['7:15']],
      ['1:74', 'km / h', ['km/h']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected French time format `14h30`, expected `14:30` or `2:30 p.m.`')
    expect(findings[2]!.reason).toBe('Unexpected space in the time `7: 15`, expected `7:15`')
    expect(findings[3]!.reason).toBe('Unexpected spaced unit `km / h`, expected `km/h`')
  })

  it('leaves English numbers, lists, years, scores, references and code alone', async () => {
    const clean = [
      'He sold 3,500 copies for $1,250.50 at 10:30 a.m.',
      'Pick 1, 2, 3 or 1,2,3 from pages 12-14.',
      'In 2015 100 soldiers came; in March 2020 2 000 more.',
      'They won 3-1, then 2 - 0, in the 2022 World Cup.',
      'See references 1,2 and 4,5 in the appendix.',
      'The ratio was 3:2 and version 1.2.3 shipped on 2023-01-20.',
      'Call 01 234 567 or visit example.com/3,5.',
      'A 4h drive and 5 km of road; 100% sure.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })
})
