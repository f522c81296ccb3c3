import {anchorQuote, describeAnchorFailure, type Anchor} from './anchor.js'
import {asSourceText, lineColumn, sourceView, type SourceView} from './source-view.js'
import type {Correction} from './types.js'

export interface AppliedCorrection {
  id: string
  /** The replaced span in the source. */
  start: number
  end: number
  /** The span the replacement occupies in the output text. */
  outputStart: number
  outputEnd: number
  /** The replacement as written into the output (the source's line breaks and form). */
  replacement: string
  /** Anchored by fuzzy re-anchoring. */
  fuzzy: boolean
}

export type ApplyProblemKind = 'stale' | 'ambiguous' | 'conflict'

export interface ApplyProblem {
  id: string
  kind: ApplyProblemKind
  /** What went wrong and how to fix it; the caller prefixes file, position and entry. */
  message: string
  /** For a conflict: the entry it overlaps, which was kept. */
  otherId?: string
}

/** Where fuzzy re-anchoring found a quote whose exact text was gone. */
export interface FuzzyMove {
  id: string
  /** The new span in the source. */
  start: number
  end: number
  line: number
  column: number
  /** Similarity of the whole quote to what was found, 0..1. */
  similarity: number
  /** Edits (characters inserted, removed or changed) between the quote and what was found. */
  editDistance: number
  /** The text now in `exact`'s place. */
  found: string
  /** Characters between the entry's recorded `start` and the new start; undefined without one. */
  distance?: number
}

export interface ApplyResult {
  text: string
  applied: AppliedCorrection[]
  problems: ApplyProblem[]
  moved: FuzzyMove[]
}

export interface ApplyOptions {
  /** Re-anchor quotes that are gone to their best approximate match. */
  fuzzy?: boolean
  /** How messages name the source, such as `source-text/x.txt`. */
  sourceName?: string
}

export interface AnchoredCorrection {
  correction: Correction
  anchor: Anchor
}

/** Anchors each entry; entries are independent, so every problem is found at once. */
export function anchorCorrections(view: SourceView, corrections: readonly Correction[], options: ApplyOptions = {}): AnchoredCorrection[] {
  return corrections.map((correction) => ({correction, anchor: anchorQuote(view, correction, options)}))
}

/**
 * Applies the approved entries to `source`. Edits are applied in source order and never merged:
 * an entry whose span overlaps an earlier one is reported as a conflict and left out (as
 * ESLint's and textlint's fixers do). Text outside the anchored spans is copied unchanged.
 */
export function applyCorrections(source: string, corrections: Correction[], options: ApplyOptions = {}): ApplyResult {
  const view = sourceView(source)
  const sourceName = options.sourceName ?? 'the source'
  const approved = corrections.filter((correction) => correction.status === 'approved')
  const problems: ApplyProblem[] = []
  const moved: FuzzyMove[] = []
  const spans: {correction: Correction; start: number; end: number; fuzzy: boolean}[] = []

  for (const {correction, anchor} of anchorCorrections(view, approved, options)) {
    if (anchor.kind !== 'found') {
      problems.push({
        id: correction.id,
        kind: anchor.kind === 'ambiguous' ? 'ambiguous' : 'stale',
        message: describeAnchorFailure(view, correction, anchor, sourceName)
      })
      continue
    }
    spans.push({correction, start: anchor.start, end: anchor.end, fuzzy: Boolean(anchor.fuzzy)})
    if (anchor.fuzzy) {
      const {line, column} = lineColumn(source, anchor.start)
      moved.push({
        id: correction.id,
        start: anchor.start,
        end: anchor.end,
        line,
        column,
        similarity: anchor.fuzzy.similarity,
        editDistance: anchor.fuzzy.editDistance,
        found: source.slice(anchor.start, anchor.end),
        ...(correction.start === undefined ? {} : {distance: Math.abs(anchor.start - correction.start)})
      })
    }
  }

  spans.sort((a, b) => a.start - b.start || a.end - b.end)
  const applied: AppliedCorrection[] = []
  let text = ''
  let copied = 0
  let lastKept: (typeof spans)[number] | undefined
  for (const span of spans) {
    if (lastKept && span.start < lastKept.end) {
      const where = lineColumn(source, span.start)
      problems.push({
        id: span.correction.id,
        kind: 'conflict',
        otherId: lastKept.correction.id,
        message: `overlaps entry \`${lastKept.correction.id}\` at line ${where.line} of ${sourceName}; two approved corrections cannot change the same text, so merge them into one entry or reject one`
      })
      continue
    }
    const replacement = asSourceText(view, span.correction.replacement)
    text += source.slice(copied, span.start)
    const outputStart = text.length
    text += replacement
    applied.push({
      id: span.correction.id,
      start: span.start,
      end: span.end,
      outputStart,
      outputEnd: text.length,
      replacement,
      fuzzy: span.fuzzy
    })
    copied = span.end
    lastKept = span
  }
  text += source.slice(copied)
  return {text, applied, problems, moved}
}
