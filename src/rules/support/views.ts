/**
 * The views of a tree that several rules read: its paragraphs, its sentences as word tokens,
 * and its text blocks. Each rule used to walk the whole tree again for its own copy (eleven
 * walks a file); here one walk builds them all, the first time any rule asks, and every rule
 * of the same run shares the result. The tree is not changed while it is linted, so a view
 * stays true for as long as the tree lives, and is dropped with it (hidden-property.ts).
 */
import type {Nodes, Paragraph, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {attachHidden, hidden} from './hidden-property.js'
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
  /**
   * Which phrase indexes have entries starting on this word, and the table's generation when
   * that was read (first-words.ts): -1 until asked. A token copied with another `norm` must
   * reset the generation to -1.
   */
  startMask: number
  maskGeneration: number
}

// Edge markers that no text token can equal (a "$" in the text is a dollar sign).
export const SENTENCE_START = '\u0000^'
export const SENTENCE_END = '\u0000$'

export interface SentenceView {
  node: Sentence
  /** The sentence's tokens, framed by edge tokens; built on first read. */
  readonly tokens: Token[]
}

export interface TreeViews {
  /**
   * Every paragraph, in document order. retext-english ends one at a blank line and at a line
   * break after a sentence's end; a line break inside a sentence ("A caption\nPhoto: AFP") stays
   * inside its paragraph.
   */
  paragraphs: Paragraph[]
  /** Every sentence with its tokens, in document order. */
  sentences: SentenceView[]
  /** The text between blank lines, with the file offset of each character. */
  blocks: TextBlock[]
}

// On the tree, not in a WeakMap: see hidden-property.ts.
const viewsKey = Symbol('postedit.views')
const spansKey = Symbol('postedit.paragraph-spans')

/** The views of `tree`, built by one walk on first use and shared by every rule after. */
export function treeViews(tree: Root): TreeViews {
  let views = hidden<TreeViews>(tree, viewsKey)
  if (!views) {
    views = buildViews(tree)
    attachHidden(tree, viewsKey, views)
  }
  return views
}

/**
 * The text of a node, as nlcst-to-string gives it, without its array and join for the
 * common shapes: a leaf is its value, a word the values of its leaves. Rules ask for the text
 * of the same words many times; this keeps each ask cheap.
 */
export function nodeText(node: Nodes): string {
  if ('value' in node) return node.value
  const children = node.children
  if (children.length === 1) {
    const only = children[0]!
    return 'value' in only ? only.value : toString(only)
  }
  let text = ''
  for (const child of children) text += 'value' in child ? child.value : toString(child)
  return text
}

/** `norm` of a token: see {@link Token}. */
export function normalise(text: string): string {
  // Most tokens are ASCII without a capital and without a final point: the norm is the text
  // itself, and a look at its character codes is cheaper than lowering it.
  let plain = text.length > 0 && text.charCodeAt(text.length - 1) !== 46
  for (let index = 0; plain && index < text.length; index++) {
    const code = text.charCodeAt(index)
    if ((code >= 65 && code <= 90) || code >= 128) plain = false
  }
  if (plain) return text
  let norm = text.toLowerCase()
  if (norm.includes('’')) norm = norm.replace(/’/g, "'")
  // retext-english keeps "kilometers." whole when it looks like an abbreviation. The letter
  // before the point may be two UTF-16 units (outside the BMP): test the two before it.
  if (norm.length > 1 && norm.charCodeAt(norm.length - 1) === 46 && /\p{L}$/u.test(norm.slice(-3, -1))) {
    norm = norm.slice(0, -1)
  }
  return norm
}

/**
 * The edges of every sentence: one pair, shared. A token is never changed but for its mask
 * (first-words.ts), which depends on its `norm` alone, the same for every sentence's edge.
 */
const startEdge: Token = {norm: SENTENCE_START, text: '', kind: 'edge', start: undefined, end: undefined, startMask: 0, maskGeneration: -1}
const endEdge: Token = {norm: SENTENCE_END, text: '', kind: 'edge', start: undefined, end: undefined, startMask: 0, maskGeneration: -1}

/**
 * Where a sentence's tokens are gathered before they are copied out at their exact number:
 * an array grown by pushes leaves a copy behind at each growth and keeps room it never uses,
 * for over a million tokens on 5 MB of text. Written over, never emptied (see `buildViews`).
 */
const gathered: Token[] = []

/** A sentence's tokens; see {@link Token}. */
export function sentenceTokens(sentence: Sentence): Token[] {
  // Every token has the same fields, edges too, so that the rules' loops see one shape.
  gathered[0] = startEdge
  let count = 1
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'WhiteSpaceNode') continue
    const text = nodeText(child)
    const position = child.position
    const kind = child.type === 'WordNode' ? 'word' : 'punctuation'
    gathered[count++] = {norm: normalise(text), text, kind, start: position?.start, end: position?.end, startMask: 0, maskGeneration: -1}
  }
  gathered[count++] = endEdge
  return gathered.slice(0, count)
}

