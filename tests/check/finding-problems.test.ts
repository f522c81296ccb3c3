import {describe, expect, it} from 'vitest'
import {sourceSpan} from '../../src/check/finding-problems.js'
import {applyCorrections} from '../../src/corrections/apply.js'

describe('sourceSpan: where a cleaned-text span was in the source', () => {
  const source = 'It is used to combat combat aircraft.\nThey met in in Paris.\n'
  const {text, applied} = applyCorrections(source, [
    {id: 'combat', exact: 'combat combat', replacement: 'combat', status: 'approved', reviewer: 'desk', reviewed: '2026-11-20'}
  ])

  it('shifts a span after an edit by what the edit removed', () => {
    const start = text.indexOf('in in')
    expect(sourceSpan([start, start + 5], applied)).toEqual([source.indexOf('in in'), source.indexOf('in in') + 5])
    expect(sourceSpan([0, 2], applied)).toEqual([0, 2])
  })

  it('has none for a span that an edit’s output touches or borders', () => {
    const out = applied[0]!
    expect(sourceSpan([out.outputStart, out.outputEnd], applied)).toBeUndefined()
    expect(sourceSpan([out.outputEnd, out.outputEnd + 3], applied)).toBeUndefined()
    expect(sourceSpan([out.outputStart - 3, out.outputStart], applied)).toBeUndefined()
  })
})
