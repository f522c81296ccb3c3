import type {Paragraph} from 'nlcst'

/**
 * What kind of block a paragraph came from, when the text was Markdown or HTML: a heading, a
 * list item or a table cell is not running prose, so rules about how a body paragraph ends
 * must not judge it. Plain text carries no such mark (its paragraphs are judged by their look).
 */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'caption' | 'navigation'

export interface BlockData {
  block?: BlockKind
}

/** The paragraph's block kind, undefined for plain text. */
export function blockKind(paragraph: Paragraph): BlockKind | undefined {
  return (paragraph.data as BlockData | undefined)?.block
}
