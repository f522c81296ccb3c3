import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {demonyms, properNames} from './data/demonyms.js'
import {formalTitles, institutionNames, notNames, titleOpeners} from './data/formal-titles.js'
import {frenchFunctionWords} from './data/french-function-words.js'
import {properNouns} from './data/proper-nouns.js'
import {addFirstWord, claimBit, startMask} from './support/first-words.js'
import {normalise, treeViews, type Token} from './support/views.js'
import type {RuleDefinition} from './types.js'
import {PhraseIndex} from './support/phrase-index.js'
import {reportFinding} from './support/reporter.js'

const id = 'lowercase-proper-noun'

let names: Map<string, string> | undefined

/**
 * This rule's bit in the shared first-word table (first-words.ts), set on the norm of every
 * word a name lookup can find: the name, and the name with a possessive. Every word of every
 * sentence is asked about; the mask each token keeps for all indexes answers for nearly all
 * of them, without a probe of the 20,000-name table.
 */
const nameBit = claimBit()

function markNames(keys: Iterable<string>): void {
  for (const key of keys) for (const text of [key, `${key}'s`, `${key}’s`]) addFirstWord(normalise(text), nameBit)
}

/** lowercase → the dictionary's capitalised form, built once on first use. */
function nameMap(): Map<string, string> {
  if (names) return names
  // lowercase-demonym already reports nationalities and its multi-word names.
  const covered = new Set<string>([...demonyms, ...demonyms.map((word) => `${word}s`), ...properNames.flatMap((n) => n.split(' '))])
  names = new Map()
  for (const name of properNouns) {
    const lower = name.toLowerCase()
    // "les", "des": French left untranslated is untranslated-french's, not a first name.
    if (!covered.has(lower) && !frenchFunctionWords.has(lower)) names.set(lower, name)
  }
  markNames(names.keys())
  markNames(ambiguousMonths.keys())
  return names
}

/**
 * Months that are also common words (may, march, august): a name only next to a day or a
 * year ("in march 2024", "on may 5", "5 august").
 */
const ambiguousMonths = new Map([
  ['march', 'March'],
  ['may', 'May'],
  ['august', 'August']
])

function isDay(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.test(token.norm)
}

function isYear(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^(?:1[89]|20)\d\d$/.test(token.norm)
}

/** Words before a month that make "march", "may" or "august" the month: "since march", "in late may". */
const monthLeads = new Set(['in', 'since', 'until', 'till', 'during', 'through', 'early', 'late', 'mid', 'mid-'])
/** Words after "march" that still leave it the month ("until march and april", "in march when"). */
const afterMonth = new Set(['and', 'or', 'to', 'when', 'while', 'as', 'after', 'before', 'with', 'last', 'next', 'this'])

/**
 * "since march.", "in late may,", "until march and april": an ambiguous month after a word of
 * time and before a stop or a clause. "In march order" and "in august company" have a noun after.
 */
function monthByContext(tokens: Token[], index: number, word: string): boolean {
  if (!monthLeads.has(tokens[index - 1]?.norm ?? '')) return false
  const next = tokens[index + 1]
  if (!next || next.kind !== 'word') return next?.norm !== "'" && next?.norm !== '’'
  return word === 'march' && afterMonth.has(next.norm)
}

