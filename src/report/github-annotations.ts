import type {ReportedProblem} from '../problems/problem.js'

/**
 * `postedit check --format github` and `postedit lint --format github`: one GitHub Actions workflow command per problem, which the
 * runner turns into an annotation on the file and line. Escaping follows @actions/core.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const commandOf = {error: 'error', warning: 'warning', info: 'notice'} as const

/** `::error file=path,line=L,col=C,endLine=L2,endColumn=C2,title=rule-id::message` */
export function annotation(problem: ReportedProblem): string {
  const properties: [string, string | number][] = [['file', problem.path]]
  if (problem.place) {
    const {start, end} = problem.place
    properties.push(['line', start.line], ['col', start.column], ['endLine', end.line], ['endColumn', end.column])
  }
  properties.push(['title', problem.ruleId])
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${commandOf[problem.severity]} ${list}::${escapeData(problem.message)}`
}

export function githubAnnotations(problems: readonly ReportedProblem[]): string {
  return [...githubAnnotationLines(problems)].join('')
}

/** The lines of {@link githubAnnotations} one at a time: a million annotations outgrow a string. */
export function* githubAnnotationLines(problems: readonly ReportedProblem[]): Generator<string> {
  for (const problem of problems) yield annotation(problem) + '\n'
}
