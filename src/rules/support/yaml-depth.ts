/**
 * The YAML parser descends lists and maps by recursion: nested thousands deep (a pull request's
 * `[[[[…`), its own call stack runs out, and it records that as its first syntax error,
 * "Maximum call stack size exceeded", at the point it reached. That is no typo to fix there;
 * config files and YAML termbases say what it is instead.
 */
export function isNestedTooDeep(error: {message: string}): boolean {
  // The first line only: the lines after it quote the source, which may say "call stack".
  return /^Maximum call stack size exceeded\b/.test(error.message.split('\n', 1)[0]!)
}

/** What to say about it; `kind` is what the file is, `config` or `termbase`. */
export function nestedTooDeep(kind: string): string {
  return `lists or maps nested too deep; a ${kind} nests a few levels`
}
