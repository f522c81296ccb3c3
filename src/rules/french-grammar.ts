import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  afterNameNouns,
  afterWorld,
  agoUnits,
  articleTitles,
  clockWords,
  commaWhatVerbs,
  comparativeBeforeThan,
  conditionWords,
  finishedTimeWeekdays,
  grammarEntries,
  invertedParticiples,
  irregularParticiples,
  lastPeriods,
  notNames,
  notParticiples,
  onVerbs,
  othersNotNouns,
  objectDeterminers,
  perfectAdverbs,
  reportingPasts,
  personNouns,
  postverbAdverbs,
  sinceBlockers,
  sinceMonths,
  sinceNotSubjects,
  sinceRoles,
  sinceStates,
  sinceVerbs,
  subjectPronouns,
  superlatives,
  thingNouns,
  timeConjunctions,
  timeUnits,
  type GrammarEntry
} from './data/french-grammar.js'
import {compileContext, contextAllows, type CompiledContext} from './support/phrase-context.js'
import {PhraseIndex} from './support/phrase-index.js'
import {reportFinding} from './support/reporter.js'
import {listOr, matchCase} from './support/wording.js'
import {acceptsNumber, eachSentence, phraseSpan, type Token} from './support/word-patterns.js'
import type {RuleDefinition} from './types.js'

const id = 'french-grammar'

interface CompiledEntry {
  entry: GrammarEntry
  context: CompiledContext
}

type EntryIndex = PhraseIndex<{compiled: CompiledEntry; expected: string[]}>

// Compiled once per process: unified-engine attaches the plugins anew for every file.
let compiledIndex: EntryIndex | undefined

function compileIndex(): EntryIndex {
  const index: EntryIndex = new PhraseIndex()
  for (const entry of grammarEntries) {
    const compiled: CompiledEntry = {entry, context: compileContext(entry)}
    for (const [pattern, expected] of Object.entries(entry.forms)) index.add(pattern, {compiled, expected})
  }
  return index
}

/** One finding: tokens `start`…`end - 1`, what the French is, and the replacements if safe. */
interface Hit {
  start: number
  end: number
  french: string
  expected?: string[]
}

const word = (token: Token | undefined): boolean => token?.kind === 'word'
const capitalised = (token: Token | undefined): boolean => word(token) && /^\p{Lu}\p{Ll}/u.test(token!.text)

function phraseAt(index: EntryIndex, tokens: Token[], at: number): Hit | undefined {
  let best: Hit | undefined
  for (const {value: {compiled, expected}, end} of index.matchesAt(tokens, at)) {
    if (best && end <= best.end) continue
    if (!contextAllows(compiled.context, tokens, at, end)) continue
    const filled = expected.map((value) => anBefore(value.replace(/\{(\d)\}/g, (_, n: string) => tokens[at + Number(n) - 1]?.text ?? '')))
    best = {start: at, end, french: compiled.entry.french, expected: filled.length > 0 ? filled : undefined}
  }
  return best
}

/** "a 18-year-old" → "an 18-year-old": the article of a filled-in replacement, by its sound. */
function anBefore(value: string): string {
  return value.replace(/^a (?=8|1[18](?!\d)|eigh|elev|[aeiou])/i, (article) => (article.startsWith('A') ? 'An ' : 'an '))
}

/** "others countries" → "other": a plural noun after "others", which is then an adjective. */
function othersAt(tokens: Token[], at: number): Hit | undefined {
  if (tokens[at]!.norm !== 'others') return undefined
  const next = tokens[at + 1]
  if (!word(next) || next!.text !== next!.norm) return undefined
  const noun = next!.norm
  if (!/^[a-z]{3,}s$/.test(noun) || /(?:ss|us|is|ous)$/.test(noun) || othersNotNouns.has(noun)) return undefined
  if (timeUnits.has(noun)) return undefined
  // "each others" is "each other's"; a gerund before ("helping others grows…") makes the
  // word after a verb.
  if (tokens[at - 1]?.norm === 'each') return undefined
  for (let back = at - 1; back >= Math.max(1, at - 3); back--) {
    if (!word(tokens[back])) break
    if (/ing$/.test(tokens[back]!.norm)) return undefined
  }
  return {start: at, end: at + 1, french: 'd’autres + noun', expected: ['other']}
}

