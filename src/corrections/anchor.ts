import {FUZZY_LIMITS, fuzzyFind, type FuzzyMatch} from './fuzzy.js'
import {asViewText, lineColumn, type SourceView} from './source-view.js'
import type {Correction} from './types.js'

/**
 * W3C TextQuoteSelector anchoring: `prefix + exact + suffix` must occur exactly once in the
 * source. Offsets returned are the source's own (see SourceView for the NFC mapping).
 */
export type Anchor =
  | {kind: 'found'; start: number; end: number; fuzzy?: FuzzyMatch}
  | {kind: 'missing'; fuzzy?: FuzzyMatch; fuzzyCount?: number; tooLarge?: boolean}
  | {kind: 'ambiguous'; starts: number[]; hints: AmbiguityHint[]}

/** The shortest extra context that singles out one occurrence. */
export interface AmbiguityHint {
  /** Source offset of the occurrence's `exact`. */
  start: number
  /** The whole new value of `prefix`, when it has to change. */
  prefix?: string
  /** The whole new value of `suffix`, when it has to change. */
  suffix?: string
}

/** How far context is extended before giving up on telling occurrences apart. */
const MAX_CONTEXT = 200

/** Places and hints named in one message. */
const MAX_LISTED = 5

/**
 * Occurrences counted before a quote is called ambiguous "in more than" this many places, and
 * the most for which hints are worked out (each costs a pass over the others): `exact: "a"`
 * in a 2 MB file must not take a minute to say it is ambiguous.
 */
export const MAX_COUNTED = 1000
const MAX_HINTED = 500

type Quote = Pick<Correction, 'exact' | 'prefix' | 'suffix' | 'start'>

/** Where `needle` occurs, overlapping ones included; stops after MAX_COUNTED + 1. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  for (let index = text.indexOf(needle); index !== -1 && found.length <= MAX_COUNTED; index = text.indexOf(needle, index + 1)) found.push(index)
  return found
}

/** How many characters two places share reading backwards (`step` -1) or forwards (1), capped. */
function sharedRun(text: string, a: number, b: number, step: -1 | 1): number {
  let run = 0
  while (run < MAX_CONTEXT) {
    const i = step === -1 ? a - 1 - run : a + run
    const j = step === -1 ? b - 1 - run : b + run
    if (i < 0 || j < 0 || i >= text.length || j >= text.length || text[i] !== text[j]) break
    run++
  }
  return run
}

/**
 * The fewest extra characters before (`before`) and after (`after`) occurrence `which` that no
 * other occurrence shares: another occurrence stays a match only while it shares both. A single
 * field is preferred on a tie, the prefix first.
 */
function uniqueContext(text: string, starts: number[], ends: number[], which: number): {before: number; after: number} | undefined {
  const start = starts[which]!
  const end = ends[which]!
  const others = starts
    .map((other, index) => ({index, other}))
    .filter(({index}) => index !== which)
    .map(({index, other}) => ({back: sharedRun(text, start, other, -1), ahead: sharedRun(text, end, ends[index]!, 1)}))
  let best: {before: number; after: number} | undefined
  const maxBefore = Math.min(start, MAX_CONTEXT)
  const maxAfter = Math.min(text.length - end, MAX_CONTEXT)
  const rank = (c: {before: number; after: number}) => (c.before + c.after) * 4 + (c.after === 0 ? 0 : c.before === 0 ? 1 : 2)
  for (let before = 0; before <= maxBefore; before++) {
    // Occurrences that still share `before` characters must differ within `after`.
    let after = 0
    for (const {back, ahead} of others) if (back >= before) after = Math.max(after, ahead + 1)
    if (after > maxAfter) continue
    const candidate = {before, after}
    if (candidate.before + candidate.after === 0) continue
    if (!best || rank(candidate) < rank(best)) best = candidate
  }
  return best
}

export interface AnchorOptions {
  /** Look for an approximate match when the exact quote is gone. */
  fuzzy?: boolean
}

