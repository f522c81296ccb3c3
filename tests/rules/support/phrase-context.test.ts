import type {Root, Sentence} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../../../src/lint/processor.js'
import {compileContext, contextAllows} from '../../../src/rules/support/phrase-context.js'
import {sentenceTokens, type Token} from '../../../src/rules/support/views.js'

function tokens(text: string): Token[] {
  const tree = createProcessor().parse(new VFile(text)) as Root
  const paragraph = tree.children[0]
  if (paragraph?.type !== 'ParagraphNode') throw new Error('no paragraph')
  return sentenceTokens(paragraph.children[0] as Sentence)
}

describe('contextAllows', () => {
  // "in the frame of" at tokens 3…6 of "They met in the frame of the summit."
  const words = tokens('They met in the frame of the summit.')
  const [start, end] = [3, 7]

  it('allows a match with no condition', () => {
    expect(contextAllows(compileContext({}), words, start, end)).toBe(true)
  })

  it('asks the next token to start a followedBy pattern and no notFollowedBy one', () => {
    expect(contextAllows(compileContext({followedBy: ['the summit|talks']}), words, start, end)).toBe(true)
    expect(contextAllows(compileContext({followedBy: ['a']}), words, start, end)).toBe(false)
    expect(contextAllows(compileContext({notFollowedBy: ['the']}), words, start, end)).toBe(false)
  })

  it('asks the token before to end a precededBy pattern and no notPrecededBy one', () => {
    expect(contextAllows(compileContext({precededBy: ['they met']}), words, start, end)).toBe(true)
    expect(contextAllows(compileContext({precededBy: ['^']}), words, start, end)).toBe(false)
    expect(contextAllows(compileContext({notPrecededBy: ['met']}), words, start, end)).toBe(false)
    expect(contextAllows(compileContext({precededBy: ['^'], followedBy: ['in the']}), words, 1, 3)).toBe(true)
  })
})
