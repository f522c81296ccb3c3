import {describe, expect, it} from 'vitest'
import {frenchHintPattern, hasFrenchHint} from '../../../src/rules/support/french-hint.js'
import {seededRandom} from '../../helpers.js'

describe('hasFrenchHint', () => {
  it.each([
    ['an accented letter', 'the café opened', true],
    ['an accented capital', 'ÉCOLE', true],
    ['a grammatical word', 'the vote of les deputies', true],
    ['a grammatical word in capitals', 'LES DEPUTIES', true],
    ['a grammatical word between digits', 'room 2de3', true],
    ['an elision with a straight apostrophe', "l'avion", true],
    ['an elision with a curly apostrophe', 'qu’il', true],
    ['an elision before a non-ASCII letter', 'l’ñandu', true],
    ['an elision at the end', 'd’', false],
    ['English only', 'The minister’s “plan” — in 2023…', false],
    ['a grammatical word inside a longer word', 'lesson dessert', false],
    ['a long s, which case folding makes an s', 'ſe', true],
    ['the Kelvin sign, which case folding makes a k', 'K', false],
    ['an empty text', '', false]
  ])('%s: %j', (_, text, expected) => {
    expect(hasFrenchHint(text)).toBe(expected)
    expect(frenchHintPattern.test(text)).toBe(expected)
  })

  it('reads only the given stretch', () => {
    expect(hasFrenchHint('les deputies', 3, 12)).toBe(false)
    expect(hasFrenchHint('les deputies', 0, 3)).toBe(true)
    // The stretch ends the last word: "le" of "lexicon" cut after two letters is a word.
    expect(hasFrenchHint('lexicon', 0, 2)).toBe(true)
  })

  it('answers as the regex does on generated text', () => {
    // Pieces that meet at word edges in every way: French and English words, elisions,
    // apostrophes, accents in both cases, letters case folding maps, digits, punctuation.
    const pieces = [
      'le', 'la', 'les', 'de', 'en', 'et', 'un', 'the', 'lesson', 'dense', 'l', 'd', 'qu', 'jusqu', 's',
      "'", '’', '‘', ' ', ' ', ' ', '\u00A0', '-', ',', '.', '“', '”', '«', '»', '—', '…', '1', '2',
      'é', 'É', 'è', 'ç', 'Ç', 'œ', 'Œ', 'ÿ', 'Ÿ', 'ñ', 'ß', 'ſ', 'K', 'ǅ', 'a', 'E', 'S', 'x', '\u0301', 'д'
    ]
    const random = seededRandom(12345)
    let differences = 0
    let hints = 0
    for (let round = 0; round < 20000; round++) {
      let text = ''
      const length = 1 + random(10)
      for (let piece = 0; piece < length; piece++) text += pieces[random(pieces.length)]
      const start = random(text.length + 1)
      const end = start + random(text.length - start + 1)
      const expected = frenchHintPattern.test(text.slice(start, end))
      if (expected) hints++
      if (hasFrenchHint(text, start, end) !== expected) differences++
    }
    expect(differences).toBe(0)
    // Both answers occur often enough for the comparison to mean something.
    expect(hints).toBeGreaterThan(2000)
    expect(hints).toBeLessThan(18000)
  })
})
