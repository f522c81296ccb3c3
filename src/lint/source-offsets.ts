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
  /**
   * Source offset just past each decoded character's own source (`length` entries): past
   * the whole `&raquo;` or `\,`, and short of any markup after it (a `> ` continuation).
   */
  ends: Int32Array
}

/**
 * Where each character of a leaf (a word's text, a punctuation mark) lies in the source, when
 * its source is not its value verbatim (a character reference, an escape): the rules that read
 * block text turn a character back into a file place with these (rules/support/views.ts). Kept
 * as `data.leafSource` on the nlcst leaf.
 */
export interface LeafSource {
  starts: number[]
  ends: number[]
}


/** The span of a text node whose value is not its source verbatim; undefined when it is. */
export function textSpan(value: string, doc: string, start: number, end: number): TextSpan | undefined {
  const source = doc.slice(start, end)
  if (source === value) return undefined
  const map = new Int32Array(value.length + 1)
  const ends = new Int32Array(value.length)
  let i = 0
  let j = 0
  while (i < value.length) {
    if (j >= source.length) {
      ends[i] = source.length
      map[i++] = source.length
      continue
    }
    const have = source.charAt(j)
    const want = value.charAt(i)
    if (have === want) {
      ends[i] = j + 1
      map[i++] = j++
    } else if (have === '\r' && want === '\n') {
      // HTML reads a CRLF or a lone CR as one "\n": it stands where the CR does. Skipped as
      // markup, a lone CR sent every later character to the end of the node (a finding there
      // was an empty span at the end), and a CRLF put the CR inside the word before it.
      const width = source.charAt(j + 1) === '\n' ? 2 : 1
      ends[i] = j + width
      map[i++] = j
      j += width
    } else if (have === '\\' && source.charAt(j + 1) === want) {
      // A Markdown backslash escape: the character stands where its backslash does.
      ends[i] = j + 2
      map[i++] = j
      j += 2
    } else if (have === '&' && reference.test(source.slice(j, j + 40))) {
      // A character reference decodes to one code point (one or two UTF-16 units).
      const units = (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
      const referenceEnd = j + referenceLength(source.slice(j, j + 40), value.charAt(i + units))
      for (let unit = 0; unit < units; unit++) {
        ends[i] = referenceEnd
        map[i++] = j
      }
      j = referenceEnd
    } else {
      // Markup inside the node's span (`> `, indentation): not text.
      j++
    }
  }
  map[value.length] = Math.min(j, source.length)
  for (let index = 0; index < map.length; index++) map[index] = map[index]! + start
  for (let index = 0; index < ends.length; index++) ends[index] = ends[index]! + start
  return {start, length: value.length, map, ends}
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
  // and the text around them. There is nothing to move. A start goes where its character's
  // source starts; an end where the source of the character before it ends, which is past a
  // whole reference and short of markup after it (the next character's start is neither).
  const move = (point: Point | undefined, end: boolean) => {
    if (!point || moved.has(point) || point.offset === undefined) return
    moved.add(point)
    const span = spanAt(sorted, point.offset)
    if (!span) return
    const at = point.offset - span.start
    const offset = end && at > 0 ? span.ends[at - 1]! : span.map[at]!
    const to = place.toPoint(offset)
    if (!to) return
    point.offset = offset
    point.line = to.line
    point.column = to.column
  }
  visit(tree, (node) => {
    if (!node.position) return
    if ('value' in node) leafSourceOf(node, sorted)
    move(node.position.start, false)
    move(node.position.end, true)
  })
}

/**
 * Records where a leaf's characters lie in the source when that is not one for one (see
 * LeafSource); read before its points move, while they still count decoded characters.
 */
function leafSourceOf(node: {value: string; position?: {start: Point; end: Point}; data?: object}, sorted: TextSpan[]): void {
  const start = node.position?.start.offset
  if (start === undefined || node.value.length === 0) return
  const span = spanAt(sorted, start)
  if (!span) return
  const from = start - span.start
  const length = node.value.length
  if (from + length > span.length) return
  // Most leaves of a text node with a reference are written as they read: no arrays for them.
  let verbatim = true
  for (let index = 0; verbatim && index < length; index++) {
    const at = span.map[from + index]!
    if (span.ends[from + index] !== at + 1 || (index > 0 && at !== span.ends[from + index - 1])) verbatim = false
  }
  if (verbatim) return
  const starts = Array.from(span.map.subarray(from, from + length))
  const ends = Array.from(span.ends.subarray(from, from + length))
  node.data = {...node.data, leafSource: {starts, ends} satisfies LeafSource}
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