/** "the president Macron" → "President Macron". */
function titleAt(tokens: Token[], at: number): Hit | undefined {
  if (tokens[at]!.norm !== 'the') return undefined
  const title = tokens[at + 1]
  const formal = title && title.text === title.norm ? articleTitles.get(title.norm) : undefined
  if (!formal) return undefined
  let end = at + 2
  while (end < at + 4 && capitalised(tokens[end]) && !notNames.has(tokens[end]!.norm)) end++
  if (end === at + 2) return undefined
  const after = tokens[end]
  // A third capital, or an attributive noun after the name: a longer name or "the president
  // Obama era", not a title before a name.
  if (capitalised(after) || (after && afterNameNouns.has(after.norm))) return undefined
  const names = tokens.slice(at + 2, end).map((token) => token.text).join(' ')
  return {start: at, end, french: `le ${frenchTitle(title!.norm)} + name`, expected: [`${formal} ${names}`]}
}

function frenchTitle(title: string): string {
  return title === 'president' ? 'président' : title === 'pope' ? 'pape' : title === 'professor' ? 'professeur' : 'docteur'
}

/** ", what led to…" → ", which": French *ce qui* on the clause before. */
function commaWhatAt(tokens: Token[], at: number): Hit | undefined {
  if (tokens[at]!.norm !== 'what' || tokens[at - 1]?.norm !== ',') return undefined
  if (!commaWhatVerbs.has(tokens[at + 1]?.norm ?? '')) return undefined
  // A question ("So, what made you leave?") ends with a question mark.
  for (let next = at + 2; next < tokens.length; next++) if (tokens[next]!.norm === '?') return undefined
  return {start: at, end: at + 1, french: 'ce qui', expected: ['which']}
}

/** Whether the token at `at` is a possessive or starts one ("Monday's", "night's"). */
function possessive(tokens: Token[], at: number): boolean {
  const norm = tokens[at]?.norm ?? ''
  return /'s?$/.test(norm) || /^'s?$/.test(tokens[at + 1]?.norm ?? '') || /'s$/.test(tokens[at + 1]?.norm ?? '')
}

/**
 * Length of the finished-time phrase at `at` ("on Monday", "yesterday", "two years ago"), or
 * 0. `participle` is the verb before it: one that takes "on" itself is not dated by "on Monday".
 */
function finishedTimeAt(tokens: Token[], at: number, participle: string): number {
  const first = tokens[at]
  if (!word(first)) return 0
  const second = tokens[at + 1]
  if (first!.norm === 'yesterday') return possessive(tokens, at) ? 0 : 1
  if (first!.norm === 'on' && second && finishedTimeWeekdays.has(second.norm) && second.text !== second.norm) {
    return onVerbs.has(participle) || possessive(tokens, at + 1) ? 0 : 2
  }
  if (first!.norm === 'last' && second && lastPeriods.has(second.norm)) return 2
  // "on 12 March", "on March 12", "at 5 am": a date or a clock time is a finished time.
  if (first!.norm === 'on' && second) {
    const third = tokens[at + 2]
    if (/^\d{1,2}$/.test(second.norm) && third && sinceMonths.has(third.norm) && third.text !== third.norm) return 3
    if (sinceMonths.has(second.norm) && second.text !== second.norm && third && /^\d{1,2}$/.test(third.norm)) return 3
  }
  if (first!.norm === 'at' && second && /^\d{1,2}(?:[:.]\d\d)?$/.test(second.norm) && clockWords.has(tokens[at + 2]?.norm ?? '')) return 3
  // "two years ago", "a few days ago".
  let unit = at + 1
  if (first!.norm === 'a' && second?.norm === 'few') unit = at + 2
  else if (!acceptsNumber(first!) && first!.norm !== 'a' && first!.norm !== 'an' && first!.norm !== 'several') return 0
  return agoUnits.has(tokens[unit]?.norm ?? '') && tokens[unit + 1]?.norm === 'ago' ? unit + 2 - at : 0
}

