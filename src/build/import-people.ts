/**
 * `npm run data:people`: turns the saved Wikidata answer (src/rules/data/people/
 * wikidata-positions.json, the result of wikidata-positions.rq beside it) into the data
 * module the person-office rule reads, src/rules/data/people.ts. The module is generated so
 * that a refresh is a reviewable diff, and the rule never parses JSON at lint time.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeFileAtomic} from '../fs/atomic-write.js'
import {positionRules} from '../rules/data/offices.js'
import type {OfficeTerm, Person} from '../rules/data/person-types.js'

interface SparqlTerm {
  type: string
  value: string
  datatype?: string
  'xml:lang'?: string
}

export interface SparqlResults {
  head: {vars: string[]}
  results: {bindings: Array<Record<string, SparqlTerm | undefined>>}
}

const entityPrefix = 'http://www.wikidata.org/entity/'

/** Jurisdictions whose names reach English through transliteration from Cyrillic. */
const cyrillic = new Set(['Russia', 'Ukraine', 'Belarus', 'Moscow', 'Kyiv', 'Chechnya'])

/**
 * Spellings of one Russian or Ukrainian given name that English news uses side by side
 * (BGN/PCGN, the Library of Congress system, and the spellings agencies adopted): a name
 * written one way in the data is matched written any other way.
 */
const givenNameSpellings: string[][] = [
  ['Sergey', 'Sergei', 'Serhiy', 'Serhii', 'Sergii'],
  ['Dmitry', 'Dmitri', 'Dmitriy'],
  ['Dmytro', 'Dmitro'],
  ['Andrey', 'Andrei'],
  ['Andriy', 'Andrii'],
  ['Alexei', 'Alexey', 'Aleksei', 'Aleksey'],
  ['Oleksiy', 'Oleksii'],
  ['Alexander', 'Aleksandr'],
  ['Nikolai', 'Nikolay'],
  ['Yevgeny', 'Evgeny', 'Yevgeniy', 'Evgeni'],
  ['Yuri', 'Yury', 'Yuriy'],
  ['Valery', 'Valeri', 'Valeriy', 'Valerii'],
  ['Vitali', 'Vitaly', 'Vitaliy', 'Vitalii'],
  ['Anatoly', 'Anatoli', 'Anatoliy'],
  ['Vasily', 'Vassily', 'Vasili', 'Vasiliy'],
  ['Maxim', 'Maksim'],
  ['Natalya', 'Natalia'],
  ['Maria', 'Mariya'],
  ['Yulia', 'Yuliya', 'Yuliia'],
  ['Arseniy', 'Arsenii'],
  ['Ihor', 'Igor']
]

const spellingsOf = new Map<string, string[]>()
for (const group of givenNameSpellings) for (const name of group) spellingsOf.set(name, group)

/** Ukrainian and Russian family names in -sky come as -skyy, -skiy, -skyi or -ski too. */
function surnameSpellings(surname: string): string[] {
  const match = /^(.*sk)(?:y|yy|iy|yi|i)$/.exec(surname)
  if (!match) return [surname]
  const stem = match[1]!
  return [surname, ...['y', 'yy', 'iy', 'yi', 'i'].map((ending) => stem + ending).filter((form) => form !== surname)]
}

