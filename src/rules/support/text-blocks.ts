/**
 * Rules that pair or space marks (quote-direction, french-spacing, french-guillemets) must read
 * a hard-wrapped quotation as one piece, which retext-english's per-line paragraphs do not
 * give them; they share this one view of the text so that they agree on what a block is.
 */
import type {Root} from 'nlcst'
import {treeViews} from './views.js'

/**
 * The text between two blank lines, with the file offset of each character. retext-english
 * starts a paragraph at every line break, but hard-wrapped text carries a quotation across
 * lines, so quotes are paired over the whole block.
 */
export interface TextBlock {
  readonly text: string
  /** File offset of each UTF-16 unit of `text`; -1 where the tree gave no position. */
  readonly offsets: readonly number[]
  /**
   * File offset just past each unit's own source: one more than its offset, but for a character
   * written as a reference or an escape in Markdown or HTML (`&raquo;`), past the whole of it.
   */
  readonly ends: readonly number[]
}

/** The blocks of a tree, from the shared views (one walk for every rule). */
export function textBlocks(tree: Root): TextBlock[] {
  return treeViews(tree).blocks
}
