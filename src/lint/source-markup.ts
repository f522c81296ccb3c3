import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {BlockData, BlockKind} from '../rules/support/block-kind.js'

/**
 * What a Markdown or HTML parser learnt about the markup around the prose, for the steps
 * after parsing: which block each paragraph sits in, and the comments that may be inline
 * switches. Kept on `file.data` because the markup tree itself is gone once the text is nlcst.
 */
export interface SourceMarkup {
  /** Markup nodes with the block kind they sit in (inherited from their ancestors). */
  blocks: MarkupBlock[]
  comments: MarkupComment[]
}

export interface MarkupBlock {
  start: number
  end: number
  kind: BlockKind
}

/** A comment in the source: its span, its inner text, and where the block after it ends. */
export interface MarkupComment {
  start: number
  end: number
  text: string
  /** End offset of the next block (what `postedit-ignore` covers); undefined when none follows. */
  nextEnd: number | undefined
}

const key = 'postedit:sourceMarkup'

export function setSourceMarkup(file: VFile, markup: SourceMarkup): void {
  file.data[key] = markup
}

export function sourceMarkup(file: VFile): SourceMarkup | undefined {
  return file.data[key] as SourceMarkup | undefined
}

/**
 * Marks each root paragraph with the kind of the innermost markup node holding its start.
 * Markup nodes nest, so among those holding an offset the innermost is the one that starts last.
 */
export function markBlocks(tree: Root, blocks: MarkupBlock[]): void {
  const sorted = [...blocks].sort((a, b) => a.start - b.start || b.end - a.end)
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue
    const offset = child.position?.start.offset
    if (offset === undefined) continue
    const kind = innermost(sorted, offset)
    if (kind) (child as Paragraph).data = {...child.data, block: kind} as BlockData
  }
}

function innermost(sorted: MarkupBlock[], offset: number): BlockKind | undefined {
  // The last block starting at or before the offset, then back to the first that holds it.
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]!.start <= offset) low = middle + 1
    else high = middle
  }
  for (let index = low - 1; index >= 0; index--) {
    const block = sorted[index]!
    if (block.end > offset) return block.kind
  }
  return undefined
}
