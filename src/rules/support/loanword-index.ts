/**
 * Where untranslated-french's loanwords ("déjà vu", "coup d’état") lie in a sentence: exactly
 * the matches that one regex of every phrase, longest first, `(?<![\p{L}])(?:…)(?![\p{L}])`
 * with the flags `giu`, finds scanning the whole sentence with `matchAll`, each phrase loose
 * as to case, accents ("deja vu"), apostrophes and hyphens (`matchPhrase`). That regex, of
 * some two hundred phrases, was costly to compile (bytecode, then native code: 80–175 ms of
 * a 5 MB lint in CPU profiles) and ran over every sentence that reached it. The index
 * compiles nothing and reads little of the text:
 *
 * - a match starts where a run of phrase letters starts, and that run, folded (lowercase,
 *   accents dropped), is the first run of the phrase that matched. So phrases are tried only
 *   where a run starts that begins some phrase, and only those phrases, in the regex's order.
 * - every run of phrase letters inside a match folds to a run of the phrase. A word whose run
 *   folds to the run of no phrase lies in no match, and needs no scan.
 *
 * Both hold for any text, not only French: the tables below hold every character a phrase
 * letter can match under the regex's case folding (a test checks every code point), and the
 * look-arounds use the regex's own class and flags.
 */

import {characterBefore} from './characters-around.js'
import {hashStep, wordHash} from './letter-runs.js'

const accentBases: Readonly<Record<string, string>> = {
  à: 'a', â: 'a', ä: 'a', ç: 'c', é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i', ô: 'o', ö: 'o', ù: 'u', û: 'u', ü: 'u', ÿ: 'y', œ: 'oe'
}

/** The letters a phrase may hold besides a–z. */
const accentedLetters = 'àâäçéèêëîïôöùûüÿœæ'

/** Codes up to the Kelvin sign, the highest a phrase letter can match. */
const tableSize = 0x212b
/** By code, the phrase letter a character is to the regex's case folding, lowercase; 0 for none. */
const lowerCodes = new Uint16Array(tableSize)
/** By code, that letter without its accent ("e" for "é"), in one letter or two ("oe" for "œ"). */
const plainCodes = new Uint16Array(tableSize)
const plainSecondCodes = new Uint16Array(tableSize)

function addLetter(char: string, lower: string) {
  const code = char.charCodeAt(0)
  const plain = accentBases[lower] ?? lower
  lowerCodes[code] = lower.charCodeAt(0)
  plainCodes[code] = plain.charCodeAt(0)
  plainSecondCodes[code] = plain.length === 2 ? plain.charCodeAt(1) : 0
}

for (const lower of 'abcdefghijklmnopqrstuvwxyz' + accentedLetters) {
  addLetter(lower, lower)
  addLetter(lower.toUpperCase(), lower)
}
// Case folding maps the long s (ſ) and the Kelvin sign onto ASCII letters: the `i` flag matches them.
addLetter('\u017f', 's')
addLetter('\u212a', 'k')

/** The phrase letter at a code, lowercase, or 0 for any other code (and NaN, past the text's end). */
function lowerCode(code: number): number {
  return code < tableSize ? lowerCodes[code]! : 0
}

/** The regex's look-arounds: `[\p{L}]` with its flags, where case folding adds a few marks. */
const letterClass = /[\p{L}]/iu
const gapClass = /[\s-]/iu

/** Whether the code point at `index` is a letter to the look-arounds. */
function letterAt(text: string, index: number): boolean {
  if (index >= text.length) return false
  const code = text.charCodeAt(index)
  if (lowerCode(code) !== 0) return true
  return code >= 128 && letterClass.test(String.fromCodePoint(text.codePointAt(index)!))
}

/** Whether the code point before `index` is a letter, read backwards as the look-behind does. */
function letterBefore(text: string, index: number): boolean {
  const character = characterBefore(text, index)
  return character !== '' && letterAt(character, 0)
}

/** Whether a space, another blank or a hyphen is at `index`: what a phrase's space or hyphen matches. */
function gapAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code === 45 || code === 32 || (code >= 9 && code <= 13)) return true
  return code >= 128 && gapClass.test(text[index]!)
}

/**
 * Whether a run of phrase letters starts at `index`. Every phrase letter is a letter: one
 * before `index` would fail the look-behind.
 */
function runStart(text: string, index: number): boolean {
  return lowerCode(text.charCodeAt(index)) !== 0 && (index === 0 || lowerCode(text.charCodeAt(index - 1)) === 0)
}

/**
 * The run of phrase letters from `from` on, folded: lowercase, without accents. Inside a
 * match, and at its start, such a run is one run of the phrase: a space, hyphen, apostrophe
 * or the match's end follows it.
 */
function foldedRun(text: string, from: number): string {
  let folded = ''
  for (let index = from; lowerCode(text.charCodeAt(index)) !== 0; index++) {
    const code = text.charCodeAt(index)
    folded += String.fromCharCode(plainCodes[code]!)
    if (plainSecondCodes[code] !== 0) folded += String.fromCharCode(plainSecondCodes[code]!)
  }
  return folded
}

/**
 * The hash of {@link foldedRun} (as letter-runs.ts hashes a word), read without building the
 * string: most runs of a sentence fold to no phrase run, and are never made strings.
 */
function foldedRunHash(text: string, from: number): number {
  let hash = 0
  for (let index = from; lowerCode(text.charCodeAt(index)) !== 0; index++) {
    const code = text.charCodeAt(index)
    hash = hashStep(hash, plainCodes[code]!)
    if (plainSecondCodes[code] !== 0) hash = hashStep(hash, plainSecondCodes[code]!)
  }
  return hash
}

