/**
 * The views of a tree that several rules read: its paragraphs, its sentences as word tokens,
 * and its text blocks. Each rule used to walk the whole tree again for its own copy (eleven
 * walks a file); here one walk builds them all, the first time any rule asks, and every rule
 * of the same run shares the result. The tree is not changed while it is linted, so a view
 * stays true for as long as the tree lives, and is dropped with it (WeakMap).
 */
import type {Nodes, Paragraph, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {TextBlock} from './text-blocks.js'

/**
 * One token of a sentence as the lexical rules see it: words and punctuation, whitespace
 * dropped, so that patterns match across any run of spaces or line breaks. The sentence is
 * framed by `^` and `$` tokens so that a pattern can ask for its start or end.
 */
export interface Token {
  /** Lower case, curly apostrophe made straight, trailing full stop of an abbreviation dropped. */
  norm: string
  /** The text as written, for `actual`. */
  text: string
  kind: 'word' | 'punctuation' | 'edge'
  start?: import('unist').Point
  end?: import('unist').Point
}

// Edge markers that no text token can equal (a "$" in the text is a dollar sign).
export const SENTENCE_START = '\u0000^'
export const SENTENCE_END = '\u0000$'

export interface SentenceView {
  node: Sentence
  /** The sentence's tokens, framed by edge tokens. */
  tokens: Token[]
}

export interface TreeViews {
  /** Every paragraph (retext-english starts one at each line break), in document order. */
  paragraphs: Paragraph[]
  /** Every sentence with its tokens, in document order. */
  sentences: SentenceView[]
  /** The text between blank lines, with the file offset of each character. */
  blocks: TextBlock[]
}

const cache = new WeakMap<Root, TreeViews>()

/** The views of `tree`, built by one walk on first use and shared by every rule after. */
export function treeViews(tree: Root): TreeViews {
  let views = cache.get(tree)
  if (!views) {
    views = buildViews(tree)
    cache.set(tree, views)
  }
  return views
}

/** A sentence's tokens; see {@link Token}. */
export function sentenceTokens(sentence: Sentence): Token[] {
  const tokens: Token[] = [{norm: SENTENCE_START, text: '', kind: 'edge'}]
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue
    const text = toString(child)
    const kind = child.type === 'WordNode' ? 'word' : 'punctuation'
    // retext-english keeps "kilometers." whole when it looks like an abbreviation.
    const norm = text.toLowerCase().replace(/’/g, "'").replace(/(?<=\p{L})\.$/u, '')
    tokens.push({norm, text, kind, start: child.position?.start, end: child.position?.end})
  }
  tokens.push({norm: SENTENCE_END, text: '', kind: 'edge'})
  return tokens
}

/** Whether a white-space node holds a blank line (two line breaks), which ends a text block. */
function isBlankLine(node: Nodes): boolean {
  if (node.type !== 'WhiteSpaceNode') return false
  let breaks = 0
  for (const match of node.value.matchAll(/\r\n|\r|\n/g)) if (match && ++breaks >= 2) return true
  return false
}

function buildViews(tree: Root): TreeViews {
  const paragraphs: Paragraph[] = []
  const sentences: SentenceView[] = []
  const blocks: TextBlock[] = []
  let text: string[] = []
  let offsets: number[] = []
  const flush = () => {
    if (offsets.length > 0) blocks.push({text: text.join(''), offsets})
    text = []
    offsets = []
  }
  const append = (node: Nodes) => {
    if ('value' in node) {
      const start = node.position?.start.offset
      text.push(node.value)
      for (let index = 0; index < node.value.length; index++) offsets.push(start === undefined ? -1 : start + index)
      return
    }
    if (node.type === 'ParagraphNode') paragraphs.push(node)
    else if (node.type === 'SentenceNode') sentences.push({node, tokens: sentenceTokens(node)})
    for (const child of node.children) append(child)
  }
  for (const child of tree.children) {
    if (isBlankLine(child)) flush()
    else append(child)
  }
  flush()
  return {paragraphs, sentences, blocks}
}
