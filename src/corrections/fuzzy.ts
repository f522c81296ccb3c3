/**
 * Approximate re-anchoring for a quote whose exact text is gone, after Hypothesis' fuzzy
 * anchoring: find where `exact` matches with few edits (Sellers' algorithm with Ukkonen's
 * cut-off, O(k·n) for k allowed edits), align each spot to find where it begins, and rank the
 * spots by how well the quote, its prefix and suffix, and its recorded position fit. No
 * dependency; a few hundred KB is fast.
 */
import {editDistance as levenshtein} from './edit-distance.js'

/** Below this, a candidate is too different to be the same passage. */
export const MIN_SIMILARITY = 0.75

export interface Quote {
  prefix: string
  exact: string
  suffix: string
}

export interface FuzzyMatch {
  /** Offsets of the new `exact` span in the searched text. */
  start: number
  end: number
  /** Similarity of the whole quote (prefix + exact + suffix) to what was found, 0..1. */
  similarity: number
  /** Similarity of `exact` alone to the text now in its place. */
  exactSimilarity: number
  /** Edits between the quote and what was found. */
  editDistance: number
}

export type FuzzyResult =
  | {kind: 'match'; match: FuzzyMatch}
  | {kind: 'ambiguous'; count: number; best: FuzzyMatch}
  | {kind: 'none'}
  /** Searching would cost more than the budget: the quote is too long for the text. */
  | {kind: 'too-large'}

/**
 * Bounds on the work one quote may cost, so a stale 100 KB `exact` in a pull request cannot
 * take minutes or gigabytes: the longest quote searched, the context kept on each side, and
 * the dynamic-programming cells spent in all (text × allowed edits, then each alignment).
 */
export const FUZZY_LIMITS = {maxQuote: 4000, maxContext: 256, maxCells: 100_000_000}

/** End offsets (exclusive) where the pattern matches with at most `limit` edits, with the cost. */
function approximateEnds(text: string, pattern: string, limit: number): {end: number; cost: number}[] {
  const m = pattern.length
  const column = new Int32Array(m + 1)
  for (let i = 0; i <= m; i++) column[i] = i
  let lastActive = Math.min(limit, m)
  const ends: {end: number; cost: number}[] = []
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j)
    let diagonal = 0
    // Row 0 stays 0: the match may begin anywhere.
    for (let i = 1; i <= lastActive + 1 && i <= m; i++) {
      const up = column[i]!
      const value = Math.min(diagonal + (pattern.charCodeAt(i - 1) === code ? 0 : 1), up + 1, column[i - 1]! + 1)
      diagonal = up
      column[i] = value
    }
    // Rows past lastActive cost more than the limit; their stale values are above it too, which
    // keeps every cell within the limit exact (Ukkonen's cut-off).
    if (lastActive + 1 <= m) lastActive++
    while (lastActive > 0 && column[lastActive]! > limit) lastActive--
    if (lastActive === m) ends.push({end: j + 1, cost: column[m]!})
  }
  return ends
}

/**
 * Aligns the whole pattern with a suffix of `window` and returns, for each pattern boundary
 * asked for, the window offset it falls on (plus the alignment's cost).
 */
function align(window: string, pattern: string, boundaries: [number, number]): {offsets: [number, number]; start: number; cost: number} {
  const m = pattern.length
  const w = window.length
  const width = w + 1
  const table = new Int32Array((m + 1) * width)
  for (let i = 1; i <= m; i++) table[i * width] = i
  for (let i = 1; i <= m; i++) {
    const code = pattern.charCodeAt(i - 1)
    for (let j = 1; j <= w; j++) {
      const diagonal = table[(i - 1) * width + j - 1]! + (window.charCodeAt(j - 1) === code ? 0 : 1)
      table[i * width + j] = Math.min(diagonal, table[(i - 1) * width + j]! + 1, table[i * width + j - 1]! + 1)
    }
  }
  // Walk back from the end; the start boundary takes the rightmost column of its row and the
  // end boundary the leftmost, so text inserted around `exact` stays outside it.
  const [startRow, endRow] = boundaries
  let startAt = -1
  let endAt = -1
  let i = m
  let j = w
  while (i > 0) {
    if (i === endRow) endAt = j
    if (i === startRow && startAt === -1) startAt = j
    const here = table[i * width + j]!
    const code = pattern.charCodeAt(i - 1)
    if (j > 0 && here === table[(i - 1) * width + j - 1]! + (window.charCodeAt(j - 1) === code ? 0 : 1)) {
      i--
      j--
    } else if (here === table[(i - 1) * width + j]! + 1) {
      i--
    } else {
      j--
    }
  }
  if (endRow === 0) endAt = j
  if (startRow === 0 && startAt === -1) startAt = j
  return {offsets: [startAt, endAt], start: j, cost: table[m * width + w]!}
}

