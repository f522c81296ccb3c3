import type {Nodes, Root} from 'nlcst'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {
  CLOSING_CONTEXT,
  CLOSING_QUOTE,
  CODE_LIKE_TOKEN,
  DOUBLE_QUOTES,
  OPENING_CONTEXT,
  OPENING_QUOTE,
  TRAILING_PUNCTUATION
} from './data/quote-marks.js'
import type {RuleDefinition} from './types.js'
import {ruleUrl} from './url.js'

const id = 'quote-direction'

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

/**
 * Reports a span of a block. `expected` is left undefined when no replacement is safe.
 * Returns nothing when the span has no file position (the tree came without one).
 */
export function createReporter(file: VFile, ruleId: string) {
  const place = location(file)
  return function report(
    block: TextBlock,
    start: number,
    end: number,
    reason: string,
    expected?: string[]
  ): void {
    const first = block.offsets[start]
    const last = block.offsets[end - 1]
    if (first === undefined || last === undefined || first < 0 || last < 0) return
    const startPoint = place.toPoint(first)
    const endPoint = place.toPoint(last + 1)
    if (!startPoint || !endPoint) return
    const message = file.message(reason, {
      place: {start: startPoint, end: endPoint},
      ruleId,
      source: 'postedit'
    })
    message.actual = block.text.slice(start, end)
    if (expected) message.expected = expected
    message.url = ruleUrl(ruleId)
  }
}

export type QuoteRole = 'open' | 'close'

export interface QuoteMark {
  /** Index of the mark in its block's text. */
  index: number
  char: string
  role: QuoteRole
  /** The role came from the characters around the mark; otherwise from pairing alone. */
  positional: boolean
  partner?: QuoteMark
}

export interface QuoteAnalysis {
  /** The double quotation marks of the block, inch marks and code left out. */
  marks: QuoteMark[]
  /** An opening mark still open at the end of the block, if any. */
  trailingOpen?: QuoteMark
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char)
const isDigit = (char: string | undefined) => char !== undefined && /\d/.test(char)

function nextNonSpace(text: string, from: number): string | undefined {
  for (let index = from; index < text.length; index++) {
    if (!isSpace(text[index])) return text[index]
  }
  return undefined
}

function previousNonSpace(text: string, from: number): string | undefined {
  for (let index = from; index >= 0; index--) {
    if (!isSpace(text[index])) return text[index]
  }
  return undefined
}

/**
 * Opening or closing from the neighbours alone. English sets an opening mark after a space
 * and before a word, a closing one after a word and before a space or punctuation. A mark
 * with a space on both sides (French spacing) closes when only punctuation or the end follows,
 * opens at the start of a block; otherwise its role is left to pairing, as is a mark tight
 * on both sides (`."Hello`).
 */
function positionalRole(text: string, index: number): QuoteRole | undefined {
  const before = text[index - 1]
  const after = text[index + 1]
  const looseBefore = before === undefined || isSpace(before) || OPENING_CONTEXT.has(before)
  const looseAfter = after === undefined || isSpace(after) || CLOSING_CONTEXT.has(after)
  if (looseBefore && !looseAfter) return 'open'
  if (!looseBefore && looseAfter) return 'close'
  if (!looseBefore) return undefined
  const next = nextNonSpace(text, index + 1)
  if (next === undefined || TRAILING_PUNCTUATION.has(next)) return 'close'
  const previous = previousNonSpace(text, index - 1)
  if (previous === undefined || OPENING_CONTEXT.has(previous)) return 'open'
  return undefined
}

