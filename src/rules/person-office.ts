import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {OfficeKind, OfficePhrase} from './data/offices.js'
import type {OfficeTerm, Person} from './data/person-types.js'
import {provinces} from './data/jurisdiction-titles.js'
import {
  acceptedPlaces,
  begunBy,
  describeTerm,
  heldInYear,
  heldOn,
  latestTerms,
  peopleIndex,
  termMatches,
  type PeopleIndex
} from './support/people-index.js'
import {reportFinding} from './support/reporter.js'
import {spanText, type Token} from './support/word-patterns.js'
import {treeViews} from './support/views.js'
import {listOr} from './support/wording.js'
import type {RuleDefinition} from './types.js'

const id = 'person-office'

/** Before an office: it was held once ("former president Medvedev", "ex-", "then-"). */
const pastWords = new Set(['former', 'ex', 'then', 'onetime', 'one-time', 'erstwhile', 'previous', 'late', 'formerly', 'once'])
/** Before an office: it is held now, as plain titles are. */
const presentWords = new Set(['current', 'acting', 'interim', 'incumbent', 'sitting', 'now', 'outgoing', 'new', 'still', 'also', 'currently'])
/** Before an office: another office or none yet ("deputy prime minister", "future president"). */
const otherOfficeWords = new Set([
  'deputy', 'vice', 'assistant', 'under', 'junior', 'shadow', 'future', 'incoming', 'next', 'would-be', 'first', 'second',
  'designate', 'candidate', 'opposition', 'presumptive', 'potential', 'possible', 'aspiring', 'co', 'associate', 'honorary'
])
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their'])
/**
 * What may follow an apposition: punctuation, the end, or a word that goes on describing the
 * person ("Lavrov, Russia's foreign minister since 2004,"). Anything else makes the office the
 * subject of a new clause: "a victory over Harris, the American president had promised",
 * "Lavrov, the defence minister said".
 */
const afterApposition = new Set(['who', 'whose', "who's", 'since', 'until', 'and', 'at', 'in', 'during', 'from', 'between', 'when', 'under', 'for'])

type Mode = 'current' | 'past'

/** Verbs that give a person an office after the name: "Lavrov, who heads the defence ministry". */
const predicateVerbs = new Map<string, {mode: Mode; ministry: boolean}>([
  ['is', {mode: 'current', ministry: false}],
  ['remains', {mode: 'current', ministry: false}],
  ['was', {mode: 'past', ministry: false}],
  ['became', {mode: 'past', ministry: false}],
  ['heads', {mode: 'current', ministry: true}],
  ['leads', {mode: 'current', ministry: true}],
  ['runs', {mode: 'current', ministry: true}],
  ['headed', {mode: 'past', ministry: true}],
  ['led', {mode: 'past', ministry: true}],
  ['ran', {mode: 'past', ministry: true}]
])
/** Two-word verbs: "has been", "serves as". */
const predicatePairs = new Map<string, {mode: Mode; ministry: boolean}>([
  ['has been', {mode: 'past', ministry: false}],
  ['had been', {mode: 'past', ministry: false}],
  ['serves as', {mode: 'current', ministry: false}],
  ['served as', {mode: 'past', ministry: false}],
  ['is heading', {mode: 'current', ministry: true}]
])

interface NameMention {
  start: number
  end: number
  persons: Person[]
  familyOnly: boolean
  possessive: boolean
}

interface OfficeMention {
  phrase: OfficePhrase
  /** First token of the office phrase. */
  phraseStart: number
  /** Just past the phrase and a following "of <place>". */
  end: number
  /** First token of the noun phrase: determiner, modifiers and qualifier included. */
  npStart: number
  /** Start of a place qualifier before the phrase ("Russian"), if any. */
  qualifierStart?: number
  places?: Set<string>
  mode: Mode
  /** Whether a word before the office set the mode ("former"). */
  modeStated: boolean
  /** A different office or none ("deputy", "future"): not judged. */
  other: boolean
}

