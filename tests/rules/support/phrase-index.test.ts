import {describe, expect, it} from 'vitest'
import {PhraseIndex} from '../../../src/rules/support/phrase-index.js'
import {sentenceTokens, type Token} from '../../../src/rules/support/views.js'
import {createProcessor} from '../../../src/lint/processor.js'
import {VFile} from 'vfile'
import type {Root, Sentence} from 'nlcst'

function tokens(text: string): Token[] {
  const tree = createProcessor().parse(new VFile(text)) as Root
  const paragraph = tree.children[0]
  if (paragraph?.type !== 'ParagraphNode') throw new Error('no paragraph')
  return sentenceTokens(paragraph.children[0] as Sentence)
}

describe('PhraseIndex', () => {
  const index = new PhraseIndex<string>()
    .add('at the level of', 'level')
    .add('at|in the end', 'end')
    .add('the? show of muscle', 'muscle')
    .add('# kilometers', 'distance')
    .add('at', 'bare')

  it('offers only the entries whose first slot accepts the token, in the order added', () => {
    const words = tokens('We met at the level of the ministry.')
    expect(index.candidatesAt(words, 3).map((entry) => entry.value)).toEqual(['level', 'end', 'bare'])
    expect(index.candidatesAt(words, 1)).toEqual([])
  })

  it('returns every match with its end', () => {
    const words = tokens('We met at the level of the ministry.')
    expect(index.matchesAt(words, 3)).toEqual([
      {value: 'level', end: 7},
      {value: 'bare', end: 4}
    ])
  })

  it('indexes a pattern under its optional first slot and the slot after it', () => {
    const words = tokens('It was a show of muscle and the show of muscle.')
    const at = (norm: string, from = 0) => words.findIndex((token, i) => i >= from && token.norm === norm)
    expect(index.matchesAt(words, at('show'))).toEqual([{value: 'muscle', end: at('show') + 3}])
    expect(index.matchesAt(words, at('the'))).toEqual([{value: 'muscle', end: at('the') + 4}])
  })

  it('offers `#` patterns on numbers and number words only', () => {
    const words = tokens('It lies 500 kilometers or five kilometers away.')
    expect(index.matchesAt(words, 3)).toEqual([{value: 'distance', end: 5}])
    expect(index.matchesAt(words, 6)).toEqual([{value: 'distance', end: 8}])
    expect(index.matchesAt(words, 4)).toEqual([])
  })
})

describe('PhraseIndex on its second word', () => {
  const index = new PhraseIndex<string>()
    .add('in the framework of', 'framework')
    .add('in fine', 'fine')
    .add('in', 'bare')
    .add('in the? end', 'end')
    .add('in # days', 'days')
    .add('at|in the level of', 'level')

  it('offers an entry whose second slot is a plain word only when the next token is that word', () => {
    const words = tokens('We met in the framework of the talks.')
    expect(index.candidatesAt(words, 3).map((entry) => entry.value)).toEqual(['framework', 'bare', 'end', 'days', 'level'])
  })

  it('keeps entries with a number second slot, and one-slot entries, in the order added', () => {
    const words = tokens('We met in fine.')
    expect(index.candidatesAt(words, 3).map((entry) => entry.value)).toEqual(['fine', 'bare', 'days'])
    expect(index.matchesAt(words, 3).map((match) => [match.value, match.end])).toEqual([
      ['fine', 5],
      ['bare', 4]
    ])
  })

  it('offers an entry whose second slot is optional when the next token may be that slot or the one after it', () => {
    const skipped = tokens('We met in end.')
    expect(index.candidatesAt(skipped, 3).map((entry) => entry.value)).toEqual(['bare', 'end', 'days'])
    expect(index.matchesAt(skipped, 3).map((match) => [match.value, match.end])).toEqual([
      ['bare', 4],
      ['end', 5]
    ])
  })
})

