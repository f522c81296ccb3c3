import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {retext} from 'retext'
import retextEnglish from 'retext-english'
import {describe, expect, it} from 'vitest'
import parseParagraphs, {paragraphSeparators, parseByParagraph} from '../../src/lint/parse-paragraphs.js'
import {createProcessor} from '../../src/lint/processor.js'
import {ruleFindings, seedPath} from '../helpers.js'

const english = retext().use(retextEnglish).freeze()
// Cut at every paragraph boundary it can, whatever the length, so that short inputs test the cuts.
const everyParagraph = {minimumLength: 0, pieceLength: 0}
const byParagraph = retext().use(retextEnglish).use(parseParagraphs, everyParagraph).freeze()

const seed = readFileSync(seedPath, 'utf8')
/** 42 kB: above the default length under which a text is parsed whole. */
const longText = Array.from({length: 8}, () => seed).join('\n\n')

/** The tree retext-english builds for the whole text, and the one built paragraph by paragraph. */
function bothTrees(text: string): [Root, Root] {
  return [english.parse(text) as Root, byParagraph.parse(text) as Root]
}

describe('parseByParagraph', () => {
  const cases: Record<string, string> = {
    'the seed article': seed,
    'the seed article with CRLF line endings': seed.replace(/\n/g, '\r\n'),
    'the seed article with CR line endings': seed.replace(/\n/g, '\r'),
    'leading and trailing blank lines': '\n\n\nFirst paragraph.\n\nSecond one.\n\n\n',
    'leading and trailing blank lines with CRLF': '\r\n\r\nFirst paragraph.\r\n\r\nSecond one.\r\n\r\n',
    'no blank line at all': 'One sentence.\nAnother line without a break\nand a third. Then more.',
    'whitespace-only lines between paragraphs': 'First paragraph.\n   \nSecond.\n\t\n\nThird.\n \u00a0 \nFourth.',
    'non-breaking space next to a blank line': 'Foo bar.\u00a0\n\n\u00a0Baz qux.',
    'a paragraph starting in lower case': 'It ended.\n\nand then it did not.',
    'an abbreviation ending a paragraph': 'See the figure, e.g.\n\nThe next paragraph.',
    'a closing quote and parenthesis opening a paragraph': 'He said “no.\n\n” (and left)\n\n) Then.',
    'a heading without a full stop': 'Fear of drone strikes\n\nAn insignificant maneuver, since the Pantsir-S1 is impressive.',
    'whitespace only': ' \n\n \t\n',
    'a single blank line': '\n\n',
    'empty text': ''
  }

  for (const [name, text] of Object.entries(cases)) {
    it(`builds retext-english's tree for ${name}`, () => {
      const [whole, chunked] = bothTrees(text)
      expect(chunked).toEqual(whole)
    })
  }

  it('builds the same tree for generated texts full of paragraph-edge cases', () => {
    const atom = fc.constantFrom(
      'Foo', 'bar', 'e.g.', 'Mr.', 'U.S.', '.', '…', '?', '!', ')', '(', '"', '“', '”', '«', '»',
      "'", '’', '-', '—', '/', '12', '3.', ' ', '  ', '\t', '\u00a0', '\u2028', '\n', '\n\n', '\r\n',
      '\r\n\r\n', '\r', '\n \n', '\n\n\n', 'don’t', "it's", '(a)', 'i.e.', 'etc.', 'Dr.', 'A.', 'x.',
      '&', ',', ';', ':', 'and', 'É', 'éa', 'I', '*', '\n\n)', '\n\nand', '\n\nThe'
    )
    fc.assert(
      fc.property(fc.array(atom, {maxLength: 30}), (atoms) => {
        const [whole, chunked] = bothTrees(atoms.join(''))
        expect(chunked).toEqual(whole)
      }),
      {numRuns: 3000, seed: 20_261_125}
    )
  })

  it('builds the same tree when single line breaks are checked on a few characters around them', () => {
    // The check parses a window around each break; here a window of a few characters, so
    // that a merge reaching past a window's edge would show.
    const atom = fc.constantFrom(
      'Foo', 'bar', 'e.g.', 'Mr.', 'U.S.', 'Dr.', 'etc.', 'i.e.', 'A.', 'x.', '.', '…', '?', '!', ')', '(', '"', '“', '”',
      '«', '»', "'", '’', '-', '—', '/', '12', '3.', ' ', '\t', '\u00a0', '\n', '\n', '\n', '\r\n', '\r', '\n \n',
      '.\n', '.\nThe', '.\nand', '.)\nHe', '!\nA', '?”\nShe', ':\nB', ',\nC', ';\nD', '\n(', '\n12', '\n“Yes',
      'don’t', "it's", '&', ',', ';', ':', 'and', 'É', 'I', '*'
    )
    fc.assert(
      fc.property(fc.array(atom, {maxLength: 60}), fc.integer({min: 0, max: 24}), (atoms, window) => {
        const text = atoms.join('')
        const chunked = parseByParagraph(text, (chunk) => english.parse(chunk) as Root, {...everyParagraph, lineCheckWindow: window})
        expect(chunked).toEqual(english.parse(text))
      }),
      {numRuns: 4000, seed: 20_261_203}
    )
  })

  it('cuts a long text without blank lines at single line breaks after a sentence', () => {
    const lines = seed.split(/\n+/).filter((line) => line.trim() !== '')
    // The seed's paragraphs one line break apart, repeated past 64 kB.
    const text = Array.from({length: 12}, () => lines.join('\n')).join('\n')
    const chunks: string[] = []
    const tree = parseByParagraph(text, (chunk) => {
      chunks.push(chunk)
      return english.parse(chunk) as Root
    })
    expect(tree).toEqual(english.parse(text))
    // Parsed in pieces of about 8 kB (the checks parse short windows besides).
    const pieces = chunks.filter((chunk) => chunk.length > 4096)
    expect(pieces.length).toBeGreaterThan(6)
    expect(Math.max(...pieces.map((chunk) => chunk.length))).toBeLessThan(20_000)
  })

  it('cuts a stretch with no cut that keeps the tree anyway, past 32 kB, at a line break', () => {
    // Lines that never end a sentence, a blank line before every tenth, each starting in lower
    // case: one sentence to parse-latin, which took 5 s on 200 kB of it.
    const text = Array.from({length: 40_000}, (_, index) => (index % 10 === 9 ? '-,the\n\n' : '-,the\n')).join('')
    const chunks: string[] = []
    const tree = parseByParagraph(text, (chunk) => {
      chunks.push(chunk)
      return english.parse(chunk) as Root
    })
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(32_768)
    expect(chunks.length).toBeGreaterThan(6)
    // The text and its positions are whole; only the sentence is several.
    expect(toString(tree)).toBe(text)
    const last = tree.children.at(-1)!
    expect(last.position?.end).toEqual({line: 44_001, column: 1, offset: text.length})
    // Cut at white space, never inside a line.
    expect(chunks.filter((chunk) => !chunk.startsWith('-,the\n') || !/-,the\s*$/.test(chunk))).toEqual([])
  })

  it('parses each paragraph on its own', () => {
    const chunks: string[] = []
    parseByParagraph(
      'One.\n\nTwo, then\nmore.\r\n \r\nThree.\n',
      (chunk) => {
        chunks.push(chunk)
        return english.parse(chunk) as Root
      },
      everyParagraph
    )
    expect(chunks).toEqual(['One.', 'Two, then\nmore.', 'Three.\n'])
  })

  it('by default parses a short text whole and a long one in pieces of whole paragraphs', () => {
    const pieces = (text: string) => {
      const lengths: number[] = []
      const tree = parseByParagraph(text, (chunk) => {
        lengths.push(chunk.length)
        return english.parse(chunk) as Root
      })
      expect(tree).toEqual(english.parse(text))
      return lengths
    }
    expect(pieces(seed)).toEqual([seed.length])
    // Each piece ends at the first cut after 8,192 characters.
    expect(pieces(longText)).toEqual([8590, 8277, 8320, 8230, 8197, 790])
  })

  it('cuts only at blank lines between paragraphs that parse alone', () => {
    const text =
      '\n\nA.\nB.\n\nC. \u00a0\r\n\t\r\nD.\n \nE.\u2028\u2028F (2015).\r\n\r\nThe end\n\nand more —\n\nLast.\n\n'
    // Not at the start or end, a single line break, a run with a no-break space, line
    // separators (not line breaks to parse-latin), before a lower-case word, after a dash.
    expect(
      paragraphSeparators(text).map(({start, end}) => `${text.slice(start - 2, start)}|${text.slice(end, end + 2)}`)
    ).toEqual(['B.|C.', 'D.|E.', ').|Th'])
  })
})

describe('createProcessor', () => {
  it('parses a long text in pieces (root extensions run once per piece)', () => {
    let calls = 0
    const processor = createProcessor().data('nlcstRootExtensions', [
      () => {
        calls++
      }
    ])
    expect(processor.parse(longText)).toEqual(english.parse(longText))
    expect(calls).toBe(6)
  })

  it('places a finding in the third paragraph of a CRLF file in file coordinates', async () => {
    const text = 'The first paragraph.\r\n\r\nA second paragraph.\r\n \r\n  Then the plan plan failed.\r\n'
    const findings = await ruleFindings('repeated-word', text)
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.place).toEqual({
      start: {line: 5, column: 12, offset: 59},
      end: {line: 5, column: 21, offset: 68}
    })
    expect(text.slice(59, 68)).toBe('plan plan')
    expect(finding?.actual).toBe('plan plan')
    expect(finding?.expected).toEqual(['plan'])
  })
})
