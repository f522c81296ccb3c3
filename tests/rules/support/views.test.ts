import type {Paragraph, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../../../src/lint/processor.js'
import {blockQuotes} from '../../../src/rules/support/quote-pairs.js'
import {nodeText, paragraphText, treeViews} from '../../../src/rules/support/views.js'

function parse(text: string): Root {
  return createProcessor().parse(new VFile(text)) as Root
}

describe('treeViews', () => {
  const text = 'First one. Second “one”\nwraps here.\n\nNew  block!'
  const tree = parse(text)
  const views = treeViews(tree)

  it('is built once per tree and shared', () => {
    expect(treeViews(tree)).toBe(views)
    expect(treeViews(parse(text))).not.toBe(views)
  })

  it('travels with the tree but never into its JSON, keys or clones', () => {
    const fresh = parse(text)
    const before = JSON.stringify(fresh)
    treeViews(fresh)
    expect(JSON.stringify(fresh)).toBe(before)
    expect(Object.keys(fresh).sort()).toEqual(['children', 'position', 'type'])
    expect(treeViews(structuredClone(fresh))).not.toBe(treeViews(fresh))
  })

  it('lists paragraphs and sentences in order', () => {
    expect(views.paragraphs.map((paragraph) => paragraph.position?.start.line)).toEqual([1, 4])
    expect(views.sentences.map(({tokens}) => tokens.map((token) => token.norm).join(' '))).toEqual([
      '\u0000^ first one . \u0000$',
      // A single line break does not end a sentence: the quotation wraps.
      '\u0000^ second “ one ” wraps here . \u0000$',
      '\u0000^ new block ! \u0000$'
    ])
  })

  it('cuts text blocks at blank lines, with the file offset of every character', () => {
    expect(views.blocks.map((block) => block.text)).toEqual(['First one. Second “one”\nwraps here.', 'New  block!'])
    const second = views.blocks[1]!
    expect(second.offsets[0]).toBe(text.indexOf('New'))
    expect(second.offsets.at(-1)).toBe(text.length - 1)
    expect(views.blocks[0]!.offsets).toEqual([...Array(text.indexOf('\n\n')).keys()])
  })
})

describe('nodeText', () => {
  it('gives the text nlcst-to-string gives, for leaves, words and sentences', () => {
    const tree = parse('A don’t-stop “word”, 3.5 km. Then e.g. here!')
    const {sentences} = treeViews(tree)
    for (const {node} of sentences) {
      expect(nodeText(node)).toBe(toString(node))
      for (const child of node.children) expect(nodeText(child)).toBe(toString(child))
    }
    expect(sentences[0]!.node.children.filter((child) => child.type === 'WordNode').map(nodeText)).toEqual([
      'A',
      'don’t-stop',
      'word',
      '3.5',
      'km'
    ])
  })
})

describe('paragraphText', () => {
  it('is the paragraph as nlcst-to-string writes it, cut from its block', () => {
    const text = 'One line\nand the next.\n\n  Second   block here.\nLast one'
    const tree = parse(text)
    const {paragraphs} = treeViews(tree)
    const texts = paragraphs.map((paragraph) => paragraphText(tree, paragraph))
    expect(texts).toEqual(paragraphs.map((paragraph) => toString(paragraph)))
    expect(texts).toEqual(['One line\nand the next.', 'Second   block here.', 'Last one'])
  })

  it('joins the text of a paragraph of another tree', () => {
    const paragraph = parse('Alone here.').children[0] as Paragraph
    expect(paragraphText(parse('Another tree.'), paragraph)).toBe('Alone here.')
  })
})

describe('sentence tokens', () => {
  it('are built once, on first read', () => {
    const sentence = treeViews(parse('Some 500 kilometers. from ÉTÉ don’t stop.')).sentences[0]!
    expect(sentence.tokens).toBe(sentence.tokens)
    expect(sentence.tokens.map((token) => token.norm)).toEqual(['\u0000^', 'some', '500', 'kilometers', 'from', 'été', "don't", 'stop', '.', '\u0000$'])
    expect(sentence.tokens.map((token) => token.text)).toEqual(['', 'Some', '500', 'kilometers.', 'from', 'ÉTÉ', 'don’t', 'stop', '.', ''])
  })
})

describe('blockQuotes', () => {
  it('pairs a block’s quotes once for every rule that asks', () => {
    const [block] = treeViews(parse('He said “yes” and "no".')).blocks
    const quotes = blockQuotes(block!)
    expect(blockQuotes(block!)).toBe(quotes)
    expect(quotes.marks.map((mark) => [mark.char, mark.role, mark.partner?.index])).toEqual([
      ['“', 'open', 12],
      ['”', 'close', 8],
      ['"', 'open', 21],
      ['"', 'close', 18]
    ])
  })

  it('finds no marks in a block without double quotes', () => {
    const [block] = treeViews(parse('It’s a ‘single’ quote.')).blocks
    expect(blockQuotes(block!)).toEqual({marks: []})
  })
})
