import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {importPeople, renderPeopleModule, snapshotOf, wikidataDate, type SparqlResults} from '../../src/build/import-people.js'

const sample = JSON.parse(readFileSync(new URL('./fixtures/wikidata-sample.json', import.meta.url), 'utf8')) as SparqlResults

describe('importPeople', () => {
  const {people, unmapped} = importPeople(sample, '2025-10-31')
  const lavrov = people.find((person) => person.name === 'Sergey Lavrov')!
  const reznikov = people.find((person) => person.name === 'Oleksii Reznikov')!

  it('groups the statements of one item into one person, terms in date order', () => {
    expect(people.map((person) => person.name)).toEqual(['Oleksii Reznikov', 'Sergey Lavrov'])
    expect(lavrov.id).toBe('Q58217')
    expect(lavrov.terms).toEqual([
      {position: 'Permanent Representative of Russia to the United Nations', title: 'UN ambassador', kinds: ['un-ambassador'], jurisdiction: 'Russia', start: '1994-04', end: '2004'},
      {position: 'Minister of Foreign Affairs of Russia', title: 'foreign minister', kinds: ['foreign-minister'], jurisdiction: 'Russia', start: '2004-03-09'}
    ])
  })

  it('names the source of every entry, without an id it does not have', () => {
    expect(lavrov.source).toBe('Wikidata Q58217, position held (P39) statements as of 2025-10-31')
    expect(reznikov.id).toBeUndefined()
    expect(reznikov.source).toBe('Wikidata (item id not recorded), position held (P39) statements as of 2025-10-31')
  })

  it('adds aliases and the usual transliterations of Russian and Ukrainian names', () => {
    expect(lavrov.variants).toEqual(['Sergei Lavrov', 'Serhiy Lavrov', 'Serhii Lavrov', 'Sergii Lavrov'])
    expect(lavrov.familyVariants).toEqual([])
    expect(reznikov.variants).toEqual(['Oleksiy Reznikov'])
  })

  it('leaves out and lists positions no office rule maps', () => {
    expect(unmapped).toEqual(['Member of the Verkhovna Rada'])
    expect(reznikov.terms.map((term) => term.position)).toEqual(['Minister of Defence of Ukraine'])
  })

  it('rejects a file that is not a SPARQL JSON result', () => {
    expect(() => importPeople({} as SparqlResults, '2025-10-31')).toThrow('not a SPARQL JSON result')
  })
})

describe('wikidataDate and snapshotOf', () => {
  it('keeps a date as precise as Wikidata says it is', () => {
    expect(wikidataDate('2004-03-09T00:00:00Z', '11')).toBe('2004-03-09')
    expect(wikidataDate('1994-04-01T00:00:00Z', '10')).toBe('1994-04')
    expect(wikidataDate('+2000-01-01T00:00:00Z', '9')).toBe('2000')
  })

  it('reads the snapshot day from the query file, and says when it is missing', () => {
    expect(snapshotOf('# People\n# snapshot: 2025-10-31\nSELECT')).toBe('2025-10-31')
    expect(() => snapshotOf('SELECT ?person')).toThrow('no `# snapshot: YYYY-MM-DD` line')
  })
})

describe('the committed data module', () => {
  it('is what npm run data:people writes from the committed Wikidata answer', () => {
    const folder = new URL('../../src/rules/data/people/', import.meta.url)
    const snapshot = snapshotOf(readFileSync(new URL('wikidata-positions.rq', folder), 'utf8'))
    const results = JSON.parse(readFileSync(new URL('wikidata-positions.json', folder), 'utf8')) as SparqlResults
    const {people, unmapped} = importPeople(results, snapshot)
    expect(unmapped).toEqual([])
    expect(people.length).toBeGreaterThanOrEqual(150)
    expect(readFileSync(new URL('../../src/rules/data/people.ts', import.meta.url), 'utf8')).toBe(renderPeopleModule(people, snapshot))
  })
})
