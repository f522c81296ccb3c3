import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

/**
 * The French word list untranslated-french looks words up in: an-array-of-french-words
 * (~336,000 inflected forms, MIT), every entry kept, so the rule finds exactly what it found
 * with the package itself. The build (src/build/french-words.ts) writes it beside this module
 * as sorted, front-coded text in buckets (each line: one character for the length of the prefix
 * shared with the previous word, then the rest; every {@link bucketSize}th word is written
 * whole): 1.5 MB instead of the package's 4.5 MB of JSON, which is then only a build-time
 * dependency. It is searched as it is read, with no decoding: a process or worker thread that
 * needs it pays a file read and one scan for the buckets (about 10 ms), where decoding every
 * word cost 90 ms. Run from the sources (tests, tsx), where no build wrote the file, the
 * package itself is read.
 */
export const FRENCH_WORDS_FILE = 'french-words.txt'

/** The longest shared prefix a line records; one character from `0` up says how long. */
const maxPrefix = 60

/** Every this many words, one is written whole, so that a lookup decodes at most this many. */
export const bucketSize = 16

export function encodeWordList(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort()
  let previous = ''
  let out = ''
  sorted.forEach((word, index) => {
    let shared = 0
    if (index % bucketSize !== 0) {
      while (shared < maxPrefix && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++
    }
    out += String.fromCharCode(48 + shared) + word.slice(shared) + '\n'
    previous = word
  })
  return out
}

export function decodeWordList(text: string): string[] {
  const words: string[] = []
  let previous = ''
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const shared = text.charCodeAt(start) - 48
    previous = previous.slice(0, shared) + text.slice(start + 1, end)
    words.push(previous)
    start = end + 1
  }
  return words
}

/** What untranslated-french asks of the list. */
export interface WordLookup {
  has(word: string): boolean
}

/**
 * The encoded list searched in place: a binary search over the words written whole (the first
 * of each bucket), then a walk through one bucket. One string and one small typed array, not
 * 336,000 strings for the garbage collector to trace.
 */
export class FrontCodedWords implements WordLookup {
  /** Where each bucket's first line starts, then the end of the text. */
  private readonly heads: Int32Array
  readonly size: number

  constructor(private readonly text: string) {
    const heads: number[] = []
    let count = 0
    for (let start = 0; start < text.length; count++) {
      if (count % bucketSize === 0) heads.push(start)
      const end = text.indexOf('\n', start)
      start = end === -1 ? text.length : end + 1
    }
    heads.push(text.length)
    this.heads = Int32Array.from(heads)
    this.size = count
  }

  has(word: string): boolean {
    // The last bucket whose first word is not after `word`.
    let low = 0
    let high = this.heads.length - 2
    let bucket = -1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const order = this.compareHead(word, middle)
      if (order === 0) return true
      if (order < 0) high = middle - 1
      else {
        bucket = middle
        low = middle + 1
      }
    }
    if (bucket === -1) return false
    const text = this.text
    const stop = this.heads[bucket + 1]!
    let start = this.heads[bucket]!
    let previous = ''
    while (start < stop) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      previous = previous.slice(0, text.charCodeAt(start) - 48) + text.slice(start + 1, end)
      if (previous === word) return true
      // Sorted: past `word`, it is not here.
      if (previous > word) return false
      start = end + 1
    }
    return false
  }

  /** `word` against the whole word that opens bucket `index`, in UTF-16 code unit order. */
  private compareHead(word: string, index: number): number {
    const start = this.heads[index]! + 1
    const end = this.text.indexOf('\n', start)
    const length = (end === -1 ? this.text.length : end) - start
    const shared = Math.min(word.length, length)
    for (let at = 0; at < shared; at++) {
      const difference = word.charCodeAt(at) - this.text.charCodeAt(start + at)
      if (difference !== 0) return difference
    }
    return word.length - length
  }
}

/** The words of the build's file, or of the package when running from the sources. */
export function loadFrenchWords(): WordLookup {
  const built = new URL(`./${FRENCH_WORDS_FILE}`, import.meta.url)
  if (existsSync(built)) return new FrontCodedWords(readFileSync(built, 'utf8'))
  const require = createRequire(import.meta.url)
  return new Set(require('an-array-of-french-words') as string[])
}
