import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../../../src/lint/processor.js'
import {treeViews} from '../../../src/rules/support/views.js'

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
