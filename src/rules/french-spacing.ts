import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  AFTER_COLON,
  AFTER_QUESTION,
  HORIZONTAL_SPACE,
  SPACE_GROUPED_NUMBER,
  spaceName,
  SPACE_BEFORE_PUNCTUATION,
  THOUSANDS_SPACE
} from './data/french-spacing.js'
import {guillemetFindings} from './french-guillemets.js'
import {currencyAmounts} from './french-number-format.js'
import {blockQuotes, type QuoteAnalysis} from './support/quote-pairs.js'
import {createReporter, firstOfOverlaps} from './support/reporter.js'
import {textBlocks} from './support/text-blocks.js'
import {SpanSet} from './support/span-overlaps.js'
import type {RuleDefinition} from './types.js'

const id = 'french-spacing'

const isHorizontalSpace = (char: string | undefined) => char !== undefined && HORIZONTAL_SPACE.test(char)
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char)
const isDigit = (char: string | undefined) => char !== undefined && /\d/.test(char)

// Cheap tests that let a block skip a scan that could find nothing in it.
const anyPunctuation = /[;:?!]/
const anyGroupingSpace = /[\u00A0\u202F\u2009]/

/** A finding not yet reported: each block's findings are reported in text order. */
interface Pending {
  start: number
  end: number
  reason: string
  expected: string[]
}

/**
 * The space inside a quotation mark: after an opening one, before a closing one. Only a run
 * of spaces between two characters on one line: a mark at a line's edge has nothing inside.
 * Guillemets are not looked at: `french-guillemets` removes their inner space with them.
 */
function quoteSpaces(text: string, quotes: QuoteAnalysis, found: Pending[]): void {
  for (const mark of quotes.marks) {
    let start: number
    let end: number
    if (mark.role === 'open') {
      start = mark.index + 1
      end = start
      while (isHorizontalSpace(text[end])) end++
      if (end === start || end >= text.length || isSpace(text[end])) continue
    } else {
      end = mark.index
      start = end
      while (isHorizontalSpace(text[start - 1])) start--
      if (start === end || start === 0 || isSpace(text[start - 1])) continue
    }
    const space = text.slice(start, end)
    const side = mark.role === 'open' ? 'after the opening' : 'before the closing'
    found.push({
      start,
      end,
      reason: `Unexpected ${spaceName(space)} ${side} quote \`${mark.char}\`, English puts none`,
      expected: ['']
    })
  }
}

/** A space before ; : ? ! as French sets them ("Why ?", "Note :"). */
function punctuationSpaces(text: string, found: Pending[]): void {
  for (const match of text.matchAll(SPACE_BEFORE_PUNCTUATION)) {
    const start = match.index
    const punctuation = match[1] ?? ''
    const end = start + match[0].length - 1
    if (start === 0 || isSpace(text[start - 1])) continue
    // The patterns look at what follows the mark: a few characters are enough.
    const rest = text.slice(end + 1, end + 8)
    const follower = punctuation === ':' || punctuation === ';' ? AFTER_COLON : AFTER_QUESTION
    if (!follower.test(rest)) continue
    // "3 : 2", "John 3 : 16": a ratio or reference, spaced by choice, not French spacing.
    if (punctuation === ':' && isDigit(text[start - 1]) && /^\s*\d/.test(rest)) continue
    const space = text.slice(start, end)
    found.push({
      start,
      end,
      reason: `Unexpected ${spaceName(space)} before \`${punctuation}\`, English puts none`,
      expected: ['']
    })
  }
}

/** "10 000" grouped with a no-break or thin space; English groups with commas. */
function groupedNumbers(text: string, found: Pending[]): void {
  for (const match of text.matchAll(SPACE_GROUPED_NUMBER)) {
    const [whole, integer = '', decimals] = match
    const english = integer.replace(THOUSANDS_SPACE, ',') + (decimals === undefined ? '' : `.${decimals}`)
    const separator = integer.match(THOUSANDS_SPACE)?.[0] ?? ' '
    found.push({
      start: match.index,
      end: match.index + whole.length,
      reason:
        `Unexpected ${spaceName(separator)} as a thousands separator in \`${whole}\`, ` +
        `expected \`${english}\``,
      expected: [english]
    })
  }
}

/**
 * French typographic spacing carried into English: a space inside quotation marks, before
 * ; : ? !, and (narrow) no-break spaces grouping thousands. Every fix removes the space
 * (or, for a number, writes it with commas); spans never overlap `quote-direction`'s, which
 * cover the quotation mark alone, nor `french-guillemets`', which cover guillemets.
 */
export default function frenchSpacing() {
  return function (tree: Root, file: VFile) {
    const report = createReporter(file, id)
    for (const block of textBlocks(tree)) {
      const found: Pending[] = []
      quoteSpaces(block.text, blockQuotes(block), found)
      if (anyPunctuation.test(block.text)) punctuationSpaces(block.text, found)
      if (anyGroupingSpace.test(block.text)) groupedNumbers(block.text, found)
      if (found.length === 0) continue
      // A space both inside a quote and before a colon (`“ :`) is reported once, and a
      // space that goes with a guillemet is left to french-guillemets, whose fix removes both.
      // A figure with its currency sign after it ("10 000 €") is french-number-format's, whose
      // fix rewrites the whole amount ("€10,000").
      const taken = new SpanSet([...guillemetFindings(block.text), ...currencyAmounts(block.text)])
      const free = found.filter(({start, end}) => !taken.overlaps(start, end))
      for (const {start, end, reason, expected} of firstOfOverlaps(free)) report(block, start, end, reason, expected)
    }
  }
}

export const frenchSpacingRule: RuleDefinition = {
  id,
  plugin: frenchSpacing,
  severity: 'warning',
  category: 'Linguistic conventions/Punctuation',
  summary: 'French spacing left in English: a space inside quotes or before ; : ? !, "10 000" for 10,000.'
}
