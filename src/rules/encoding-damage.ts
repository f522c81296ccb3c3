import type {Root} from 'nlcst'
import {fileLocation} from './support/file-location.js'
import type {VFile} from 'vfile'
import {mojibakeTable, truncatedPunctuation} from './data/mojibake.js'
import {characterAt, characterBefore} from './support/characters-around.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'
import {escapeRegExp} from './support/regexp-source.js'

const id = 'encoding-damage'

const originals = new Map(mojibakeTable.map((entry) => [entry.damaged, entry.original]))

/**
 * One alternation, longest first; the bare "â€" comes last so that a complete "â€™" is
 * always preferred. "⁇" and "??" are a lost apostrophe between two letters ("don??t",
 * "Ukraine⁇s") or before a possessive "s" ("Canada ⁇ s"); anywhere else "⁇" and U+FFFD are
 * a character already lost, with nothing certain to put back.
 */
const pattern = new RegExp(
  [
    ...mojibakeTable.map((entry) => escapeRegExp(entry.damaged)),
    escapeRegExp(truncatedPunctuation),
    '(?<=\\p{L})(?:\u2047|\\?\\?)(?=\\p{L})',
    // "Canada ⁇ s": the apostrophe of a possessive, lost and padded with spaces by a tokenizer.
    '(?<=\\p{L}) ?\u2047 ?(?=s\\b)',
    '\u2047',
    '\uFFFD+'
  ].join('|'),
  'gu'
)

/**
 * Every match of `pattern` starts with one of these characters (a damaged sequence's first
 * character, "⁇", "?", U+FFFD, or the space before a padded "⁇"): a text without them, as
 * most are, has nothing to find, and one scan for a character class is cheaper than the
 * alternation of a few hundred sequences tried at every position.
 */
const firstCharacters = new Set([
  ...mojibakeTable.map((entry) => entry.damaged.charAt(0)),
  truncatedPunctuation.charAt(0),
  '\u2047',
  '\uFFFD'
])
const mayBeDamaged = new RegExp(`[${[...firstCharacters].map((char) => `\\u{${char.codePointAt(0)!.toString(16)}}`).join('')}]|\\?\\?`, 'u')

function show(text: string): string {
  return text.replace(/[\u0080-\u009f\u00a0]/g, (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
}

/** Reason and fix for one damaged sequence. */
function judge(actual: string, between: boolean): {reason: string; expected?: string[]} {
  const original = originals.get(actual)
  if (original !== undefined) {
    return {
      reason: `Unexpected \`${show(actual)}\`, expected \`${show(original)}\` (UTF-8 text read as Windows-1252)`,
      expected: [original]
    }
  }
  if (actual === truncatedPunctuation) {
    return {reason: 'Unexpected `â€`, a curly quote or dash damaged by a wrong encoding (most likely `”`); restore it by hand'}
  }
  if (actual !== '\u2047' && actual.trim() === '\u2047') {
    return {
      reason: `Unexpected \`${actual}\` before a possessive \`s\`, expected \`’\` (an apostrophe lost to a wrong encoding)`,
      expected: ['’']
    }
  }
  if (between) {
    return {
      reason: `Unexpected \`${actual}\` between letters, expected \`’\` (an apostrophe lost to a wrong encoding)`,
      expected: ['’']
    }
  }
  if (actual === '\u2047') {
    return {reason: 'Unexpected `⁇`, a character lost to a wrong encoding; restore it by hand'}
  }
  return {reason: 'Unexpected replacement character `U+FFFD`, a character lost to a wrong encoding; restore it by hand'}
}

const letter = /^\p{L}$/u

/**
 * Text damaged by a wrong character encoding: mojibake ("Ã©", "â€™"), replacement characters,
 * and "⁇"/"??" where an apostrophe was. Works on the raw text, because mojibake splits words
 * in odd places and the parser's tokens do not line up with the damage.
 */
export default function retextEncodingDamage() {
  return function (_tree: Root, file: VFile) {
    const text = String(file.value ?? '')
    if (!mayBeDamaged.test(text)) return
    const place = fileLocation(file)
    for (const match of text.matchAll(pattern)) {
      const actual = match[0]
      const start = match.index
      const end = start + actual.length
      const between = (actual === '??' || actual === '\u2047') && letter.test(characterBefore(text, start)) && letter.test(characterAt(text, end))
      const {reason, expected} = judge(actual, between)
      const startPoint = place.toPoint(start)
      const endPoint = place.toPoint(end)
      if (!startPoint || !endPoint) continue
      reportFinding(file, id, {start: startPoint, end: endPoint}, reason, actual, expected)
    }
  }
}

export const encodingDamage: RuleDefinition = {
  id,
  plugin: retextEncodingDamage,
  severity: 'error',
  category: 'Linguistic conventions/Character encoding',
  summary: 'Mojibake and lost characters from a wrong encoding ("Ã©", "â€™", "don??t").'
}
