import type {Nodes as MdastNodes, Parents, Root as MdastRoot} from 'mdast'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import type {BlockKind} from '../rules/support/block-kind.js'
import {depthError, markdownLineDepthPoint, tooDeep} from './markup-depth.js'
import {remapPositions, textSpan, type TextSpan} from './source-offsets.js'
import {markBlocks, type MarkupComment, type SourceMarkup} from './source-markup.js'

/**
 * Markdown to the nlcst tree the rules read. remark-retext in its mutating mode, with
 * parse-english: its bridging mode would tokenize with parse-latin and lose the English
 * parser's abbreviations. GFM, so that tables are left out and bare URLs are links; front
 * matter (YAML or TOML), so that a page's metadata is not read as a heading.
 */
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkRetext, ParseEnglish as never).freeze()

export function parseMarkdown(file: VFile): {tree: Root; markup: SourceMarkup} {
  let mdast: MdastRoot
  const value = String(file)
  const crowded = markdownLineDepthPoint(value)
  if (crowded) throw depthError(file, 'Markdown', crowded)
  try {
    mdast = markdown.parse(file) as MdastRoot
  } catch (error) {
    if (error instanceof RangeError) throw depthError(file, 'Markdown', undefined)
    throw error
  }
  // The walks below and remark-retext's recurse once a level (see markup-depth.ts).
  const deep = tooDeep(mdast)
  if (deep) throw depthError(file, 'Markdown', deep.position?.start)
  const markup: SourceMarkup = {blocks: [], comments: []}
  const spans: TextSpan[] = []
  collect(mdast, 'paragraph', {markup, spans, doc: String(file)})
  // An empty page has no positions, which the converter refuses: it has no prose either.
  if (!mdast.position) return {tree: {type: 'RootNode', children: []}, markup}
  const tree = markdown.runSync(mdast, file) as unknown as Root
  remapPositions(tree, spans, file)
  markBlocks(tree, markup.blocks)
  return {tree, markup}
}

const comment = /<!--([\s\S]*?)-->/g

/** Records block kinds and comments, and turns links that show their own URL into code. */
function collect(node: MdastNodes, context: BlockKind, state: CollectState): void {
  const {markup} = state
  const kind: BlockKind =
    node.type === 'heading' ? 'heading' : node.type === 'listItem' ? 'list-item' : node.type === 'tableCell' ? 'table-cell' : context
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start !== undefined && end !== undefined) {
    markup.blocks.push({start, end, kind})
    if (node.type === 'text') {
      const span = textSpan(node.value, state.doc, start, end)
      if (span) state.spans.push(span)
    }
  }
  if (!('children' in node)) return
  const parent = node as Parents
  parent.children.forEach((child, index) => {
    if (child.type === 'html') comments(child.value, child.position?.start.offset, nextEnd(parent, index), markup.comments)
    // `<https://…>` and, with GFM, a bare URL are links whose text is their URL: not prose.
    if (child.type === 'link' && showsOwnUrl(child)) {
      ;(child as unknown as {type: string; value: string}).type = 'inlineCode'
      ;(child as unknown as {value: string}).value = child.url
      return
    }
    collect(child, kind, state)
  })
}

function nextEnd(parent: Parents, index: number): number | undefined {
  return parent.children[index + 1]?.position?.end.offset
}

function showsOwnUrl(link: {url: string; children: MdastNodes[]}): boolean {
  const only = link.children.length === 1 ? link.children[0] : undefined
  if (only?.type !== 'text') return false
  return link.url === only.value || link.url === `mailto:${only.value}` || link.url === `http://${only.value}`
}

function comments(value: string, offset: number | undefined, next: number | undefined, into: MarkupComment[]): void {
  if (offset === undefined) return
  for (const match of value.matchAll(comment)) {
    const start = offset + match.index
    into.push({start, end: start + match[0].length, text: match[1]!, nextEnd: next})
  }
}

interface CollectState {
  markup: SourceMarkup
  spans: TextSpan[]
  doc: string
}
