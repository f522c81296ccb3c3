import path from 'node:path'
import type {VFile} from 'vfile'
import {findingSpan, type Finding} from '../lint/postedit.js'
import {anchorQuote} from './anchor.js'
import {listCorrectionsFiles} from './documents.js'
import {CorrectionsError} from './errors.js'
import {loadCorrectionsFile, type LoadedCorrections} from './load.js'
import {sourceView} from './source-view.js'
import type {Correction, CorrectionStatus} from './types.js'

export interface AnchoredSpan {
  correction: Correction
  start: number
  end: number
}

/** The spans of the entries with the given statuses that anchor exactly once in `source`. */
export function anchoredSpans(source: string, corrections: readonly Correction[], statuses: readonly CorrectionStatus[]): AnchoredSpan[] {
  const view = sourceView(source)
  const spans: AnchoredSpan[] = []
  for (const correction of corrections) {
    if (!statuses.includes(correction.status)) continue
    const anchor = anchorQuote(view, correction)
    if (anchor.kind === 'found') spans.push({correction, start: anchor.start, end: anchor.end})
  }
  return spans
}

/**
 * Whether an entry speaks for a finding: its span lies inside the entry's, and (for a
 * rejection, which vouches for one rule's finding only) the rule matches. An approved edit
 * rewrites the whole span, so it resolves every finding inside it, whatever rule it names;
 * whether the rewrite is clean is for linting cleaned/ to say.
 */
export function covers(span: AnchoredSpan, message: Finding): boolean {
  const vouchesForOneRule = span.correction.status === 'rejected'
  if (vouchesForOneRule && span.correction.rule !== undefined && span.correction.rule !== message.ruleId) return false
  const found = findingSpan(message)
  return found !== undefined && span.start <= found[0] && found[1] <= span.end
}

/**
 * Whether a reviewer has acted on a finding: an approved edit rewrites part of its span.
 * Editors often fix one artifact with an edit smaller than the flagged span ("time.analysis":
 * the point and the next word, not "time"), so any overlap counts; whether the result is
 * clean is for linting cleaned/ to say.
 */
export function resolvedByEdits(edits: readonly AnchoredSpan[], message: Finding): boolean {
  const found = findingSpan(message)
  if (found === undefined) return false
  const [start, end] = found
  return edits.some((edit) => (start === end ? edit.start <= start && start < edit.end : edit.start < end && start < edit.end))
}

/** The loaded corrections files of `cwd` by the absolute source path they name, and load problems. */
export async function correctionsBySource(cwd: string): Promise<{bySource: Map<string, LoadedCorrections>; problems: string[]}> {
  const bySource = new Map<string, LoadedCorrections>()
  const problems: string[] = []
  for (const file of await listCorrectionsFiles(cwd)) {
    try {
      const loaded = await loadCorrectionsFile(file, cwd)
      if (!bySource.has(loaded.sourcePath)) bySource.set(loaded.sourcePath, loaded)
    } catch (error) {
      if (!(error instanceof CorrectionsError)) throw error
      problems.push(...error.problems)
    }
  }
  return {bySource, problems}
}

/**
 * A rejected entry records that a reviewer judged a flagged span fine: drop the postedit
 * findings inside a rejected entry's span (of its `rule`, when it names one). Returns problem
 * lines for corrections files that cannot be loaded. `preloaded` spares reading the files again
 * when the caller has (`lintFiles` reads them first for the documents' dates).
 */
export async function suppressRejected(
  files: VFile[],
  cwd: string,
  preloaded?: {bySource: Map<string, LoadedCorrections>; problems: string[]}
): Promise<string[]> {
  const {bySource, problems} = preloaded ?? (await correctionsBySource(cwd))
  if (bySource.size === 0) return problems
  for (const file of files) {
    const loaded = bySource.get(path.resolve(file.cwd ?? cwd, file.path ?? ''))
    if (!loaded) continue
    const spans = anchoredSpans(String(file.value), loaded.data.corrections, ['rejected'])
    if (spans.length === 0) continue
    file.messages = file.messages.filter(
      (message) => message.source !== 'postedit' || !spans.some((span) => covers(span, message as Finding))
    )
  }
  return problems
}
