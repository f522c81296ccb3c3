import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  APOSTROPHE_NAMES,
  BRACKET_CODE,
  BRACKET_GROUP,
  CODE_CHARACTERS,
  DOUBLED_COMMA,
  DOUBLED_STOP,
  ETC_ELLIPSIS,
  FALSE_APOSTROPHE,
  SPACE_BEFORE_STOP,
  SPACED_APOSTROPHE,
  UNSPACED_COMMA,
  UNSPACED_REPORTING_COLON,
  UNSPACED_SEMICOLON
} from './data/mistyped-punctuation.js'
import {spaceName} from './data/french-spacing.js'
import {CLOSING_QUOTE, OPENING_QUOTE} from './data/quote-marks.js'
import {blockQuotes, type QuoteAnalysis} from './support/quote-pairs.js'
import {createReporter, firstOfOverlaps} from './support/reporter.js'
import {textBlocks} from './support/text-blocks.js'
import type {RuleDefinition} from './types.js'

const id = 'mistyped-punctuation'

/**
 * What some pattern of findAll needs, one alternative each, so that a block without any is
 * skipped: "etc", a space before a stop, a doubled mark, a false apostrophe, a space beside
 * an apostrophe, a lowercase word glued to a comma, semicolon or colon, a space inside a
 * bracket. No case folding: it is slower, and every pattern says which cases it takes. An
 * apostrophe alone is not a candidate: most blocks hold one, and only spaced ones are found.
 *
 * Every alternative opens on a mark or a space, the letters before it in a lookbehind: an
 * alternative that opened on a letter class was tried at nearly every character of every
 * block, which made this pre-test cost three times as much as it now does.
 */