/**
 * Whether the sentence opens with a finished time and a comma ("On Monday, the minister has
 * announced…", "Yesterday, police have arrested…") and the words between the comma and the
 * auxiliary at `at` are the subject alone: no verb, no conjunction, no second comma, so that
 * the time dates this verb and not one of its own ("On Monday, he said he has resigned").
 */
function openedByFinishedTime(tokens: Token[], at: number): boolean {
  const length = finishedTimeAt(tokens, 1, '')
  if (length === 0 || tokens[1 + length]?.norm !== ',') return false
  const from = 2 + length
  if (at - from < 1 || at - from > 6) return false
  for (let index = from; index < at; index++) {
    const token = tokens[index]!
    if (!word(token) || subjectBlockers.has(token.norm)) return false
    if (token.text === token.norm && (/^[a-z]{3,}ed$/.test(token.norm) || irregularParticiples.has(token.norm))) return false
  }
  return true
}

/** The simple past of a participle, or undefined when the word is not one. */
function pastOf(participle: string): string | undefined {
  if (irregularParticiples.has(participle)) return irregularParticiples.get(participle)
  if (/^[a-z]{2,}ed$/.test(participle) && !notParticiples.has(participle)) return participle
  return undefined
}

/** "has announced on Monday" → "announced": the *passé composé* for a finished past. */
function presentPerfectAt(tokens: Token[], at: number): Hit | undefined {
  const auxiliary = tokens[at]!.norm
  if (auxiliary !== 'has' && auxiliary !== 'have') return undefined
  let index = at + 1
  let negated = false
  const adverbs: string[] = []
  if (tokens[index]?.norm === 'not') {
    negated = true
    index++
  }
  while (perfectAdverbs.has(tokens[index]?.norm ?? '')) adverbs.push(tokens[index++]!.text)
  let passive = false
  if (tokens[index]?.norm === 'been') {
    passive = true
    index++
  }
  const participle = tokens[index]
  if (!word(participle) || participle!.text !== participle!.norm) return undefined
  // "would by a strict reading have terminated on July 17": a modal perfect, not a present one.
  for (let back = at - 1; back >= Math.max(1, at - 8); back--) {
    if (!word(tokens[back])) break
    if (modals.has(tokens[back]!.norm)) return undefined
  }
  const past = passive ? participle!.norm : pastOf(participle!.norm)
  if (!past || (passive && !pastOf(participle!.norm))) return undefined
  if (finishedTimeAt(tokens, index + 1, participle!.norm) === 0 && !openedByFinishedTime(tokens, at)) return undefined
  let expected: string[] | undefined
  if (!negated) {
    const subject = tokens[at - 1]?.norm
    const be = auxiliary === 'has' || subject === 'i' ? 'was' : 'were'
    expected = [[...adverbs, ...(passive ? [be] : []), past].join(' ')]
  }
  return {start: at, end: index + 1, french: 'passé composé with a finished time', expected}
}

const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'new'])

/**
 * "On Monday, two men are arrested" → "were arrested": the French present of narration
 * ("Lundi, deux hommes sont interpellés") under a finished time that opens the sentence, with
 * nothing but the subject between the comma and the verb (see `openedByFinishedTime`).
 */
function narrativePresentAt(tokens: Token[], at: number): Hit | undefined {
  const verb = tokens[at]!.norm
  if (verb !== 'is' && verb !== 'are') return undefined
  const participle = tokens[at + 1]
  if (!word(participle) || participle!.text !== participle!.norm || !pastOf(participle!.norm)) return undefined
  if (!openedByFinishedTime(tokens, at)) return undefined
  // "Last week, it is understood, the minister met…": the reporters’ parenthesis is English.
  if (tokens[at - 1]?.norm === 'it') return undefined
  return {start: at, end: at + 1, french: 'présent de narration', expected: [verb === 'is' ? 'was' : 'were']}
}