/** Anchors one entry's quote in the source view. */
export function anchorQuote(view: SourceView, quote: Quote, options: AnchorOptions = {}): Anchor {
  const prefix = asViewText(view, quote.prefix ?? '')
  const exact = asViewText(view, quote.exact)
  const suffix = asViewText(view, quote.suffix ?? '')
  const whole = prefix + exact + suffix
  const found = occurrences(view.text, whole)

  if (found.length === 1) {
    const start = found[0]! + prefix.length
    return {kind: 'found', start: view.toSourceStart(start), end: view.toSourceEnd(start + exact.length)}
  }
  if (found.length > 1) {
    const ends = found.map((start) => start + whole.length)
    const hints: AmbiguityHint[] = []
    // Messages name the first few places only, so only those need a hint (each costs a pass
    // over every other place).
    found.slice(0, found.length > MAX_HINTED ? 0 : MAX_LISTED).forEach((quoteStart, which) => {
      const extra = uniqueContext(view.text, found, ends, which)
      if (!extra) return
      const quoteEnd = ends[which]!
      // Hints are written back in the source's own form, as the entry's fields quote it.
      const before = view.source.slice(view.toSourceStart(quoteStart - extra.before), view.toSourceStart(quoteStart))
      const after = view.source.slice(view.toSourceEnd(quoteEnd), view.toSourceEnd(quoteEnd + extra.after))
      hints.push({
        start: view.toSourceStart(quoteStart + prefix.length),
        ...(extra.before > 0 ? {prefix: before + (quote.prefix ?? '')} : {}),
        ...(extra.after > 0 ? {suffix: (quote.suffix ?? '') + after} : {})
      })
    })
    return {kind: 'ambiguous', starts: found.map((start) => view.toSourceStart(start + prefix.length)), hints}
  }

  // Searching approximately is the slow path: only for quotes that are gone.
  const result = fuzzyFind(view.text, {prefix, exact, suffix}, quote.start)
  if (result.kind === 'none') return {kind: 'missing'}
  if (result.kind === 'too-large') return {kind: 'missing', tooLarge: true}
  const toSource = (match: FuzzyMatch): FuzzyMatch => ({...match, start: view.toSourceStart(match.start), end: view.toSourceEnd(match.end)})
  if (result.kind === 'ambiguous') return {kind: 'missing', fuzzy: toSource(result.best), fuzzyCount: result.count}
  const match = toSource(result.match)
  if (options.fuzzy) return {kind: 'found', start: match.start, end: match.end, fuzzy: match}
  return {kind: 'missing', fuzzy: match}
}

/** A quote shortened for messages. */
export function shorten(text: string, max = 60): string {
  const flat = JSON.stringify(text.length > max ? text.slice(0, max - 1) + '…' : text)
  return flat
}

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

/** Why an anchor failed, as the tail of a problem line (the caller names file and entry). */
export function describeAnchorFailure(view: SourceView, quote: Quote, anchor: Anchor, sourceName: string): string {
  const context = quote.prefix || quote.suffix ? ' with its prefix/suffix' : ''
  if (anchor.kind === 'ambiguous') {
    const at = (start: number) => {
      const {line, column} = lineColumn(view.source, start)
      return `${line}:${column}`
    }
    // A quote found in hundreds of places would make an unreadable line: name the first few.
    const total = anchor.starts.length
    const few = <T>(items: T[]): [T[], string] =>
      items.length > MAX_LISTED ? [items.slice(0, MAX_LISTED), total > MAX_COUNTED ? 'more' : `${total - MAX_LISTED} more`] : [items, '']
    const counted = anchor.starts.length > MAX_COUNTED
    const [shown, moreLines] = few(anchor.starts.slice(0, MAX_LISTED + 1).map(at))
    const lines = moreLines ? [...shown, moreLines] : shown
    const hints = anchor.hints.map((hint) => {
      const fields = [
        hint.prefix === undefined ? '' : `prefix ${JSON.stringify(hint.prefix)}`,
        hint.suffix === undefined ? '' : `suffix ${JSON.stringify(hint.suffix)}`
      ].filter(Boolean)
      return `${fields.join(' and ')} (for ${at(hint.start)})`
    })
    if (hints.length > 0 && moreLines) hints.push(`as much context for the other ${anchor.starts.length - MAX_LISTED}`)
    const fix =
      hints.length > 0
        ? `to pick one, set ${orList(hints)}`
        : total > MAX_HINTED
          ? 'quote more of the text in `exact`, or add a `prefix` or `suffix`'
          : `no context within ${MAX_CONTEXT} characters tells them apart; quote more of the text in \`exact\``
    return `\`exact\` ${shorten(quote.exact)}${context} matches ${counted ? `more than ${MAX_COUNTED}` : total} places in ${sourceName} (at ${list(lines)}); ${fix}`
  }
  let text = `\`exact\` ${shorten(quote.exact)}${context} is not in ${sourceName} (stale: the source changed or the quote is wrong); fix the quote or remove the entry`
  if (anchor.kind === 'missing' && anchor.tooLarge) {
    text += `; it is too long for an approximate search (over ${FUZZY_LIMITS.maxQuote} characters, or too much work in a text this size), so --fuzzy cannot re-anchor it`
  }
  if (anchor.kind === 'missing' && anchor.fuzzy) {
    const where = lineColumn(view.source, anchor.fuzzy.start)
    const percent = Math.floor(anchor.fuzzy.similarity * 100)
    text +=
      anchor.fuzzyCount && anchor.fuzzyCount > 1
        ? `; found ${anchor.fuzzyCount} equally close ${percent}% matches (first at line ${where.line}), so --fuzzy cannot pick one`
        : `; found a ${percent}% match at line ${where.line} (${shorten(view.source.slice(anchor.fuzzy.start, anchor.fuzzy.end))}); rerun with --fuzzy to apply it`
  }
  return text
}