// Before the table's bits run out (see the next block, which takes them all).
describe('PhraseIndex.nextStart', () => {
  it('jumps to the next token an entry may start on, and past the end when none is left', () => {
    const index = new PhraseIndex<string>().add('show of muscle', 'muscle').add('in fine', 'fine')
    const words = tokens('We saw a show of muscle in the end.')
    const show = words.findIndex((token) => token.norm === 'show')
    const inAt = words.findIndex((token) => token.norm === 'in')
    expect(index.nextStart(words, 1)).toBe(show)
    expect(index.nextStart(words, show)).toBe(show)
    expect(index.nextStart(words, show + 1)).toBe(inAt)
    // "in" may start "in fine" though "the" follows: candidatesAt rules that out, not nextStart.
    expect(index.nextStart(words, inAt + 1)).toBe(words.length)
  })

  it('stops at figures and number words for an index with a number slot first', () => {
    const index = new PhraseIndex<string>().add('# kilometers', 'distance')
    const words = tokens('It lies 500 kilometers, or five, away.')
    const figure = words.findIndex((token) => token.norm === '500')
    const five = words.findIndex((token) => token.norm === 'five')
    expect(index.nextStart(words, 1)).toBe(figure)
    expect(index.nextStart(words, figure + 1)).toBe(five)
    expect(index.nextStart(words, five + 1)).toBe(words.length)
  })

  it('skips nothing for an index with an entry that may start anywhere', () => {
    const index = new PhraseIndex<string>().add('the? show?', 'optional')
    const words = tokens('Nothing here.')
    expect(index.nextStart(words, 1)).toBe(1)
    expect(index.nextStart(words, 2)).toBe(2)
  })

  it('finds no other start than candidatesAt does, on every token of a sentence', () => {
    const index = new PhraseIndex<string>()
      .add('at the level of', 'level')
      .add('# kilometers', 'distance')
      .add('in the framework of', 'framework')
    const words = tokens('At the level of the town, 40 kilometers away, in the framework of ten talks.')
    const starts: number[] = []
    for (let at = index.nextStart(words, 0); at < words.length; at = index.nextStart(words, at + 1)) starts.push(at)
    const expected = words.map((_, at) => at).filter((at) => index.candidatesAt(words, at).length > 0)
    expect(expected.length).toBeGreaterThan(2)
    // nextStart may stop where the second word then rules every entry out, never skip a start.
    expect(starts).toEqual(expect.arrayContaining(expected))
  })
})

describe('PhraseIndex and the shared first-word table', () => {
  it('finds the entries of an index built after the tokens were last asked', () => {
    const words = tokens('They took in charge the wounded.')
    const early = new PhraseIndex<string>().add('they took', 'early')
    // Every token now holds the table's answer for the indexes known so far.
    expect(early.matchesAt(words, 1)).toEqual([{value: 'early', end: 3}])
    expect(early.matchesAt(words, 3)).toEqual([])
    const late = new PhraseIndex<string>().add('in charge', 'late')
    expect(late.matchesAt(words, 3)).toEqual([{value: 'late', end: 5}])
    expect(early.matchesAt(words, 3)).toEqual([])
  })

  it('still matches once more indexes exist than the table has bits for', () => {
    const words = tokens('A show of muscle.')
    const many = Array.from({length: 40}, (_, n) => new PhraseIndex<number>().add('show of', n))
    expect(many.map((index) => index.matchesAt(words, 2))).toEqual(many.map((_, n) => [{value: n, end: 4}]))
    expect(many.every((index) => index.matchesAt(words, 1).length === 0)).toBe(true)
  })

  it('takes a token copied with another word as that word', () => {
    const words = tokens('The ex-minister spoke.')
    const index = new PhraseIndex<string>().add('minister', 'office')
    const at = words.findIndex((token) => token.norm === 'ex-minister')
    expect(index.matchesAt(words, at)).toEqual([])
    const copy = [...words]
    copy[at] = {...words[at]!, norm: 'minister', maskGeneration: -1}
    expect(index.matchesAt(copy, at)).toEqual([{value: 'office', end: at + 1}])
  })
})
