import {describe, expect, it} from 'vitest'
import {SpanSet} from '../../../src/rules/support/span-overlaps.js'

describe('SpanSet', () => {
  const set = new SpanSet([
    {start: 20, end: 25},
    {start: 2, end: 4},
    {start: 6, end: 30}
  ])

  it('tells a span that shares a character with one of the set', () => {
    expect(set.overlaps(3, 5)).toBe(true)
    expect(set.overlaps(26, 40)).toBe(true)
    expect(set.overlaps(0, 3)).toBe(true)
  })

  it('tells a span that only touches one, or lies between, from one that overlaps', () => {
    expect(set.overlaps(0, 2)).toBe(false)
    expect(set.overlaps(4, 6)).toBe(false)
    expect(set.overlaps(30, 31)).toBe(false)
  })

  it('answers as a test against every span does, on many spans', () => {
    const spans = Array.from({length: 300}, (_, index) => ({start: (index * 37) % 1000, end: ((index * 37) % 1000) + (index % 7)}))
    const many = new SpanSet(spans)
    for (let start = 0; start < 1010; start += 3) {
      const end = start + (start % 5)
      expect(many.overlaps(start, end)).toBe(spans.some((span) => start < span.end && end > span.start))
    }
  })

  it('overlaps nothing when empty', () => {
    expect(new SpanSet([]).overlaps(0, 10)).toBe(false)
  })
})
