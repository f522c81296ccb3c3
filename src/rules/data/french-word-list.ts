import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
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

/** The words of the build's compact file, or of the package when running from the sources. */
export function loadFrenchWords(): ReadonlySet<string> {
  const built = new URL(`./${FRENCH_WORDS_FILE}`, import.meta.url)
  if (existsSync(built)) return new Set(decodeWordList(gunzipSync(readFileSync(built)).toString('utf8')))
  const require = createRequire(import.meta.url)
  return new Set(require('an-array-of-french-words') as string[])
}
