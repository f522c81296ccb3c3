import type {Root} from 'nlcst'
import type {Point} from 'unist'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/**
 * remark and rehype give a text node the decoded text (`&amp;` is `&`, `\*` is `*`, a
 * blockquote's `> ` and a paragraph's continuation indent are gone) but a position only for
 * the whole node; mdast-util-to-nlcst and hast-util-to-nlcst then place each word by counting
 * decoded characters from the node's start, so every word after a reference drifts left.
 * This maps such a node's text back to its source, character by character, and moves the
 * nlcst positions to the original file's.
 */
export interface TextSpan {
  /** Source offset of the text node. */
  start: number
  /** Length of its decoded value. */
  length: number
  /** Source offset of each decoded character, and of its end (`length + 1` entries). */
  map: Int32Array
}

/** The span of a text node whose value is not its source verbatim; undefined when it is. */
export function textSpan(value: string, doc: string, start: number, end: number): TextSpan | undefined {
  const source = doc.slice(start, end)
  if (source === value) return undefined
  const map = new Int32Array(value.length + 1)
  let i = 0
  let j = 0
  while (i < value.length) {
    if (j >= source.length) {
      map[i++] = source.length
      continue
    }
    const have = source.charAt(j)
    const want = value.charAt(i)
    if (have === want) {
      map[i++] = j++
    } else if (have === '\r' && want === '\n') {
      // HTML reads a CRLF or a lone CR as one "\n": it stands where the CR does. Skipped as
      // markup, a lone CR sent every later character to the end of the node (a finding there
      // was an empty span at the end), and a CRLF put the CR inside the word before it.
      map[i++] = j
      j += source.charAt(j + 1) === '\n' ? 2 : 1
    } else if (have === '\\' && source.charAt(j + 1) === want) {
      // A Markdown backslash escape: the character stands where its backslash does.
      map[i++] = j
      j += 2
    } else if (have === '&' && reference.test(source.slice(j, j + 40))) {
      // A character reference decodes to one code point (one or two UTF-16 units).
      const units = (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
      const referenceEnd = j + referenceLength(source.slice(j, j + 40), value.charAt(i + units))
      for (let unit = 0; unit < units; unit++) map[i++] = j
      j = referenceEnd
    } else {
      // Markup inside the node's span (`> `, indentation): not text.
      j++
    }
  }
  map[value.length] = Math.min(j, source.length)
  for (let index = 0; index < map.length; index++) map[index] = map[index]! + start
  return {start, length: value.length, map}
}

/**
 * A character reference, its `;` optional: HTML also decodes `&#999`, `&#x41`, and legacy names
 * such as `&copy` or the `&not` of `&notit` without one. Left unmatched, the reference was
 * skipped as markup and every later character of the node mapped to its end.
 */
const reference = /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]{0,31})/i

/** How many source characters the reference at the start of `source` takes. */
function referenceLength(source: string, next: string): number {
  const match = reference.exec(source)![0]
  if (source.charAt(match.length) === ';') return match.length + 1
  if (match.charAt(1) === '#') return match.length
  // A name without `;` is the longest legacy name that is a prefix of the letters, which the
  // decoded text then goes on after: `&notit` is "¬" and "it".
  for (let length = match.length; length > 2; length--) if (source.charAt(length) === next) return length
  return match.length
}

/** Moves every point of the tree that falls in a span to its place in the source. */
export function remapPositions(tree: Root, spans: TextSpan[], file: VFile): void {
  if (spans.length === 0) return
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const place = location(file)
  const moved = new Set<Point>()
  // A node that remark made up has a position without points: GFM's bare-URL links ("www.")
  // and the text around them. There is nothing to move.
  const move = (point: Point | undefined) => {
    if (!point || moved.has(point) || point.offset === undefined) return
    moved.add(point)
    const span = spanAt(sorted, point.offset)
    if (!span) return
    const offset = span.map[point.offset - span.start]!
    const to = place.toPoint(offset)
    if (!to) return
    point.offset = offset
    point.line = to.line
    point.column = to.column
  }
  visit(tree, (node) => {
    if (!node.position) return
    move(node.position.start)
    move(node.position.end)
  })
}

/** The span whose decoded range `[start, start + length]` holds the offset (they never overlap). */
function spanAt(sorted: TextSpan[], offset: number): TextSpan | undefined {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]!.start <= offset) low = middle + 1
    else high = middle
  }
  const span = sorted[low - 1]
  return span && offset <= span.start + span.length ? span : undefined
}
