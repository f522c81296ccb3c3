import type {Root, Sentence, Word} from 'nlcst'
import {fileLocation} from './support/file-location.js'
import {nodeText, treeViews, type Token} from './support/views.js'
import type {VFile} from 'vfile'
import {frenchAbbreviations, frenchOrdinal, frenchRomanOrdinal, panelWords} from './data/french-abbreviations.js'
import {frenchElisions, frenchFunctionWords} from './data/french-function-words.js'
import {loadFrenchWords, type WordLookup} from './data/french-word-list.js'
import {frenchLoanwords} from './data/french-loanwords.js'
import {frenchPublicWords} from './data/french-public-words.js'
import {frenchConnectives, frenchMonths, frenchWeekdays, type FrenchConnective} from './data/french-connectives.js'
import {hasFrenchHint} from './support/french-hint.js'
import {addFirstWord, claimBit, startMask} from './support/first-words.js'
import {LoanwordIndex, type LoanwordSpans} from './support/loanword-index.js'
import {PhraseIndex} from './support/phrase-index.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'

const id = 'untranslated-french'

/** How many French words in a row make a run worth flagging, and how many must be French-only. */
const minimumRun = 3
const minimumFrenchOnly = 2

let dictionary: WordLookup | undefined

/**
 * The French word list (an-array-of-french-words, ~336,000 inflected forms, MIT, in the
 * compact form the build writes), loaded on first use: most runs never need it when the rule
 * is off.
 */
function frenchWords(): WordLookup {
  dictionary ??= loadFrenchWords()
  return dictionary
}

const accented = /[àâäçéèêëîïôöùûüÿœæ]/u

let loanwordIndex: LoanwordIndex | undefined

/** Loanwords: matched words are English and break a run. Indexed on first use, as the word list is. */
function loanwords(): LoanwordIndex {
  loanwordIndex ??= new LoanwordIndex(frenchLoanwords)
  return loanwordIndex
}

type Kind = 'french-only' | 'french' | 'other'

/**
 * Words recur (Zipf): each distinct word is classified once per process, not at every
 * occurrence. The answer depends on the word and the fixed lists alone. Cleared when large,
 * so that a long run over varied text does not grow it without bound.
 */
// One table for sentence-initial words and one for the others, so that the word itself is
// the key: a key joined from a mark and the word was a new string at every word.
const classifiedInitial = new Map<string, Kind>()
const classifiedInner = new Map<string, Kind>()
const classifiedLimit = 200_000

function classifyCached(raw: string, sentenceInitial: boolean): Kind {
  const classified = sentenceInitial ? classifiedInitial : classifiedInner
  let kind = classified.get(raw)
  if (kind === undefined) {
    if (classifiedInitial.size + classifiedInner.size >= classifiedLimit) {
      classifiedInitial.clear()
      classifiedInner.clear()
    }
    kind = classify(raw, sentenceInitial)
    classified.set(raw, kind)
  }
  return kind
}

