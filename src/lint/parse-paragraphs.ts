import type {Nodes, Parent, Root, RootContent, WhiteSpace} from 'nlcst'
import type {Processor} from 'unified'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

/**
 * parse-latin (under retext-english) first tokenizes a whole file as ONE sentence and then
 * runs its merge plugins over that token list, splicing arrays as long as the file: a file of
 * n words costs O(n²). Parsing 5 MB as one file took 11 s, against 0.6 s as 2,000 files.
 *
 * This plugin parses a large text in pieces of whole paragraphs and joins the trees. It cuts
 * at a blank line that parse-latin would turn into a root-level `WhiteSpaceNode` between
 * two paragraphs that it parses the same alone as together (see `isCut`), and, in a long
 * stretch without such a blank line, at a single line break that parse-latin itself, asked on
 * the text around it, splits the same way (see `lineBreakCut`); so the joined tree is the one
 * retext-english builds for the whole text: the tests check deep equality on many inputs. One
 * difference: `nlcstRootExtensions` plugins run once per piece. A text linted piece by piece
 * (`piecewise`) is cut at blank lines only, where the rules' text blocks end anyway.
 */

export interface Options {
  /** Texts shorter than this (in UTF-16 code units) are parsed whole: the square is small there. */
  minimumLength?: number
  /** A piece is cut at the first paragraph boundary once it is this long; 0 cuts at every one. */
  pieceLength?: number
  /**
   * Instead of a joined tree, return an empty stand-in root (`piecewisePieces` reads it) for a text that would be cut, so that
   * whoever runs the rules lints its `textPieces` one at a time (the umbrella plugin does) and
   * no tree of the whole file is ever alive. Off by default: `parse()` then stays faithful.
   */
  piecewise?: boolean
  /**
   * Characters of text on each side of a single line break that `lineBreakHolds` parses to
   * check a cut there (see `lineBreakCut`).
   */
  lineCheckWindow?: number
  /**
   * A stretch this long in which no cut keeps retext-english's tree is cut anyway (see
   * `forcedCut`); 0: never.
   */
  forceLength?: number
}

const defaults: Required<Options> = {minimumLength: 32_768, pieceLength: 8_192, piecewise: false, lineCheckWindow: 384, forceLength: 32_768}

/**
 * Line breaks checked and found wrong for a cut before a piece stops looking and grows on: a
 * text of "Mr.\nSmith" lines would otherwise cost three parses a line.
 */
const lineCheckLimit = 4

