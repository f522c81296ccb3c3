import {problemLine, type Problem} from '../problems/file-problem.js'

/**
 * A corrections file that cannot be used: each problem names the file, line and column, the
 * entry, the field and the fix. The message holds every problem as a line, so a caller that
 * prints `error.message` shows them all.
 */
export class CorrectionsError extends Error {
  /** The problems as values, for reporters that place them. */
  readonly items: Problem[]
  /** The same problems rendered as lines (`file:line:column: message; fix`). */
  readonly problems: string[]

  constructor(items: Problem[]) {
    const lines = items.map(problemLine)
    super(lines.join('\n'))
    this.name = 'CorrectionsError'
    this.items = items
    this.problems = lines
  }
}
