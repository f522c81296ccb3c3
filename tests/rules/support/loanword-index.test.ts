import {describe, expect, it} from 'vitest'
import {frenchLoanwords} from '../../../src/rules/data/french-loanwords.js'
import {LoanwordIndex} from '../../../src/rules/support/loanword-index.js'
import {seededRandom} from '../../helpers.js'

/**
 * The reference: how untranslated-french found loanwords before the index, one regex of
 * every phrase, longest first, run with `matchAll` over the whole sentence.
 */
function referencePattern(phrases: readonly string[]): RegExp {
  function loosePattern(phrase: string): string {
    const bases: Record<string, string> = {à: 'a', â: 'a', ä: 'a', ç: 'c', é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i', ô: 'o', ö: 'o', ù: 'u', û: 'u', ü: 'u', ÿ: 'y', œ: 'oe'}
    let out = ''
    for (const char of phrase.toLowerCase()) {
      if (char === '’' || char === "'") out += "['’]"
      else if (char === ' ' || char === '-') out += '[\\s-]+'
      else if (bases[char]) out += `(?:${char}|${bases[char]})`
      else out += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    }
    return out
  }
  return new RegExp(
    String.raw`(?<![\p{L}])(?:${[...phrases].sort((a, b) => b.length - a.length).map(loosePattern).join('|')})(?![\p{L}])`,
    'giu'
  )
}

function referenceCovered(pattern: RegExp, text: string): boolean[] {
  const covered = Array.from({length: text.length}, () => false)
  for (const match of text.matchAll(pattern)) for (let index = match.index; index < match.index + match[0].length; index++) covered[index] = true
  return covered
}

const plain: Record<string, string> = {à: 'a', â: 'a', ä: 'a', ç: 'c', é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i', ô: 'o', ö: 'o', ù: 'u', û: 'u', ü: 'u', ÿ: 'y', œ: 'oe', æ: 'ae'}

/** A loanword as writers vary it: accents dropped or decomposed, hyphens, apostrophes, case, cut short. */
function variant(phrase: string, random: (limit: number) => number): string {
  let text = phrase
  if (random(3) === 0) text = [...text].map((char) => plain[char] ?? char).join('')
  if (random(6) === 0) text = text.normalize('NFD')
  if (random(3) === 0) text = text.replace(/-/g, ' ')
  if (random(4) === 0) text = text.replace(/ /g, ['-', '  ', '\u00A0', '\n', ' - '][random(5)]!)
  if (random(3) === 0) text = text.replace(/[’']/g, (quote) => (quote === '’' ? "'" : '’'))
  const casing = random(6)
  if (casing === 0) text = text.toUpperCase()
  else if (casing === 1) text = text.replace(/(^|\s)\p{Ll}/gu, (start) => start.toUpperCase())
  if (random(8) === 0) text = text.slice(0, 1 + random(text.length))
  if (random(8) === 0) text = text.replace(/s/g, '\u017f').replace(/k/g, '\u212a')
  return text
}

/** Words beside the loanwords: French, English, parts of loanwords, and characters case folding or look-arounds treat oddly. */
const words = [
  'de', 'la', 'le', 'les', 'en', 'au', 'à', 'a', 'A', 'in', 'et', 'al', 'coup', 'd’état', "d'etat", 'état', 'mal', 'grand', 'tout',
  'monde', 'carte', 'mode', 'vu', 'deja', 'belle', 'noir', 'the', 'force', 'table', 'art', 'film', 'cafébar', 'résumés', 'x',
  // The long s and the Kelvin sign, which case folding makes an s and a k; a mark it makes a letter.
  '\u017f', '\u212a', '\u017fauté', 'α', '\u00b5g', '\u{1D400}', '😀', '1', '2e', 'e\u0301', '\u0345', 'ß', 'Œuvre', 'OEIL'
]
const separators = [' ', ' ', ' ', '  ', '\u00A0', '\u2003', '-', ' - ', ', ', '. ', '’', "'", '"', '«', '\n', '', '\u{1D400}', '😀', '\u0345']

/**
 * Two loanwords sharing a word, "à la" and "la belle indifférence" as "à la belle
 * indifférence": the second can match only where the first does not.
 */
const overlaps: string[] = []
for (const first of frenchLoanwords) {
  const last = first.split(/[ -]/).at(-1)!
  for (const second of frenchLoanwords) if (second !== first && second.startsWith(last + ' ')) overlaps.push(first + second.slice(last.length))
}

function sentence(random: (limit: number) => number): string {
  let text = ''
  const pieces = 1 + random(12)
  for (let piece = 0; piece < pieces; piece++) {
    if (piece > 0) text += separators[random(separators.length)]
    const kind = random(10)
    if (kind < 4) text += variant(frenchLoanwords[random(frenchLoanwords.length)]!, random)
    else if (kind === 4) text += variant(overlaps[random(overlaps.length)]!, random)
    else text += words[random(words.length)]
  }
  return text
}

describe('LoanwordIndex', () => {
  const index = new LoanwordIndex(frenchLoanwords)

  /** The answers for `offsets`, asked in that order. */
  function covered(text: string, offsets: number[]): boolean[] {
    const spans = index.spans(text)
    return offsets.map((offset) => spans.covers(offset))
  }

  it('covers the characters of a loanword, however written, and no other', () => {
    const text = 'A sense of DEJA-VU at the cafe, a coup d\'etat.'
    const all = [...text].map((_, offset) => offset)
    const marks = covered(text, all).map((inside) => (inside ? '^' : ' ')).join('')
    expect(marks).toBe('           ^^^^^^^        ^^^^    ^^^^^^^^^^^ ')
  })

  it('finds matches left to right, each search starting where the last match ended', () => {
    // "à la" matches first and takes "la": "la belle indifférence" cannot start inside it.
    const text = 'à la belle indifférence'
    expect(covered(text, [0, 2, 5, 11])).toEqual([true, true, false, false])
    expect(covered('la belle indifférence', [0, 3, 9])).toEqual([true, true, true])
  })

  it('prefers the longer of two phrases that start alike, whatever their order in the list', () => {
    const text = 'à la carte'
    expect(new LoanwordIndex(['à la', 'à la carte']).spans(text).covers(5)).toBe(true)
    expect(new LoanwordIndex(['à la carte', 'à la']).spans(text).covers(5)).toBe(true)
    expect(new LoanwordIndex(['à la']).spans(text).covers(5)).toBe(false)
  })

  it('answers offsets outside the text, and offsets asked in any order', () => {
    const spans = index.spans('the café')
    expect([spans.covers(-1), spans.covers(8), spans.covers(100)]).toEqual([false, false, false])
    expect([spans.covers(5), spans.covers(0), spans.covers(4), spans.covers(3)]).toEqual([true, false, true, false])
  })

  it('reads the look-arounds by code point and case folding: a letter outside the BMP joins a run, an emoji does not', () => {
    expect(covered('\u{1D400}café', [2])).toEqual([false])
    expect(covered('😀café', [2])).toEqual([true])
    expect(covered('café\u{1D400}', [0])).toEqual([false])
    expect(covered('café😀', [0])).toEqual([true])
    // Case folding makes the combining ypogegrammeni an iota: the look-ahead counts it a letter.
    expect(covered('café\u0345', [0])).toEqual([false])
  })

  it('refuses a phrase other than runs of a–z and French accented letters with one space, hyphen or apostrophe between two', () => {
    expect(() => new LoanwordIndex(['straße'])).toThrow('Loanword `straße` is not runs of a–z and French accented letters with one space, hyphen or apostrophe between two')
    expect(() => new LoanwordIndex(['et al.'])).toThrow('Loanword `et al.` is not runs of a–z and French accented letters with one space, hyphen or apostrophe between two')
    expect(() => new LoanwordIndex([' en route'])).toThrow('Loanword ` en route` is not runs of a–z and French accented letters with one space, hyphen or apostrophe between two')
    expect(() => new LoanwordIndex(['en  route'])).toThrow('Loanword `en  route` is not runs of a–z and French accented letters with one space, hyphen or apostrophe between two')
    expect(() => new LoanwordIndex(['Déjà Vu', 'vis-à-vis', 'c’est la vie', "hors d'oeuvre"])).not.toThrow()
  })

  it('matches every character case folding maps onto a phrase letter, as the regex does', () => {
    const letters = `abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ`
    const anyLetter = new RegExp(`^[${letters}]$`, 'iu')
    const matched: string[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCodePoint(code)
      if (anyLetter.test(char)) matched.push(char)
    }
    // Both cases of each letter, the long s and the Kelvin sign.
    expect(matched.length).toBe(2 * letters.length + 2)
    let differences = 0
    for (const letter of letters) {
      const single = new LoanwordIndex([letter])
      const reference = referencePattern([letter])
      for (const char of matched) {
        if (single.spans(char).covers(0) !== referenceCovered(reference, char)[0]) differences++
      }
    }
    expect(differences).toBe(0)
  })

  it.each([
    ['the loanwords', frenchLoanwords, 2024],
    // Reversed: phrases of one length meet in the other order, shorter ones before longer.
    ['the loanwords reversed', [...frenchLoanwords].reverse(), 2025],
    // "hors d’oeuvre" is listed beside "hors d’œuvre": without it, "oe" can match only as "œ".
    ['the loanwords spelt with œ alone', frenchLoanwords.filter((phrase) => !phrase.includes('oe')), 2026]
  ])('answers as the whole-sentence regex does on generated sentences, with %s', (_, phrases, seed) => {
    const index = new LoanwordIndex(phrases)
    const reference = referencePattern(phrases)
    const random = seededRandom(seed)
    let differences = 0
    let coveredCount = 0
    let offsetCount = 0
    for (let round = 0; round < 15000; round++) {
      const text = sentence(random)
      const expected = referenceCovered(reference, text)
      // In reading order, as the rule asks, and in a shuffled order.
      const ascending = [...expected.keys()]
      const shuffled = [...ascending]
      for (let at = shuffled.length - 1; at > 0; at--) {
        const other = random(at + 1)
        ;[shuffled[at], shuffled[other]] = [shuffled[other]!, shuffled[at]!]
      }
      for (const order of [ascending, shuffled]) {
        const spans = index.spans(text)
        const answers = order.map((offset) => spans.covers(offset))
        order.forEach((offset, at) => {
          if (answers[at] !== expected[offset]) differences++
        })
      }
      offsetCount += text.length
      coveredCount += expected.filter(Boolean).length
    }
    expect(differences).toBe(0)
    // Both answers occur often enough for the comparison to mean something.
    expect(coveredCount).toBeGreaterThan(offsetCount / 5)
    expect(coveredCount).toBeLessThan((offsetCount * 4) / 5)
  })

  it('answers as the regex does on the words the rule asks about: sparse offsets, in order', () => {
    const reference = referencePattern(frenchLoanwords)
    const random = seededRandom(7)
    let differences = 0
    for (let round = 0; round < 15000; round++) {
      const text = sentence(random)
      const expected = referenceCovered(reference, text)
      const offsets = [...expected.keys()].filter(() => random(4) === 0)
      const spans = index.spans(text)
      for (const offset of offsets) if (spans.covers(offset) !== expected[offset]) differences++
    }
    expect(differences).toBe(0)
  })
})
