/**
 * Turns the differences between a source text and a hand-edited copy into `proposed`
 * corrections: one entry per change, anchored with the shortest context that makes it unique,
 * so that approving every entry and applying them rebuilds the edited copy exactly.
 */
import {diffLines, diffWordsWithSpace} from 'diff'
import {lineColumn} from './source-view.js'
import {asViewText, inFormOf, sourceView} from './source-view.js'
import type {Correction} from './types.js'

export interface RecordOptions {
  /** Ids already used in the corrections file; recorded ids never reuse one. */
  existingIds?: Iterable<string>
  /** Written into every entry's `note`, such as `recorded from edited/x.txt`. */
  note?: string
}

/** One change as the diff reports it: `source[start, end)` becomes `insert`. */
export interface RawEdit {
  start: number
  end: number
  insert: string
}

/** A span of the source covering one or more raw edits. */
interface Group {
  start: number
  end: number
  edits: RawEdit[]
}

/** One entry to be: `source[start, end)` becomes `replacement`. */
interface Change {
  start: number
  end: number
  replacement: string
}

interface Anchored extends Change {
  prefixStart: number
  suffixEnd: number
}

const space = /\s/u

function isSpace(char: string | undefined): boolean {
  return char !== undefined && space.test(char)
}

/**
 * The most differences a diff looks for before it gives up: its time grows with the length of
 * the texts times the differences it finds, and two unrelated texts of 200 kB (a wrong file
 * given as the edited copy) ran for over five minutes. Past this, the changed lines, or the
 * whole text, become one edit: coarse, and applying it still gives the edited copy exactly.
 */
export const MAX_DIFF_EDITS = 2_000

/** The most line differences before a whole text is one entry: see rawEdits. */
export const MAX_LINE_DIFF_EDITS = 20_000

/** Word-level changes of `removed` → `added`, in source offsets from `base`. */
function wordEdits(removed: string, added: string, base: number, edits: RawEdit[]): void {
  let offset = base
  let current: RawEdit | undefined
  const changes = diffWordsWithSpace(removed, added, {maxEditLength: MAX_DIFF_EDITS})
  if (!changes) {
    edits.push({start: base, end: base + removed.length, insert: added})
    return
  }
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (current) edits.push(current)
      current = undefined
      offset += change.value.length
      continue
    }
    current ??= {start: offset, end: offset, insert: ''}
    if (change.removed) {
      offset += change.value.length
      current.end = offset
    } else {
      current.insert += change.value
    }
  }
  if (current) edits.push(current)
}

/**
 * Changes in source offsets; consecutive removals and additions form one edit. Lines first,
 * then words within the changed lines only: a word diff of a whole long document is slow
 * (its cost grows with length times differences) and may pair words from unrelated paragraphs.
 */
function rawEdits(source: string, edited: string): RawEdit[] {
  const edits: RawEdit[] = []
  let offset = 0
  let removed = ''
  let added = ''
  const flush = () => {
    if (removed || added) wordEdits(removed, added, offset - removed.length, edits)
    removed = ''
    added = ''
  }
  // Lines are few beside words: many small edits in separate paragraphs may pass 2,000 line
  // differences and still be each its own run. The limit here only stops two unrelated texts.
  const lines = diffLines(source, edited, {maxEditLength: MAX_LINE_DIFF_EDITS})
  if (!lines) {
    wordEdits(source, edited, 0, edits)
    return edits
  }
  for (const change of lines) {
    if (change.removed) {
      removed += change.value
      offset += change.value.length
    } else if (change.added) {
      added += change.value
    } else {
      flush()
      offset += change.value.length
    }
  }
  flush()
  return edits
}

/**
 * The span an edit is recorded with. An insertion removes nothing, but an entry needs a
 * non-empty `exact`, so it takes in the whitespace-delimited word it touches (the previous one
 * first: "seen" + " again" reads better as `seen` → `seen again`).
 */