/** "the law who" → "which": French *qui* after a thing. */
function whoAt(tokens: Token[], at: number): Hit | undefined {
  if (tokens[at]!.norm !== 'who' || !thingNouns.has(tokens[at - 1]?.norm ?? '')) return undefined
  // A noun, not the verb "report" or "fire": a determiner one or two words before.
  if (!determiners.has(tokens[at - 2]?.norm ?? '') && !determiners.has(tokens[at - 3]?.norm ?? '')) return undefined
  if (tokens[at - 1]!.text !== tokens[at - 1]!.norm) return undefined
  // "people in this town who": the relative goes back to the people before the place.
  for (let back = at - 2; back >= Math.max(1, at - 5); back--) if (personNouns.has(tokens[back]!.norm)) return undefined
  return {start: at, end: at + 1, french: 'qui', expected: ['which', 'that']}
}

const auxiliaries = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'did', 'does', 'do'])
/** Verbs whose object can be followed by an indirect question ("told the voters which…"). */
const questionVerbs = new Set(['ask', 'asked', 'asks', 'tell', 'told', 'tells', 'show', 'showed', 'shown', 'shows', 'teach', 'taught', 'remind', 'reminded', 'inform', 'informed'])

/** "the soldiers which" → "who": French *qui* after a person. */
function whichAt(tokens: Token[], at: number): Hit | undefined {
  if (tokens[at]!.norm !== 'which') return undefined
  const noun = tokens[at - 1]
  if (!noun || !personNouns.has(noun.norm) || noun.text !== noun.norm) return undefined
  if (tokens[at - 2]?.norm === 'of') return undefined
  // "asked the students which book…": an indirect question, whose "which" precedes a noun. A
  // relative's "which" precedes its verb.
  const next = tokens[at + 1]?.norm ?? ''
  if (!auxiliaries.has(next) && !/^[a-z]{3,}ed$/.test(next) && !irregularParticiples.has(next)) return undefined
  for (let back = at - 2; back >= Math.max(1, at - 4); back--) {
    if (questionVerbs.has(tokens[back]!.norm)) return undefined
  }
  return {start: at, end: at + 1, french: 'qui', expected: ['who', 'that']}
}

/** "the largest city of the world" → "in the world". */
function superlativeWorldAt(tokens: Token[], at: number): Hit | undefined {
  if (tokens[at]!.norm !== 'of' || tokens[at + 1]?.norm !== 'the' || tokens[at + 2]?.norm !== 'world') return undefined
  const after = tokens[at + 3]
  if (after && after.kind === 'word' && !afterWorld.has(after.norm)) return undefined
  let found = false
  for (let back = at - 2; back >= Math.max(1, at - 4); back--) {
    if (!word(tokens[back])) break
    if (superlatives.has(tokens[back]!.norm)) found = true
  }
  if (!found) return undefined
  return {start: at, end: at + 3, french: 'le plus … du monde', expected: ['in the world']}
}

/** "as soon as he will arrive" → "arrives": the French future after a conjunction of time. */
function futureAt(tokens: Token[], at: number): Hit | undefined {
  if (tokens[at]!.norm !== 'will') return undefined
  const pronoun = tokens[at - 1]?.norm ?? ''
  const third = subjectPronouns.get(pronoun)
  if (third === undefined) return undefined
  const before = tokens
    .slice(Math.max(0, at - 4), at - 1)
    .map((token) => token.norm)
    .join(' ')
  // "When he will arrive, …" opening a sentence is a clause of time, not an indirect question.
  const openingWhen = at === 3 && tokens[1]?.norm === 'when'
  if (!openingWhen && !timeConjunctions.some((conjunction) => before === conjunction || before.endsWith(' ' + conjunction))) {
    return undefined
  }
  const verb = tokens[at + 1]
  if (!word(verb) || !/^[a-z]+$/.test(verb!.text)) return undefined
  return {start: at, end: at + 2, french: 'dès que + futur', expected: [presentOf(verb!.norm, pronoun, third)]}
}

