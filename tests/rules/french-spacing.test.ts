import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Position} from 'unist'
import {describe, expect, it} from 'vitest'
import {applySuggestions, lintText, ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'french-spacing'
const typography = new Set(['french-guillemets', 'quote-direction', 'french-spacing'])

const applyTypographyFixes = (text: string) => applySuggestions(text, typography)

describe('french-spacing', () => {
  it('flags exactly the spaces inside the seed article’s curly quotes', async () => {
    const seed = readFileSync(seedPath, 'utf8')
    const findings = (await lintText(seed)).filter((finding) => finding.ruleId === id)
    expect(summary(findings)).toEqual([
      ['25:112', ' ', ['']],
      ['25:293', ' ', ['']],
      ['39:192', ' ', ['']],
      ['41:171', ' ', ['']],
      ['41:276', ' ', ['']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected space after the opening quote `“`, English puts none',
      'Unexpected space before the closing quote `“`, English puts none',
      'Unexpected space after the opening quote `”`, English puts none',
      'Unexpected space after the opening quote `”`, English puts none',
      'Unexpected space before the closing quote `“`, English puts none'
    ])
    for (const finding of findings) {
      expect(finding.fatal).toBe(false)
      expect(finding.category).toBe('Linguistic conventions/Punctuation')
      expect(finding.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#french-spacing')
    }
  })

  it('leaves the seed’s guillemet spaces to french-guillemets', async () => {
    const text = 'They are right to prepare so much in advance rather than waiting for the first blows. »'
    expect(await ruleFindings(id, text)).toEqual([])
    expect(await ruleFindings(id, 'He said « Bonjour »— and left.')).toEqual([])
  })

  it('gives clean typography in seed sentences once all typography fixes are applied', async () => {
    expect(
      await applyTypographyFixes(
        'While the West is considering sending heavy tanks, Moscow fears reasserting control in the face of an invasion of Ukraine anyway. ” In the context of a nuclear war, the defeat of a nuclear power can turn into a nuclear war.'
      )
    ).toBe(
      'While the West is considering sending heavy tanks, Moscow fears reasserting control in the face of an invasion of Ukraine anyway. “In the context of a nuclear war, the defeat of a nuclear power can turn into a nuclear war.'
    )
    expect(
      await applyTypographyFixes('Peskov : « Ask the Ministry of Defense ! », he said . Why ? Nobody knows ; 10\u00A0000 troops.')
    ).toBe('Peskov: “Ask the Ministry of Defense!”, he said . Why? Nobody knows; 10,000 troops.')
  })

  it('flags a space before ; : ? ! and names no-break spaces', async () => {
    const findings = await ruleFindings(
      id,
      'Why ? Note : yes ; no !\nPourquoi\u00A0? Attention\u202F! Fin\u2009:'
    )
    expect(summary(findings)).toEqual([
      ['1:4', ' ', ['']],
      ['1:11', ' ', ['']],
      ['1:17', ' ', ['']],
      ['1:22', ' ', ['']],
      ['2:9', '\u00A0', ['']],
      ['2:21', '\u202F', ['']],
      ['2:27', '\u2009', ['']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected space before `?`, English puts none',
      'Unexpected space before `:`, English puts none',
      'Unexpected space before `;`, English puts none',
      'Unexpected space before `!`, English puts none',
      'Unexpected no-break space before `?`, English puts none',
      'Unexpected narrow no-break space before `!`, English puts none',
      'Unexpected thin space before `:`, English puts none'
    ])
    expect(findings[0]?.place).toEqual({
      start: {line: 1, column: 4, offset: 3},
      end: {line: 1, column: 5, offset: 4}
    })
  })

  it('flags the space once before ?! and before a question mark in brackets', async () => {
    expect(summary(await ruleFindings(id, 'Really ?! (truly ?)'))).toEqual([
      ['1:7', ' ', ['']],
      ['1:17', ' ', ['']]
    ])
  })

  it('flags spaces inside straight and curly quotes', async () => {
    const findings = await ruleFindings(id, 'He said " we will win " and “ left ”.')
    expect(summary(findings)).toEqual([
      ['1:10', ' ', ['']],
      ['1:22', ' ', ['']],
      ['1:30', ' ', ['']],
      ['1:35', ' ', ['']]
    ])
    expect(await applyTypographyFixes('He said " we will win " and “ left ”.')).toBe(
      'He said "we will win" and “left”.'
    )
  })

  it('suggests commas for thousands grouped with no-break or thin spaces', async () => {
    const findings = await ruleFindings(
      id,
      'About 10\u00A0000 soldiers, 1\u202F500\u202F000 rubles and 2\u2009500,5 km.'
    )
    expect(summary(findings)).toEqual([
      ['1:7', '10\u00A0000', ['10,000']],
      ['1:24', '1\u202F500\u202F000', ['1,500,000']],
      ['1:45', '2\u2009500,5', ['2,500.5']]
    ])
    expect(findings[0]?.reason).toBe(
      'Unexpected no-break space as a thousands separator in `10\u00A0000`, expected `10,000`'
    )
  })

  it('reports positions on the right line of a multi-line input', async () => {
    const findings = await ruleFindings(id, 'First line.\nSecond line.\nWhy ?')
    expect(summary(findings)).toEqual([['3:4', ' ', ['']]])
    expect(findings[0]?.place).toEqual({
      start: {line: 3, column: 4, offset: 28},
      end: {line: 3, column: 5, offset: 29}
    })
  })

  it('is silent when turned off', async () => {
    const text = 'Why ? Note : 10\u00A0000.'
    expect((await ruleFindings(id, text)).length).toBe(3)
    const off = await lintText(text, {rules: {[id]: 'off'}})
    expect(off.filter((finding) => finding.ruleId === id)).toEqual([])
  })

  it('never gives two typography findings overlapping spans, and flags the text it names', async () => {
    const pieces = ['word', 'Ukraine', '10', '000', ' ', '\u00A0', '\u202F', '\n', '\n\n', '“', '”', '"', '«', '»',
      '‹', '›', '’', '.', ',', ';', ':', '?', '!', ')', '(', '—', '=']
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), async (parts) => {
        const text = parts.join('')
        const spans = (await lintText(text))
          .filter((finding) => typography.has(finding.ruleId ?? ''))
          .map((finding) => {
            const place = finding.place as Position
            const start = place.start.offset!
            const end = place.end.offset!
            expect(end).toBeGreaterThan(start)
            expect(text.slice(start, end)).toBe(finding.actual)
            return [start, end] as const
          })
          .sort((a, b) => a[0] - b[0])
        for (let index = 1; index < spans.length; index++) {
          expect(spans[index]![0]).toBeGreaterThanOrEqual(spans[index - 1]![1])
        }
      }),
      {numRuns: 300}
    )
  })

  it.each([
    '“Like this,” he said.',
    'He called it “a show of muscle.”',
    'She said ‘no’ and left.',
    'Straight "quotes" are fine too.',
    'We meet at 10:30 in Moscow.',
    'Note: this is an example.',
    'Why? Nobody knows! Really; truly.',
    'See https://example.com/search?q=moscow&lang=en for more.',
    'Mr.\u00A0Smith drove 10\u00A0km on 20\u00A0January.',
    'In 2015 100 soldiers and 10 000 civilians left.',
    'The ratio is 3 : 2, as in John 3 : 16.',
    'Thanks :) and see you ;-) soon :(',
    'Check that a != b and x := 1 hold.',
    'Use the :hover selector and ?q= parameter.',
    '? Question at the start of a line',
    'Ukraine’s allies say it’s late.'
  ])('leaves alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })
})
