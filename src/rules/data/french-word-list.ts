import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {endianness} from 'node:os'
import {gunzipSync} from 'node:zlib'

/**
 * The French word list untranslated-french looks words up in: an-array-of-french-words
 * (~336,000 inflected forms, MIT), every entry kept, so the rule finds exactly what it found
 * with the package itself. The build (src/build/french-words.ts) writes it beside this module
 * as sorted, front-coded, gzipped text (each line: one character for the length of the prefix
 * shared with the previous word, then the rest): 0.2 MB instead of the package's 4.5 MB of
 * JSON, which is then only a build-time dependency. Run from the sources (tests, tsx), where
 * no build wrote the file, the package itself is read.
 */
export const FRENCH_WORDS_FILE = 'french-words.txt.gz'

/** The longest shared prefix a line records; one character from `0` up says how long. */
const maxPrefix = 60

export function encodeWordList(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort()
  let previous = ''
  let out = ''
  for (const word of sorted) {
    let shared = 0
    while (shared < maxPrefix && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++
    out += String.fromCharCode(48 + shared) + word.slice(shared) + '\n'
    previous = word
  }
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
 * The sorted words as one string (each followed by a line break) and where each starts: a
 * lookup is a binary search. A Set of the same words cost 0.2–0.3 s to build in every process
 * and worker thread, and held 336,000 strings (over 20 MB) for the garbage collector to trace
 * at every full collection; this is one string and one typed array.
 */
export class SortedWordTable implements WordLookup {
  constructor(
    private readonly text: string,
    /** Start of each word, then the end of the text: one more entry than words. */
    private readonly starts: Int32Array
  ) {}

  get size(): number {
    return this.starts.length - 1
  }

  has(word: string): boolean {
    let low = 0
    let high = this.starts.length - 2
    while (low <= high) {
      const middle = (low + high) >>> 1
      const order = this.compare(word, middle)
      if (order === 0) return true
      if (order < 0) high = middle - 1
      else low = middle + 1
    }
    return false
  }

  /** `word` against the entry at `index`, in UTF-16 code unit order (the order `sort()` gave). */
  private compare(word: string, index: number): number {
    const start = this.starts[index]!
    const length = this.starts[index + 1]! - 1 - start
    const shared = Math.min(word.length, length)
    for (let at = 0; at < shared; at++) {
      const difference = word.charCodeAt(at) - this.text.charCodeAt(start + at)
      if (difference !== 0) return difference
    }
    return word.length - length
  }
}

/** The table of a front-coded list (see {@link encodeWordList}), built without a string per word. */
export function decodeWordTable(compact: string): SortedWordTable {
  let count = 0
  let total = 0
  for (let start = 0; start < compact.length; count++) {
    let end = compact.indexOf('\n', start)
    if (end === -1) end = compact.length
    total += compact.charCodeAt(start) - 48 + (end - start - 1) + 1
    start = end + 1
  }
  const units = new Uint16Array(total)
  const starts = new Int32Array(count + 1)
  let position = 0
  let previous = 0
  let index = 0
  for (let start = 0; start < compact.length; ) {
    let end = compact.indexOf('\n', start)
    if (end === -1) end = compact.length
    const shared = compact.charCodeAt(start) - 48
    starts[index++] = position
    units.copyWithin(position, previous, previous + shared)
    previous = position
    position += shared
    for (let at = start + 1; at < end; at++) units[position++] = compact.charCodeAt(at)
    units[position++] = 10
    start = end + 1
  }
  starts[count] = position
  return new SortedWordTable(unitsToString(units), starts)
}

/** UTF-16 code units as a string: read as little-endian bytes where the machine stores them so. */
function unitsToString(units: Uint16Array): string {
  if (endianness() === 'LE') return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le')
  // In slices: String.fromCharCode takes its units as arguments, and the stack is bounded.
  const parts: string[] = []
  for (let at = 0; at < units.length; at += 8192) parts.push(String.fromCharCode(...units.subarray(at, at + 8192)))
  return parts.join('')
}

/** The words of the build's compact file, or of the package when running from the sources. */
export function loadFrenchWords(): WordLookup {
  const built = new URL(`./${FRENCH_WORDS_FILE}`, import.meta.url)
  if (existsSync(built)) return decodeWordTable(gunzipSync(readFileSync(built)).toString('utf8'))
  const require = createRequire(import.meta.url)
  return new Set(require('an-array-of-french-words') as string[])
}