/** parse-latin 7's `whiteSpace` class (lib/expressions.js): its tokenizer joins these into one node. */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}
const lineBreakChar = /[\r\n]/g
const upperInitial = /[\p{Lu}\p{Lt}]/u
const letterOrDigit = /[\p{L}\p{N}]/u
/** Sentence ends and the closing marks that may follow them: `end.`, `(2015).`, `“no.”`. */
const closing = /[.!?\u2026\u203D"'\u2019\u201D\u00BB)\]]/

/**
 * Whether the paragraphs on either side of a blank line parse alone as they do together.
 * parse-latin merges a sentence into the previous one, across a blank line, when it starts in
 * lower case, with `,` or `;`, or holds no word, and then glues the full stop it passed over to
 * the word before it ("ended." in `It ended.\n\nand then`). So cut only between a paragraph
 * ending in a word (perhaps followed by a full stop and closing marks) and one starting with
 * a capital; elsewhere the two are parsed together, as retext-english would.
 */
function isCut(value: string, start: number, end: number): boolean {
  // White space opening or closing the file stays with its paragraph: a cut there gains nothing,
  // and a trailing one would change how `etc.` ends the last sentence.
  if (start === 0 || end === value.length) return false
  if (!upperInitial.test(value.charAt(end))) return false
  let index = start - 1
  while (index >= 0 && closing.test(value.charAt(index))) index--
  return letterOrDigit.test(value.charAt(index))
}

/**
 * Where the text may be cut: maximal white-space runs holding a blank line (at least two line
 * breaks, the test of parse-latin's breakImplicitSentences) and nothing but spaces, tabs and
 * line breaks, between paragraphs that parse alone.
 */
export function paragraphSeparators(value: string): Array<{start: number; end: number}> {
  // From line break to line break, not from white-space run to white-space run: a 5 MB text
  // has 760,000 runs of white space and some 20,000 line breaks, and a regex match per run
  // (with its array) was 3% of linting one such file.
  const separators: Array<{start: number; end: number}> = []
  lineBreakChar.lastIndex = 0
  while (lineBreakChar.test(value)) {
    const run = whiteSpaceRun(value, lineBreakChar.lastIndex - 1)
    lineBreakChar.lastIndex = run.end
    if (run.breaks >= 2 && run.plain && isCut(value, run.start, run.end)) separators.push({start: run.start, end: run.end})
  }
  return separators
}

/**
 * The white-space run holding the character at `index`, its line breaks ("\r\n" counts once),
 * and whether parse-latin could split its root there.
 */
function whiteSpaceRun(value: string, index: number): {start: number; end: number; breaks: number; plain: boolean} {
  let start = index
  while (start > 0 && isWhiteSpace(value.charCodeAt(start - 1))) start--
  let end = start
  let breaks = 0
  let plain = true
  for (; end < value.length; end++) {
    const code = value.charCodeAt(end)
    if (!isWhiteSpace(code)) break
    if (code === 13 || (code === 10 && value.charCodeAt(end - 1) !== 13)) breaks++
    // parse-latin splits the root only at white space of spaces, tabs and line breaks
    // (its `newLine`): with a no-break space in the run, the paragraphs stay one ParagraphNode.
    else if (code !== 10 && code !== 32 && code !== 9) plain = false
  }
  return {start, end, breaks, plain}
}

/** A sentence's end before the closing marks at `index` and back: `end.`, `(2015).”`. */
function endsSentence(value: string, index: number): boolean {
  for (; index >= 0 && closing.test(value.charAt(index)); index--) {
    if (terminal.test(value.charAt(index))) return true
  }
  return false
}
const terminal = /[.!?\u2026\u203D]/

/**
 * A text whose paragraphs are one line break apart, as text copied from a web page often is,
 * has no blank line to cut at, and parse-latin's square came back on it: 1 MB took 3.9 s to
 * lint and 2 MB 8.9 s, against 0.8 s a megabyte cut at blank lines. parse-latin splits its
 * root at a single line break too, wherever one follows a sentence's end, but whether one
 * does depends on its merges ("Mr.\nSmith" and "U.S.\nThe" stay one sentence), which this
 * module will not copy. So each candidate is checked by parse-latin itself: the text around
 * the break is parsed whole and in two halves, and the break is a cut only when the halves'
 * trees, joined at the break, are the whole's. Its merges look at the tokens beside a break,
 * never a paragraph away, so a few hundred characters on each side decide it as the whole
 * text would (the tests check the joined tree against retext-english's on generated texts
 * with windows of a few characters).
 *
 * The first line break in `from`–`to` that is such a cut; or, when `lineCheckLimit` of them
 * failed the check, where the search stopped; or `to` when none is left.
 */
function lineBreakCut(
  value: string,
  from: number,
  to: number,
  parse: (chunk: string) => Root,
  window: number
): {start: number; end: number} | number {
  let checked = 0
  lineBreakChar.lastIndex = from
  while (lineBreakChar.test(value)) {
    const first = lineBreakChar.lastIndex - 1
    if (first >= to) break
    const run = whiteSpaceRun(value, first)
    lineBreakChar.lastIndex = run.end
    if (run.start < from || run.end > to || !run.plain || !isCut(value, run.start, run.end) || !endsSentence(value, run.start - 1)) continue
    if (lineBreakHolds(value, run.start, run.end, parse, window)) return {start: run.start, end: run.end}
    if (++checked === lineCheckLimit) return run.end
  }
  return to
}

/**
 * Where a stretch that no cut keeps retext-english's tree in is cut anyway. Such a stretch
 * is one sentence to parse-latin for tens of kilobytes (lines that never end a sentence, or
 * each start in lower case after a blank line), and parse-latin's square on it is postedit's
 * to bound, as the rules' scans are: 200 kB of "-,the" lines with a blank line every tenth
 * took 5 s to parse, and the time grows as its square. Text is not written so (a sentence of
 * 64 kB is not a sentence), so the tree's difference from retext-english's there, one sentence
 * made several, costs nothing a reader would miss.
 *
 * The cut is the last blank line in `from`–`to` (where the rules' text blocks end anyway),
 * else the last line break, else the last white space there, else the first white space after
 * `to` (before `limit`), so a single huge token stays whole; undefined when there is none.
 */
function forcedCut(value: string, from: number, to: number, limit: number): {start: number; end: number} | undefined {
  // White space opening or closing the text stays with it.
  const runAt = (index: number) => {
    const {start, end} = whiteSpaceRun(value, index)
    return start > 0 && end < value.length ? {start, end} : undefined
  }
  let lastBreak: {start: number; end: number} | undefined
  for (let index = to - 1; index >= from; ) {
    const lineBreak = Math.max(value.lastIndexOf('\n', index), value.lastIndexOf('\r', index))
    if (lineBreak < from) break
    const run = whiteSpaceRun(value, lineBreak)
    if (run.breaks >= 2 && run.start > 0 && run.end < value.length) return {start: run.start, end: run.end}
    lastBreak ??= runAt(lineBreak)
    index = run.start - 1
  }
  if (lastBreak) return lastBreak
  for (let index = to - 1; index >= from; index--) if (isWhiteSpace(value.charCodeAt(index))) return runAt(index)
  for (let index = to; index < limit; index++) if (isWhiteSpace(value.charCodeAt(index))) return runAt(index)
  return undefined
}

/** Whether the text around `start`–`end` parses whole as its two sides do alone, joined by that white space. */
function lineBreakHolds(value: string, start: number, end: number, parse: (chunk: string) => Root, window: number): boolean {
  // Not from inside a word: the window widens to the white space before and after it, and a
  // break next to a token too long for that is not taken.
  const limit = 4 * window + 64
  let from = Math.max(0, start - window)
  while (from > 0 && !isWhiteSpace(value.charCodeAt(from - 1))) if (start - --from > limit) return false
  let to = Math.min(value.length, end + window)
  while (to < value.length && !isWhiteSpace(value.charCodeAt(to))) if (++to - end > limit) return false
  const whole = parse(value.slice(from, to)).children
  const before = parse(value.slice(from, start)).children
  const after = parse(value.slice(end, to)).children
  if (whole.length !== before.length + 1 + after.length) return false
  const space = whole[before.length]!
  if (space.type !== 'WhiteSpaceNode' || space.value !== value.slice(start, end)) return false
  return before.every((node, index) => sameNodes(node, whole[index]!)) && after.every((node, index) => sameNodes(node, whole[before.length + 1 + index]!))
}

/** Same types, same texts, same shape: positions follow from those, the text being the same. */
function sameNodes(a: Nodes, b: Nodes): boolean {
  if (a.type !== b.type) return false
  if ('value' in a || 'value' in b) return 'value' in a && 'value' in b && a.value === b.value
  const children = (b as Parent).children
  return a.children.length === children.length && a.children.every((child, index) => sameNodes(child as Nodes, children[index] as Nodes))
}

/**
 * The separators a text is cut at; none when it is short enough to be parsed whole. With
 * `parse`, a stretch of over two pieces' length without a blank line to cut at is cut at
 * single line breaks too (see `lineBreakCut`).
 */
function cuts(value: string, options: Options, parse?: (chunk: string) => Root): Array<{start: number; end: number}> {
  const {minimumLength, pieceLength, lineCheckWindow, forceLength} = {...defaults, ...options}
  const separators: Array<{start: number; end: number}> = []
  if (value.length < minimumLength) return separators
  let pieceStart = 0
  const end = {start: value.length, end: value.length}
  for (const separator of [...paragraphSeparators(value), end]) {
    // Where the next line break may be checked; past a few that fail, a piece's length further on.
    let from = pieceStart + pieceLength
    // Past this, the stretch is cut whatever the tree (0: never).
    const forceAfter = (start: number) => (forceLength > 0 ? start + forceLength : Infinity)
    let force = forceAfter(pieceStart)
    while (parse && separator.start - pieceStart > 2 * pieceLength) {
      if (from >= Math.min(force, separator.start)) {
        if (separator.start <= force) break
        const cut = forcedCut(value, pieceStart + forceLength / 2, force, separator.start)
        if (!cut) break
        separators.push(cut)
        pieceStart = cut.end
      } else {
        const cut = lineBreakCut(value, from, Math.min(force, separator.start), parse, lineCheckWindow)
        if (typeof cut === 'number') {
          from = Math.max(cut, from + pieceLength)
          continue
        }
        separators.push(cut)
        pieceStart = cut.end
      }
      from = pieceStart + pieceLength
      force = forceAfter(pieceStart)
    }
    if (separator === end) break
    if (separator.start - pieceStart < pieceLength) continue
    separators.push(separator)
    pieceStart = separator.end
  }
  return separators
}

/** A piece of a text: `value.slice(start, end)`, whose first character is at `point` in the text. */
export interface TextPiece {
  start: number
  end: number
  point: Point
}

/**
 * The pieces `parseByParagraph` parses one by one, in order, without the blank lines cut
 * between them; undefined when it parses the text whole.
 */
export function textPieces(value: string, options: Options = {}): TextPiece[] | undefined {
  const separators = cuts(value, options)
  if (separators.length === 0) return undefined
  const pieces: TextPiece[] = []
  let point: Point = {line: 1, column: 1, offset: 0}
  let from = 0
  for (const separator of [...separators, {start: value.length, end: value.length}]) {
    if (separator.start > from) pieces.push({start: from, end: separator.start, point})
    point = advance(value, from, separator.end, point)
    from = separator.end
  }
  return pieces
}

/**
 * The stand-in tree a piecewise parser returns for a text to be linted piece by piece: it
 * carries the lengths it was cut with and the pieces it found, so they are not looked for
 * again (a pass over the whole text).
 */
function piecewiseRoot(options: Options, pieces: TextPiece[]): Root {
  const {minimumLength, pieceLength} = {...defaults, ...options}
  return {type: 'RootNode', children: [], data: {piecewise: {minimumLength, pieceLength}, pieces} as Root['data']}
}

/** The pieces a stand-in tree was cut into; undefined for an ordinary tree. */
export function piecewisePieces(tree: Root): TextPiece[] | undefined {
  if (tree.children.length > 0) return undefined
  return (tree.data as {pieces?: TextPiece[]} | undefined)?.pieces
}

/** Walks `value` from `from` to `to`, counting lines and columns exactly as parse-latin's tokenizer does. */
function advance(value: string, from: number, to: number, point: Point): Point {
  let {line, column} = point
  for (let index = from; index < to; index++) {
    const character = value.charAt(index)
    if (character === '\r' || (character === '\n' && value.charAt(index - 1) !== '\r')) {
      line++
      column = 1
    } else if (character !== '\n') {
      column++
    }
  }
  return {line, column, offset: to}
}

interface WithPosition {
  position?: Position | undefined
  children?: WithPosition[]
}

/**
 * Moves every position of a chunk's tree to the file's coordinates, in place. parse-latin
 * shares point objects between a parent and its first or last child (and a word and its
 * text): each distinct point moves once, and the sharing stays as retext-english leaves it.
 * A point is known to have moved by its offset, made negative (less one) on the first pass
 * and restored on the second: a set of the points seen cost a tenth of linting a large file.
 */
function shift(root: Root, origin: Point): void {
  const lineDelta = origin.line - 1
  const columnDelta = origin.column - 1
  const offsetDelta = origin.offset ?? 0
  // The first chunk is where it is (parse-latin gives every point an offset).
  if (lineDelta === 0 && columnDelta === 0 && offsetDelta === 0) return
  const move = (point: Point) => {
    const offset = point.offset ?? 0
    if (offset < 0) return
    if (point.line === 1) point.column += columnDelta
    point.line += lineDelta
    point.offset = -(offset + offsetDelta) - 1
  }
  const restore = (point: Point) => {
    const offset = point.offset!
    if (offset < 0) point.offset = -offset - 1
  }
  for (const each of [move, restore]) {
    if (root.position) {
      each(root.position.start)
      each(root.position.end)
    }
    const stack: WithPosition[] = [...(root.children as WithPosition[])]
    while (stack.length > 0) {
      const node = stack.pop() as WithPosition
      if (node.position) {
        each(node.position.start)
        each(node.position.end)
      }
      const children = node.children
      if (children) for (let index = 0; index < children.length; index++) stack.push(children[index]!)
    }
  }
}

/**
 * Parses `value` in pieces of whole paragraphs with `parse` and joins them into one tree in
 * file coordinates; a short text, or one without a place to cut, is parsed whole.
 */
export function parseByParagraph(value: string, parse: (chunk: string) => Root, options: Options = {}): Root {
  const separators = cuts(value, options, parse)
  if (separators.length === 0) return parse(value)

  const children: RootContent[] = []
  let point: Point = {line: 1, column: 1, offset: 0}
  let from = 0
  const addChunk = (to: number) => {
    if (to > from) {
      const tree = parse(value.slice(from, to))
      shift(tree, point)
      // A loop, not push(...children): spreading a huge array can overflow the call stack.
      for (const child of tree.children) children.push(child)
    }
    point = advance(value, from, to, point)
  }
  for (const separator of separators) {
    addChunk(separator.start)
    const start = point
    point = advance(value, separator.start, separator.end, start)
    const node: WhiteSpace = {
      type: 'WhiteSpaceNode',
      value: value.slice(separator.start, separator.end),
      position: {start, end: point}
    }
    children.push(node)
    from = separator.end
  }
  addChunk(value.length)

  const root: Root = {type: 'RootNode', children}
  const first = children[0]
  const last = children[children.length - 1]
  if (first?.position && last?.position) {
    root.position = {start: first.position.start, end: last.position.end}
  }
  return root
}

/** Set in the `data` of the sub-file a piece is linted in, so the piecewise parser parses it whole. */
export const pieceMark = 'posteditPiece'

/**
 * Use after retext-english: wraps its parser (keeping any nlcst extensions other plugins
 * registered on it) so that a large text is parsed a few paragraphs at a time.
 */
export default function parseParagraphs(this: Processor, options?: Options): undefined {
  const parse = this.parser
  if (!parse) throw new Error('parse-paragraphs needs a parser first: use it after retext-english')
  this.parser = (document: string, file: VFile) => {
    // A piece handed back by the umbrella plugin is parsed whole: it holds no further cut.
    const pieces = options?.piecewise && file.data[pieceMark] !== true ? textPieces(document, options) : undefined
    if (pieces) return piecewiseRoot(options!, pieces)
    return parseByParagraph(document, (chunk) => parse(chunk, file) as Root, options)
  }
  return undefined
}
