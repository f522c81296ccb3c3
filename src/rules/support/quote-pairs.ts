/**
 * Which double quote opens and which closes is needed by more than one rule: quote-direction
 * reports marks facing the wrong way, french-spacing needs to know which side of a mark is the
 * inside of a quotation. One pairing keeps their findings consistent.
 */
import {
  CLOSING_CONTEXT,
  CODE_LIKE_TOKEN,
  DOUBLE_QUOTES,
  OPENING_CONTEXT,
  TRAILING_PUNCTUATION
} from '../data/quote-marks.js'
import type {TextBlock} from './text-blocks.js'
import {blockMemo} from './views.js'

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

/**
 * Whether a mark lies in inline code or a code-like token (`a="b"`, a URL). Marks are asked in
 * text order, so the code spans are walked with a cursor and the token around a mark is found
 * and tested once for all its marks: a 100 KB token of quote marks was rescanned per mark.
 */
function codeChecker(text: string, spans: Array<[number, number]>): (index: number) => boolean {
  let span = 0
  let token: {start: number; end: number; code: boolean} | undefined
  return (index) => {
    while (span < spans.length && spans[span]![1] <= index) span++
    const current = spans[span]
    if (current && index > current[0] && index < current[1]) return true
    if (!token || index >= token.end) {
      let start = index
      while (start > 0 && !isSpace(text[start - 1])) start--
      let end = index + 1
      while (end < text.length && !isSpace(text[end])) end++
      token = {start, end, code: CODE_LIKE_TOKEN.test(text.slice(start, end))}
    }
    return token.code
  }
}

const anyDoubleQuote = new RegExp(`[${[...DOUBLE_QUOTES].join('')}]`)
/**
 * The same, to step from one mark to the next: a block with a quote was read a character at
 * a time, each one made a string and looked up in a set, for the few marks it holds.
 */
const eachDoubleQuote = new RegExp(anyDoubleQuote.source, 'g')

const quotesKey = Symbol('quotes')

/** The quotes of a block, analysed once for every rule that asks (quote-direction, french-spacing). */
export function blockQuotes(block: TextBlock): QuoteAnalysis {
  return blockMemo(block, quotesKey, () => analyzeQuotes(block.text))
}

/**
 * Finds the double quotation marks of a block, gives each a role and pairs them. Double
 * quotes do not nest in English (the inner ones are single), so an opening mark met while
 * a quotation is open leaves the earlier one unmatched.
 */
export function analyzeQuotes(text: string): QuoteAnalysis {
  // Most blocks hold no double quote at all: nothing to pair, and no need for the char loop.
  if (!anyDoubleQuote.test(text)) return {marks: []}
  const inCode = codeChecker(text, codeSpans(text))
  const marks: QuoteMark[] = []
  let open: QuoteMark | undefined
  eachDoubleQuote.lastIndex = 0
  for (let found = eachDoubleQuote.exec(text); found; found = eachDoubleQuote.exec(text)) {
    const index = found.index
    const char = found[0]
    // 5" or 12” after a number is an inch or second sign unless it closes an open quotation.
    if (isDigit(text[index - 1]) && !open) continue
    if (inCode(index)) continue
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