/** Ranges between backticks on one line: inline code, whose quotes are syntax. */
function codeSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const match of text.matchAll(/`[^`\n]*`/g)) {
    spans.push([match.index, match.index + match[0].length])
  }
  return spans
}

function inCodeLikeToken(text: string, index: number, spans: Array<[number, number]>): boolean {
  if (spans.some(([start, end]) => index > start && index < end)) return true
  let start = index
  while (start > 0 && !isSpace(text[start - 1])) start--
  let end = index + 1
  while (end < text.length && !isSpace(text[end])) end++
  return CODE_LIKE_TOKEN.test(text.slice(start, end))
}

/**
 * Finds the double quotation marks of a block, gives each a role and pairs them. Double
 * quotes do not nest in English (the inner ones are single), so an opening mark met while
 * a quotation is open leaves the earlier one unmatched.
 */
export function analyzeQuotes(text: string): QuoteAnalysis {
  const spans = codeSpans(text)
  const marks: QuoteMark[] = []
  let open: QuoteMark | undefined
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === undefined || !DOUBLE_QUOTES.has(char)) continue
    // 5" or 12” after a number is an inch or second sign unless it closes an open quotation.
    if (isDigit(text[index - 1]) && !open) continue
    if (inCodeLikeToken(text, index, spans)) continue
    const positional = positionalRole(text, index)
    const role: QuoteRole = positional ?? (open ? 'close' : 'open')
    const mark: QuoteMark = {index, char, role, positional: positional !== undefined}
    marks.push(mark)
    if (role === 'open') {
      open = mark
    } else if (open) {
      open.partner = mark
      mark.partner = open
      open = undefined
    }
  }
  return open ? {marks, trailingOpen: open} : {marks}
}

/** Whether a block begins with an opening double quote (a continued quotation does). */
function opensWithQuote(block: TextBlock, analysis: QuoteAnalysis): boolean {
  const first = analysis.marks[0]
  return first !== undefined && first.role === 'open' && block.text.slice(0, first.index).trim() === ''
}

/**
 * “ closing a quotation and ” opening one, and double quotes never closed or never opened in
 * their block. A quotation running over several paragraphs leaves each but the last open and
 * reopens the next, so an open quote at the end of a block followed by a block opening with
 * a quote is not reported. A mark both wrong-way and unmatched gets one finding: the
 * direction fix, with the reason saying the quotation is unbalanced.
 */
export default function quoteDirection() {
  return function (tree: Root, file: VFile) {
    const report = createReporter(file, id)
    const blocks = textBlocks(tree)
    const analyses = blocks.map((block) => analyzeQuotes(block.text))
    blocks.forEach((block, blockIndex) => {
      const analysis = analyses[blockIndex]
      if (!analysis) return
      const nextBlock = blocks[blockIndex + 1]
      const nextAnalysis = analyses[blockIndex + 1]
      const continued =
        nextBlock !== undefined && nextAnalysis !== undefined && opensWithQuote(nextBlock, nextAnalysis)
      for (const mark of analysis.marks) {
        const unmatched = !mark.partner && !(continued && mark === analysis.trailingOpen)
        const wrong =
          (mark.role === 'open' && mark.char === CLOSING_QUOTE) ||
          (mark.role === 'close' && mark.char === OPENING_QUOTE)
        const end = mark.index + 1
        if (wrong) {
          const opens = mark.role === 'open'
          const right = opens ? OPENING_QUOTE : CLOSING_QUOTE
          let reason = opens
            ? `Unexpected closing quote \`${mark.char}\` opening a quotation, expected \`${right}\``
            : `Unexpected opening quote \`${mark.char}\` closing a quotation, expected \`${right}\``
          if (unmatched) {
            reason += opens ? '; the quotation is never closed' : '; no quotation is opened before it'
          }
          report(block, mark.index, end, reason, [right])
        } else if (unmatched) {
          report(
            block,
            mark.index,
            end,
            mark.role === 'open'
              ? `Unexpected unmatched opening quote \`${mark.char}\`, the quotation is never closed`
              : `Unexpected unmatched closing quote \`${mark.char}\`, no quotation is opened before it`
          )
        }
      }
    })
  }
}

export const quoteDirectionRule: RuleDefinition = {
  id,
  plugin: quoteDirection,
  severity: 'error',
  category: 'Linguistic conventions/Punctuation',
  summary: 'A curly double quote facing the wrong way (“ closing, ” opening), or one left unbalanced.'
}