/** Part of a URL, an e-mail address, a handle, a file name or a hyphenated coinage: not prose. */
function embedded(source: string, start: number, end: number): boolean {
  const before = source.charAt(start - 1)
  const after = source.slice(end, end + 2)
  if (/[\p{L}\p{N}_@#/\\.\-]/u.test(before)) return true
  return /^(?:[\p{L}\p{N}_@/\\]|[.\-][\p{L}\p{N}])/u.test(after)
}

/** "‘ebay’", "“canada goose”": a name in quotes may be lowercase by design (a brand, a handle). */
function quoted(source: string, start: number, end: number): boolean {
  return /["'“‘«]/.test(source.charAt(start - 1)) || /["'”’»]/.test(source.charAt(end))
}

/**
 * Names written in lowercase mid-sentence ("data from canada", "in november", "the quebec
 * government"). MT systems that lowercase their input leave them, and French writes months
 * and weekdays in lowercase (*en novembre*, *lundi*). The names are those the en_US Hunspell
 * dictionary only knows capitalised (src/build/proper-nouns.ts).
 */
export default function retextLowercaseProperNoun() {
  const known = nameMap()
  return function (tree: Root, file: VFile) {
    const source = String(file.value ?? '')
    for (const {tokens} of treeViews(tree).sentences) {
      // The first word is lowercase-sentence-start's.
      let first = true
      for (let index = 1; index < tokens.length - 1; index++) {
        const token = tokens[index]!
        if (token.kind !== 'word') continue
        if (first) {
          first = false
          continue
        }
        const pastTitle = reportTitle(file, tokens, index, source) ?? reportHalfCapitalised(file, tokens, index, source)
        if (pastTitle !== undefined) {
          index = pastTitle - 1
          continue
        }
        // No name, with or without a possessive, has this token's norm.
        if (nameBit !== 0 && (startMask(token) & nameBit) === 0) continue
        const text = token.text
        const quote = text.length >= 2 && text.charCodeAt(text.length - 1) === 115 ? text.charAt(text.length - 2) : ''
        const possessive = quote === "'" || quote === '’'
        const word = possessive ? text.slice(0, -2) : text
        // A look in the name table first: most words are no name, and it is cheaper than
        // the Unicode test of their letters.
        let name = known.get(word)
        if (!name) {
          const month = ambiguousMonths.get(word)
          if (month && (isDay(tokens[index + 1]) || isYear(tokens[index + 1]) || isDay(tokens[index - 1]) || monthByContext(tokens, index, word))) name = month
        }
        if (!name || !token.start || !token.end) continue
        if (!/^\p{Ll}+$/u.test(word)) continue
        const start = token.start.offset
        const end = start === undefined ? undefined : start + word.length
        if (start === undefined || end === undefined) continue
        if (embedded(source, start, possessive ? end + 2 : end) || quoted(source, start, possessive ? end + 2 : end)) continue
        const endPoint = {line: token.start.line, column: token.start.column + word.length, offset: end}
        reportFinding(file, id, {start: token.start, end: endPoint}, `Unexpected lowercase \`${word}\`, expected \`${name}\``, word, [name])
      }
    }
  }
}

const demonymSet = new Set(demonyms.map((word) => word.toLowerCase()))

/** The titles and the institution names, each standing for its word list, indexed by first word. */
function wordListIndex(lists: readonly string[][]): PhraseIndex<string[]> {
  const index = new PhraseIndex<string[]>()
  for (const words of lists) index.add(words.join(' '), words)
  return index
}
const titleIndex = wordListIndex(formalTitles)
const institutionIndex = wordListIndex(institutionNames)

const capitalised = (token: Token | undefined): boolean => {
  const first = token?.text.charAt(0) ?? ''
  return token?.kind === 'word' && first !== first.toLowerCase()
}

/**
 * A formal title in lowercase right before a name, where it opens the noun phrase: "according
 * to president Emmanuel Macron", "said prime minister François Legault". Returns the token
 * just past the title when one was reported.
 */
function reportTitle(file: VFile, tokens: Token[], index: number, source: string): number | undefined {
  // Asked at every word: the index's first-word mask rules out nearly all of them at once,
  // before the look at the word before.
  if (titleIndex.candidatesAt(tokens, index).length === 0) return undefined
  const before = tokens[index - 1]
  if (!before || !(before.kind === 'word' ? titleOpeners.has(before.norm) : /^[,:;(]$/.test(before.norm))) return undefined
  for (const {value: title, end} of titleIndex.matchesAt(tokens, index)) {
    const words = tokens.slice(index, end)
    // Written in lowercase, as the list is: "President Macron" is right already.
    if (words.some((token) => token.text !== token.norm)) continue
    const name = tokens[end]
    // "for premier Canadian films": a nationality after the title is an adjective, not a name.
    if (!capitalised(name) || notNames.has(name!.norm) || demonymSet.has(name!.norm)) continue
    const first = words[0]!
    const last = words[words.length - 1]!
    if (!first.start || !last.end || first.start.offset === undefined || last.end.offset === undefined) return undefined
    if (embedded(source, first.start.offset, last.end.offset) || quoted(source, first.start.offset, last.end.offset)) return undefined
    const actual = source.slice(first.start.offset, last.end.offset)
    const expected = title.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')
    reportFinding(
      file,
      id,
      {start: first.start, end: last.end},
      `Unexpected lowercase \`${actual}\` before a name, expected \`${expected}\`: English capitalises a formal title directly before a name (French writes *le président Macron*)`,
      actual,
      [expected]
    )
    return end
  }
  return undefined
}

const smallWords = new Set(['of', 'the', 'and', 'for'])

/**
 * An institution's name capitalised the French way, first word only: "the National assembly",
 * "the Prime minister". Not at a sentence's start, where the capital may be the sentence's.
 * Returns the token just past the name when one was reported.
 */
function reportHalfCapitalised(file: VFile, tokens: Token[], index: number, source: string): number | undefined {
  // As in `reportTitle`: the index's mask first, then the capital (a string lowered per word).
  if (institutionIndex.candidatesAt(tokens, index).length === 0) return undefined
  if (tokens[index - 1]?.kind === 'edge' || !capitalised(tokens[index])) return undefined
  for (const {value: name, end} of institutionIndex.matchesAt(tokens, index)) {
    const words = tokens.slice(index, end)
    const main = words.slice(1).filter((token) => !smallWords.has(token.norm))
    if (!main.some((token) => token.text === token.norm)) continue
    const first = words[0]!
    const last = words[words.length - 1]!
    if (!first.start || !last.end || first.start.offset === undefined || last.end.offset === undefined) return undefined
    if (embedded(source, first.start.offset, last.end.offset) || quoted(source, first.start.offset, last.end.offset)) return undefined
    const actual = source.slice(first.start.offset, last.end.offset)
    const expected = name.map((word) => (smallWords.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(' ')
    reportFinding(
      file,
      id,
      {start: first.start, end: last.end},
      `Unexpected \`${actual}\`, expected \`${expected}\`: English capitalises each main word of the name (French writes *Assemblée nationale*, *Premier ministre*)`,
      actual,
      [expected]
    )
    return end
  }
  return undefined
}

export const lowercaseProperNoun: RuleDefinition = {
  id,
  plugin: retextLowercaseProperNoun,
  severity: 'warning',
  category: 'Linguistic conventions/Spelling',
  summary: 'A name the dictionary only knows capitalised, in lowercase ("data from canada", "in november"), or a formal title before a name ("according to president Macron").'
}
