import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  courtesyTitles,
  deputyLegislatures,
  deputyModifiers,
  deputyOffices,
  frenchAffairsWords,
  frenchParties,
  provinces,
  quebecWords,
  sovereignWords
} from './data/jurisdiction-titles.js'
import {englishMonths, englishWeekdays} from './data/calendar.js'
import {documentText} from './support/document-text.js'
import {PhraseIndex} from './support/phrase-index.js'
import {treeViews, type Token} from './support/views.js'
import {slotOf, type Pattern} from './support/word-patterns.js'
import {listOr, matchCase} from './support/wording.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'

const id = 'jurisdiction-title'

type Kind = 'premier' | 'party-deputy' | 'deputy-of'

interface Trigger {
  kind: Kind
  /** The title's tokens within the match, from its start. */
  from: number
  to: number
}

const slot = (...words: string[]) => slotOf(words)
const words = (list: string[]): Pattern => list.map((word) => slot(word))

function compileTriggers(): PhraseIndex<Trigger> {
  const index = new PhraseIndex<Trigger>()
  const title = [slot('prime'), slot('minister', 'ministers')]
  for (const province of provinces) {
    const possessive = [...province.slice(0, -1), `${province.at(-1)}'s`]
    index.add([...words(province), ...title], {kind: 'premier', from: province.length, to: province.length + 2})
    index.add([...words(possessive), ...title], {kind: 'premier', from: province.length, to: province.length + 2})
    index.add([...title, slot('of'), ...words(province)], {kind: 'premier', from: 0, to: 2})
  }
  index.add([slot('provincial'), ...title], {kind: 'premier', from: 1, to: 3})
  for (const party of frenchParties) {
    index.add([...words(party), slot('deputy', 'deputies')], {kind: 'party-deputy', from: party.length, to: party.length + 1})
  }
  index.add([slot('deputy', 'deputies'), slot('of', 'for')], {kind: 'deputy-of', from: 0, to: 1})
  return index
}

let compiled: PhraseIndex<Trigger> | undefined

const isCapitalised = (token: Token | undefined) =>
  token?.kind === 'word' && token.text.charAt(0) !== token.text.charAt(0).toLowerCase()

/** Name particles that start a surname (*Le Pen*, *de Villepin*), not a first name. */
const particles = new Set(['le', 'la', 'de', 'du', 'des', "d'", 'di', 'da', 'van', 'von'])
const calendarWords = new Set([...englishWeekdays, ...englishMonths].map((name) => name.toLowerCase()))

