/**
 * The problems `postedit check` reports and the SARIF and GitHub reporters render, as data:
 * a module below both check/ and report/, so neither imports the other.
 */
import type {JsonMessage, JsonPoint} from './json-message.js'
import type {Score} from '../lint/score.js'
import type {Severity} from '../rules/types.js'

/**
 * What `postedit check` can find wrong with a document. The names are part of the JSON
 * contract (see report-json.ts): add kinds, never rename them.
 */
export type ProblemKind =
  | 'invalid-corrections'
  | 'stale'
  | 'ambiguous'
  | 'conflict'
  | 'cleaned-missing'
  | 'cleaned-outdated'
  | 'unresolved-finding'
  | 'cleaned-finding'
  | 'proposed-correction'
  | 'max-penalty'

/** Every kind, in the order summaries list them. */
export const problemKinds: readonly ProblemKind[] = [
  'invalid-corrections',
  'stale',
  'ambiguous',
  'conflict',
  'cleaned-missing',
  'cleaned-outdated',
  'unresolved-finding',
  'cleaned-finding',
  'proposed-correction',
  'max-penalty'
]

export interface CheckPlace {
  start: JsonPoint
  end: JsonPoint
}

export interface CheckProblem {
  kind: ProblemKind
  severity: Severity
  /** What is wrong and the fix; for a lint finding, its reason. */
  message: string
  /** The file the problem is in, relative to the cwd with forward slashes. */
  path: string
  /** Where in `path`; absent when the problem is the whole file (a missing cleaned file). */
  place?: CheckPlace
  /** The lint rule of a finding, or a `postedit/…` id for the other kinds. */
  ruleId: string
  /** The corrections entry concerned. */
  correctionId?: string
  /** The lint finding itself, in the `lint --format json` contract. */
  finding?: JsonMessage
}

export interface CheckedDocument {
  /** The source, relative to the cwd; null when an unreadable corrections file hides it. */
  document: string | null
  /** Its corrections file, or null when it has none. */
  corrections: string | null
  /** The cleaned file apply writes for it, or null without (valid) corrections. */
  cleaned: string | null
  /**
   * The MQM score of the text as it stands after review: its unresolved findings and the
   * cleaned text's own, over the source's words; null when the source could not be read.
   */
  score: Score | null
  problems: CheckProblem[]
}

/**
 * What a SARIF log or a GitHub annotation is made from: a check problem, or a bare lint
 * finding (`postedit lint`), which has no check kind.
 */
export type ReportedProblem = Omit<CheckProblem, 'kind'> & {kind?: ProblemKind}

/** The rule ids of the problems that are not lint findings (SARIF lists them as rules). */
export const checkRuleIds = {
  'invalid-corrections': 'postedit/invalid-corrections',
  stale: 'postedit/stale-correction',
  ambiguous: 'postedit/ambiguous-correction',
  conflict: 'postedit/conflicting-correction',
  'cleaned-missing': 'postedit/cleaned-missing',
  'cleaned-outdated': 'postedit/cleaned-outdated',
  'proposed-correction': 'postedit/proposed-correction',
  'max-penalty': 'postedit/max-penalty'
} as const satisfies Partial<Record<ProblemKind, string>>

/**
 * Which problems fail the check: errors always, warnings only with `--frail`, info never.
 * Every kind but the lint findings (which keep their rule's severity) and proposed entries
 * (warnings: pending review) is an error.
 */
export function fails(problem: Pick<CheckProblem, 'severity'>, frail: boolean): boolean {
  return problem.severity === 'error' || (frail && problem.severity === 'warning')
}

/** A point from line and column alone (a YAML position whose offset is not needed). */
export function point(line: number, column: number, offset: number | null = null): JsonPoint {
  return {line, column, offset}
}

/** Problems in reading order: by file, then position, then kind and rule, so output is byte-stable. */
export function sortProblems(problems: readonly CheckProblem[]): CheckProblem[] {
  const position = (problem: CheckProblem) => {
    const start = problem.place?.start
    return start ? start.line * 1e7 + start.column : -1
  }
  return [...problems].sort(
    (a, b) =>
      compare(a.path, b.path) ||
      position(a) - position(b) ||
      problemKinds.indexOf(a.kind) - problemKinds.indexOf(b.kind) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.message, b.message)
  )
}

/** Code-unit order, not the locale's: the same bytes on every machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