/** Edits to turn `pattern` into the end of `window` (any start): how well context still fits. */
function contextCost(window: string, pattern: string): number {
  return pattern === '' ? 0 : align(window, pattern, [0, pattern.length]).cost
}

const reverse = (text: string) => text.split('').reverse().join('')

const wordChar = /[\p{L}\p{N}\p{M}]/u

/** Whether a letter or digit sits on both sides of `at`: a cut there splits a word. */
function splitsWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && wordChar.test(text[at - 1]!) && wordChar.test(text[at]!)
}

/**
 * A re-anchored span starts and ends between words: `oxen` must not land on the "oxe" of
 * "boxes" and turn it into "bhorsess". Only a quote that itself cut a word where it was
 * recorded (its prefix ends and its `exact` begins with a letter, say) may cut one there.
 */
function onWordBoundaries(text: string, quote: Quote, start: number, end: number): boolean {
  const cutAtStart = wordChar.test(quote.prefix.at(-1) ?? '') && wordChar.test(quote.exact[0] ?? '')
  const cutAtEnd = wordChar.test(quote.exact.at(-1) ?? '') && wordChar.test(quote.suffix[0] ?? '')
  return (cutAtStart || !splitsWord(text, start)) && (cutAtEnd || !splitsWord(text, end))
}

const blank = /\s/u

/** `start`–`end` less the blanks at either edge where the quote has none. */
function withoutOuterBlanks(text: string, exact: string, start: number, end: number): {start: number; end: number} {
  if (!blank.test(exact[0] ?? ' ')) while (start < end && blank.test(text[start]!)) start++
  if (!blank.test(exact.at(-1) ?? ' ')) while (end > start && blank.test(text[end - 1]!)) end--
  return {start, end}
}

/** Weights of Hypothesis' `matchQuote`: the quote counts most, then its context, then position. */
const WEIGHTS = {quote: 50, prefix: 20, suffix: 20, position: 2}

/**
 * The best approximate place for `quote` in `text`, if one is similar enough. As Hypothesis
 * does, candidates are approximate matches of `exact` alone (so a changed prefix or suffix does
 * not hide it), each scored by the similarity of the quote, of the text before it to `prefix`
 * and after it to `suffix`, and by its nearness to `expected` (the recorded `start`). A
 * candidate is used only when `exact` and the whole quote with its context are each at least
 * MIN_SIMILARITY alike, so a short quote is not moved to a look-alike in unrelated text.
 */
