import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import {bucketSize, decodeWordList, encodeWordList, FrontCodedWords} from '../../../src/rules/data/french-word-list.js'

describe('the compact French word list', () => {
  it('front-codes sorted words: a prefix length, then the rest', () => {
    expect(encodeWordList(['maison', 'mais', 'main', 'a', 'mais'])).toBe('0a\n0main\n3s\n4on\n')
    expect(decodeWordList('0a\n0main\n3s\n4on\n')).toEqual(['a', 'main', 'mais', 'maison'])
  })

  it('writes the first word of every bucket whole, so that a lookup can start there', () => {
    const words = Array.from({length: bucketSize + 2}, (_, index) => `mot${String(index).padStart(2, '0')}`)
    const lines = encodeWordList(words).split('\n')
    expect(lines[0]).toBe('0mot00')
    expect(lines[1]).toBe('41')
    expect(bucketSize).toBe(16)
    expect(lines[16]).toBe('0mot16')
    expect(lines[17]).toBe('47')
  })

  it('holds every word of an-array-of-french-words in under 1.6 MB, so the rule finds what it found with the package', () => {
    const words = createRequire(import.meta.url)('an-array-of-french-words') as string[]
    const compact = encodeWordList(words)
    expect(decodeWordList(compact)).toEqual([...new Set(words)].sort())
    expect(Buffer.byteLength(compact)).toBeLessThan(1_600_000)
  })
})

describe('the list searched in place', () => {
  it('finds exactly the words of the list, across bucket edges', () => {
    const words = ['maison', 'mais', 'main', 'a', 'été', 'œuvre', ...Array.from({length: 40}, (_, index) => `b${index}`)]
    const table = new FrontCodedWords(encodeWordList(words))
    expect(table.size).toBe(words.length)
    for (const word of words) expect(table.has(word)).toBe(true)
    for (const word of ['', 'b', 'b400', 'b1x', 'ma', 'maiso', 'maisons', 'mai', 'ete', 'œuvres', 'zzz', 'A', '0']) expect(table.has(word)).toBe(false)
  })

  it('answers as a Set of an-array-of-french-words does, on its words and on others', () => {
    const words = createRequire(import.meta.url)('an-array-of-french-words') as string[]
    const table = new FrontCodedWords(encodeWordList(words))
    const set = new Set(words)
    expect(table.size).toBe(set.size)
    expect(words.every((word) => table.has(word))).toBe(true)
    for (const word of ['the', 'government', 'maisonette', 'xyzzy', 'Paris', 'l’état', "aujourd'hui", 'aujourd’hui', 'porte-monnaie']) {
      expect(table.has(word)).toBe(set.has(word))
    }
  })

  it('finds nothing in an empty list', () => {
    const table = new FrontCodedWords('')
    expect(table.size).toBe(0)
    expect(table.has('a')).toBe(false)
  })
})
