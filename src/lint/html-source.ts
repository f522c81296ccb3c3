import type {Element, Nodes as HastNodes, Parents, Root as HastRoot} from 'hast'
import type {Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {BlockKind} from '../rules/support/block-kind.js'
import {depthError, htmlDepthPoint, tooDeep} from './markup-depth.js'
import {remapPositions, textSpan, type TextSpan} from './source-offsets.js'
import {markBlocks, type SourceMarkup} from './source-markup.js'

/**
 * HTML to the nlcst tree the rules read: rehype-retext in its mutating mode, with
 * parse-english (see markdown-source.ts). hast-util-to-nlcst already leaves out tags,
 * attributes, `<script>`, `<style>` and `<pre>`, and turns `<code>` into source.
 */
const html = unified().use(rehypeParse).use(rehypeRetext, ParseEnglish as never).freeze()

const kinds: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  td: 'table-cell',
  th: 'table-cell',
  caption: 'caption',
  figcaption: 'caption',
  nav: 'navigation',
  header: 'navigation',
  footer: 'navigation'
}

export function parseHtml(file: VFile): {tree: Root; markup: SourceMarkup} {
  let hast: HastRoot
  try {
    hast = html.parse(file) as HastRoot
  } catch (error) {
    // hast-util-from-parse5 recurses once an element: past some thousands of levels it overflows.
    if (error instanceof RangeError) throw depthError(file, 'HTML', htmlDepthPoint(String(file.value)))
    throw error
  }
  // The walks below and rehype-retext's recurse once a level (see markup-depth.ts).
  const deep = tooDeep(hast)
  if (deep) {
    // From the offset: parse5's line numbers can run one ahead (see realignLines).
    const offset = deep.position?.start.offset
    throw depthError(file, 'HTML', offset === undefined ? undefined : location(file).toPoint(offset))
  }
  realignLines(hast, file)
  const markup: SourceMarkup = {blocks: [], comments: []}
  const spans: TextSpan[] = []
  collect(hast, 'paragraph', {markup, spans, doc: String(file)})
  // An empty page has no positions, which the converter refuses: it has no prose either.
  if (!hast.position) return {tree: {type: 'RootNode', children: []}, markup}
  const tree = html.runSync(hast, file) as unknown as Root
  remapPositions(tree, spans, file)
  separateParagraphs(tree)
  markBlocks(tree, markup.blocks)
  return {tree, markup}
}

/**
 * parse5 counts a line break twice when it steps back over it, as after a bare `&` at the end
 * of a line (`&\n<b>the the`): every later line number is one too high, while offsets stay
 * right. hast-util-to-nlcst places words by line and column, so they landed at the wrong
 * offsets, past the end of the file, or at no point at all (a rule then threw). The offsets
 * are what parse5 gets right: each point's line and column are taken from its offset.
 */
function realignLines(hast: HastRoot, file: VFile): void {
  const place = location(file)
  const realign = (point: {line: number; column: number; offset?: number | undefined} | undefined) => {
    if (point?.offset === undefined) return
    const to = place.toPoint(point.offset)
    if (!to) return
    point.line = to.line
    point.column = to.column
  }
  visit(hast, (node) => {
    realign(node.position?.start)
    realign(node.position?.end)
  })
}

function collect(node: HastNodes, context: BlockKind, state: CollectState): void {
  const {markup} = state
  const kind = node.type === 'element' ? (kinds[node.tagName] ?? context) : context
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
    if (child.type === 'comment') {
      const from = child.position?.start.offset
      const to = child.position?.end.offset
      if (from !== undefined && to !== undefined) markup.comments.push({start: from, end: to, text: child.value, nextEnd: nextEnd(parent, index)})
    }
    // A link that shows its own URL is not prose: read it as code.
    if (child.type === 'element' && child.tagName === 'a' && showsOwnUrl(child)) child.tagName = 'code'
    collect(child, kind, state)
  })
}

/** The end of the next sibling that is not white space: the block `postedit-ignore` covers. */
function nextEnd(parent: Parents, index: number): number | undefined {
  for (const sibling of parent.children.slice(index + 1)) {
    if (sibling.type === 'text' && sibling.value.trim() === '') continue
    return sibling.position?.end.offset
  }
  return undefined
}

function showsOwnUrl(link: Element): boolean {
  const href = link.properties['href']
  const only = link.children.length === 1 ? link.children[0] : undefined
  if (typeof href !== 'string' || only?.type !== 'text') return false
  const text = only.value.trim()
  return href === text || href === `mailto:${text}` || /^[a-z][a-z+.-]*:\/\/\S+$/i.test(text)
}

/**
 * hast-util-to-nlcst puts the paragraphs of an HTML page side by side with no white space
 * between them, where plain text and Markdown have a blank line: without one the rules that
 * read text blocks (quote pairing, spacing) would read a whole page as one block.
 */
function separateParagraphs(tree: Root): void {
  const children: RootContent[] = []
  for (const child of tree.children) {
    const previous = children.at(-1)
    if (previous?.type === 'ParagraphNode' && child.type === 'ParagraphNode') {
      const at = previous.position?.end
      children.push({type: 'WhiteSpaceNode', value: '\n\n', ...(at ? {position: {start: {...at}, end: {...at}}} : {})})
    }
    children.push(child)
  }
  tree.children = children
}

interface CollectState {
  markup: SourceMarkup
  spans: TextSpan[]
  doc: string
}