function presentOf(verb: string, pronoun: string, third: boolean): string {
  if (verb === 'be') return pronoun === 'i' ? 'am' : third ? 'is' : 'are'
  if (!third) return verb
  if (verb === 'have') return 'has'
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return verb + 'es'
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ies'
  return verb + 's'
}

/** "the same level than" → "as". */
function sameThanAt(tokens: Token[], at: number): Hit | undefined {
  if (tokens[at]!.norm !== 'than' || comparativeBeforeThan.has(tokens[at - 1]?.norm ?? '')) return undefined
  if (/er$/.test(tokens[at - 1]?.norm ?? '')) return undefined
  for (let back = at - 1; back >= Math.max(1, at - 4); back--) {
    const token = tokens[back]!
    if (!word(token)) return undefined
    if (token.norm === 'same' && back < at - 1) {
      return {start: at, end: at + 1, french: 'le même … que', expected: ['as']}
    }
  }
  return undefined
}

/** "is in office since 2017" → "has been": the French present with *depuis*. */
function sincePresentAt(tokens: Token[], at: number): Hit | undefined {
  const verb = tokens[at]!.norm
  if (verb !== 'is' && verb !== 'are' && verb !== 'am') return undefined
  for (const state of sinceStates) {
    const end = at + 1 + state.length
    if (tokens[end]?.norm !== 'since') continue
    if (!state.every((part, offset) => tokens[at + 1 + offset]?.norm === part)) continue
    const perfect = verb === 'is' ? 'has been' : 'have been'
    return {start: at, end: at + 1, french: 'être … depuis', expected: [perfect]}
  }
  return undefined
}

/**
 * "he lives in Lyon since 2015" → "has lived", "she is president of the club since 2019" →
 * "has been": the French present with *depuis* and a date, after a verb of lasting state or
 * "be" with a bare role. The words between the verb and "since" may not contain a verb, a
 * relative, a comma or a superlative ("is the first president since 1990" is English), and
 * "since" must take a year, a month or "last …" and end the clause there, so that the
 * causal "since" and a "since" that dates another verb are never read.
 */
function sinceVerbAt(tokens: Token[], at: number): Hit | undefined {
  const verb = tokens[at]!
  if (verb.text !== verb.norm) return undefined
  let perfect = sinceVerbs.get(verb.norm)
  let from = at + 1
  if (!perfect) {
    if (verb.norm !== 'is' && verb.norm !== 'are') return undefined
    if (tokens[from]?.norm === 'a' || tokens[from]?.norm === 'an') from++
    if (!sinceRoles.has(tokens[from]?.norm ?? '')) return undefined
    perfect = verb.norm === 'is' ? 'has been' : 'have been'
    from++
  } else {
    const before = tokens[at - 1]
    if (!word(before) || sinceNotSubjects.has(before!.norm)) return undefined
  }
  let since = -1
  for (let index = from; index < Math.min(tokens.length, from + 6); index++) {
    const token = tokens[index]!
    if (token.norm === 'since') {
      since = index
      break
    }
    if (!word(token) || sinceBlockers.has(token.norm)) return undefined
    if (token.text === token.norm && (/^[a-z]{3,}(?:ed|est)$/.test(token.norm) || irregularParticiples.has(token.norm))) return undefined
  }
  if (since === -1) return undefined
  let end = since + 1
  const date = tokens[end]
  if (!word(date)) return undefined
  if (/^(?:1[89]|20)\d\d$/.test(date!.norm)) end++
  else if (sinceMonths.has(date!.norm) && date!.text !== date!.norm) {
    end++
    if (/^(?:1[89]|20)\d\d$/.test(tokens[end]?.norm ?? '')) end++
  } else if (date!.norm === 'last' && lastPeriods.has(tokens[end + 1]?.norm ?? '')) end += 2
  else return undefined
  const after = tokens[end]
  if (after && after.kind === 'word' && after.norm !== 'and' && after.norm !== 'but') return undefined
  return {start: at, end: at + 1, french: 'présent + depuis', expected: [perfect]}
}

