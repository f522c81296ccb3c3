import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ASCII_GUILLEMET_CODE, ASCII_GUILLEMET_PAIR, DIALOGUE_DASHES, GUILLEMET_PARTNER, GUILLEMETS, SPEECH_VERBS} from './data/quote-marks.js'
import {HORIZONTAL_SPACE, spaceName} from './data/french-spacing.js'
import {createReporter} from './support/reporter.js'
import {textBlocks} from './support/text-blocks.js'
import type {RuleDefinition} from './types.js'

const id = 'french-guillemets'

const isHorizontalSpace = (char: string | undefined) => char !== undefined && HORIZONTAL_SPACE.test(char)

/** Index of the first character of the space run ending just before `index`. */
function spaceBefore(text: string, index: number): number {
  let start = index
  while (isHorizontalSpace(text[start - 1])) start--
  return start
}

/** Index just past the space run starting at `index`. */
function spaceAfter(text: string, index: number): number {
  let end = index
  while (isHorizontalSpace(text[end])) end++
  return end
}

const atLineStart = (text: string, index: number) => index === 0 || /[\r\n]/.test(text[index - 1] ?? '')
const atLineEnd = (text: string, index: number) => index >= text.length || /[\r\n]/.test(text[index] ?? '')

interface Found {
  index: number
  char: string
  partner?: Found
  /** Quotations open around this one when it opened: a nested pair becomes ‘ ’. */
  depth: number
}

/** Pairs the guillemets of a block; French nests « « » » as English nests “ ‘ ’ ”. */
function pairGuillemets(text: string): Found[] {
  const found: Found[] = []
  const stacks: Record<string, Found[]> = {'«': [], '‹': []}
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    const info = char === undefined ? undefined : GUILLEMETS[char]
    if (!char || !info) continue
    const mark: Found = {index, char, depth: 0}
    found.push(mark)
    const opener = info.opens
      ? char
      : Object.keys(GUILLEMET_PARTNER).find((key) => GUILLEMET_PARTNER[key] === char)
    const stack = opener ? stacks[opener] : undefined
    if (!stack) continue
    if (info.opens) {
      mark.depth = stack.length
      stack.push(mark)
    } else {
      const partner = stack.pop()
      if (partner) {
        partner.partner = mark
        mark.partner = partner
        mark.depth = partner.depth
      }
    }
  }
  return found
}

const anyGuillemet = /[«»‹›]/

/** A guillemet finding within a block of text. */
export interface GuillemetFinding {
  start: number
  end: number
  reason: string
  expected: string[]
}

/**
 * The guillemet findings of a block of text, in order and never overlapping. `french-spacing`
 * uses it to leave alone the spaces these spans take.
 */
export function guillemetFindings(text: string): GuillemetFinding[] {
  if (!anyGuillemet.test(text)) return []
  const findings: GuillemetFinding[] = []
  // Two marks can reach for one space ("« »"): the first takes it.
  let taken = 0
  for (const mark of pairGuillemets(text)) {
    const info = GUILLEMETS[mark.char]
    if (!info) continue
    const {index, char} = mark
    let start = index
    let end = index + 1
    let reason: string
    let expected: string
    if (mark.partner) {
      // The space French sets inside guillemets goes with the mark, so one fix removes both.
      if (info.opens) end = spaceAfter(text, index + 1)
      else start = Math.max(spaceBefore(text, index), taken)
      const space = info.opens ? text.slice(index + 1, end) : text.slice(start, index)
      expected = info.english
      if (!info.single && mark.depth > 0) expected = info.opens ? '‘' : '’'
      const kind = info.single ? 'French single guillemet' : 'French guillemet'
      const spaced = space ? ` ${info.opens ? 'followed' : 'preceded'} by a ${spaceName(space)}` : ''
      reason = `Unexpected ${kind} \`${char}\`${spaced}, expected \`${expected}\``
    } else {
      // A lone ‹ or › is more often a breadcrumb or "next" arrow ("Home › World") than a quote.
      if (info.single) continue
      // A lone guillemet is what is left of a quotation whose other mark the MT dropped:
      // delete it with the space that would otherwise be left doubled or dangling.
      const before = spaceBefore(text, index)
      const after = spaceAfter(text, index + 1)
      if (info.opens ? after > index + 1 : before < index) {
        if (info.opens) end = after
        else start = before
      } else if (atLineStart(text, before) || atLineEnd(text, index + 1)) {
        start = before
        end = after
      }
      if (atLineStart(text, start)) end = spaceAfter(text, end)
      start = Math.max(start, taken)
      expected = ''
      reason = `Unexpected stray French guillemet \`${char}\`, remove it`
    }
    taken = end
    findings.push({start, end, reason, expected: [expected]})
  }
  return findings
}

