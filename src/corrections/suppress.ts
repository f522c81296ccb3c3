import path from 'node:path'
import type {VFile} from 'vfile'
import {findingSpan, type Finding} from '../lint/postedit.js'
import type {Problem} from '../problems/file-problem.js'
import {anchorQuote} from './anchor.js'
import {correctDocument, listCorrectionsFiles, type CorrectedDocument} from './documents.js'
import type {LoadedCorrections} from './load.js'
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

/**
 * A rejected entry records that a reviewer judged a flagged span fine: the findings without
 * those inside a rejected entry's span (of its `rule`, when it names one). A pure filter over
 * one text's findings, as textlint's filter-ignored-process is: the commands apply it after
 * linting, so linting itself never reads corrections.
 */
export function withoutRejected<M extends {source?: string | null | undefined}>(messages: readonly M[], text: string, corrections: readonly Correction[]): M[] {
  const spans = anchoredSpans(text, corrections, ['rejected'])
  if (spans.length === 0) return [...messages]
  return messages.filter((message) => message.source !== 'postedit' || !spans.some((span) => covers(span, message as unknown as Finding)))
}

/** The corrections of the documents a command linted, by absolute source path, and their problems. */
export interface LintedCorrections {
  bySource: Map<string, LoadedCorrections>
  /** Problems of corrections files that name one of the linted files (others are not this run's business). */
  problems: Problem[]
}

/** The corrections files of the project (or `files` of them), loaded and validated once (their sources not read). */
export async function loadCorrectionsDocuments(cwd: string, options: {maxBytes?: number} = {}, files?: readonly string[]): Promise<CorrectedDocument[]> {
  const documents: CorrectedDocument[] = []
  for (const file of files ?? (await listCorrectionsFiles(cwd))) documents.push(await correctDocument(file, cwd, {...options, readSource: false}))
  return documents
}

/**
 * The corrections of the documents that name one of `sources` (absolute paths). A broken file
 * that names none of them, or whose YAML does not get as far as naming one, is left for the
 * commands that read it: `lint a.txt` is not stopped by a broken corrections/b.yml.
 */
export function correctionsAmong(documents: readonly CorrectedDocument[], sources: ReadonlySet<string>): LintedCorrections {
  const bySource = new Map<string, LoadedCorrections>()
  const problems: Problem[] = []
  for (const document of documents) {
    if (!document.sourcePath || !sources.has(document.sourcePath)) continue
    if (document.loaded && document.problems.length === 0) {
      if (!bySource.has(document.sourcePath)) bySource.set(document.sourcePath, document.loaded)
    } else {
      for (const problem of document.problems) problems.push(problem)
    }
  }
  return {bySource, problems}
}

/** Loads the corrections files that name one of `sources` (absolute paths); see correctionsAmong. */
export async function correctionsFor(sources: ReadonlySet<string>, cwd: string, options: {maxBytes?: number} = {}): Promise<LintedCorrections> {
  if (sources.size === 0) return {bySource: new Map(), problems: []}
  return correctionsAmong(await loadCorrectionsDocuments(cwd, options), sources)
}

/**
 * The day each linted text speaks from: `date` (`--date`) when given, else the `published`
 * of the corrections file of its source, which its cleaned text shares.
 */
export function documentDates(documents: readonly CorrectedDocument[], cwd: string, date?: string): (file: VFile) => string | undefined {
  const published = new Map<string, string>()
  for (const document of documents) {
    const day = document.loaded?.data.published
    if (day === undefined || !document.sourcePath) continue
    published.set(document.sourcePath, day)
    if (document.cleanedPath) published.set(document.cleanedPath, day)
  }
  return (file) => date ?? published.get(path.resolve(file.cwd ?? cwd, file.path ?? ''))
}

/**
 * Drops the findings of rejected spans from linted files, in place, with the corrections that
 * name them (of `documents` when the command has loaded them already); returns the problems of
 * those corrections files (a broken one stops only its own document).
 */
export async function suppressRejected(
  files: VFile[],
  cwd: string,
  options: {maxBytes?: number} = {},
  documents?: readonly CorrectedDocument[]
): Promise<Problem[]> {
  const absolute = (file: VFile) => path.resolve(file.cwd ?? cwd, file.path ?? '')
  const sources = new Set(files.map(absolute))
  const {bySource, problems} = documents ? correctionsAmong(documents, sources) : await correctionsFor(sources, cwd, options)
  for (const file of files) {
    const loaded = bySource.get(absolute(file))
    if (loaded) file.messages = withoutRejected(file.messages, String(file.value), loaded.data.corrections)
  }
  return problems
}

/**
 * Drops, in place, the findings of rejected spans from linted files, using the documents'
 * corrections (already loaded: one model per command). Files without a usable corrections
 * file keep every finding; a broken file's own problems say why.
 */
export function dropRejected(files: VFile[], documents: readonly CorrectedDocument[], cwd: string): void {
  const bySource = new Map<string, LoadedCorrections>()
  for (const document of documents) if (document.loaded && document.sourcePath && !bySource.has(document.sourcePath)) bySource.set(document.sourcePath, document.loaded)
  for (const file of files) {
    const loaded = bySource.get(path.resolve(file.cwd ?? cwd, file.path ?? ''))
    if (loaded) file.messages = withoutRejected(file.messages, String(file.value), loaded.data.corrections)
  }
}
