import {describe, expect, it} from 'vitest'
import {pathologicalInputs} from '../../bench/pathological-inputs.js'
import {rules} from '../../src/rules/registry.js'
import {lintText} from '../helpers.js'

/** Every registered rule on, default-off ones too: each must cope with these inputs. */
const everyRule = {rules: Object.fromEntries(rules.map((rule) => [rule.id, 'error' as const]))}

/**
 * What each rule finds in inputs that once made a scan quadratic (bench/pathological.ts times
 * them): the fixes kept the rules' behaviour, so these are what a linear scan must still find.
 */
const expected: Record<string, Record<string, number>> = {
  'word, 100,000 spaces, x': {},
  '121 KB token of quote marks': {},
  '60,000 curly quote pairs': {},
  '100,000 no-break spaces then a colon': {'french-spacing': 1},
  '50,000 tag openers without a close': {},
  // The two copies meet at "so.. ": a doubled full stop. 200 kB on one line with no place that
  // keeps the tree: parse-paragraphs cuts it anyway in the second run of spaces, after which
  // the second "analysis" starts a sentence as the first does (whole, parse-latin read it as
  // going on from "so..").
  'Analysis after 100,000 spaces, twice': {'lowercase-sentence-start': 2, 'mistyped-punctuation': 1, 'translated-attribution': 2},
  '100,000 closers before a word': {},
  '100,000 line breaks': {},
  // A reporting colon glued to the next word, found once, not retried at every letter before it.
  'told, a 100,000-letter word, a glued colon': {'mistyped-punctuation': 1},
  // The cut-off "at" of each notice is inside the notice's deletion, and is not reported.
  '10,000 ad-blocker notices cut off mid-phrase': {'page-furniture': 10_000},
  '10,000 one-line paragraphs without a blank line': {},
  // Every tenth line ends its block without a stop; the forced cuts fall at blank lines, so no block is split.
  '40,000 lines that never end a sentence': {'unterminated-paragraph': 4_000},
  // Two findings a quotation: the point becomes the comma, the comma after the mark goes.
  '5,000 points before a quote and a comma, one block': {'stop-before-attribution': 10_000},
  '5,000 question marks for an apostrophe, one block': {'encoding-damage': 5_000},
  // Per line: the guillemets with their inner spaces (two), the spaces before ";" and "?" (two).
  '4,000 lines of guillemets and spaced semicolons, one block': {'french-guillemets': 8_000, 'french-spacing': 8_000}
}

describe('every rule on pathological input', () => {
  for (const [name, text] of Object.entries(pathologicalInputs)) {
    it(name, async () => {
      const findings = await lintText(text, everyRule)
      const counts: Record<string, number> = {}
      for (const finding of findings) counts[finding.ruleId!] = (counts[finding.ruleId!] ?? 0) + 1
      expect(counts).toEqual(expected[name])
    })
  }

  it('a long run of no-break spaces before a word is not flagged; the space before the colon is', async () => {
    const [finding] = (await lintText(pathologicalInputs['100,000 no-break spaces then a colon']!, everyRule)).filter((f) => f.ruleId === 'french-spacing')
    expect([finding?.place, finding?.reason]).toEqual([
      {start: {line: 1, column: 100_006, offset: 100_005}, end: {line: 1, column: 100_007, offset: 100_006}},
      'Unexpected space before `:`, English puts none'
    ])
  })

  it('each "analysis <outlet>" after a long run of spaces is still found', async () => {
    const found = (await lintText(pathologicalInputs['Analysis after 100,000 spaces, twice']!, everyRule)).filter((f) => f.ruleId === 'translated-attribution')
    expect(found.map((f) => [f.column, f.actual])).toEqual([
      [100_012, 'watchman'],
      [200_055, 'watchman']
    ])
  })
})