function transliterations(name: string): string[] {
  const words = name.split(' ')
  const first = words[0]!
  const last = words[words.length - 1]!
  const firsts = words.length > 1 ? (spellingsOf.get(first) ?? [first]) : [first]
  const lasts = words.length > 1 ? surnameSpellings(last) : [last]
  const forms: string[] = []
  for (const given of firsts) {
    for (const family of lasts) forms.push([given, ...words.slice(1, -1), family].join(' '))
  }
  return forms
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as Wikidata's precision (11 day, 10 month, 9 year). */
export function wikidataDate(value: string, precision: string | undefined): string {
  const match = /^[+]?(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) throw new Error(`not a Wikidata date: \`${value}\``)
  const level = precision === undefined ? 11 : Number(precision)
  if (level >= 11) return `${match[1]}-${match[2]}-${match[3]}`
  if (level === 10) return `${match[1]}-${match[2]}`
  return match[1]!
}

/** The `snapshot: YYYY-MM-DD` line of the query file: the day the answer was taken. */
export function snapshotOf(queryText: string): string {
  const match = /^#\s*snapshot:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(queryText)
  if (!match) throw new Error('the query file has no `# snapshot: YYYY-MM-DD` line; add the day the answer was taken')
  return match[1]!
}

export interface ImportResult {
  people: Person[]
  /** Position labels no rule of offices.ts maps, left out. */
  unmapped: string[]
}

function unique(values: string[], not: Set<string>): string[] {
  const seen = new Set(not)
  const kept: string[] = []
  for (const value of values) {
    if (seen.has(value)) continue
    seen.add(value)
    kept.push(value)
  }
  return kept
}

export function importPeople(results: SparqlResults, snapshot: string): ImportResult {
  if (!results?.results?.bindings || !Array.isArray(results.results.bindings)) {
    throw new Error('not a SPARQL JSON result: expected {"head": …, "results": {"bindings": […]}}')
  }
  const byKey = new Map<string, {person: Person; aliases: Set<string>}>()
  const unmapped = new Set<string>()
  results.results.bindings.forEach((row, index) => {
    const name = row['personLabel']?.value
    const positionLabel = row['positionLabel']?.value
    const startValue = row['start']?.value
    if (!name || !positionLabel || !startValue) {
      throw new Error(`binding ${index + 1}: needs personLabel, positionLabel and start`)
    }
    const rule = positionRules.find((candidate) => candidate.pattern.test(positionLabel))
    if (!rule) {
      unmapped.add(positionLabel)
      return
    }
    const uri = row['person']?.value
    const id = uri?.startsWith(entityPrefix) ? uri.slice(entityPrefix.length) : undefined
    const key = id ?? `label:${name}`
    let entry = byKey.get(key)
    if (!entry) {
      const familyName = row['familyNameLabel']?.value
      entry = {
        person: {
          ...(id ? {id} : {}),
          name,
          ...(familyName ? {familyName} : {}),
          variants: [],
          familyVariants: [],
          terms: [],
          source: `Wikidata ${id ?? '(item id not recorded)'}, position held (P39) statements as of ${snapshot}`
        },
        aliases: new Set()
      }
      byKey.set(key, entry)
    }
    for (const alias of (row['personAliases']?.value ?? '').split('|')) if (alias.trim()) entry.aliases.add(alias.trim())
    const endValue = row['end']?.value
    const term: OfficeTerm = {
      position: positionLabel,
      title: rule.short,
      kinds: [...rule.kinds],
      jurisdiction: row['jurisdictionLabel']?.value ?? '',
      start: wikidataDate(startValue, row['startPrecision']?.value),
      ...(endValue ? {end: wikidataDate(endValue, row['endPrecision']?.value)} : {})
    }
    const duplicate = entry.person.terms.some((other) => JSON.stringify(other) === JSON.stringify(term))
    if (!duplicate) entry.person.terms.push(term)
  })

  const people = [...byKey.values()].map(({person, aliases}) => {
    const translit = person.terms.some((term) => cyrillic.has(term.jurisdiction))
    const full = [...aliases].filter((alias) => alias.includes(' '))
    const single = [...aliases].filter((alias) => !alias.includes(' '))
    const expand = (names: string[]) => (translit ? names.flatMap(transliterations) : names)
    person.variants = unique(expand([person.name, ...full]), new Set([person.name]))
    const family = person.familyName
    const familyForms = family ? (translit && !family.includes(' ') ? surnameSpellings(family) : [family]) : []
    person.familyVariants = unique([...familyForms, ...(translit ? single.flatMap(surnameSpellings) : single)], new Set(family ? [family] : []))
    person.terms.sort((a, b) => a.start.localeCompare(b.start))
    return person
  })
  people.sort((a, b) => a.name.localeCompare(b.name, 'en'))
  return {people, unmapped: [...unmapped].sort()}
}

export function renderPeopleModule(people: Person[], snapshot: string): string {
  const lines = [
    '// Generated by `npm run data:people` (src/build/import-people.ts) from',
    '// src/rules/data/people/wikidata-positions.json; edit the source and re-run, not this file.',
    "import type {Person} from './person-types.js'",
    '',
    '/** The day the Wikidata answer was taken: offices after it are unknown to the rule. */',
    `export const peopleSnapshot = ${JSON.stringify(snapshot)}`,
    '',
    'export const people: Person[] = ['
  ]
  people.forEach((person, index) => {
    lines.push(`  ${JSON.stringify(person)}${index < people.length - 1 ? ',' : ''}`)
  })
  lines.push(']', '')
  return lines.join('\n')
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const folder = path.join(root, 'src/rules/data/people')
  const snapshot = snapshotOf(await readFile(path.join(folder, 'wikidata-positions.rq'), 'utf8'))
  const results = JSON.parse(await readFile(path.join(folder, 'wikidata-positions.json'), 'utf8')) as SparqlResults
  const {people, unmapped} = importPeople(results, snapshot)
  const target = path.join(root, 'src/rules/data/people.ts')
  const written = await writeFileAtomic(target, renderPeopleModule(people, snapshot))
  const terms = people.reduce((sum, person) => sum + person.terms.length, 0)
  process.stdout.write(`${path.relative(root, target)}: ${people.length} people, ${terms} terms, snapshot ${snapshot}${written ? '' : ' (unchanged)'}\n`)
  if (unmapped.length > 0) {
    process.stdout.write(`left out ${unmapped.length} position(s) no rule in src/rules/data/offices.ts maps:\n${unmapped.map((label) => `  ${label}`).join('\n')}\n`)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(`data:people: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  })
}
