import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {JsonList, jsonChunks} from '../../src/problems/json-chunks.js'

const joined = (value: unknown, levels: number) => [...jsonChunks(value, levels)].join('')

describe('jsonChunks', () => {
  it('writes what JSON.stringify(value, null, 2) writes, byte for byte, at any number of levels', () => {
    const values = fc.anything({
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
      withObjectString: true
    })
    fc.assert(
      fc.property(values, fc.integer({min: 0, max: 6}), (value, levels) => {
        expect(joined(value, levels)).toBe(JSON.stringify(value, null, 2) ?? '')
      }),
      {numRuns: 2000}
    )
  })

  it('follows JSON.stringify where a value has no JSON: left out of an object, null in a list; toJSON honoured', () => {
    const value = {a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: {toJSON: (key: string) => `key ${key}`}, e: {toJSON: () => undefined}, f: {}, g: []}
    for (const levels of [0, 1, 2, 3]) expect(joined(value, levels)).toBe(JSON.stringify(value, null, 2))
    expect(joined(undefined, 2)).toBe('')
  })

  it('writes a JsonList as the array of its items, taking them one at a time, in pieces no larger than a member', () => {
    let taken = 0
    function* items() {
      for (let index = 0; index < 3; index++) {
        taken++
        yield {index, text: 'x'.repeat(10)}
      }
    }
    const chunks = jsonChunks({path: 'a.txt', messages: new JsonList(items())}, 2)
    // Nothing is taken before the pieces ahead of it are written.
    expect(chunks.next().value).toBe('{\n  "path": "a.txt"')
    expect(taken).toBe(0)
    const rest = [...chunks]
    expect(taken).toBe(3)
    const expected = JSON.stringify({path: 'a.txt', messages: [0, 1, 2].map((index) => ({index, text: 'x'.repeat(10)}))}, null, 2)
    expect('{\n  "path": "a.txt"' + rest.join('')).toBe(expected)
    expect(Math.max(...rest.map((chunk) => chunk.length))).toBeLessThan(80)
    expect(joined(new JsonList([]), 1)).toBe('[]')
  })
})
