import type {VFile} from 'vfile'
import {anchoredSpans, covers, resolvedByEdits} from '../corrections/suppress.js'
import type {AppliedCorrection} from '../corrections/apply.js'
import type {LoadedCorrections} from '../corrections/load.js'
import {findingSpan, type Finding} from '../lint/postedit.js'
import {severityOf, sortFindings, toJsonMessage} from '../problems/json-message.js'
import type {CheckPlace, CheckProblem, ProblemKind, ReportedProblem} from './problems.js'

function postEditFindings(file: VFile): Finding[] {
  return sortFindings((file.messages as Finding[]).filter((message) => message.source === 'postedit'))
}

function asProblem(kind: ProblemKind, finding: Finding, path: string): CheckProblem {
  return {kind, ...asReported(finding, path)}
}

function asReported(finding: Finding, path: string): ReportedProblem {
  const json = toJsonMessage(finding)
  return {
    severity: severityOf(finding),
    message: finding.reason,
    path,
    ...(json.place ? {place: json.place as CheckPlace} : {}),
    ruleId: json.ruleId ?? 'postedit',
    finding: json
  }
}

/**
 * A linted file's findings as `postedit lint` reports them in SARIF and GitHub annotations:
 * the same shape check's problems have, without a check kind, so both commands share one
 * SARIF builder and one annotation renderer.
 */
export function lintedProblems(file: VFile, path: string): ReportedProblem[] {
  return postEditFindings(file).map((finding) => asReported(finding, path))
}

/**
 * The findings on a source that no reviewer has acted on: those no approved edit rewrites.
 * Findings a rejected entry covers were already dropped by `lintFiles`; a finding under a
 * proposed entry stays unresolved until the entry is approved. Without (valid) corrections,
 * every finding is unresolved.
 */
export function unresolvedFindings(file: VFile, path: string, loaded: LoadedCorrections | undefined): CheckProblem[] {
  const edits = loaded ? anchoredSpans(String(file.value), loaded.data.corrections, ['approved']) : []
  return postEditFindings(file)
    .filter((finding) => !resolvedByEdits(edits, finding))
    .map((finding) => asProblem('unresolved-finding', finding, path))
}

/**
 * The findings on a cleaned text that a correction made or left behind: a correction must not
 * introduce an artifact. A finding away from every edit, on the same text the source has and
 * reported there too, is the source's finding carried over: it is reported once, on the source.
 * A span the reviewer rejected on the source is usually still in the cleaned text, unchanged;
 * where its quote still anchors there, it vouches for the same finding.
 */
export function cleanedFindings(
  file: VFile,
  path: string,
  loaded: LoadedCorrections,
  applied: readonly AppliedCorrection[],
  sourceFindings: readonly Finding[]
): CheckProblem[] {
  const kept = anchoredSpans(String(file.value), loaded.data.corrections, ['rejected'])
  const onSource = new Set(sourceFindings.flatMap((finding) => {
    const span = findingSpan(finding)
    return span ? [`${finding.ruleId}:${span[0]}:${span[1]}`] : []
  }))
  const carriedOver = (finding: Finding) => {
    const span = findingSpan(finding)
    const source = span && sourceSpan(span, applied)
    return source !== undefined && onSource.has(`${finding.ruleId}:${source[0]}:${source[1]}`)
  }
  return postEditFindings(file)
    .filter((finding) => !kept.some((span) => covers(span, finding)) && !carriedOver(finding))
    .map((finding) => asProblem('cleaned-finding', finding, path))
}

/**
 * Where a cleaned-text span was in the source, when no edit touches it (an edit's output that
 * merely borders it counts: a deletion can join two words into a new artifact).
 */
export function sourceSpan([start, end]: [number, number], applied: readonly AppliedCorrection[]): [number, number] | undefined {
  let shift = 0
  for (const edit of applied) {
    if (start <= edit.outputEnd && edit.outputStart <= end) return undefined
    if (edit.outputEnd < start) shift += edit.end - edit.start - (edit.outputEnd - edit.outputStart)
  }
  return [start + shift, end + shift]
}
