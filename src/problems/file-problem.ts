import {printable} from './printable.js'
import type {ProblemKind} from './problem.js'

/**
 * A problem with an input file, as a value: where it is (the file, and the line and column
 * when the fault is inside it), what kind it is, what is wrong and the fix. Loaders and
 * validators produce these; reporters render them (`problemLine` for stderr, the fields for
 * JSON, SARIF and annotations), so nothing parses a rendered line back.
 */
/**
 * The check kinds (the JSON contract of problem.ts), and what stops a run before there is a
 * document to check: a file postedit cannot write, a text it cannot read, a config it cannot
 * use, a path it will not lint (a link out of the project, an ignored file named).
 */
export type FileProblemKind = ProblemKind | 'unwritable' | 'unreadable-text' | 'invalid-config' | 'refused-path'

export interface Problem {
  /** The file, relative to the cwd with forward slashes, as messages print it. */
  file: string
  /** 1-based; absent when the problem is the whole file. */
  line?: number
  /** 1-based; present exactly when `line` is. */
  column?: number
  kind: FileProblemKind
  /** What is wrong, starting with the entry it concerns (``entry `id`: ``) if any. */
  message: string
  /** What to do about it, when the message does not already say so. */
  fix?: string
  /** The corrections entry concerned. */
  correctionId?: string
}

/** `corrections/a.yml:3:5` or `corrections/a.yml`. */
export function problemWhere(problem: Pick<Problem, 'file' | 'line' | 'column'>): string {
  return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`
}

/** The message and its fix: what follows the place in a rendered line. */
export function problemText(problem: Pick<Problem, 'message' | 'fix'>): string {
  return problem.fix === undefined ? problem.message : `${problem.message}; ${problem.fix}`
}

/** `file:line:column: message; fix`, the one line a command prints for the problem. */
export function problemLine(problem: Problem): string {
  return printable(`${problemWhere(problem)}: ${problemText(problem)}`)
}

/**
 * Problems once each (as their lines read) in order of place, a problem of the whole file
 * first; the sort is stable, so problems at one place keep the order they were found in.
 */
export function byPlace(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>()
  const unique = problems.filter((problem) => {
    const line = problemLine(problem)
    if (seen.has(line)) return false
    seen.add(line)
    return true
  })
  const key = (problem: Problem) => (problem.line ?? 0) * 1e6 + (problem.column ?? 0)
  return unique.sort((a, b) => key(a) - key(b))
}

/** A file that cannot be read as text (`ReadTextError` of fs/read-text.ts) as a problem. */
export function readProblem(
  error: {file: string; reason: string; fix: string; line?: number; column?: number},
  kind: FileProblemKind
): Problem {
  return {file: error.file, ...(error.line === undefined ? {} : {line: error.line, column: error.column ?? 1}), kind, message: error.reason, fix: error.fix}
}
