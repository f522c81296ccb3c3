/**
 * Whether a stretch of text holds a sign of French: an accented letter of French, a French
 * grammatical word, or an elision ("l’", "qu’") before a letter. untranslated-french asks it
 * of every sentence to skip, without a word walk, the sentences that cannot hold a French run.
 *
 * `frenchHintPattern` says it as a regex; `hasFrenchHint` gives the same answer from one pass
 * over the characters. The regex, with its case folding and a lookbehind at every position,
 * cost as much as some whole rules. The pass handles ASCII, the French accented letters and
 * the punctuation and spaces of news text; a sentence with any other character (another
 * script, a letter that case folding could map onto a French one) is given to the regex, so
 * the two never differ (a test compares them on generated text).
 */
import {frenchElisions, frenchFunctionWords} from '../data/french-function-words.js'
import {hashStep, isAsciiLetter, wordHash} from './letter-runs.js'

const accentedLetters = 'àâäçéèêëîïôöùûüÿœæ'

export const frenchHintPattern = new RegExp(
  String.raw`[${accentedLetters}]|(?<!\p{L})(?:${[...frenchFunctionWords].join('|')})(?!\p{L})|(?<!\p{L})(?:${[...frenchElisions].join('|')})['’]\p{L}`,
  'iu'
)

/** The accented letters in both cases: the regex's `i` flag matches either. */
const accentedCodes = new Set([...accentedLetters + accentedLetters.toUpperCase()].map((char) => char.charCodeAt(0)))

/** Characters outside ASCII that are neither letters nor anything case folding can touch. */
const separators = new Set([...'’‘“”«»–—…•·°€£§¶\u00A0\u202F\u2009\u2007\u200B\u2002\u2003'].map((char) => char.charCodeAt(0)))

const RIGHT_QUOTE = 0x2019

/** The longest grammatical word or elision: a longer run of letters is neither. */
const longest = Math.max(...[...frenchFunctionWords, ...frenchElisions].map((word) => word.length))

/**
 * The hash of each grammatical word and elision of ASCII letters (the others hold an accent,
 * found as one), lowercase, as the scan hashes a run (letter-runs.ts).
 */
const hashes = new Set([...frenchFunctionWords, ...frenchElisions].filter((word) => /^[a-z]+$/.test(word)).map(wordHash))

/** Whether `text` from `start` to `end` matches {@link frenchHintPattern}. */
export function hasFrenchHint(text: string, start = 0, end = text.length): boolean {
  let from = -1
  let hash = 0
  for (let index = start; index <= end; index++) {
    const code = index < end ? text.charCodeAt(index) : 32
    if (isAsciiLetter(code)) {
      if (from === -1) {
        from = index
        hash = 0
      }
      hash = hashStep(hash, code | 32)
      continue
    }
    if (code >= 128) {
      if (accentedCodes.has(code)) return true
      if (!separators.has(code)) return frenchHintPattern.test(text.slice(start, end))
    }
    if (from !== -1) {
      if (index - from <= longest && hashes.has(hash)) {
        const word = text.slice(from, index).toLowerCase()
        if (frenchFunctionWords.has(word)) return true
        // An elision counts before a letter; a letter that is not ASCII sends the text to the regex above.
        if ((code === 39 || code === RIGHT_QUOTE) && index + 1 < end && frenchElisions.has(word)) {
          const next = text.charCodeAt(index + 1)
          if (isAsciiLetter(next)) return true
          if (next >= 128 && !separators.has(next)) return frenchHintPattern.test(text.slice(start, end))
        }
      }
      from = -1
    }
  }
  return false
}