/** How one word counts: French-only, in the French list but maybe English too, or neither. */
function classify(raw: string, sentenceInitial: boolean): Kind {
  const word = raw.replace(/\.$/, '')
  if (word === '' || /\d/.test(word)) return 'other'
  // A capitalised word inside a sentence is a name ("Quai d’Orsay", "Le Monde"): left alone.
  const elided = /^(\p{L}+)['’](\p{L}.*)$/u.exec(word)
  const body = elided ? elided[2]! : word
  if (/^\p{Lu}/u.test(body) && (!sentenceInitial || elided)) return 'other'
  const lower = word.toLowerCase().replace(/'/g, '’')
  const words = frenchWords()
  if (elided && frenchElisions.has(elided[1]!.toLowerCase())) {
    return words.has(elided[2]!.toLowerCase()) ? 'french-only' : 'other'
  }
  const parts = lower.split('-')
  if (!words.has(lower) && !parts.every((part) => words.has(part))) return 'other'
  if (parts.some((part) => frenchFunctionWords.has(part) || accented.test(part))) return 'french-only'
  return 'french'
}

interface Span {
  start: number
  end: number
}

function report(file: VFile, span: Span, actual: string, reason: string, expected?: string[]) {
  const place = fileLocation(file)
  const start = place.toPoint(span.start)
  const end = place.toPoint(span.end)
  if (!start || !end) return
  reportFinding(file, id, {start, end}, reason, actual, expected)
}

function ordinal(value: number): string {
  const tens = value % 100
  if (tens >= 11 && tens <= 13) return `${value}th`
  return `${value}${({1: 'st', 2: 'nd', 3: 'rd'} as Record<number, string>)[value % 10] ?? 'th'}`
}

function romanValue(roman: string): number | undefined {
  if (!/^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(roman)) return undefined
  const values: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100}
  let total = 0
  for (let index = 0; index < roman.length; index++) {
    const value = values[roman[index]!]!
    const next = values[roman[index + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total || undefined
}

/**
 * Words of both languages at the edges of a run ("… sont encourageants in the trial") belong
 * to the English around it: short ones ("in", "on", "a", "as") and a few common longer ones.
 */
const englishEdgeWords = new Set(['for', 'are', 'more', 'but', 'use', 'pour', 'plus', 'case', 'cases', 'type', 'total', 'data'])

function trimEnglishEdges(words: Word[]): Word[] {
  const englishLooking = (word: Word) => {
    const text = nodeText(word).replace(/\.$/, '').toLowerCase()
    return !frenchFunctionWords.has(text) && !accented.test(text) && !/['’]/.test(text) && (text.length <= 3 || englishEdgeWords.has(text))
  }
  let start = 0
  let end = words.length
  while (start < end && englishLooking(words[start]!)) start++
  while (end > start && englishLooking(words[end - 1]!)) end--
  return words.slice(start, end)
}

/** French articles that open a two-word run ("les députés", "la réforme"); not "à" of "à la Trump". */
const frenchArticles = new Set(['le', 'la', 'les', 'des', 'du', 'au', 'aux'])

/**
 * Two words, a French article and a French noun that is accented or a noun of public life, in
 * lowercase: "the vote of les députés", "against la réforme". English cites French with such
 * an article only in loanwords, which are masked before.
 */
function articleAndNoun(words: Word[]): boolean {
  if (words.length !== 2) return false
  const article = nodeText(words[0]!)
  const noun = nodeText(words[1]!).replace(/\.$/, '')
  if (!frenchArticles.has(article) || noun !== noun.toLowerCase()) return false
  return accented.test(noun) || frenchPublicWords.has(noun)
}

/** Runs of French words inside one sentence. */
function findRuns(sentence: Sentence, file: VFile, value: string) {
  const base = sentence.position?.start.offset
  const stop = sentence.position?.end.offset
  if (base === undefined || stop === undefined) return
  // A sentence without one French-only word cannot hold a run: skipped without a word walk.
  if (!hasFrenchHint(value, base, stop)) return
  reportRuns(sentence, file, value, base, stop)
}

/**
 * The word walk of `findRuns`, for a sentence with a sign of French. Apart from it, so that
 * the state its closures share is made only for such sentences, not for every sentence.
 */
function reportRuns(sentence: Sentence, file: VFile, value: string, base: number, stop: number) {
  // Found on first need: most words of most sentences are not French, and need no look.
  let spans: LoanwordSpans | undefined
  const inLoanword = (word: Word) => {
    const start = word.position?.start.offset
    if (start === undefined) return false
    spans ??= loanwords().spans(value.slice(base, stop))
    return spans.covers(start - base)
  }

  let run: {words: Word[]; frenchOnly: number} = {words: [], frenchOnly: 0}
  const flush = () => {
    // Every word that is not French ends a run, most often an empty one: nothing to judge.
    if (run.words.length === 0) return
    const {frenchOnly} = run
    const words = trimEnglishEdges(run.words)
    run = {words: [], frenchOnly: 0}
    if ((words.length < minimumRun || frenchOnly < minimumFrenchOnly) && !articleAndNoun(words)) return
    const start = words[0]!.position!.start.offset!
    const end = words.at(-1)!.position!.end.offset!
    const actual = value.slice(start, end)
    report(file, {start, end}, actual, `Unexpected French \`${actual}\` left untranslated in English text; translate it`)
  }

  let first = true
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type !== 'WordNode' || !child.position) {
      flush()
      first = child.type === 'WordNode' ? false : first
      continue
    }
    const word = nodeText(child)
    const kind = classifyCached(word, first)
    first = false
    // A loanword ends a run as a word that is not French does: only a French-looking word
    // needs the loanword look.
    if (kind === 'other' || inLoanword(child)) {
      flush()
      continue
    }
    run.words.push(child)
    if (kind === 'french-only') run.frenchOnly++
    // "trop." ends the word with a stop: the run ends with it.
    if (word.endsWith('.')) flush()
  }
  flush()
}

/** Words after which a French word is cited on purpose: "or grève", "so-called mairie". */
const citing = new Set(['or', 'called', 'so-called', 'word', 'term', 'french', 'known', 'as', 'dubbed', 'termed'])

/** A French grammatical word or an elision ("de", "l'") beside a word: it belongs to a French phrase. */
function frenchNeighbour(neighbour: Token | undefined): boolean {
  return neighbour?.kind === 'word' && (frenchFunctionWords.has(neighbour.norm) || /^\p{L}+'$/u.test(neighbour.norm))
}

/** A French word cited on purpose after this token: "a strike, or grève", "the so-called « mairie »". */
function citedAfter(before: Token | undefined): boolean {
  return citing.has(before?.norm ?? '') || /^["'“‘«*_]$/.test(before?.norm ?? '')
}

/**
 * One French noun of public life alone in an English sentence: "the député resigned". Only in
 * lowercase (a capital makes it part of a name, "Hôtel de Ville") and not beside a French
 * grammatical word or elision, where it belongs to a French phrase that the run check judges
 * or to a name ("Hôtel de ville", "ministre de la Santé").
 */
function findPublicWords(tokens: Token[], file: VFile) {
  for (let index = 1; index < tokens.length - 1; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || !mayBeLookedUp(token) || token.text !== token.norm) continue
    const english = frenchPublicWords.get(token.norm)
    if (!english || !token.start || !token.end) continue
    if (frenchNeighbour(tokens[index - 1]) || frenchNeighbour(tokens[index + 1]) || /^\p{L}+'\p{L}/u.test(tokens[index - 1]?.norm ?? '')) continue
    if (citedAfter(tokens[index - 1])) continue
    const start = token.start.offset
    const end = token.end.offset
    if (start === undefined || end === undefined) continue
    report(file, {start, end}, token.text, `Unexpected French \`${token.text}\` left untranslated in English text, expected \`${english}\``, [english])
  }
}

/**
 * A bit in the shared first-word table (first-words.ts) on every French noun of public life,
 * weekday and month: the words the two token checks look up by norm. The mask each token
 * keeps for all indexes then rules out nearly every word without three table probes.
 */
const lookupBit = claimBit()
for (const table of [frenchPublicWords, frenchWeekdays, frenchMonths]) for (const word of table.keys()) addFirstWord(word, lookupBit)

/** Whether the token's norm may be a key of those tables. */
function mayBeLookedUp(token: Token): boolean {
  return lookupBit === 0 || (startMask(token) & lookupBit) !== 0
}

let connectiveIndex: PhraseIndex<FrenchConnective> | undefined

function connectives(): PhraseIndex<FrenchConnective> {
  connectiveIndex ??= PhraseIndex.of(frenchConnectives)
  return connectiveIndex
}

/** Words before a weekday with a capital that make it a day, not a name: "on Lundi". */
const weekdayLead = new Set(['on', 'last', 'next', 'this', 'every', 'each', 'until', 'till', 'since', 'by', 'from', 'of'])
const dayNumber = /^(?:[1-9]|[12]\d|3[01]|1er)$/u
const yearNumber = /^(?:1[89]|20)\d\d$/u

/**
 * A French connective ("selon", "notamment", "ainsi que"), weekday ("lundi") or month
 * ("septembre", "12 mars") alone in an English sentence: in lowercase, or with a capital as
 * the sentence's first word (a connective) or after "on"/"last" (a weekday) or a day number
 * (a month). Not beside a French grammatical word or an elision (a French phrase, which the
 * run check judges) and not cited on purpose.
 */
function findConnectives(tokens: Token[], file: VFile) {
  const index = connectives()
  let firstWord = true
  for (let index_ = 1; index_ < tokens.length - 1; index_++) {
    const token = tokens[index_]!
    const opens = firstWord && token.kind === 'word'
    if (token.kind === 'word') firstWord = false
    if (token.kind === 'punctuation' && token.norm !== ',') continue
    const lowercase = token.text === token.norm
    let found: {end: number; english: string[]} | undefined
    if (lowercase || opens) {
      for (const {value, end} of index.matchesAt(tokens, index_)) {
        found = {end, english: value.english}
        break
      }
    }
    if (!found && lowercase && token.norm === 'et' && conjoinsEnglish(tokens[index_ - 1], tokens[index_ + 1])) {
      found = {end: index_ + 1, english: ['and']}
    }
    if (!found && token.kind === 'word' && mayBeLookedUp(token)) {
      const before = tokens[index_ - 1]
      const after = tokens[index_ + 1]
      const weekday = frenchWeekdays.get(token.norm)
      const month = frenchMonths.get(token.norm)
      if (weekday && after?.norm !== 'gras' && (lowercase || weekdayLead.has(before?.norm ?? ''))) {
        found = {end: index_ + 1, english: [weekday]}
      } else if (month) {
        const dated = dayNumber.test(before?.norm ?? '') || yearNumber.test(after?.norm ?? '')
        if (dated || (lowercase && month.alone)) found = {end: index_ + 1, english: [month.english]}
      }
    }
    if (!found) continue
    // A leading comma belongs to the pattern (", dont 30"): the finding starts at the word.
    let start = index_
    while (tokens[start]?.kind === 'punctuation') start++
    // A number closing the pattern (", dont 30") stays: only the French word is reported.
    let end = found.end
    while (end - 1 > start && tokens[end - 1]?.kind === 'word' && /^\d/.test(tokens[end - 1]!.norm)) end--
    if (frenchNeighbour(tokens[start - 1]) || frenchNeighbour(tokens[found.end]) || citedAfter(tokens[start - 1])) continue
    const from = tokens[start]!.start?.offset
    const to = tokens[end - 1]!.end?.offset
    if (from === undefined || to === undefined) continue
    const actual = String(file.value).slice(from, to)
    report(file, {start: from, end: to}, actual, `Unexpected French \`${actual}\` left untranslated in English text, expected \`${found.english[0]}\``, found.english)
    index_ = found.end - 1
  }
}

/** The Latin words "et" opens in English: "et al.", "et cetera", "et seq.". */
const latinAfterEt = new Set(['al', 'alii', 'alia', 'cetera', 'seq', 'sequentes', 'sqq'])

/**
 * French "et" left between two lowercase words ("the centre et the port"): English writes
 * "et" only in its Latin phrases ("et al.", "et cetera"), and in names, which a capital on
 * either side marks ("Moët et Chandon", "Pierre et Marie Curie"). Kept out of the connective
 * list, where "et al." would match.
 */
function conjoinsEnglish(before: Token | undefined, after: Token | undefined): boolean {
  const lowerWord = (token: Token | undefined) => token?.kind === 'word' && token.text === token.norm && /^\p{Ll}/u.test(token.text)
  return lowerWord(before) && lowerWord(after) && !latinAfterEt.has(after!.norm)
}

/** French abbreviations and ordinals anywhere in the text ("M. Dupont", "n° 5", "3e ligne"). */
function findAbbreviations(file: VFile) {
  const text = String(file.value ?? '')
  for (const {pattern, expected, beforeName, afterLowercase} of frenchAbbreviations) {
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, match.index - 30), match.index)
      // "John M. Smith": an initial after a capitalised word is English.
      if (beforeName && /\p{Lu}[\p{L}.]*\s+$/u.test(before)) continue
      if (afterLowercase && !/(?:^|[^\p{L}'’])\p{Ll}[\p{L}'’]*[,;:]?\s+$/u.test(before)) continue
      report(file, {start: match.index, end: match.index + match[0].length}, match[0], `Unexpected French abbreviation \`${match[0]}\`, expected \`${expected[0]}\``, expected)
    }
  }
  for (const match of text.matchAll(frenchOrdinal)) {
    const [actual, digits, suffix] = match
    const value = Number(digits)
    if ((suffix === 'er' || suffix === 're' || suffix === 'ère') && value !== 1) continue
    if (suffix === 'e') {
      // A bare "e" is only an ordinal before a word ("3e ligne"), never a panel ("Figure 3e").
      if (!/^\s+\p{Ll}/u.test(text.slice(match.index + actual.length))) continue
      if (panelWords.test(text.slice(Math.max(0, match.index - 40), match.index))) continue
    }
    const english = ordinal(value)
    report(file, {start: match.index, end: match.index + actual.length}, actual, `Unexpected French ordinal \`${actual}\`, expected \`${english}\``, [english])
  }
  for (const match of text.matchAll(frenchRomanOrdinal)) {
    const value = romanValue(match[1]!)
    if (value === undefined) continue
    const english = ordinal(value)
    report(file, {start: match.index, end: match.index + match[0].length}, match[0], `Unexpected French ordinal \`${match[0]}\`, expected \`${english}\``, [english])
  }
}

/**
 * French left untranslated in English: runs of three or more French words, at least two of
 * them French-only (a grammatical word such as "les"/"dans", an elision such as "l’", or an
 * accented word), a French noun of public life alone ("the député"), and French
 * abbreviations and ordinals. Loanwords English has adopted and
 * capitalised names ("Quai d’Orsay") are left alone.
 */
export default function retextUntranslatedFrench() {
  return function (tree: Root, file: VFile) {
    const before = file.messages.length
    const value = String(file.value)
    for (const {node: sentence, tokens} of treeViews(tree).sentences) {
      const runs = file.messages.length
      findRuns(sentence, file, value)
      // A sentence with a French run has its French reported already.
      if (file.messages.length === runs) {
        findPublicWords(tokens, file)
        findConnectives(tokens, file)
      }
    }
    findAbbreviations(file)
    // Two passes found these; report them in reading order.
    const found = file.messages.splice(before)
    found.sort((a, b) => (a.place && 'start' in a.place ? a.place.start.offset ?? 0 : 0) - (b.place && 'start' in b.place ? b.place.start.offset ?? 0 : 0))
    // A loop, not push(...found): a large file's findings can outnumber the call stack's room.
    for (const message of found) file.messages.push(message)
  }
}

export const untranslatedFrench: RuleDefinition = {
  id,
  plugin: retextUntranslatedFrench,
  severity: 'warning',
  category: 'Accuracy/Untranslated',
  summary: 'French words, abbreviations or ordinals left untranslated ("le traitement des", "M. Dupont", "3e").'
}