const surnameOf = (token: Token) => token.norm.replace(/'s$/, '')

interface Context {
  french: boolean
  quebec: boolean
  /** Surnames the text also writes alone, with no title or first name before them. */
  bare: Set<string>
}

/** Words as the context reads them: letters, with inner apostrophes, hyphens and a title's full stop. */
const wordPattern = /\p{L}[\p{L}\p{M}'’-]*\.?/gu

/**
 * What the triggers need to know of the whole document, read from its text in one pass. The
 * text, not the tree: a large file is linted piece by piece, and each piece must be judged
 * by the same document (see support/document-text.ts).
 */
function readContext(text: string): Context {
  let french = 0
  let quebec = 0
  const bare = new Set<string>()
  let before = ''
  let beforeBefore = ''
  for (const [raw] of text.matchAll(wordPattern)) {
    const word = raw.replace(/\.$/, '')
    const norm = word.toLowerCase().replace(/’/g, "'")
    if (frenchAffairsWords.has(norm)) french++
    if (quebecWords.has(norm)) quebec++
    const capitalised = word.charAt(0) !== word.charAt(0).toLowerCase()
    const beforeNorm = before.toLowerCase()
    const beforeCapitalised = before !== '' && before.charAt(0) !== before.charAt(0).toLowerCase()
    if (capitalised) {
      if (particles.has(beforeNorm) && beforeCapitalised && !isName(beforeBefore)) bare.add(`${beforeNorm} ${norm.replace(/'s$/, '')}`)
      else if (!beforeCapitalised && !courtesyTitles.has(beforeNorm) && !particles.has(beforeNorm)) bare.add(norm.replace(/'s$/, ''))
    }
    beforeBefore = before
    before = word
  }
  return {french: french >= 2, quebec: quebec >= 2 && quebec > french, bare}
}

/** Whether a word before a particle makes it part of a full name or a titled one ("Marine Le Pen", "Ms. Le Pen"). */
const isName = (word: string) =>
  word !== '' && (courtesyTitles.has(word.toLowerCase()) || word.charAt(0) !== word.charAt(0).toLowerCase())

/** One-entry cache: the pieces of one large file come one after another with the same text. */
let lastContext: {text: string; context: Context} | undefined

function contextOf(text: string): Context {
  if (lastContext?.text !== text) lastContext = {text, context: readContext(text)}
  return lastContext.context
}

/**
 * Titles that French names with one word and English by jurisdiction: a Canadian province's
 * premier (*premier ministre* → "Quebec Prime Minister"), a French MP (*député* → "deputy"),
 * and French courtesy titles in running text (*M. Macron* → "Mr. Macron").
 */
export default function retextJurisdictionTitle() {
  const index = (compiled ??= compileTriggers())
  return function (tree: Root, file: VFile) {
    const sentences = treeViews(tree).sentences
    let context: Context | undefined
    const whole = () => (context ??= contextOf(documentText(file)))
    const report = (tokens: Token[], from: number, to: number, reason: (actual: string) => string, expected: string[]) => {
      const first = tokens[from]
      const last = tokens[to - 1]
      if (!first?.start || !last?.end || first.start.offset === undefined || last.end.offset === undefined) return
      const actual = String(file.value).slice(first.start.offset, last.end.offset)
      const suggestions = expected.map((value) => matchCase(actual, value))
      reportFinding(file, id, {start: first.start, end: last.end}, reason(actual).replace('{expected}', listOr(suggestions)), actual, suggestions)
    }

    for (const {tokens} of sentences) {
      for (let at = 1; at < tokens.length - 1; at++) {
        const token = tokens[at]!
        if (token.kind !== 'word') continue
        if (courtesyTitles.has(token.norm)) {
          at = courtesyTitle(tokens, at, whole(), report)
          continue
        }
        for (const {value: trigger, end} of index.matchesAt(tokens, at)) {
          const from = at + trigger.from
          const to = at + trigger.to
          const title = tokens.slice(from, to)
          const plural = title.at(-1)!.norm.endsWith('s')
          if (trigger.kind === 'premier') {
            if (sovereignWords.has(tokens[at - 1]?.norm ?? '') || (trigger.from === 0 && tokens[at - 1]?.norm === 'federal')) continue
            report(tokens, from, to, (actual) => `Unexpected \`${actual}\` for ${plural ? 'the heads' : 'the head'} of a Canadian province, expected {expected}: French *premier ministre* names both, English calls a province's head of government the premier`, [plural ? 'premiers' : 'premier'])
            at = to - 1
            break
          }
          const {french, quebec} = whole()
          if (!french && !quebec) continue
          const after = tokens[to]?.norm ?? ''
          if (deputyOffices.has(after) || deputyModifiers.has(after)) continue
          if (trigger.kind === 'deputy-of') {
            // "deputy of the Hérault", "deputies for Paris": a constituency, not a superior.
            const place = tokens[end]?.norm === 'the' ? tokens[end + 1] : tokens[end]
            if (!isCapitalised(place) || deputyOffices.has(place!.norm) || deputyLegislatures.has(place!.norm)) continue
          }
          const member = quebec ? (plural ? ['MNAs'] : ['MNA']) : plural ? ['MPs', 'lawmakers'] : ['MP', 'lawmaker']
          const house = quebec ? 'the National Assembly of Quebec' : 'the French National Assembly'
          report(tokens, from, to, (actual) => `Unexpected \`${actual}\` for ${plural ? 'members' : 'a member'} of ${house}, expected {expected}: French *député*; an English deputy is an office's second-in-command`, member)
          at = to - 1
          break
        }
      }
    }
  }
}

type Report = (tokens: Token[], from: number, to: number, reason: (actual: string) => string, expected: string[]) => void

/**
 * "Mr. Emmanuel Macron", "Mrs. Borne", or "Mr. Macron" in a text that also says "Macron":
 * French *M.* and *Mme* carried over; returns where to go on. A title before a full name and
 * "Mrs." are French habits, so they are only flagged in a text about France; a text that
 * writes both "Mr. Macron" and "Macron" follows no English house style, whatever its topic.
 */
function courtesyTitle(tokens: Token[], at: number, context: Context, report: Report): number {
  const title = tokens[at]!
  let next = at + 1
  if (tokens[next]?.norm === '.') next++
  const first = tokens[next]
  if (!isCapitalised(first) || calendarWords.has(first!.norm)) return at
  if (!context.french) return mixedStyle(tokens, at, next, context, report)
  const second = tokens[next + 1]
  const fullName = !particles.has(first!.norm) && isCapitalised(second) && !calendarWords.has(second!.norm)
  if (fullName) {
    const name = `${first!.text} ${second!.text}`
    report(tokens, at, next + 2, (actual) => `Unexpected \`${actual}\`, expected {expected}: French *${title.norm === 'mr' ? 'M.' : 'Mme'}* before a full name; English news uses no courtesy title there`, [name])
    return next + 1
  }
  if (title.norm === 'mrs') {
    const end = surnameEnd(tokens, next)
    const surname = tokens.slice(next, end).map((token) => token.text).join(' ')
    report(tokens, at, end, (actual) => `Unexpected \`${actual}\`, expected {expected}: French *Mme* is not a married woman's "Mrs."; English news uses the surname, or "Ms."`, [surname, `Ms. ${surname}`])
    return end - 1
  }
  return mixedStyle(tokens, at, next, context, report)
}

/** Where a surname starting at `from` ends: it may be several words (*Le Pen*, *de Gaulle*). */
function surnameEnd(tokens: Token[], from: number): number {
  let end = from + 1
  while (particles.has(tokens[end - 1]!.norm) && isCapitalised(tokens[end])) end++
  return end
}

/** "Mr. Macron" where the text also writes "Macron": flagged in any text. */
function mixedStyle(tokens: Token[], at: number, next: number, context: Context, report: Report): number {
  const title = tokens[at]!
  const end = surnameEnd(tokens, next)
  const surname = tokens.slice(next, end).map((token) => token.text).join(' ')
  const key = tokens.slice(next, end - 1).map((token) => token.norm).concat(surnameOf(tokens[end - 1]!)).join(' ')
  if (context.bare.has(key)) {
    report(tokens, at, end, (actual) => `Unexpected \`${actual}\`, expected {expected}: French *${title.norm === 'mr' ? 'M.' : 'Mme'}*; the text also writes the bare surname, as English news does`, [surname])
    return end - 1
  }
  return at
}

export const jurisdictionTitle: RuleDefinition = {
  id,
  plugin: retextJurisdictionTitle,
  severity: 'warning',
  category: 'Accuracy/Mistranslation',
  summary: 'A title that French names with one word and English by jurisdiction ("Quebec Prime Minister", "LFI deputies", "Mr. Macron").'
}