class LazySentence implements SentenceView {
  #tokens: Token[] | undefined
  constructor(readonly node: Sentence) {}
  get tokens(): Token[] {
    return (this.#tokens ??= sentenceTokens(this.node))
  }
}

/**
 * A block's text is read by every block rule, the offset of each of its characters only where
 * one reports: the offsets (one number per character, as many as the file has characters)
 * are built from the block's leaves on first read, for the few blocks that have a finding.
 */
class LazyBlock implements TextBlock {
  #offsets: number[] | undefined
  #ends: number[] | undefined
  #memo: Map<symbol, unknown> | undefined
  /** What rules derived from this block, by key: see {@link blockMemo}. */
  memo<T>(key: symbol, compute: () => T): T {
    this.#memo ??= new Map()
    if (!this.#memo.has(key)) this.#memo.set(key, compute())
    return this.#memo.get(key) as T
  }

  /** The top-level nodes the block spans, in order: its leaves are theirs. */
  readonly #nodes: Nodes[]
  constructor(
    readonly text: string,
    nodes: Nodes[]
  ) {
    this.#nodes = nodes
  }

  get offsets(): number[] {
    if (!this.#offsets) this.#place()
    return this.#offsets!
  }

  get ends(): number[] {
    if (!this.#ends) this.#place()
    return this.#ends!
  }

  #place(): void {
    const offsets: number[] = []
    const ends: number[] = []
    const add = (node: Nodes) => {
      if (!('value' in node)) {
        for (const child of node.children) add(child)
        return
      }
      // A leaf written with a character reference or an escape (`&raquo;`, `\,`) in Markdown
      // or HTML: where each of its characters lies, as the parser's position mapping recorded
      // it (lint/source-offsets.ts); counting from its start would end `»` inside `&raquo;`.
      const source = (node.data as {leafSource?: {starts: number[]; ends: number[]}} | undefined)?.leafSource
      if (source && source.starts.length === node.value.length) {
        for (let index = 0; index < node.value.length; index++) {
          offsets.push(source.starts[index]!)
          ends.push(source.ends[index]!)
        }
        return
      }
      const start = node.position?.start.offset
      for (let index = 0; index < node.value.length; index++) {
        offsets.push(start === undefined ? -1 : start + index)
        ends.push(start === undefined ? -1 : start + index + 1)
      }
    }
    for (const node of this.#nodes) add(node)
    this.#offsets = offsets
    this.#ends = ends
  }
}

/** Whether a white-space node holds a blank line (two line breaks), which ends a text block. */
function isBlankLine(node: Nodes): boolean {
  if (node.type !== 'WhiteSpaceNode') return false
  // Asked of every space of the tree: a loop over its code units, not a regex's matches.
  const value = node.value
  let breaks = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    // "\r\n" is one break: its "\n" is counted with the "\r".
    if (code === 13 || (code === 10 && value.charCodeAt(index - 1) !== 13)) {
      if (++breaks >= 2) return true
    }
  }
  return false
}

/**
 * Something computed from a block once and shared by the rules that need it (the quote pairs
 * of quote-direction and french-spacing). Kept on the block, so it lives as long as the views:
 * no weak table with an entry per block for the garbage collector to trace.
 */
export function blockMemo<T>(block: TextBlock, key: symbol, compute: () => T): T {
  return block instanceof LazyBlock ? block.memo(key, compute) : compute()
}

type ParagraphSpan = {block: TextBlock; start: number; end: number}

/**
 * A paragraph of `tree`'s, as nlcst-to-string writes it, cut from its block's text (which the
 * views built anyway) rather than joined again from every leaf of the paragraph.
 */
export function paragraphText(tree: Root, paragraph: Paragraph): string {
  const span = hidden<Map<Paragraph, ParagraphSpan>>(treeViews(tree), spansKey)?.get(paragraph)
  return span ? span.block.text.slice(span.start, span.end) : toString(paragraph)
}

function buildViews(tree: Root): TreeViews {
  const paragraphs: Paragraph[] = []
  const sentences: SentenceView[] = []
  const blocks: TextBlock[] = []
  const spans = new Map<Paragraph, ParagraphSpan>()
  // The views are built right after the parse, while the young tree fills the young
  // generation: every scavenge this walk triggers copies that tree. So the walk keeps what it
  // allocates small: one list of the block's texts, reused for every block (written over, not
  // emptied: an array cut to length 0 drops its store and grows it again, copy by copy) and
  // joined once at the block's end; and for the block's offsets, the top-level nodes it
  // spans, not each of its leaves.
  const parts: string[] = []
  let count = 0
  let length = 0
  let first = 0
  // Paragraphs of the block being built, with where their text lies in it.
  let pending: Array<{paragraph: Paragraph; start: number; end: number}> = []
  const flush = (end: number) => {
    // A block of leaves with no characters has no offsets either: it never was a block.
    if (length > 0) {
      if (parts.length !== count) parts.length = count
      const block = new LazyBlock(parts.join(''), tree.children.slice(first, end))
      blocks.push(block)
      for (const {paragraph, start, end} of pending) spans.set(paragraph, {block, start, end})
    }
    count = 0
    length = 0
    if (pending.length > 0) pending = []
  }
  const append = (node: Nodes) => {
    // A word's text in one piece: its leaves are read again only for a block's offsets.
    if ('value' in node || node.type === 'WordNode') {
      const text = nodeText(node)
      parts[count++] = text
      length += text.length
      return
    }
    const children = node.children
    if (node.type === 'ParagraphNode') {
      paragraphs.push(node)
      const start = length
      for (let index = 0; index < children.length; index++) append(children[index]!)
      pending.push({paragraph: node, start, end: length})
      return
    }
    if (node.type === 'SentenceNode') sentences.push(new LazySentence(node))
    for (let index = 0; index < children.length; index++) append(children[index]!)
  }
  const children = tree.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (isBlankLine(child)) {
      flush(index)
      first = index + 1
    } else append(child)
  }
  flush(children.length)
  const views = {paragraphs, sentences, blocks}
  attachHidden(views, spansKey, spans)
  return views
}