export function widen(source: string, edit: RawEdit): [number, number] {
  const {start, end} = edit
  if (start < end) return [start, end]
  const at = start
  const before = source[at - 1]
  const after = source[at]
  if (before !== undefined && !isSpace(before)) return [runStart(source, at), at]
  if (after !== undefined && !isSpace(after)) return [at, runEnd(source, at)]
  let previous = at
  while (previous > 0 && isSpace(source[previous - 1])) previous--
  if (previous > 0) return [runStart(source, previous), at]
  let next = at
  while (next < source.length && isSpace(source[next])) next++
  if (next < source.length) return [at, runEnd(source, next)]
  // Nothing but whitespace: take one neighbouring character.
  if (at > 0) return [at - 1, at]
  if (at < source.length) return [at, at + 1]
  throw new Error('cannot record an insertion into an empty text: there is nothing to anchor it to')
}

function runStart(source: string, at: number): number {
  let index = at
  while (index > 0 && !isSpace(source[index - 1])) index--
  return index
}

function runEnd(source: string, at: number): number {
  let index = at
  while (index < source.length && !isSpace(source[index])) index++
  return index
}

function joinGroups(left: Group, right: Group): Group {
  return {start: Math.min(left.start, right.start), end: Math.max(left.end, right.end), edits: [...left.edits, ...right.edits]}
}

/** Two disjoint changes, `left` first, as one; the text between them is kept. */
function join(source: string, left: Change, right: Change): Change {
  return {start: left.start, end: right.end, replacement: left.replacement + source.slice(left.end, right.start) + right.replacement}
}

/** Whitespace that `exact` and `replacement` share at either end is no change: leave it out. */
function trim(source: string, change: Change): Change {
  let {start, end, replacement} = change
  while (end - start > 1 && isSpace(source[end - 1]) && replacement.endsWith(source[end - 1]!)) {
    end--
    replacement = replacement.slice(0, -1)
  }
  while (end - start > 1 && isSpace(source[start]) && replacement.startsWith(source[start]!)) {
    start++
    replacement = replacement.slice(1)
  }
  return {start, end, replacement}
}

const mark = /\p{M}/u

/** Whether `at` falls inside a character: before a combining mark or a low surrogate. */
function insideCluster(source: string, at: number): boolean {
  if (at <= 0 || at >= source.length) return false
  const code = source.charCodeAt(at)
  return mark.test(source[at]!) || (code >= 0xdc00 && code <= 0xdfff && source.charCodeAt(at - 1) >= 0xd800 && source.charCodeAt(at - 1) <= 0xdbff)
}

function clusterStart(source: string, at: number): number {
  let index = at
  while (insideCluster(source, index)) index--
  return index
}

function clusterEnd(source: string, at: number): number {
  let index = at
  while (insideCluster(source, index)) index++
  return index
}

/**
 * A change widened to whole characters: in NFD text a word diff can change the accent alone,
 * and an `exact` that is a lone combining mark never anchors (anchoring compares NFC text).
 */
function toClusters(source: string, change: Change): Change {
  const start = clusterStart(source, change.start)
  const end = clusterEnd(source, change.end)
  if (start === change.start && end === change.end) return change
  return {start, end, replacement: source.slice(start, change.start) + change.replacement + source.slice(change.end, end)}
}

/**
 * Groups edits that overlap, touch, or are separated only by spaces on one line: "eventually
 * seen" → "possibly observed" is one change to a reviewer, not two.
 */
function group(source: string, edits: RawEdit[]): Group[] {
  const groups: Group[] = []
  for (const edit of edits) {
    const [start, end] = widen(source, edit)
    let next: Group = {start, end, edits: [edit]}
    // A widened insertion may reach back over several earlier groups.
    for (let last = groups.at(-1); last; last = groups.at(-1)) {
      const touching = next.start <= last.end || /^[^\S\n]+$/u.test(source.slice(last.end, next.start))
      if (!touching) break
      groups.pop()
      next = joinGroups(last, next)
    }
    groups.push(next)
  }
  return groups
}

