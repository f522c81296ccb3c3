import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {ReadTextError} from '../fs/read-text.js'

/**
 * How deep postedit reads Markdown and HTML: 512 levels of elements, blockquotes, lists or
 * emphasis, the depth past which browsers (Blink, WebKit) stop nesting the elements they
 * build. The parsers' tree converters and postedit's own walkers recurse once a level: 5,000
 * nested blockquotes (10 kB of `> `) or 3,000 nested `<div>`s stopped a run with "Maximum call
 * stack size exceeded". No page a person reads nests so deep; a pull request can.
 */
export const MAX_MARKUP_DEPTH = 512

interface Node {
  position?: {start: Point} | undefined
  children?: Node[]
}

/** The first node, in document order, deeper than MAX_MARKUP_DEPTH; walked with a stack of its own, not by recursion. */
export function tooDeep(root: Node): Node | undefined {
  const stack: Array<[Node, number]> = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > MAX_MARKUP_DEPTH) return node
    const children = node.children
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push([children[index]!, depth + 1])
  }
  return undefined
}

/** The problem of a file nested too deep, at `point` when it is known. */
export function depthError(file: VFile, format: 'Markdown' | 'HTML', point: Point | undefined): ReadTextError {
  const what = format === 'HTML' ? 'elements' : 'blockquotes, lists, links or emphasis'
  return new ReadTextError(
    file.path ?? '<stdin>',
    `${format} ${what} nested more than ${MAX_MARKUP_DEPTH} levels deep`,
    `flatten the nesting: postedit reads ${format} up to ${MAX_MARKUP_DEPTH} levels deep, as browsers nest the elements they build`,
    point?.line,
    point?.column
  )
}

/**
 * Where the open tags of an HTML text first pass MAX_MARKUP_DEPTH, counted roughly (void
 * elements and self-closed tags are not counted, comments and end tags are): for the message
 * when the parser itself overflowed before a tree could be walked.
 */
export function htmlDepthPoint(text: string): Point | undefined {
  const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
  let depth = 0
  for (const match of text.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (match[1]) depth = Math.max(0, depth - 1)
    else if (!match[3] && !voids.has(match[2]!.toLowerCase())) depth++
    if (depth > MAX_MARKUP_DEPTH) {
      const before = text.slice(0, match.index)
      const line = before.split('\n').length
      return {line, column: match.index - before.lastIndexOf('\n'), offset: match.index}
    }
  }
  return undefined
}

/** A thematic break (CommonMark 4.1): three or more of one of `-`, `*`, `_`, and blanks only. */
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/u

/** A blockquote or list-item marker at a line's start, and the blanks after it. */
const containerMarker = /[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*/y

/**
 * Where one line opens more than MAX_MARKUP_DEPTH blockquotes and list items (`- - - … x.`),
 * found before the Markdown parser runs: micromark takes time square in that depth (8,000
 * items on one 16 kB line: a minute), so the tree walk above comes too late. A thematic break
 * (`- - -`, one character repeated) is no list, and is passed over; `- - … *` is a list.
 */
export function markdownLineDepthPoint(text: string): Point | undefined {
  let lineStart = 0
  let line = 1
  for (;;) {
    let depth = 0
    containerMarker.lastIndex = lineStart
    for (let marker = containerMarker.exec(text); marker; marker = containerMarker.exec(text)) {
      // A list item is two levels of the tree (the list and its item), a blockquote one.
      depth += marker[0].trimStart().startsWith('>') ? 1 : 2
      if (depth > MAX_MARKUP_DEPTH) {
        const end = text.indexOf('\n', lineStart)
        const whole = text.slice(lineStart, end === -1 ? text.length : end)
        // At the marker itself, where the walk of the tree would place it.
        const at = marker.index + (marker[0].length - marker[0].trimStart().length)
        if (!thematicBreak.test(whole)) return {line, column: at - lineStart + 1, offset: at}
        break
      }
    }
    const next = text.indexOf('\n', lineStart)
    if (next === -1) return undefined
    lineStart = next + 1
    line++
  }
}
