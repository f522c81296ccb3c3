import {readFileSync} from 'node:fs'
import type {Position} from 'unist'
import {describe, expect, it} from 'vitest'
import {properNouns} from '../../src/rules/data/proper-nouns.js'
import {ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'lowercase-proper-noun'

describe('lowercase-proper-noun', () => {
  it('finds nothing in the seed article', async () => {
    expect(summary(await ruleFindings(id, readFileSync(seedPath, 'utf8')))).toEqual([])
  })

  it('holds thousands of capitalised dictionary names and none that is also a common word', () => {
    expect(properNouns.length).toBeGreaterThan(8000)
    for (const name of ['Canada', 'November', 'Quebec', 'Monday', 'Kremlin']) expect(properNouns).toContain(name)
    for (const word of ['May', 'China', 'Turkey', 'Bill', 'March', 'August', 'Gastroenterology']) expect(properNouns).not.toContain(word)
  })

  it('capitalises names written in lowercase mid-sentence, possessives included', async () => {
    const text = ['Figures from canada rose in november.', 'The quebec government and moscow’s mayor met on monday.'].join('\n')
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:14', 'canada', ['Canada']],
      ['1:29', 'november', ['November']],
      ['2:5', 'quebec', ['Quebec']],
      ['2:27', 'moscow', ['Moscow']],
      ['2:49', 'monday', ['Monday']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected lowercase `canada`, expected `Canada`')
    const place = findings[3]!.place as Position
    expect(text.slice(place.start.offset, place.end.offset)).toBe('moscow')
    expect(findings[0]!.fatal).toBe(false)
    expect(findings[0]!.category).toBe('Linguistic conventions/Spelling')
    expect(findings[0]!.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#lowercase-proper-noun')
  })

  it('takes may, march and august for months only next to a day or a year', async () => {
    const text = 'It opened on may 5 and closed in march 2024, on 12 august.'
    expect(summary(await ruleFindings(id, text))).toEqual([
      ['1:14', 'may', ['May']],
      ['1:34', 'march', ['March']],
      ['1:52', 'august', ['August']]
    ])
  })

  it('takes them for months too after a word of time, before a stop or a clause', async () => {
    const text = 'Prices rose since march, and the vote is set for late may. Talks go on until march and april.'
    expect(summary(await ruleFindings(id, text))).toEqual([
      ['1:19', 'march', ['March']],
      ['1:55', 'may', ['May']],
      ['1:78', 'march', ['March']],
      ['1:88', 'april', ['April']]
    ])
    const clean = ['The soldiers stood in march order.', 'He dined in august company.', 'What is in may surprise you.']
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('leaves common nouns, sentence starts, nationalities, code, addresses and quoted brands alone', async () => {
    const clean = [
      'They may march in august company, and eat turkey on china plates.',
      'He paid the bill.',
      'canada is the first word, which another rule judges.',
      'The french minister spoke.',
      'Write to press@canada.example or see www.quebec.example/news and #montreal.',
      'The shop sells “paris” scarves and pre-monday deals.',
      'Quatre morts sur les routes.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('capitalises a formal title that opens the noun phrase before a name', async () => {
    const findings = await ruleFindings(id, 'Talks stalled, according to president Ana Lima. They met pope Leo, and prime minister Jan Novak spoke with king Olaf.')
    expect(summary(findings)).toEqual([
      ['1:29', 'president', ['President']],
      ['1:58', 'pope', ['Pope']],
      ['1:72', 'prime minister', ['Prime Minister']],
      ['1:108', 'king', ['King']]
    ])
    expect(findings[0]!.reason).toBe(
      'Unexpected lowercase `president` before a name, expected `President`: English capitalises a formal title directly before a name (French writes *le président Macron*)'
    )
  })

  it('leaves a title after a determiner, an adjective or a possessive, and one before no name', async () => {
    const clean = [
      'The French president Ana Lima spoke.',
      "Norway's prime minister Jan Novak spoke.",
      'Former president Ana Lima spoke.',
      'She was elected president Sunday.',
      'He met with president and chief executive Jan Novak.',
      'The awards went to premier Canadian films.',
      'They ate king prawns with queen scallops.',
      'He served as president of the club.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('capitalises every main word of an institution capitalised the French way', async () => {
    const findings = await ruleFindings(id, 'The bill went to the National assembly. Aid from the United nations reached the Council of state.')
    expect(summary(findings)).toEqual([
      ['1:22', 'National assembly', ['National Assembly']],
      ['1:54', 'United nations', ['United Nations']],
      ['1:81', 'Council of state', ['Council of State']]
    ])
    expect(findings[0]!.reason).toBe(
      'Unexpected `National assembly`, expected `National Assembly`: English capitalises each main word of the name (French writes *Assemblée nationale*, *Premier ministre*)'
    )
  })

  it('capitalises French bodies and ministry portfolios written with one capital', async () => {
    const text = 'Rates set by the European central bank worried the Minister of Foreign affairs and the Court of audit.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:18', 'European central bank', ['European Central Bank']],
      ['1:64', 'Foreign affairs', ['Foreign Affairs']],
      ['1:88', 'Court of audit', ['Court of Audit']]
    ])
  })

  it('leaves such a name in full capitals, in lowercase, or opening a sentence', async () => {
    const clean = [
      'The National Assembly and the Prime Minister agreed.',
      'The national assembly voted and the prime minister resigned.',
      'Supreme court justices are appointed for life.',
      'The European commission and the Labour party replied.',
      'The European Central Bank and the world bank of seeds met; foreign affairs and higher education were cut.',
      'Higher education is costly. National police forces and the red cross symbol were shown.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })
})
