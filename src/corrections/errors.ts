/**
 * A corrections file that cannot be used: each problem is one line naming the file, line and
 * column, the entry, the field and the fix. The message holds every line, so a caller that
 * prints `error.message` shows them all.
 */
export class CorrectionsError extends Error {
  readonly problems: string[]

  constructor(problems: string[]) {
    super(problems.join('\n'))
    this.name = 'CorrectionsError'
    this.problems = problems
  }
}