/** 0, 1, or 2 meaning "more than once"; overlapping occurrences count. */
function occurrences(source: string, needle: string): number {
  const first = source.indexOf(needle)
  if (first === -1) return 0
  return source.indexOf(needle, first + 1) === -1 ? 1 : 2
}

/** Where a prefix may start: one whole word further left each step, never past `limit`. */
function prefixStops(source: string, start: number, limit: number): number[] {
  const stops = [start]
  let index = start
  while (index > limit) {
    while (index > limit && isSpace(source[index - 1])) index--
    while (index > limit && !isSpace(source[index - 1])) index--
    stops.push(index)
  }
  return stops
}

/** Where a suffix may end: one whole word further right each step, never past `limit`. */
function suffixStops(source: string, end: number, limit: number): number[] {
  const stops = [end]
  let index = end
  while (index < limit) {
    while (index < limit && isSpace(source[index])) index++
    while (index < limit && !isSpace(source[index])) index++
    stops.push(index)
  }
  return stops
}

/**
 * The shortest context (in characters; then fewer words; then more prefix) within
 * `[leftLimit, rightLimit)` that makes the anchor occur exactly once, or undefined when none does.
 * An anchor containing a unique one is unique too, so the shortest suffix that suffices only
 * shrinks as the prefix grows (a binary search below the previous one), and once the prefix
 * alone is longer than the best anchor found, no longer prefix can win.
 */
function shortestContext(
  source: string,
  count: (quote: string) => number,
  start: number,
  end: number,
  leftLimit: number,
  rightLimit: number
): {prefixStart: number; suffixEnd: number} | undefined {
  const prefixes = prefixStops(source, start, leftLimit)
  const suffixes = suffixStops(source, end, rightLimit)
  const unique = (p: number, s: number) => count(source.slice(prefixes[p], suffixes[s])) === 1
  let upper = suffixes.length - 1
  if (!unique(prefixes.length - 1, upper)) return undefined
  let best: {p: number; s: number; length: number} | undefined
  for (let p = 0; p < prefixes.length; p++) {
    const prefixLength = start - prefixes[p]!
    if (best && prefixLength > best.length) break
    if (!unique(p, upper)) continue
    let low = 0
    while (low < upper) {
      const middle = (low + upper) >> 1
      if (unique(p, middle)) upper = middle
      else low = middle + 1
    }
    const length = prefixLength + suffixes[upper]! - end
    if (!best || length < best.length || (length === best.length && p + upper <= best.p + best.s)) {
      best = {p, s: upper, length}
    }
  }
  if (!best) return undefined
  return {prefixStart: prefixes[best.p]!, suffixEnd: suffixes[best.s]!}
}

/**
 * Anchors groups left to right so that no two anchors (context included) overlap: each may
 * reach left only to the previous anchor's end and right only to the next change. A group that
 * cannot be made unique within those bounds is joined with its neighbour, which always ends
 * well: the whole text occurs exactly once.
 */
/**
 * Counts a quote as apply will: it matches quotes in an NFC view of the source, where a source
 * mixing `é` and `e` + U+0301 may hold a quote more often than the raw text does.
 */
function quoteCounter(source: string): (quote: string) => number {
  const view = sourceView(source)
  return view.text === source ? (quote: string) => occurrences(source, quote) : (quote: string) => occurrences(view.text, asViewText(view, quote))
}

/**
 * The shortest `prefix` and `suffix` (whole words) that make `source[start, end)` occur once,
 * anywhere in the text: what `propose` anchors each finding with.
 */
export function uniqueContext(source: string, start: number, end: number): {prefix: string; suffix: string} {
  const context = shortestContext(source, quoteCounter(source), start, end, 0, source.length)
  // The whole text always occurs once; undefined only for a span that is not in it.
  if (!context) throw new Error('internal error: a span of the text has no unique context')
  return {prefix: source.slice(context.prefixStart, start), suffix: source.slice(end, context.suffixEnd)}
}