/**
 * "Are concerned the employees of…" → "The employees of … are affected": French puts the
 * subject after a passive that opens the sentence ("Sont concernés les salariés…"); English
 * does not, except in a question, so a sentence that ends with a question mark is left alone.
 */
function invertedPassiveAt(tokens: Token[], at: number): Hit | undefined {
  if (at !== 1) return undefined
  const verb = tokens[1]!.norm
  if (verb !== 'are' && verb !== 'is' && verb !== 'were' && verb !== 'was') return undefined
  const participle = tokens[2]
  if (!participle || !invertedParticiples.has(participle.norm)) return undefined
  const subject = tokens[3]
  if (!subject || (!determiners.has(subject.norm) && !acceptsNumber(subject))) return undefined
  for (let index = tokens.length - 1; index > 2; index--) {
    if (tokens[index]!.kind === 'word') break
    if (tokens[index]!.norm === '?') return undefined
  }
  return {start: 1, end: 3, french: 'inversion du sujet (sont concernés les…)'}
}

/**
 * "announced also the creation" → "also announced": French puts the adverb after the
 * conjugated verb ("a annoncé aussi"); English puts "also" or "already" before a full verb.
 * Only the past of a verb of saying or of a public act, then the adverb, then a determiner,
 * so that "was also the", "plans also" and "again the next day" are not read, nor the
 * "included also a" of older American prose.
 */
function adverbAfterVerbAt(tokens: Token[], at: number): Hit | undefined {
  const verb = tokens[at]!
  if (verb.text !== verb.norm) return undefined
  const adverb = tokens[at + 1]
  if (!adverb || !postverbAdverbs.has(adverb.norm)) return undefined
  if (!objectDeterminers.has(tokens[at + 2]?.norm ?? '')) return undefined
  // "finished already the day before": a time after the adverb, not an object.
  if (timeAfterAdverb.has(tokens[at + 3]?.norm ?? '')) return undefined
  if (!reportingPasts.has(verb.norm)) return undefined
  // "was used also the…" is rare, but a passive "was told already the…" is not a full verb.
  const before = tokens[at - 1]?.norm ?? ''
  if (passiveMarkers.has(before) || (auxiliaries.has(before) && before !== 'has' && before !== 'have' && before !== 'had')) return undefined
  return {start: at, end: at + 2, french: 'verbe + adverbe (a annoncé aussi)', expected: [`${adverb.text} ${verb.text}`]}
}

