/**
 * A termbase file that cannot be used. The message is the whole line a user sees:
 * `file:line:column: reason`, so the caller prints it as it is and exits 2.
 */
export class TermbaseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string
  ) {
    super(`${file}:${line}:${column}: invalid termbase: ${detail}`)
  }
}