function anchor(source: string, changes: Change[]): Anchored[] {
  const count = quoteCounter(source)
  const queue = [...changes]
  const done: Anchored[] = []
  let index = 0
  while (index < queue.length) {
    const current = queue[index]!
    const leftLimit = done.at(-1)?.suffixEnd ?? 0
    const rightLimit = queue[index + 1]?.start ?? source.length
    const context = shortestContext(source, count, current.start, current.end, leftLimit, rightLimit)
    if (context) {
      done.push({...current, ...context})
      index++
    } else if (index + 1 < queue.length) {
      queue.splice(index, 2, join(source, current, queue[index + 1]!))
    } else {
      const previous = done.pop()
      if (!previous) throw new Error('internal error: a change spanning the whole text is not unique')
      queue[index] = join(source, previous, current)
    }
  }
  return done
}

/** What `source[group.start, group.end)` becomes once its raw edits are applied. */
function replacementOf(source: string, group: Group): string {
  let result = ''
  let offset = group.start
  for (const edit of [...group.edits].sort((a, b) => a.start - b.start)) {
    result += source.slice(offset, edit.start) + edit.insert
    offset = edit.end
  }
  return result + source.slice(offset, group.end)
}

/** Lower-case ASCII words of `text`, for ids: `Été’s “big” day` → `ete-s-big-day`. */
export function slug(text: string, maxLength = 32): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean)
  let result = ''
  for (const word of words) {
    const next = result ? `${result}-${word}` : word
    if (next.length > maxLength) return result || word.slice(0, maxLength)
    result = next
  }
  return result
}

/** A name for an `exact` with no letters or digits. */
function unnamed(exact: string): string {
  if (exact.includes('\n')) return 'line-break'
  return /^\s+$/u.test(exact) ? 'space' : 'punctuation'
}

function lineOf(source: string, offset: number): number {
  return lineColumn(source, offset).line
}

/**
 * The corrections that turn `source` into `edited`, as `proposed` entries. Every anchor
 * (`prefix + exact + suffix`) occurs exactly once in `source` and no two anchors overlap.
 */
export function recordCorrections(source: string, given: string, options: RecordOptions = {}): Correction[] {
  // A copy saved in another normalisation form is no edit of each accented word.
  const edited = inFormOf(source, given)
  if (source === edited) return []
  const taken = new Set(options.existingIds ?? [])
  const entries: Correction[] = []
  // A source that mixes forms has no one form to put the copy in: a word that only changed
  // form is dropped here, and a real edit keeps the copy's characters, which apply keeps too.
  const edits = rawEdits(source, edited).filter((edit) => source.slice(edit.start, edit.end).normalize('NFC') !== edit.insert.normalize('NFC'))
  const changes = group(source, edits).map((item) =>
    toClusters(source, trim(source, {start: item.start, end: item.end, replacement: replacementOf(source, item)}))
  )
  for (const item of anchor(source, changes)) {
    const exact = source.slice(item.start, item.end)
    const base = `rec-${lineOf(source, item.start)}-${slug(exact) || unnamed(exact)}`
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    // Context cut inside a character would not match the NFC view anchoring searches.
    const prefix = source.slice(clusterStart(source, item.prefixStart), item.start)
    const suffix = source.slice(item.end, clusterEnd(source, item.suffixEnd))
    entries.push({
      id,
      exact,
      ...(prefix ? {prefix} : {}),
      ...(suffix ? {suffix} : {}),
      // Where the quote was: fuzzy re-anchoring prefers the nearest match once the source moves.
      start: item.start,
      replacement: item.replacement,
      status: 'proposed',
      ...(options.note === undefined ? {} : {note: options.note})
    })
  }
  return entries
}