const anyCandidate = /[cC](?<=[eE][tT][cC])|[ \t\u00A0\u202F\u2009](?:[,.'’]|\))|,[ \t\u00A0\u202F\u2009]*,|\.\.|[′´]|['’][ \t\u00A0\u202F\u2009]|[,;](?<=\p{Ll}[,;])\p{Ll}|:(?<=\p{L}:)[\p{L}"“«]|\([ \t\u00A0\u202F\u2009]/u
/** A curly quotation mark glued to a word: looked for from the mark, which is rare, not from every letter. */
const gluedQuote = /“(?<=[\p{L}\p{N}]“)|”\p{L}/u
const horizontal = /[ \t\u00A0\u202F\u2009]/u

// The token before a spaced bracket group, when it is a method or function name of code
// ("s.prependLeft ( index, content )", "parseInt ( x )"): camelCase or dotted.
const codeName = /(?:\p{L}[\p{L}\d_]*\.\p{L}|\p{Ll}\p{Lu})[\p{L}\d_.]*[ \t]*$/u

interface Pending {
  start: number
  end: number
  reason: string
  expected: string[]
}

const falseApostrophe = (mark: string) => `${APOSTROPHE_NAMES[mark] ?? 'mark'} \`${mark}\``

/** The run of non-space characters around `index`, and whether it holds code characters. */
function runAround(text: string, index: number): {start: number; end: number; code: boolean} {
  let start = index
  let end = index
  while (start > 0 && !/\s/u.test(text[start - 1] ?? '')) start--
  while (end < text.length && !/\s/u.test(text[end] ?? '')) end++
  return {start, end, code: CODE_CHARACTERS.test(text.slice(start, end))}
}

const markName = (mark: string) => (mark === ',' ? 'comma' : 'full stop')

/**
 * "the“special operation”began": a curly quotation mark glued to the word outside it. English
 * (and French, with its own spaces) sets a space between a quotation and the words around it;
 * tokenising MT engines drop it. Only a curly mark whose shape and role agree (“ opening, ”
 * closing, with a partner) counts: a wrong-way or straight mark is quote-direction's, and
 * "word“" may be a closing mark typed the wrong way.
 */
function gluedQuotes(text: string, quotes: QuoteAnalysis, found: Pending[]): void {
  for (const mark of quotes.marks) {
    if (!mark.partner) continue
    if (mark.char === OPENING_QUOTE && mark.role === 'open' && /[\p{L}\p{N}]/u.test(text[mark.index - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[mark.index + 1] ?? '')) {
      found.push({
        start: mark.index,
        end: mark.index + 1,
        reason: `Unexpected opening quote \`${OPENING_QUOTE}\` glued to the word before it, expected a space before it`,
        expected: [` ${OPENING_QUOTE}`]
      })
    }
    // `yes.”Then`: a sentence run into the next, which fused-sentence reports with its stop.
    const runOn = /[.?!]/u.test(text[mark.index - 1] ?? '') && /\p{Lu}/u.test(text[mark.index + 1] ?? '')
    if (mark.char === CLOSING_QUOTE && mark.role === 'close' && !runOn && /\p{L}/u.test(text[mark.index + 1] ?? '') && /[\p{L}\p{N}.,!?…]/u.test(text[mark.index - 1] ?? '')) {
      found.push({
        start: mark.index,
        end: mark.index + 1,
        reason: `Unexpected closing quote \`${CLOSING_QUOTE}\` glued to the word after it, expected a space after it`,
        expected: [`${CLOSING_QUOTE} `]
      })
    }
  }
}

function findAll(text: string, quotes?: QuoteAnalysis): Pending[] {
  const found: Pending[] = []
  if (quotes) gluedQuotes(text, quotes, found)
  // Plain pre-tests, each implied by its pattern, spare a scan of the block for most blocks.
  const etc = /etc/i.test(text)
  for (const match of etc ? text.matchAll(ETC_ELLIPSIS) : []) {
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      reason: `Unexpected \`etc${match[0]}\`, expected \`etc.\`: the full stop of "etc." ends the list`,
      expected: ['.']
    })
  }
  for (const match of text.matchAll(SPACE_BEFORE_STOP)) {
    const mark = match[1] ?? ''
    const spaces = match[0].slice(0, -1)
    found.push({
      start: match.index,
      end: match.index + spaces.length,
      reason: `Unexpected ${spaceName(spaces)} before the ${markName(mark)} \`${mark}\`, English puts none`,
      expected: ['']
    })
  }
  for (const match of text.matchAll(DOUBLED_COMMA)) {
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      reason: `Unexpected doubled comma \`${match[0]}\`, expected \`,\``,
      expected: [',']
    })
  }
  for (const match of text.matchAll(DOUBLED_STOP)) {
    found.push({
      start: match.index,
      end: match.index + 2,
      reason: 'Unexpected doubled full stop `..`, expected `.` (or an ellipsis `…`)',
      expected: ['.', '…']
    })
  }
  for (const match of text.matchAll(FALSE_APOSTROPHE)) {
    found.push({
      start: match.index,
      end: match.index + 1,
      reason: `Unexpected ${falseApostrophe(match[0])} as an apostrophe, expected \`’\``,
      expected: ['’']
    })
  }
  const spacedMark = /[ \t\u00A0\u202F\u2009]['’]|['’][ \t\u00A0\u202F\u2009]/u.test(text)
  for (const match of spacedMark ? text.matchAll(SPACED_APOSTROPHE) : []) {
    const apostrophe = match[0].trim()
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      reason: `Unexpected ${spaceName(match[0].replace(/['’]/gu, ''))} beside the apostrophe \`${apostrophe}\`, English puts none`,
      expected: [apostrophe]
    })
  }
  // One run may hold many commas ("a,b,c,…"): its bounds and verdict are found once.
  let run = {start: 0, end: 0, code: false}
  for (const match of text.matchAll(UNSPACED_COMMA)) {
    if (match.index >= run.end) run = runAround(text, match.index)
    if (run.code) continue
    found.push({
      start: match.index,
      end: match.index + 1,
      reason: 'Unexpected comma `,` with no space after it, expected `, `',
      expected: [', ']
    })
  }
  if (text.includes(';')) {
    let semicolonRun = {start: 0, end: 0, code: false}
    for (const match of text.matchAll(UNSPACED_SEMICOLON)) {
      if (match.index >= semicolonRun.end) semicolonRun = runAround(text, match.index)
      if (semicolonRun.code) continue
      found.push({start: match.index, end: match.index + 1, reason: 'Unexpected semicolon `;` with no space after it, expected `; `', expected: ['; ']})
    }
  }
  if (text.includes(':')) {
    for (const match of text.matchAll(UNSPACED_REPORTING_COLON)) {
      found.push({start: match.index, end: match.index + 1, reason: 'Unexpected colon `:` with no space after it, expected `: `', expected: [': ']})
    }
  }
  for (const match of text.includes('(') ? text.matchAll(BRACKET_GROUP) : []) {
    const inner = match[1] ?? ''
    if (!/\p{L}/u.test(inner) || BRACKET_CODE.test(inner)) continue
    if (codeName.test(text.slice(Math.max(0, match.index - 60), match.index))) continue
    let lead = 0
    while (horizontal.test(inner[lead] ?? '')) lead++
    let trail = inner.length
    while (trail > lead && horizontal.test(inner[trail - 1] ?? '')) trail--
    if (trail === lead) continue
    const open = match.index
    if (lead > 0 && /[\p{L}\p{N}"“‘'«]/u.test(inner[lead] ?? '')) {
      found.push({
        start: open + 1,
        end: open + 1 + lead,
        reason: `Unexpected ${spaceName(inner.slice(0, lead))} after the opening bracket \`(\`, English puts none`,
        expected: ['']
      })
    }
    if (trail < inner.length && /[\p{L}\p{N}.!?"”’'»%]/u.test(inner[trail - 1] ?? '')) {
      found.push({
        start: open + 1 + trail,
        end: open + 1 + inner.length,
        reason: `Unexpected ${spaceName(inner.slice(trail))} before the closing bracket \`)\`, English puts none`,
        expected: ['']
      })
    }
  }
  return found
}

/**
 * Punctuation mistyped by MT engines and French keyboards: a space before a comma or full stop,
 * a doubled comma or full stop, an ellipsis after "etc", a prime or accent for an apostrophe.
 * Each fix is safe: remove the space, keep one mark, write "etc.", write ’.
 */
export default function mistypedPunctuation() {
  return function (tree: Root, file: VFile) {
    const report = createReporter(file, id)
    for (const block of textBlocks(tree)) {
      const glued = gluedQuote.test(block.text)
      if (!glued && !anyCandidate.test(block.text)) continue
      // "etc .." is both an ellipsis after etc and a doubled stop: the first finding takes it.
      for (const {start, end, reason, expected} of firstOfOverlaps(findAll(block.text, glued ? blockQuotes(block) : undefined))) {
        report(block, start, end, reason, expected)
      }
    }
  }
}

export const mistypedPunctuationRule: RuleDefinition = {
  id,
  plugin: mistypedPunctuation,
  severity: 'warning',
  category: 'Linguistic conventions/Punctuation',
  summary: 'Mistyped punctuation: a space before a comma or full stop or inside brackets, ",,", "..", "etc...", a prime for an apostrophe, a glued quote.'
}
