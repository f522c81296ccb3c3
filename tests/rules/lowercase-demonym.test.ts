import {readFileSync} from 'node:fs'
import type {Position} from 'unist'
import {describe, expect, it} from 'vitest'
import {demonyms} from '../../src/rules/data/demonyms.js'
import {demonymMatches, demonymPattern} from '../../src/rules/lowercase-demonym.js'
import {ruleFindings, seedPath, seededRandom, summary} from '../helpers.js'

const id = 'lowercase-demonym'

describe('lowercase-demonym', () => {
  it('finds nothing in the seed article (its "Russian" and "pro-Moscow" are capitalised)', async () => {
    expect(summary(await ruleFindings(id, readFileSync(seedPath, 'utf8')))).toEqual([])
  })

  it('knows the nationalities of about 200 countries, lowercase and unique', () => {
    expect(demonyms.length).toBeGreaterThan(250)
    expect(new Set(demonyms).size).toBe(demonyms.length)
    for (const word of demonyms) expect(word).toBe(word.toLowerCase())
  })

  it('capitalises nationalities, demonyms and place names, on multi-line input', async () => {
    const text = [
      'The french government and canadian parents.',
      'A russian journalist in the european union met parisian students, two muscovites and a new yorker.',
      'The sub-saharan and pro-russian groups.'
    ].join('\n')
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:5', 'french', ['French']],
      ['1:27', 'canadian', ['Canadian']],
      ['2:3', 'russian', ['Russian']],
      ['2:29', 'european union', ['European Union']],
      ['2:48', 'parisian', ['Parisian']],
      ['2:71', 'muscovites', ['Muscovites']],
      ['2:88', 'new yorker', ['New Yorker']],
      ['3:5', 'sub-saharan', ['sub-Saharan']],
      ['3:25', 'russian', ['Russian']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected lowercase `french`, expected `French`')
    const place = findings[3]!.place as Position
    expect(text.slice(place.start.offset, place.end.offset)).toBe('european union')
    expect(findings[0]!.fatal).toBe(false)
    expect(findings[0]!.category).toBe('Linguistic conventions/Spelling')
    expect(findings[0]!.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#lowercase-demonym')
  })

  it('leaves capitalised names, ordinary lowercase words, set phrases and code alone', async () => {
    const clean = [
      'Kremlin spokesman Dmitry Peskov refused to comment.',
      'Ukraine’s allies gather this Friday.',
      'Sergey Lavrov spoke after the summit.',
      'Russian threats grew.',
      'He is a pro-Moscow Russian journalist.',
      'Polish the china before the turkey dinner.',
      'Use arabic numerals and roman numerals.',
      'Swiss chard and venetian blinds were on sale.',
      'The guinea pig from Chad ate french fries.',
      'Install an-array-of-french-words and parse-english.',
      'See [english] and `french` in the code.',
      'The file french.txt sits next to www.russian-news.com.',
      'He will welsh on the deal.',
      'The Japanese and Chinese delegations met in Georgia.',
      // A digit outside the BMP, two code units, is a digit before the name as much as "2" is.
      'Item 𝟚french and item 2french.',
      'Mail @french or #russian, path /german or lang_italian.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('finds the places the whole pattern finds at every character, on generated text', () => {
    // Forms, near misses, and every kind of edge: letters outside ASCII and the BMP, digits
    // outside the BMP, the characters of URLs and identifiers, line breaks inside a form.
    const pieces = [
      'french', 'canadian', 'canadians', 'united', 'arab', 'emirates', 'new', 'zealander', 'bissau', 'guinean',
      'frenchy', 'unite', 'x', 'é', 'ñ', '𝐀', '𝟚', '2', ' ', ' ', ' ', '\n', '-', '.', '/', '_', '@', '#', '\\', ',', '’'
    ]
    const random = seededRandom(2024)
    const everywhere = new RegExp(demonymPattern.source, 'gu')
    let found = 0
    for (let round = 0; round < 20000; round++) {
      let text = ''
      const length = 1 + random(9)
      for (let piece = 0; piece < length; piece++) text += pieces[random(pieces.length)]
      const expected = [...text.matchAll(everywhere)].map((match) => ({index: match.index, text: match[0]}))
      found += expected.length
      expect([...demonymMatches(text)], JSON.stringify(text)).toEqual(expected)
    }
    expect(found).toBeGreaterThan(2000)
  })
})