interface Claim {
  mention: NameMention
  office: OfficeMention
  mode: Mode
  places?: Set<string>
}

/**
 * A person given an office they did not hold on the document's date: "Sergey Lavrov, Minister
 * of Defense of Russia" (Lavrov is the foreign minister). Machine translation swaps the
 * ministries of a sentence, renders one country's title with another's, and keeps the title a
 * person had when the source was written; none of it is visible to a reader without the facts.
 */
export default function retextPersonOffice() {
  const index = peopleIndex()
  return function (tree: Root, file: VFile) {
    const source = String(file.value)
    const date = validDate(file.data.documentDate)
    // A family name shared by several people names the one last written in full.
    const named = new Map<string, Person>()
    for (const {tokens: raw} of treeViews(tree).sentences) {
      const {tokens, pastAt} = splitPrefixes(raw)
      const mentions = findMentions(index, tokens, named)
      if (mentions.length === 0) continue
      const offices = findOffices(index, tokens, mentions, pastAt)
      if (offices.length === 0) continue
      const years = tokens.filter((token) => /^(?:19|20)\d\d$/.test(token.norm)).map((token) => token.norm)
      for (const claim of pairClaims(tokens, mentions, offices)) {
        const person = resolvePerson(claim.mention, named)
        if (!person) continue
        // A family name alone, with no full name before it, may be somebody else's: "President
        // Ford" is Gerald, not Ontario's Doug Ford. Judge it only where MT's usual swap is
        // plausible: an office of a kind the person held, or a ministry.
        const introduced = !claim.mention.familyOnly || named.get(person.familyName?.toLowerCase() ?? '') === person
        if (introduced || plausibleSwap(person, claim.office.phrase.kinds)) judge(file, source, raw, claim, person, date, years)
      }
    }
  }
}

const isMinistry = (kind: string) => kind.endsWith('-minister')

/**
 * Whether `kinds` name an office the person held, or a ministry: MT swaps one ministry for
 * another and gives politicians ministries ("defence minister Medvedev"); a president or a
 * prime minister of that name, with no full name before it, is likelier somebody else.
 */
function plausibleSwap(person: Person, kinds: readonly string[]): boolean {
  return kinds.some(isMinistry) || person.terms.some((term) => term.kinds.some((kind) => kinds.includes(kind)))
}

function validDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined
}

/** "then-defense", "ex-president": the office without its prefix, the prefix remembered. */
const noPrefixes: ReadonlySet<number> = new Set()
const prefixed = /^(?:ex|then|former)-(.+)$/

function splitPrefixes(raw: Token[]): {tokens: Token[]; pastAt: ReadonlySet<number>} {
  // Most sentences have no prefixed word: then no copy of their tokens and no set.
  if (!raw.some((token) => token.kind === 'word' && token.norm.includes('-') && prefixed.test(token.norm))) {
    return {tokens: raw, pastAt: noPrefixes}
  }
  const pastAt = new Set<number>()
  const tokens = raw.map((token, index) => {
    const match = prefixed.exec(token.norm)
    if (!match || token.kind !== 'word') return token
    pastAt.add(index)
    return {...token, norm: match[1]!, maskGeneration: -1}
  })
  return {tokens, pastAt}
}

function capitalised(token: Token | undefined): boolean {
  const first = token?.text.charAt(0) ?? ''
  return first !== first.toLowerCase()
}