/**
 * "<<Yes>>", "<< we will stay >>": guillemets typed as doubled angle brackets. Each mark, with
 * the space just inside it, becomes “ or ”.
 */
export function asciiGuillemetFindings(text: string): GuillemetFinding[] {
  if (!text.includes('<<')) return []
  const findings: GuillemetFinding[] = []
  for (const match of text.matchAll(ASCII_GUILLEMET_PAIR)) {
    const [whole, lead = '', inner = '', trail = ''] = match
    if (!/\s/u.test(inner) || !/\p{Ll}{2}/u.test(inner) || ASCII_GUILLEMET_CODE.test(inner)) continue
    // Spaced inside on one side only is a heredoc and an append ("<<EOF … EOF >> log"), not a pair.
    if ((lead === '') !== (trail === '')) continue
    const open = match.index
    const close = open + whole.length - 2 - trail.length
    findings.push(
      {start: open, end: open + 2 + lead.length, reason: 'Unexpected `<<` typed for a French guillemet, expected `“`', expected: ['“']},
      {start: close, end: open + whole.length, reason: 'Unexpected `>>` typed for a French guillemet, expected `”`', expected: ['”']}
    )
  }
  return findings
}

const verbs = SPEECH_VERBS.join('|')
const speaker = String.raw`(?:he|she|they|I|we|it|the\s+\p{L}+|\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2})`
/** ", he said" or, in French order, ", says the minister" / ", explains Jean Dupont". */
const incise = new RegExp(String.raw`,\s+(?:${speaker}\s+(?:${verbs})|(?:${verbs})\s+${speaker})\b`, 'u')
/** A dash, then a space, then the speech: a capital or an opening quote. */
const dialogueLine = new RegExp(String.raw`^[${DIALOGUE_DASHES}][ \t\u00A0\u202F]+(?=[\p{Lu}“"‘])`, 'u')

/**
 * "– Yes, he said.": the French dialogue dash opening a line of speech. Reported on the dash
 * alone, with no fix: English needs quotation marks around the speech, which a reviewer places.
 */
export function dialogueDashFindings(text: string): GuillemetFinding[] {
  if (!/[–—]/u.test(text)) return []
  const findings: GuillemetFinding[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    const dash = dialogueLine.exec(line)
    if (dash && incise.test(line)) {
      findings.push({
        start: lineStart,
        end: lineStart + 1,
        reason: `Unexpected French dialogue dash \`${line[0]}\` opening speech, expected quotation marks around it`,
        expected: []
      })
    }
    lineStart += line.length + 1
  }
  return findings
}

/**
 * French guillemets « » (and single ‹ ›) left in English text. Paired ones become “ ” (‘ ’),
 * taking the space French puts inside them; a lone one, whose partner the translation lost,
 * is deleted with the space before it. A dialogue dash opening a line of speech is reported too.
 */
export default function frenchGuillemets() {
  return function (tree: Root, file: VFile) {
    const report = createReporter(file, id)
    for (const block of textBlocks(tree)) {
      for (const {start, end, reason, expected} of guillemetFindings(block.text)) {
        report(block, start, end, reason, expected)
      }
      for (const {start, end, reason} of dialogueDashFindings(block.text)) report(block, start, end, reason)
      for (const {start, end, reason, expected} of asciiGuillemetFindings(block.text)) report(block, start, end, reason, expected)
    }
  }
}

export const frenchGuillemetsRule: RuleDefinition = {
  id,
  plugin: frenchGuillemets,
  severity: 'error',
  category: 'Linguistic conventions/Punctuation',
  summary: 'French guillemets « » left in English (“ ” for a pair, deletion for a stray one), and French dialogue dashes.'
}
