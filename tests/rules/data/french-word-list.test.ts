import {createRequire} from 'node:module'
import {gunzipSync, gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {decodeWordList, encodeWordList} from '../../../src/rules/data/french-word-list.js'

describe('the compact French word list', () => {
  it('front-codes sorted words: a prefix length, then the rest', () => {
    expect(encodeWordList(['maison', 'mais', 'main', 'a', 'mais'])).toBe('0a\n0main\n3s\n4on\n')
    expect(decodeWordList('0a\n0main\n3s\n4on\n')).toEqual(['a', 'main', 'mais', 'maison'])
  })

  it('holds every word of an-array-of-french-words, so the rule finds what it found with the package', () => {
    const words = createRequire(import.meta.url)('an-array-of-french-words') as string[]
    const compact = gzipSync(encodeWordList(words))
    const decoded = decodeWordList(gunzipSync(compact).toString('utf8'))
    expect(decoded).toEqual([...new Set(words)].sort())
    expect(compact.length).toBeLessThan(300_000)
  })
})
