import {printable} from '../problems/printable.js'
import {scoreText} from '../lint/score.js'
import type {CheckedDocument, CheckProblem} from './problems.js'
import {summaryLine, type CheckSummary} from './summary.js'

/** `path:line:column  severity  message  [rule-id]`; a problem with the whole file has no position. */
export function problemLine(problem: CheckProblem): string {
  const start = problem.place?.start
  const where = start ? `${problem.path}:${start.line}:${start.column}` : problem.path
  return printable(`${where}  ${problem.severity}  ${problem.message}  [${problem.ruleId}]`)
}

/** A section per document (its problems, or `ok`, and its score), then the summary line. */
export function checkPrettyReport(documents: CheckedDocument[], summary: CheckSummary): string {
  const sections = documents.map((document) => {
    const title = document.document ?? document.corrections ?? '(unknown document)'
    const via = document.corrections ? ` (${[document.corrections, document.cleaned].filter(Boolean).join(' -> ')})` : ''
    const lines = document.problems.length > 0 ? document.problems.map((problem) => `  ${problemLine(problem)}`) : ['  ok']
    if (document.score) lines.push(`  ${scoreText(document.score)}`)
    return `${printable(title + via)}\n${lines.join('\n')}\n`
  })
  return [...sections, summaryLine(summary) + '\n'].join('\n')
}