/**
 * Where `phrase` (lowercase) ends matched at `start` as its regex matches it, look-arounds
 * aside, or -1: a letter matches itself in either case or its plain letter ("e" for "é", "oe"
 * for "œ"), an apostrophe either apostrophe, a space or hyphen a run of blanks and hyphens.
 * A step matches one way or none (a gap is followed by a letter or an apostrophe, never a
 * blank), so no step needs to be tried twice as the regex's backtracking would.
 */
function matchPhrase(text: string, start: number, phrase: string): number {
  let at = start
  for (let step = 0; step < phrase.length; step++) {
    const wanted = phrase.charCodeAt(step)
    if (wanted === 32 || wanted === 45) {
      if (!gapAt(text, at)) return -1
      do at++
      while (gapAt(text, at))
    } else if (wanted === 39 || wanted === 0x2019) {
      const code = text.charCodeAt(at)
      if (code !== 39 && code !== 0x2019) return -1
      at++
    } else if (lowerCode(text.charCodeAt(at)) === wanted) {
      at++
    } else {
      // A letter without an accent, or "æ", is its own plain form: it failed above.
      if (lowerCode(text.charCodeAt(at)) !== plainCodes[wanted]) return -1
      at++
      const second = plainSecondCodes[wanted]!
      if (second !== 0 && lowerCode(text.charCodeAt(at++)) !== second) return -1
    }
  }
  return at
}

/** A phrase is letter runs, one space, hyphen or apostrophe between two: what the matching reads. */
const phraseShape = new RegExp(`^[a-z${accentedLetters}]+(?:[ '’-][a-z${accentedLetters}]+)*$`)

function foldPhraseRun(run: string): string {
  let folded = ''
  for (const char of run) folded += accentBases[char] ?? char
  return folded
}

export interface Span {
  start: number
  end: number
}

export class LoanwordIndex {
  /** Every letter run of every phrase, folded: a word of another run lies in no match. */
  private readonly runs = new Set<string>()
  /** The phrases, lowercase, by their first run, folded, in their order in the whole regex. */
  private readonly byFirstRun = new Map<string, string[]>()
  /** The hashes of those runs and first runs: most runs of a text are ruled out without a string. */
  private readonly runHashes = new Set<number>()
  private readonly firstRunHashes = new Set<number>()

  /** An index of phrases of letters between single spaces, hyphens and apostrophes; throws on any other. */
  constructor(phrases: readonly string[]) {
    // Longest first, so that "à la carte" wins over "à la" where both match.
    for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
      const lower = phrase.toLowerCase()
      if (!phraseShape.test(lower)) throw new Error(`Loanword \`${phrase}\` is not runs of a–z and French accented letters with one space, hyphen or apostrophe between two`)
      const runs = lower.split(/[ '’-]/).map(foldPhraseRun)
      for (const run of runs) {
        this.runs.add(run)
        this.runHashes.add(wordHash(run))
      }
      this.firstRunHashes.add(wordHash(runs[0]!))
      const group = this.byFirstRun.get(runs[0]!)
      if (group) group.push(lower)
      else this.byFirstRun.set(runs[0]!, [lower])
    }
  }

  /** The loanwords of one sentence's text, found as they are asked for. */
  spans(text: string): LoanwordSpans {
    return new LoanwordSpans(this, text)
  }

  /** False when no match can hold the character at `offset`: its letter run is in no phrase. */
  mayCover(text: string, offset: number): boolean {
    // Not the start of a run of phrase letters (inside a word, an apostrophe): left to the scan.
    if (!runStart(text, offset)) return true
    return this.runHashes.has(foldedRunHash(text, offset)) && this.runs.has(foldedRun(text, offset))
  }

  /**
   * The match that starts at `start`, as the whole regex would find it there: the first
   * phrase, in its order, that matches and is followed by no letter.
   */
  matchAt(text: string, start: number): Span | undefined {
    if (!runStart(text, start)) return undefined
    if (!this.firstRunHashes.has(foldedRunHash(text, start))) return undefined
    const phrases = this.byFirstRun.get(foldedRun(text, start))
    if (!phrases || letterBefore(text, start)) return undefined
    for (const phrase of phrases) {
      const end = matchPhrase(text, start, phrase)
      if (end !== -1 && !letterAt(text, end)) return {start, end}
    }
    return undefined
  }
}

/**
 * The matches of one text, found left to right as `matchAll` finds them (each search starts
 * where the last match ended), but only as far as the offsets asked about.
 */
export class LoanwordSpans {
  private readonly matches: Span[] = []
  /** The matches that start before it are all in `matches`; the next starts at or after it. */
  private cursor = 0

  constructor(
    private readonly index: LoanwordIndex,
    private readonly text: string
  ) {}

  /** Whether a match holds the character at `offset`. */
  covers(offset: number): boolean {
    if (offset < 0 || offset >= this.text.length || !this.index.mayCover(this.text, offset)) return false
    this.findThrough(offset)
    // Matches never overlap and are found in order: only the last to start by `offset` can hold it.
    for (let index = this.matches.length - 1; index >= 0; index--) {
      const span = this.matches[index]!
      if (span.start <= offset) return offset < span.end
    }
    return false
  }

  /** Finds the matches that start at or before `offset`. */
  private findThrough(offset: number) {
    const text = this.text
    let start = this.cursor
    while (start <= offset) {
      // Only a run of phrase letters starts a match: the letters of a run and the characters
      // between runs are passed over without a look.
      if (!runStart(text, start)) {
        start++
        continue
      }
      const found = this.index.matchAt(text, start)
      if (found) {
        this.matches.push(found)
        start = found.end
      } else {
        do start++
        while (lowerCode(text.charCodeAt(start)) !== 0)
      }
    }
    this.cursor = Math.max(start, offset + 1)
  }
}