function findMentions(index: PeopleIndex, tokens: Token[], named: Map<string, Person>): NameMention[] {
  const mentions: NameMention[] = []
  // Only the tokens a name may start on are tried (see `nextStart`).
  let position = index.names.nextStart(tokens, 1)
  while (position < tokens.length - 1) {
    let best: {end: number; persons: Person[]; familyOnly: boolean} | undefined
    for (const {value, end} of index.names.matchesAt(tokens, position)) {
      if (!best || end > best.end) best = {end, ...value}
    }
    // A name is written with a capital: "rice" and "price" are not Condoleezza Rice or Ned Price.
    if (!best || !capitalised(tokens[best.end - 1])) {
      position = index.names.nextStart(tokens, position + 1)
      continue
    }
    const last = tokens[best.end - 1]!.norm
    const mention = {start: position, end: best.end, persons: best.persons, familyOnly: best.familyOnly, possessive: /'s?$/.test(last)}
    if (!best.familyOnly && best.persons.length === 1) {
      const person = best.persons[0]!
      if (person.familyName) named.set(person.familyName.toLowerCase(), person)
    }
    mentions.push(mention)
    position = index.names.nextStart(tokens, best.end)
  }
  return mentions
}

function resolvePerson(mention: NameMention, named: Map<string, Person>): Person | undefined {
  if (mention.persons.length === 1) return mention.persons[0]
  const recent = mention.persons.filter((person) => named.get(person.familyName?.toLowerCase() ?? '') === person)
  return recent.length === 1 ? recent[0] : undefined
}

/** Short words count as places only in capitals: "US" and "UN", not "us" and the French "un". */
function placeEndingAt(index: PeopleIndex, tokens: Token[], end: number): {start: number; places: Set<string>} | undefined {
  for (let start = Math.max(1, end - 3); start < end; start++) {
    for (const match of index.places.matchesAt(tokens, start)) {
      if (match.end !== end) continue
      const words = tokens.slice(start, end)
      if (words.some((token) => token.norm.replace(/[.']/g, '').length <= 3 && token.text !== token.text.toUpperCase())) continue
      return {start, places: acceptedPlaces(match.value)}
    }
  }
  return undefined
}

function findOffices(index: PeopleIndex, tokens: Token[], mentions: NameMention[], pastAt: ReadonlySet<number>): OfficeMention[] {
  const inName = new Set<number>()
  for (const mention of mentions) for (let i = mention.start; i < mention.end; i++) inName.add(i)
  const offices: OfficeMention[] = []
  let position = 1
  while (position < tokens.length - 1) {
    if (inName.has(position)) {
      position++
      continue
    }
    let best: {phrase: OfficePhrase; end: number} | undefined
    for (const {value, end} of index.offices.matchesAt(tokens, position)) {
      if (!best || end > best.end) best = {phrase: value, end}
    }
    if (!best) {
      position++
      continue
    }
    offices.push(describeOffice(index, tokens, position, best.end, best.phrase, pastAt))
    position = best.end
  }
  return offices
}

/** The office phrase with what qualifies it: modifiers, a place before it or "of <place>" after it. */
function describeOffice(index: PeopleIndex, tokens: Token[], phraseStart: number, phraseEnd: number, phrase: OfficePhrase, pastAt: ReadonlySet<number>): OfficeMention {
  let mode: Mode = pastAt.has(phraseStart) ? 'past' : 'current'
  let modeStated = mode === 'past'
  let other = false
  let places = phrase.jurisdiction ? acceptedPlaces(peopleIndex().placeNames.get(phrase.jurisdiction) ?? {name: phrase.jurisdiction, adjective: '', words: []}) : undefined
  let qualifierStart: number | undefined
  let start = phraseStart
  for (let steps = 0; steps < 5; steps++) {
    const token = tokens[start - 1]
    if (!token || token.kind !== 'word') break
    if (pastWords.has(token.norm) || pastAt.has(start - 1)) {
      mode = 'past'
      modeStated = true
      start--
      continue
    }
    if (presentWords.has(token.norm)) {
      modeStated = true
      start--
      continue
    }
    if (otherOfficeWords.has(token.norm)) {
      other = true
      start--
      continue
    }
    const place = qualifierStart === undefined ? placeEndingAt(index, tokens, start) : undefined
    if (!place) break
    places = place.places
    qualifierStart = place.start
    start = place.start
  }
  const npStart = determiners.has(tokens[start - 1]?.norm ?? '') ? start - 1 : start
  let end = phraseEnd
  if (tokens[end]?.norm === 'of') {
    for (const match of index.places.matchesAt(tokens, end + 1)) {
      if (match.end > end + 1) {
        places = acceptedPlaces(match.value)
        end = match.end
        break
      }
    }
  }
  return {phrase, phraseStart, end, npStart, ...(qualifierStart === undefined ? {} : {qualifierStart}), ...(places ? {places} : {}), mode, modeStated, other}
}

/** The office claims of a sentence: title before a name, apposition after it, and predicates. */
function pairClaims(tokens: Token[], mentions: NameMention[], offices: OfficeMention[]): Claim[] {
  const byStart = new Map(mentions.map((mention) => [mention.start, mention]))
  const byEnd = new Map(mentions.map((mention) => [mention.end, mention]))
  const claims: Claim[] = []
  const claimed = new Set<OfficeMention>()
  const claim = (mention: NameMention, office: OfficeMention, mode: Mode = office.mode, places = office.places) => {
    claimed.add(office)
    if (!office.other) claims.push({mention, office, mode, ...(places ? {places} : {})})
  }

  offices.forEach((office, position) => {
    if (office.phrase.ministry || claimed.has(office)) return
    // Title before the name: "Defense Minister Sergey Lavrov", "Russia's foreign minister, Sergey Lavrov,".
    const next = byStart.get(office.end)
    if (next) return claim(next, office)
    if (tokens[office.end]?.norm === ',' && (office.npStart < office.phraseStart || office.qualifierStart !== undefined)) {
      const after = byStart.get(office.end + 1)
      const closing = tokens[after?.end ?? -1]
      if (after && closing && (closing.kind === 'edge' || /^[,.;:)]$/.test(closing.norm))) return claim(after, office)
    }
    // Apposition: "Lavrov, the defence minister", "Sergey Lavrov's latest statements, Minister of Defense of Russia".
    if (tokens[office.npStart - 1]?.norm !== ',') return
    const mention = appositionHead(tokens, office.npStart - 1, byEnd)
    if (!mention) return
    // "Macron and Scholz, the French president and German chancellor": respectively, not both Scholz's.
    if (tokens[mention.start - 1]?.norm === 'and' && byEnd.has(mention.start - 1)) return
    const chain = [office]
    for (let index = position + 1; index < offices.length; index++) {
      const previous = chain[chain.length - 1]!
      const candidate = offices[index]!
      if (tokens[previous.end]?.norm !== 'and' || candidate.npStart !== previous.end + 1 || candidate.phrase.ministry) break
      chain.push(candidate)
    }
    const following = tokens[chain[chain.length - 1]!.end]
    if (following && following.kind === 'word' && !afterApposition.has(following.norm)) return
    // "the former president and prime minister of Russia": the modifier reads forward, the place back.
    const places = chain.find((link) => link.places)?.places
    for (const link of chain) {
      claim(mention, link, link.modeStated ? link.mode : chain[0]!.mode, link.places ?? places)
    }
  })

  // Predicates: "Lavrov, who heads the defence ministry", "Lavrov is the defence minister".
  const byNounPhrase = new Map<number, OfficeMention>()
  for (const office of offices) if (!byNounPhrase.has(office.npStart)) byNounPhrase.set(office.npStart, office)
  for (const mention of mentions) {
    let position = mention.end
    if (tokens[position]?.norm === ',') position++
    if (tokens[position]?.norm === 'who') position++
    else if (position !== mention.end) continue
    const pair = predicatePairs.get(`${tokens[position]?.norm} ${tokens[position + 1]?.norm}`)
    const verb = pair ?? predicateVerbs.get(tokens[position]?.norm ?? '')
    if (!verb) continue
    position += pair ? 2 : 1
    const office = byNounPhrase.get(position)
    if (!office || claimed.has(office) || (office.phrase.ministry && !verb.ministry)) continue
    claim(mention, office, office.modeStated ? office.mode : verb.mode)
  }
  return claims
}

/** The name an apposition at `comma` describes: right before it, or a possessive a few words before. */
function appositionHead(tokens: Token[], comma: number, byEnd: Map<number, NameMention>): NameMention | undefined {
  const direct = byEnd.get(comma)
  if (direct) return direct
  for (let end = comma - 1; end >= Math.max(1, comma - 4); end--) {
    if (tokens[end]?.kind !== 'word') return undefined
    const mention = byEnd.get(end)
    if (mention) return mention.possessive ? mention : undefined
  }
  return undefined
}

function judge(file: VFile, source: string, raw: Token[], claim: Claim, person: Person, date: string | undefined, years: string[]): void {
  const {office, mode, places} = claim
  const kinds = office.phrase.kinds
  const matching = person.terms.filter((term) => termMatches(term, kinds, places))
  let held: OfficeTerm[]
  if (mode === 'past') held = matching.filter((term) => (date ? begunBy(term, date) : true))
  // A sentence that dates itself ("In 2014, Defense Minister Shoigu…") is judged on its year.
  else if (matching.some((term) => years.some((year) => heldInYear(term, year)))) held = matching.filter((term) => years.some((year) => heldInYear(term, year)))
  else if (date) held = matching.filter((term) => heldOn(term, date))
  else held = matching.filter((term) => latestTerms(person).includes(term))
  if (held.length > 0) {
    judgeProvincialTitle(file, source, raw, claim, person, held, date)
    return
  }

  // A place that is wrong on its own ("French foreign minister Lavrov") is part of what to fix.
  const placeOnly = places !== undefined && matching.length === 0 && person.terms.some((term) => termMatches(term, kinds, undefined))
  const from = placeOnly && office.qualifierStart !== undefined ? office.qualifierStart : office.phraseStart
  const first = raw[from]
  const last = raw[office.end - 1]
  if (!first?.start || !last?.end) return
  const actual = spanText(raw, from, office.end, source)

  const current = date ? person.terms.filter((term) => heldOn(term, date)) : latestTerms(person)
  const before = date ? person.terms.filter((term) => begunBy(term, date)) : person.terms
  const expected = office.phrase.ministry
    ? ministries(actual, current)
    : suggestions(actual, mode === 'past' ? before : current, mode === 'current' && current.length === 0 ? before : [], from !== office.phraseStart)
  const name = person.name
  let why: string
  if (mode === 'past') {
    why = `${date ? `before ${date}, ` : ''}${name} had held ${listTerms(before)}`
  } else if (!date) {
    why = `${name}'s latest office is ${listTerms(current)}`
  } else if (current.length > 0) {
    why = `on ${date}, ${name} was ${listTerms(current)}`
  } else if (before.length > 0) {
    why = `on ${date}, ${name} held none of the offices known here (last ${listTerms(before.slice(-1))})`
  } else {
    why = `on ${date}, ${name} held none of the offices known here (the first, ${listTerms(person.terms.slice(0, 1))})`
  }
  const wikidata = person.id ? `; Wikidata ${person.id}` : ''
  const noDate = date ? '' : ' (no document date; latest office assumed)'
  const reason = `Unexpected \`${actual}\` for ${name}${expected.length > 0 ? `, expected ${listOr(expected)}` : ''}: ${why}${wikidata}${noDate}`
  reportFinding(file, id, {start: first.start, end: last.end}, reason, actual, expected.length > 0 ? expected : undefined)
}

/**
 * The right kind of office under the wrong title: a Canadian province's premier called "prime
 * minister" with no province named ("Prime Minister François Legault"). French *premier
 * ministre* names both; English keeps "prime minister" for the federal one. With the province
 * ("Quebec Prime Minister"), jurisdiction-title reports it.
 */
/** Canadian provinces and territories as the people data names jurisdictions, lowercase. */
const provincial = new Set(provinces.map((words) => words.join(' ')))

function judgeProvincialTitle(file: VFile, source: string, raw: Token[], claim: Claim, person: Person, held: OfficeTerm[], date: string | undefined): void {
  const {office} = claim
  if (office.phrase.pattern !== 'prime minister' || claim.places !== undefined) return
  if (!held.every((term) => term.title === 'premier' && provincial.has(term.jurisdiction.toLowerCase()))) return
  const first = raw[office.phraseStart]
  const last = raw[office.end - 1]
  if (!first?.start || !last?.end) return
  const actual = spanText(raw, office.phraseStart, office.end, source)
  const expected = actual.charAt(0) === actual.charAt(0).toLowerCase() ? 'premier' : 'Premier'
  const why = claim.mode === 'past'
    ? `${date ? `before ${date}, ` : ''}${person.name} had held ${listTerms(held)}`
    : `${date ? `on ${date}, ` : ''}${person.name} was ${listTerms(held)}`
  const reason = `Unexpected \`${actual}\` for ${person.name}, expected \`${expected}\`: ${why}${person.id ? ` (Wikidata ${person.id})` : ''}; English calls a Canadian province's head of government the premier (French *premier ministre* names both)${date ? '' : ' (no document date; latest office assumed)'}`
  reportFinding(file, id, {start: first.start, end: last.end}, reason, actual, [expected])
}

function listTerms(terms: OfficeTerm[]): string {
  return terms.length === 0 ? 'no office known here' : terms.map(describeTerm).join(' and ')
}

/** The ministry each kind of minister heads, for "who heads the defence ministry". */
const ministryNames: Partial<Record<OfficeKind, string>> = {
  'foreign-minister': 'foreign ministry',
  'defence-minister': 'defence ministry',
  'interior-minister': 'interior ministry',
  'finance-minister': 'finance ministry',
  'head-of-government': 'government'
}
/** The same in Washington, where the departments have names of their own. */
const departmentNames: Partial<Record<OfficeKind, string>> = {
  'foreign-minister': 'State Department',
  'defence-minister': 'Pentagon',
  'finance-minister': 'Treasury'
}

function ministries(actual: string, held: OfficeTerm[]): string[] {
  const american = /defense/i.test(actual)
  const forms = held.flatMap((term) => {
    const names = term.jurisdiction === 'United States' ? departmentNames : ministryNames
    const name = term.kinds.map((kind) => names[kind]).find(Boolean)
    return name ? [american ? name.replace('defence', 'defense') : name] : []
  })
  return [...new Set(forms)].slice(0, 3)
}

const smallWords = new Set(['of', 'the', 'and', 'for', 'to', 'in'])

/**
 * The offices to write instead, in the form of the text: the Wikidata label where the text
 * wrote the long form ("Minister of Foreign Affairs of Russia"), else the short title, in the
 * text's capitals and its spelling of defence/defense.
 */
function suggestions(actual: string, held: OfficeTerm[], formerly: OfficeTerm[], withPlace: boolean): string[] {
  const longForm = / of /i.test(actual)
  const titleCase = actual.split(/\s+/).every((word) => smallWords.has(word) || word.charAt(0) !== word.charAt(0).toLowerCase())
  const american = /defense/i.test(actual)
  const place = (term: OfficeTerm) => peopleIndex().placeNames.get(term.jurisdiction)?.adjective
  const forms = [
    ...held.map((term) => (longForm ? term.position : withPlace && place(term) ? `${place(term)} ${term.title}` : term.title)),
    ...formerly.slice(-1).map((term) => `former ${longForm ? term.position : term.title}`)
  ].map((form) => {
    let text = american ? form.replace(/defence/gi, (word) => (word[0] === 'D' ? 'Defense' : 'defense')) : form.replace(/defense/gi, (word) => (word[0] === 'D' ? 'Defence' : 'defence'))
    if (titleCase) text = text.split(' ').map((word) => (smallWords.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(' ')
    else if (actual.charAt(0) !== actual.charAt(0).toLowerCase()) text = text.charAt(0).toUpperCase() + text.slice(1)
    return text
  })
  return [...new Set(forms)].slice(0, 3)
}

export const personOffice: RuleDefinition = {
  id,
  plugin: retextPersonOffice,
  severity: 'error',
  category: 'Accuracy/Mistranslation',
  summary: 'A person given an office they did not hold on the document’s date ("Lavrov, Minister of Defense").'
}
