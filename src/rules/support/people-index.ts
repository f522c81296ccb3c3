/**
 * The person-office rule's knowledge, compiled once per process into phrase indexes over
 * sentence tokens: every spelling of every person's name (full, and the family name alone),
 * the office phrases, and the words that name a jurisdiction. Also the date questions the rule
 * asks of a person's terms (held on a day, held before it, the latest office).
 */
import {jurisdictions, officePhrases, type Jurisdiction, type OfficeKind, type OfficePhrase} from '../data/offices.js'
import {people} from '../data/people.js'
import type {OfficeTerm, Person} from '../data/person-types.js'
import {PhraseIndex} from './phrase-index.js'
import {compilePattern, slotOf, type Pattern, type Slot} from './word-patterns.js'

export interface NameEntry {
  /** Everyone this spelling may name: one person, or several for a shared family name. */
  persons: Person[]
  /** A family name alone ("Lavrov"), not a full name. */
  familyOnly: boolean
}

export interface PeopleIndex {
  names: PhraseIndex<NameEntry>
  offices: PhraseIndex<OfficePhrase>
  places: PhraseIndex<Jurisdiction>
  /** Jurisdiction name → the names a qualifier naming it accepts (a capital accepts its country). */
  placeNames: Map<string, Jurisdiction>
}

/** A name's words as sentence tokens normalise them (lower case, straight apostrophe, no abbreviation point). */
export function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase().replace(/’/g, "'").replace(/(?<=\p{L})\.$/u, ''))
}

/** A name pattern whose last word may carry a possessive ("Lavrov's", "Borrell'"). */
function namePattern(words: string[]): Pattern {
  return words.map((word, index): Slot => {
    const forms = index === words.length - 1 ? [word, `${word}'s`, ...(word.endsWith('s') ? [`${word}'`] : [])] : [word]
    return slotOf(forms)
  })
}

function buildIndex(): PeopleIndex {
  const full = new Map<string, Person[]>()
  const family = new Map<string, Person[]>()
  const add = (map: Map<string, Person[]>, name: string, person: Person) => {
    const key = nameWords(name).join(' ')
    if (!key) return
    const list = map.get(key) ?? []
    if (!list.includes(person)) list.push(person)
    map.set(key, list)
  }
  for (const person of people) {
    for (const name of [person.name, ...person.variants]) add(full, name, person)
    for (const name of [...(person.familyName ? [person.familyName] : []), ...person.familyVariants]) add(family, name, person)
  }
  const names = new PhraseIndex<NameEntry>()
  for (const [key, persons] of full) names.add(namePattern(key.split(' ')), {persons, familyOnly: false})
  for (const [key, persons] of family) {
    if (full.has(key)) continue
    names.add(namePattern(key.split(' ')), {persons, familyOnly: true})
  }
  const offices = new PhraseIndex<OfficePhrase>()
  for (const phrase of officePhrases) offices.add(compilePattern(phrase.pattern), phrase)
  const places = new PhraseIndex<Jurisdiction>()
  const placeNames = new Map<string, Jurisdiction>()
  for (const place of jurisdictions) {
    placeNames.set(place.name, place)
    for (const words of place.words) places.add(compilePattern(words), place)
  }
  return {names, offices, places, placeNames}
}

let compiled: PeopleIndex | undefined

export function peopleIndex(): PeopleIndex {
  return (compiled ??= buildIndex())
}

/** The jurisdictions a qualifier accepts: its own and those it includes (Moscow → Russia). */
export function acceptedPlaces(place: Jurisdiction): Set<string> {
  return new Set([place.name, ...(place.includes ?? [])])
}

/**
 * Whether `day` (YYYY-MM-DD) falls in the term. A date Wikidata gives only to the month or
 * year counts for the whole month or year, so a handover month accepts both holders.
 */
export function heldOn(term: OfficeTerm, day: string): boolean {
  if (day.slice(0, term.start.length) < term.start) return false
  return term.end === undefined || day.slice(0, term.end.length) <= term.end
}

/** Whether the term had begun by `day`: it may be called "former" then, or told in the past. */
export function begunBy(term: OfficeTerm, day: string): boolean {
  return day.slice(0, term.start.length) >= term.start
}

/** Whether the term covers any part of the year (a sentence that dates itself: "in 2014"). */
export function heldInYear(term: OfficeTerm, year: string): boolean {
  return term.start.slice(0, 4) <= year && (term.end === undefined || year <= term.end.slice(0, 4))
}

/** The terms a person holds last: those still running, or else the last to end. */
export function latestTerms(person: Person): OfficeTerm[] {
  const open = person.terms.filter((term) => term.end === undefined)
  if (open.length > 0) return open
  const last = person.terms.reduce((max, term) => ((term.end ?? '') > max ? (term.end ?? '') : max), '')
  return person.terms.filter((term) => term.end === last)
}

/** Whether the term is one of the office kinds claimed, in one of the places claimed (if any). */
export function termMatches(term: OfficeTerm, kinds: readonly OfficeKind[], places: Set<string> | undefined): boolean {
  if (!term.kinds.some((kind) => kinds.includes(kind))) return false
  return places === undefined || places.has(term.jurisdiction)
}

/** "Minister of Foreign Affairs of Russia (since 2004-03-09)", "… (2012-11-06 to 2024-05-12)". */
export function describeTerm(term: OfficeTerm): string {
  return term.end === undefined ? `${term.position} (since ${term.start})` : `${term.position} (${term.start} to ${term.end})`
}
