import {describe, expect, it} from 'vitest'
import {applyCorrections} from '../../src/corrections/apply.js'
import {FUZZY_LIMITS} from '../../src/corrections/fuzzy.js'
import type {Correction} from '../../src/corrections/types.js'

const approved = (fields: Pick<Correction, 'exact'> & Partial<Correction>): Correction => ({
  id: 'x',
  replacement: 'y',
  status: 'approved',
  reviewer: 'r',
  reviewed: '2026-01-01',
  ...fields
})

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(50_000)

describe('anchoring bounded in time and memory', () => {
  it('`exact: "a"` in a 2 MB text is ambiguous, counted up to a bound, with no hints to compute', () => {
    const result = applyCorrections(text, [approved({exact: 'a'})])
    expect(result.problems).toEqual([
      {
        id: 'x',
        kind: 'ambiguous',
        message:
          '`exact` "a" matches more than 1000 places in the source (at 1:37, 1:82, 1:127, 1:172, 1:217 and more); quote more of the text in `exact`, or add a `prefix` or `suffix`'
      }
    ])
  })

  it('a few places still get hints and an exact count', () => {
    const result = applyCorrections('one cat, two cat, three cat', [approved({exact: 'cat'})])
    expect(result.problems[0]?.message).toBe(
      '`exact` "cat" matches 3 places in the source (at 1:5, 1:14 and 1:25); to pick one, set prefix "ne " (for 1:5), prefix "o " (for 1:14) or prefix "ee " (for 1:25)'
    )
  })

  it('a 100 KB stale `exact` is reported as gone, too long to search approximately: no RangeError', () => {
    const exact = 'The quick brown fix '.repeat(5_000)
    const result = applyCorrections(text.slice(0, 200_000), [approved({exact})], {fuzzy: true})
    expect(result.applied).toEqual([])
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]!.message).toMatch(
      new RegExp(`is not in the source \\(stale: .*\\); fix the quote or remove the entry; it is too long for an approximate search \\(over ${FUZZY_LIMITS.maxQuote} characters, or too much work in a text this size\\), so --fuzzy cannot re-anchor it$`)
    )
  })

  it('a huge prefix is cut to the context next to `exact`, and the quote still re-anchors', () => {
    const source = 'Filler sentence here. '.repeat(2_000) + 'The minister of defence said so.'
    // Before the cut, aligning 110 KB of prefix took a RangeError (an array too large).
    const prefix = 'Filler sentence here. '.repeat(5_000)
    const result = applyCorrections(source, [approved({exact: 'The minister of defense said so.', prefix})], {fuzzy: true})
    expect(result.problems).toEqual([])
    expect(result.applied.map((item) => [item.start, item.end])).toEqual([[source.length - 32, source.length]])
  })
})