/** Words that make the words before "has" more than a subject: a verb, a conjunction, a relative. */
const subjectBlockers = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'if', 'because', 'as', 'since', 'while',
  'after', 'before', 'although', 'though', 'but', 'and', 'or', 'so', 'said', 'says', 'say', 'told',
  'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'do', 'does', 'did', 'has', 'have', 'had', 'believes', 'thinks', 'think', 'know', 'knows', 'until'
])
const modals = new Set(['would', 'could', 'should', 'might', 'must', 'may', 'will', 'shall', 'to'])
const passiveMarkers = new Set(['been', 'be', 'being', 'get', 'gets', 'got', 'getting'])
const timeAfterAdverb = new Set(['day', 'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'previous', 'next', 'same', 'following', 'first', 'last', 'end', 'beginning', 'start'])

/** "according to X, the strike would have killed…": the French conditional of reported fact. */
function reportedConditionalAt(tokens: Token[], at: number): Hit | undefined {
  // The whole sentence is read for its source only here, at a "would have": most sentences have none.
  if (tokens[at]!.norm !== 'would' || tokens[at + 1]?.norm !== 'have' || !reportsSource(tokens)) return undefined
  let index = at + 2
  const passive = tokens[index]?.norm === 'been'
  if (passive) index++
  const participle = tokens[index]
  if (!word(participle) || participle!.text !== participle!.norm) return undefined
  const past = pastOf(participle!.norm)
  if (!past) return undefined
  // "would have been" before a noun or an adjective is not a passive: no fix then.
  const expected = passive ? undefined : [`reportedly ${past}`]
  return {start: at, end: index + 1, french: 'conditionnel journalistique', expected}
}

/** Whether the sentence reports its source with "according to" and states no condition. */
function reportsSource(tokens: Token[]): boolean {
  let according = false
  for (let index = 1; index < tokens.length - 1; index++) {
    const norm = tokens[index]!.norm
    if (conditionWords.has(norm)) return false
    if (norm === 'according' && tokens[index + 1]?.norm === 'to') according = true
  }
  return according
}

type Check = (tokens: Token[], at: number) => Hit | undefined

/**
 * Each check with the words its first token must be, in the order they are tried (the first
 * hit wins). Every check opens by testing that word, so a table from word to checks tries at
 * each token the two or three checks that can start there, not all fifteen.
 */
const checks: Array<[Check, Iterable<string>]> = [
  [othersAt, ['others']],
  [titleAt, ['the']],
  [commaWhatAt, ['what']],
  [presentPerfectAt, ['has', 'have']],
  [narrativePresentAt, ['is', 'are']],
  [whoAt, ['who']],
  [whichAt, ['which']],
  [superlativeWorldAt, ['of']],
  [futureAt, ['will']],
  [sameThanAt, ['than']],
  [sincePresentAt, ['is', 'are', 'am']],
  [sinceVerbAt, ['is', 'are', ...sinceVerbs.keys()]],
  [invertedPassiveAt, ['is', 'are', 'was', 'were']],
  [adverbAfterVerbAt, reportingPasts],
  [reportedConditionalAt, ['would']]
]

const checksByWord = new Map<string, Check[]>()
for (const [check, words] of checks) {
  for (const word of words) {
    const list = checksByWord.get(word)
    if (list) list.push(check)
    else checksByWord.set(word, [check])
  }
}

function checkAt(tokens: Token[], at: number): Hit | undefined {
  const candidates = checksByWord.get(tokens[at]!.norm)
  if (!candidates) return undefined
  for (const check of candidates) {
    const hit = check(tokens, at)
    if (hit) return hit
  }
  return undefined
}

function reasonFor(actual: string, hit: Hit, suggestions?: string[]): string {
  const head = `Unexpected \`${actual}\` (French grammar: *${hit.french}*)`
  return suggestions ? `${head}, expected ${listOr(suggestions)}` : `${head}, rephrase`
}

/**
 * French grammar in English words: an adjective that agrees ("others countries"), an article
 * English does not use ("a same", "whose the", "the president Macron"), a relative or a tense
 * that French uses and English does not (", what led to", "has announced on Monday").
 */
export default function retextFrenchGrammar() {
  const index = (compiledIndex ??= compileIndex())
  return function (tree: Root, file: VFile) {
    const source = String(file.value)
    eachSentence(tree, (tokens) => {
      let at = 1
      while (at < tokens.length - 1) {
        const hit = phraseAt(index, tokens, at) ?? checkAt(tokens, at)
        if (!hit) {
          at++
          continue
        }
        const span = phraseSpan(tokens, hit.start, hit.end, source)
        if (span) {
          const actual = span.text
          const suggestions = hit.expected?.map((value) => matchCase(actual, value))
          reportFinding(file, id, span.place, reasonFor(actual, hit, suggestions), actual, suggestions)
        }
        at = hit.end
      }
    })
  }
}

export const frenchGrammar: RuleDefinition = {
  id,
  plugin: retextFrenchGrammar,
  severity: 'warning',
  category: 'Linguistic conventions/Grammar',
  summary: 'French grammar in English words ("others countries", "a same", "whose the", "has announced on Monday").'
}
