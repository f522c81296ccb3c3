/**
 * Rules that pair or space marks (quote-direction, french-spacing, french-guillemets) must read
 * a hard-wrapped quotation as one piece, which retext-english's per-line paragraphs do not
 * give them; they share this one view of the text so that they agree on what a block is.
 */
import type {Nodes, Root} from 'nlcst'
import {visit} from 'unist-util-visit'

/**
 * The text between two blank lines, with the file offset of each character. retext-english
 * starts a paragraph at every line break, but hard-wrapped text carries a quotation across
 * lines, so quotes are paired over the whole block.
 */
export interface TextBlock {
  text: string
  /** File offset of each UTF-16 unit of `text`; -1 where the tree gave no position. */
  offsets: number[]
}

/** The blocks of a tree, from the literal nodes in order (their values are verbatim text). */
export function textBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = []
  let current: TextBlock = {text: '', offsets: []}
  const flush = () => {
    if (current.text.length > 0) blocks.push(current)
    current = {text: '', offsets: []}
  }
  const append = (node: Nodes) => {
    if (!('value' in node)) return
    const start = node.position?.start.offset
    current.text += node.value
    for (let index = 0; index < node.value.length; index++) {
      current.offsets.push(start === undefined ? -1 : start + index)
    }
  }
  for (const child of tree.children) {
    if (child.type === 'WhiteSpaceNode' && (child.value.match(/\r?\n|\r/g)?.length ?? 0) >= 2) {
      flush()
      continue
    }
    visit(child, (node) => append(node as Nodes))
  }
  flush()
  return blocks
}
