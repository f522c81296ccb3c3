import {createRequire} from 'node:module'
import {gunzipSync, gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {decodeWordList, decodeWordTable, encodeWordList} from '../../../src/rules/data/french-word-list.js'

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

describe('the sorted word table', () => {
  it('finds exactly the words of the list, by binary search over one string', () => {
    const table = decodeWordTable(encodeWordList(['maison', 'mais', 'main', 'a', 'été', 'œuvre']))
    expect(table.size).toBe(6)
    for (const word of ['a', 'main', 'mais', 'maison', 'été', 'œuvre']) expect(table.has(word)).toBe(true)
    for (const word of ['', 'b', 'ma', 'maiso', 'maisons', 'mai', 'ete', 'œuvres', 'zzz', 'A']) expect(table.has(word)).toBe(false)
  })

  it('answers as a Set of an-array-of-french-words does, on its words and on others', () => {
    const words = createRequire(import.meta.url)('an-array-of-french-words') as string[]
    const table = decodeWordTable(gunzipSync(gzipSync(encodeWordList(words))).toString('utf8'))
    const set = new Set(words)
    expect(table.size).toBe(set.size)
    expect(words.every((word) => table.has(word))).toBe(true)
    for (const word of ['the', 'government', 'maisonette', 'xyzzy', 'Paris', 'l’état', "aujourd'hui", 'aujourd’hui', 'porte-monnaie']) {
      expect(table.has(word)).toBe(set.has(word))
    }
  })
})
