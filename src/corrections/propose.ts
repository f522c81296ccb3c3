/**
 * Turns lint findings that carry exactly one suggestion (a safe fix; `[""]` deletes) into
 * `proposed` entries, anchored with the shortest context that makes each quote unique, for a
 * reviewer to approve or reject. Findings with several candidates (false friends, calques) or
 * none stay for a person to fix.
 */
import {findingSpan, type Finding} from '../lint/postedit.js'
import {anchorQuote} from './anchor.js'
import {slug, uniqueContext, widen} from './record.js'
import {lineColumn, sourceView} from './source-view.js'
import type {Correction, CorrectionSeverity} from './types.js'

/**
 * Lint severity to MQM severity. An error-level finding damages meaning or reads as plainly
 * broken (major); a warning or info one is a blemish a reader gets past (minor). No rule
 * claims critical: that takes a human judging the stakes of the text.
 */
export const mqmSeverity: Record<'error' | 'warning' | 'info', CorrectionSeverity> = {
  error: 'major',
  warning: 'minor',
  info: 'minor'
}

export interface Proposal {
  /** New entries, in source order. */
  entries: Correction[]
  /** Safe fixes an entry already makes (same span and replacement, whatever its status). */
  present: Correction[]
  /** Safe fixes left out because their span overlaps an entry (existing or just proposed). */
  overlapping: Finding[]
  /** Findings without one safe suggestion: for a person to fix. */
  unsafe: Finding[]
}

function severityOf(finding: Finding): 'error' | 'warning' | 'info' {
  return finding.fatal === true ? 'error' : finding.fatal === false ? 'warning' : 'info'
}

interface Span {
  start: number
  end: number
}

const overlap = (a: Span, b: Span) => (a.start === a.end || b.start === b.end ? a.start <= b.end && b.start <= a.end : a.start < b.end && b.start < a.end)

/** The entries one lint run's findings on `source` propose, given the entries already there. */
export function proposeCorrections(source: string, findings: readonly Finding[], existing: readonly Correction[]): Proposal {
  const view = sourceView(source)
  const anchored = existing.flatMap((correction) => {
    const anchor = anchorQuote(view, correction)
    return anchor.kind === 'found' ? [{correction, start: anchor.start, end: anchor.end}] : []
  })
  const taken = new Set(existing.map((correction) => correction.id))
  const proposal: Proposal = {entries: [], present: [], overlapping: [], unsafe: []}
  const claimed: Span[] = []
  const ordered = [...findings]
    .map((finding) => ({finding, span: findingSpan(finding)}))
    .sort((a, b) => (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0) || (a.span?.[1] ?? 0) - (b.span?.[1] ?? 0))
  for (const {finding, span} of ordered) {
    const expected = finding.expected
    if (!span || !Array.isArray(expected) || expected.length !== 1 || typeof expected[0] !== 'string') {
      proposal.unsafe.push(finding)
      continue
    }
    // An insertion takes in the word it touches: an entry quotes text that is there.
    const [start, end] = widen(source, {start: span[0], end: span[1], insert: expected[0]})
    const replacement = source.slice(start, span[0]) + expected[0] + source.slice(span[1], end)
    const same = anchored.find((item) => item.start === start && item.end === end && item.correction.replacement === replacement)
    if (same) {
      proposal.present.push(same.correction)
      continue
    }
    // A rejected entry applies nothing, so it cannot conflict; lint already dropped the
    // findings it vouches for.
    const live = anchored.filter((item) => item.correction.status !== 'rejected')
    if (live.some((item) => overlap(item, {start, end})) || claimed.some((item) => overlap(item, {start, end}))) {
      proposal.overlapping.push(finding)
      continue
    }
    claimed.push({start, end})
    const exact = source.slice(start, end)
    const rule = finding.ruleId ?? 'postedit'
    const at = lineColumn(source, start)
    const name = slug(exact) || slug(replacement) || `at-${at.line}-${at.column}`
    let id = `${rule}-${name}`
    for (let n = 2; taken.has(id); n++) id = `${rule}-${name}-${n}`
    taken.add(id)
    const {prefix, suffix} = uniqueContext(source, start, end)
    proposal.entries.push({
      id,
      exact,
      ...(prefix ? {prefix} : {}),
      ...(suffix ? {suffix} : {}),
      start,
      replacement,
      status: 'proposed',
      rule,
      ...(finding.category ? {category: finding.category} : {}),
      severity: mqmSeverity[severityOf(finding)],
      note: finding.reason
    })
  }
  return proposal
}
