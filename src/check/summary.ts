import type {Severity} from '../rules/types.js'
import {fails, problemKinds, type CheckedDocument, type ProblemKind} from './problems.js'
import {plural} from '../problems/plural.js'

export interface CheckSummary {
  documents: number
  /** Documents with at least one failing problem. */
  failed: number
  /** Problems by severity, failing or not. */
  severities: Record<Severity, number>
  /** Problems by kind, every kind present (zero when none). */
  kinds: Record<ProblemKind, number>
}

export function summarize(documents: readonly CheckedDocument[], frail: boolean): CheckSummary {
  const severities: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  const kinds = Object.fromEntries(problemKinds.map((kind) => [kind, 0])) as Record<ProblemKind, number>
  let failed = 0
  for (const document of documents) {
    if (document.problems.some((problem) => fails(problem, frail))) failed++
    for (const problem of document.problems) {
      severities[problem.severity]++
      kinds[problem.kind]++
    }
  }
  return {documents: documents.length, failed, severities, kinds}
}

const names: Record<ProblemKind, [string, string]> = {
  'invalid-corrections': ['corrections file error', 'corrections file errors'],
  stale: ['stale correction', 'stale corrections'],
  ambiguous: ['ambiguous correction', 'ambiguous corrections'],
  conflict: ['conflicting correction', 'conflicting corrections'],
  'cleaned-missing': ['missing cleaned file', 'missing cleaned files'],
  'cleaned-outdated': ['out-of-date cleaned file', 'out-of-date cleaned files'],
  'unresolved-finding': ['unresolved finding', 'unresolved findings'],
  'cleaned-finding': ['finding in cleaned text', 'findings in cleaned text'],
  'proposed-correction': ['proposed correction', 'proposed corrections'],
  'max-penalty': ['document above --max-penalty', 'documents above --max-penalty']
}

/** `check: 2 documents, 1 failed: 1 stale correction, 3 unresolved findings` (kinds with none are left out). */
export function summaryLine(summary: CheckSummary): string {
  const counted = problemKinds
    .filter((kind) => summary.kinds[kind] > 0)
    .map((kind) => `${summary.kinds[kind]} ${names[kind][summary.kinds[kind] === 1 ? 0 : 1]}`)
  const documents = plural(summary.documents, 'document')
  return `check: ${documents}, ${summary.failed} failed${counted.length > 0 ? `: ${counted.join(', ')}` : ''}`
}
