import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {applySuggestions, lintText, ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'quote-direction'
const typography = new Set(['french-guillemets', 'quote-direction', 'french-spacing'])

const typographyFindings = async (text: string) =>
  (await lintText(text)).filter((finding) => typography.has(finding.ruleId ?? ''))

const applyTypographyFixes = (text: string) => applySuggestions(text, typography)

describe('quote-direction', () => {
  it('flags exactly the wrong-way quotes of the seed article', async () => {
    const seed = readFileSync(seedPath, 'utf8')
    const findings = (await lintText(seed)).filter((finding) => finding.ruleId === id)
    expect(summary(findings)).toEqual([
      ['25:294', '“', ['”']],
      ['39:191', '”', ['“']],
      ['41:170', '”', ['“']],
      ['41:277', '“', ['”']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected opening quote `“` closing a quotation, expected `”`',
      'Unexpected closing quote `”` opening a quotation, expected `“`; the quotation is never closed',
      'Unexpected closing quote `”` opening a quotation, expected `“`',
      'Unexpected opening quote `“` closing a quotation, expected `”`'
    ])
    for (const finding of findings) {
      expect(finding.fatal).toBe(true)
      expect(finding.category).toBe('Linguistic conventions/Punctuation')
      expect(finding.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#quote-direction')
    }
  })

  it('gives clean quotations in seed sentences once all typography fixes are applied', async () => {
    expect(
      await applyTypographyFixes(
        'Allegations that Kremlin spokesman Dmitry Peskov refused to comment on, giving the ball back to the military. “ They are responsible for ensuring the security of the country in general and the capital in particular, so it is better to ask the Ministry of Defense about all the measures taken. “, he said during a press conference on Friday, January 20.'
      )
    ).toBe(
      // The period before the comma is the translation's own punctuation, not a quote artifact.
      'Allegations that Kremlin spokesman Dmitry Peskov refused to comment on, giving the ball back to the military. “They are responsible for ensuring the security of the country in general and the capital in particular, so it is better to ask the Ministry of Defense about all the measures taken.”, he said during a press conference on Friday, January 20.'
    )
    expect(
      await applyTypographyFixes(
        'In any case, one thing is certain: this installation contradicts some Sergey Lavrov’s latest statements, Minister of Defense of Russia. ” Ukraine deploys air defense systems in residential areas, ignoring all laws of war and humanitarian law. “, recently charged.'
      )
    ).toBe(
      'In any case, one thing is certain: this installation contradicts some Sergey Lavrov’s latest statements, Minister of Defense of Russia. “Ukraine deploys air defense systems in residential areas, ignoring all laws of war and humanitarian law.”, recently charged.'
    )
  })

  it('leaves only the never-closed quotation of the seed once all typography fixes are applied', async () => {
    const fixed = await applyTypographyFixes(readFileSync(seedPath, 'utf8'))
    const findings = await typographyFindings(fixed)
    expect(summary(findings)).toEqual([['39:191', '“', undefined]])
    expect(findings[0]?.reason).toBe('Unexpected unmatched opening quote `“`, the quotation is never closed')
    expect(fixed).toContain('invasion of Ukraine anyway. “In the context of a nuclear war,')
  })

  it('decides direction by position: ” before a word opens, “ after a word closes', async () => {
    const findings = await ruleFindings(id, 'He called it ”a show of muscle“ yesterday.')
    expect(summary(findings)).toEqual([
      ['1:14', '”', ['“']],
      ['1:31', '“', ['”']]
    ])
    expect(findings[0]?.place).toEqual({
      start: {line: 1, column: 14, offset: 13},
      end: {line: 1, column: 15, offset: 14}
    })
  })

  it('decides direction by pairing when a mark is spaced on both sides', async () => {
    expect(summary(await ruleFindings(id, 'He said ” we will win ” and left.'))).toEqual([['1:9', '”', ['“']]])
    expect(summary(await ruleFindings(id, 'He said “ we will win “ and left.'))).toEqual([['1:23', '“', ['”']]])
  })

  it('reports a quotation never closed, without a fix', async () => {
    const findings = await ruleFindings(id, 'He said “we will win and left.')
    expect(summary(findings)).toEqual([['1:9', '“', undefined]])
    expect(findings[0]?.reason).toBe('Unexpected unmatched opening quote `“`, the quotation is never closed')
  })

  it('reports a closing quote never opened, without a fix', async () => {
    const findings = await ruleFindings(id, 'We will win.” Then he left.')
    expect(summary(findings)).toEqual([['1:13', '”', undefined]])
    expect(findings[0]?.reason).toBe('Unexpected unmatched closing quote `”`, no quotation is opened before it')
  })

  it('reports one finding for a wrong-way mark that is also unmatched', async () => {
    const findings = await ruleFindings(id, 'We will win.“, he said.')
    expect(summary(findings)).toEqual([['1:13', '“', ['”']]])
    expect(findings[0]?.reason).toBe(
      'Unexpected opening quote `“` closing a quotation, expected `”`; no quotation is opened before it'
    )
  })

  it('reports unbalanced straight quotes', async () => {
    const findings = await ruleFindings(id, 'He said "we will win and "left" early.')
    expect(summary(findings)).toEqual([['1:9', '"', undefined]])
    expect(findings[0]?.reason).toBe('Unexpected unmatched opening quote `"`, the quotation is never closed')
  })

  it('pairs quotes across a line break but not across a blank line', async () => {
    expect(await ruleFindings(id, 'He said “we will\nwin” and left.')).toEqual([])
    const findings = await ruleFindings(id, 'He said “we will\n\nwin” and left.')
    expect(summary(findings)).toEqual([
      ['1:9', '“', undefined],
      ['3:4', '”', undefined]
    ])
  })

  it('accepts a quotation over several paragraphs, each reopened and only the last closed', async () => {
    expect(await ruleFindings(id, '“We will win this war.\n\n“And we will rebuild,” he said.')).toEqual([])
  })

  it('reports positions on the right line of a multi-line input', async () => {
    const findings = await ruleFindings(id, 'First line.\nSecond line.\nHe said ”no“.')
    expect(summary(findings)).toEqual([
      ['3:9', '”', ['“']],
      ['3:12', '“', ['”']]
    ])
    expect(findings[1]?.place).toEqual({
      start: {line: 3, column: 12, offset: 36},
      end: {line: 3, column: 13, offset: 37}
    })
  })

  it('is silent when turned off', async () => {
    const text = 'He said ”no“.'
    expect((await ruleFindings(id, text)).length).toBe(2)
    const off = await lintText(text, {rules: {[id]: 'off'}})
    expect(off.filter((finding) => finding.ruleId === id)).toEqual([])
  })

  it.each([
    '“Like this,” he said.',
    'He called it “a show of muscle.”',
    '“Stop,” she said, “or we leave.”',
    'Ukraine’s allies say it’s “too late”.',
    'She said ‘no’ and left, and it’s over.',
    'Straight "quotes" are fine too.',
    'The screen is 5" wide and the cable 12″ long.',
    'Take the “Route 66” sign down.',
    'Set class="note" and id="main" in the template.',
    'Type `echo "hi` to test the shell.',
    'The battery (“Pantsir-S1”) was seen.',
    'He said—“no more.”',
    '“‘Hello,’ he said.”',
    'We meet at 10:30. Note: this matters. Why? See https://example.com/?q="x".'
  ])('leaves alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('gives a straight quote the style of its curly partner', async () => {
    const findings = await ruleFindings(id, 'The mayor called it “a fair deal" and the union "a trap” before the vote, "twice" in all.')
    expect(summary(findings)).toEqual([
      ['1:33', '"', ['”']],
      ['1:49', '"', ['“']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected straight quote `"` closing a quotation opened with `“`, expected `”`',
      'Unexpected straight quote `"` opening a quotation closed with `”`, expected `“`'
    ])
  })
})
