import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {applySuggestions, lintText, ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'stop-before-attribution'
const quoteRules = new Set(['french-guillemets', 'quote-direction', 'french-spacing', id])

describe('stop-before-attribution', () => {
  it('flags the point and the comma around the two attributed quotations of the seed', async () => {
    const findings = await ruleFindings(id, readFileSync(seedPath, 'utf8'))
    expect(summary(findings)).toEqual([
      ['25:292', '.', [',']],
      ['25:295', ',', ['']],
      ['41:275', '.', [',']],
      ['41:278', ',', ['']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected `.` ending a quotation that an attribution follows, expected `,` (the comma goes inside the closing quote)',
      'Unexpected `,` after the closing quote, remove it (the comma goes inside, in place of the full stop)',
      'Unexpected `.` ending a quotation that an attribution follows, expected `,` (the comma goes inside the closing quote)',
      'Unexpected `,` after the closing quote, remove it (the comma goes inside, in place of the full stop)'
    ])
    for (const finding of findings) {
      expect(finding).toMatchObject({fatal: true, category: 'Linguistic conventions/Punctuation', url: 'https://github.com/postedit/postedit/blob/main/docs/rules.md#stop-before-attribution'})
    }
  })

  it('composes with the other quote rules into English punctuation', async () => {
    expect(
      await applySuggestions('“ They are responsible for the measures taken. “, he said on Friday.', quoteRules)
    ).toBe('“They are responsible for the measures taken,” he said on Friday.')
    expect(await applySuggestions('« It is over. », said the minister.', quoteRules)).toBe(
      '“It is over,” said the minister.'
    )
  })

  it('reads "No." before a closing quote as the answer, not as an abbreviation', async () => {
    expect(summary(await ruleFindings(id, 'He answered “No.”, and left.'))).toEqual([
      ['1:16', '.', [',']],
      ['1:18', ',', ['']]
    ])
  })

  it('places both findings on their own line of a multi-line text', async () => {
    const findings = await ruleFindings(id, 'A title\n\nShe said: “Never.”, and left.\n')
    expect(findings.map((finding) => [finding.place, finding.actual])).toEqual([
      [{start: {line: 3, column: 17, offset: 25}, end: {line: 3, column: 18, offset: 26}}, '.'],
      [{start: {line: 3, column: 19, offset: 27}, end: {line: 3, column: 20, offset: 28}}, ',']
    ])
  })

  it.each([
    '“They are responsible,” he said.',
    '“It is over.” The minister left.',
    'He said “it is over.” Then he left.',
    'Apples, pears, “etc.”, were on the list.',
    'The report on the “U.S.”, he said, was late.',
    'Mark it “J.”, then sign.',
    'The price rose by 3.5, then fell.',
    'He wrote “yes”, not “no.”',
    'A list: a., b., c.'
  ])('leaves alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('is silenced by the config', async () => {
    const findings = await lintText('“It is over.”, he said.', {rules: {[id]: 'off'}})
    expect(findings.filter((finding) => finding.ruleId === id)).toEqual([])
  })
})