export function fuzzyFind(text: string, given: Quote, expected?: number): FuzzyResult {
  // Context far from `exact` says little about where it went; keep the part next to it.
  const quote = {
    exact: given.exact,
    prefix: given.prefix.slice(-FUZZY_LIMITS.maxContext),
    suffix: given.suffix.slice(0, FUZZY_LIMITS.maxContext)
  }
  const m = quote.exact.length
  const limit = Math.floor(m * (1 - MIN_SIMILARITY))
  let budget = FUZZY_LIMITS.maxCells - text.length * (limit + 2)
  if (m > FUZZY_LIMITS.maxQuote || budget < 0) return {kind: 'too-large'}
  const ends = approximateEnds(text, quote.exact, limit)
  // One candidate per run of adjacent ends: the end with the fewest edits among those that
  // do not cut a word ("oxes" for `oxen`, not its "oxe"), else the fewest edits.
  const cutAtEnd = wordChar.test(quote.exact.at(-1) ?? '') && wordChar.test(quote.suffix[0] ?? '')
  // Then one that ends as the quote does, on a blank or not: "assisted " for `assisted at`
  // (as few edits as "assisted to") would have its replacement glued to the next word.
  const quoteEndsBlank = blank.test(quote.exact.at(-1) ?? '')
  const better = (item: {end: number; cost: number}, than: {end: number; cost: number}) => {
    const clean = (candidate: {end: number}) => cutAtEnd || !splitsWord(text, candidate.end)
    const agrees = (candidate: {end: number}) => blank.test(text[candidate.end - 1] ?? '') === quoteEndsBlank
    if (clean(item) !== clean(than)) return clean(item)
    return agrees(item) !== agrees(than) ? agrees(item) : item.cost < than.cost
  }
  const picked: {end: number; cost: number}[] = []
  let previousEnd = -2
  for (const item of ends) {
    const last = picked[picked.length - 1]
    if (last && item.end - previousEnd <= 1) {
      if (better(item, last)) picked[picked.length - 1] = item
    } else {
      picked.push(item)
    }
    previousEnd = item.end
  }
  const whole = m + (quote.prefix.length + quote.suffix.length)
  const candidates: (FuzzyMatch & {score: number})[] = []
  const seen = new Set<string>()
  const contextCells = (quote.prefix.length + 1) * (quote.prefix.length * 1.25 + 2) + (quote.suffix.length + 1) * (quote.suffix.length * 1.25 + 2)
  for (let {end} of picked) {
    budget -= (m + 1) * (m + limit + 1) + contextCells
    if (budget < 0) return {kind: 'too-large'}
    const from = Math.max(0, end - m - limit)
    const aligned = align(text.slice(from, end), quote.exact, [0, m])
    let start = from + aligned.offsets[0]
    let errors = aligned.cost
    // A span may not begin or end on blanks the quote does not: the replacement would take
    // them out and join two words. Left out, they cost their edits again.
    const trimmed = withoutOuterBlanks(text, quote.exact, start, end)
    if (trimmed.start !== start || trimmed.end !== end) {
      ;({start, end} = trimmed)
      if (start >= end) continue
      errors = levenshtein(quote.exact, text.slice(start, end))
    }
    if (!onWordBoundaries(text, quote, start, end)) continue
    if (seen.has(`${start}:${end}`)) continue
    seen.add(`${start}:${end}`)
    const prefixSlack = Math.floor(quote.prefix.length / 4) + 1
    const suffixSlack = Math.floor(quote.suffix.length / 4) + 1
    const prefixCost = contextCost(text.slice(Math.max(0, start - quote.prefix.length - prefixSlack), start), quote.prefix)
    const suffixCost = contextCost(reverse(text.slice(end, end + quote.suffix.length + suffixSlack)), reverse(quote.suffix))
    const exactSimilarity = 1 - errors / Math.max(m, end - start)
    const editDistance = errors + prefixCost + suffixCost
    const similarity = 1 - editDistance / whole
    if (exactSimilarity < MIN_SIMILARITY || similarity < MIN_SIMILARITY) continue
    const fit = (cost: number, length: number) => (length === 0 ? 1 : 1 - cost / length)
    const position = expected === undefined ? 1 : 1 - Math.abs(start - expected) / Math.max(text.length, 1)
    const score =
      (WEIGHTS.quote * (1 - errors / m) +
        WEIGHTS.prefix * fit(prefixCost, quote.prefix.length) +
        WEIGHTS.suffix * fit(suffixCost, quote.suffix.length) +
        WEIGHTS.position * position) /
      (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position)
    candidates.push({start, end, similarity, exactSimilarity, editDistance, score})
  }
  candidates.sort((a, b) => b.score - a.score || a.start - b.start)
  const [first, second] = candidates
  if (!first) return {kind: 'none'}
  const {score: _score, ...best} = first
  const tied = candidates.filter((candidate) => Math.abs(candidate.score - first.score) < 1e-12)
  if (second && tied.length > 1) return {kind: 'ambiguous', count: tied.length, best}
  return {kind: 'match', match: best}
}
