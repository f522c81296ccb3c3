import type {CorrectedDocument} from '../corrections/documents.js'
import type {LoadedCorrections} from '../corrections/load.js'
import {problemText} from '../problems/file-problem.js'
import {checkRuleIds, point, type CheckPlace, type CheckProblem} from './problems.js'

/**
 * Where a field of entry `index` is written in its corrections file, start to end. The offsets
 * count from the start of the YAML text (after a byte-order mark, which the loader drops).
 */
export function entryPlace(loaded: LoadedCorrections, index: number, field: string): CheckPlace {
  const node = (loaded.document.getIn(['corrections', index, field], true) ??
    loaded.document.getIn(['corrections', index], true)) as {range?: [number, number, number]} | undefined
  const [start, end] = node?.range ?? [0, 0]
  const at = (offset: number) => {
    const {line, col} = loaded.lineCounter.linePos(offset)
    return point(line, col, offset)
  }
  return {start: at(start), end: at(end)}
}

// anchor.ts suggests `--fuzzy` to a user of apply; check never re-anchors, and re-anchoring
// does not rewrite the quote, so a check run after `apply --fuzzy` would fail the same way.
const fuzzyHint = '; rerun with --fuzzy to apply it'
const checkFuzzyHint =
  '; `postedit check` does not re-anchor: run `postedit apply --fuzzy`, review where it lands, then set `exact` to the text there'

/**
 * The problems of a document's corrections: a file that cannot be used (or whose source cannot
 * be read), an approved entry that no longer anchors exactly once or overlaps another, and
 * entries still proposed.
 */
export function correctionsProblems(document: CorrectedDocument): CheckProblem[] {
  const {loaded, result} = document
  const problems: CheckProblem[] = []
  if (loaded && result) {
    const indexOf = new Map(loaded.data.corrections.map((entry, index) => [entry.id, index]))
    for (const problem of result.problems) {
      const index = indexOf.get(problem.id) ?? 0
      const message = problem.message.endsWith(fuzzyHint) ? problem.message.slice(0, -fuzzyHint.length) + checkFuzzyHint : problem.message
      problems.push({
        kind: problem.kind,
        severity: 'error',
        message: `entry \`${problem.id}\`: ${message}`,
        path: loaded.displayPath,
        place: entryPlace(loaded, index, 'exact'),
        ruleId: checkRuleIds[problem.kind],
        correctionId: problem.id
      })
    }
  }
  for (const problem of document.problems) {
    // An entry that does not anchor is reported above, spanning its quote.
    if (problem.kind === 'stale' || problem.kind === 'ambiguous' || problem.kind === 'conflict') continue
    const at = problem.line === undefined ? undefined : point(problem.line, problem.column ?? 1)
    problems.push({
      kind: 'invalid-corrections',
      severity: 'error',
      message: problemText(problem),
      path: problem.file,
      ...(at ? {place: {start: at, end: at}} : {}),
      ruleId: checkRuleIds['invalid-corrections']
    })
  }
  if (loaded) {
    loaded.data.corrections.forEach((entry, index) => {
      if (entry.status !== 'proposed') return
      problems.push({
        kind: 'proposed-correction',
        severity: 'warning',
        message: `entry \`${entry.id}\`: proposed, not reviewed yet; approve it (with \`reviewer\` and \`reviewed\`) or reject it`,
        path: loaded.displayPath,
        place: entryPlace(loaded, index, 'status'),
        ruleId: checkRuleIds['proposed-correction'],
        correctionId: entry.id
      })
    })
  }
  return problems
}
