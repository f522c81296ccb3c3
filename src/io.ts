import type {Readable, Writable} from 'node:stream'

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string
  stdout: Writable
  stderr: Writable
  /** Colour output (pretty reports, word diffs); defaults to whether stdout is a terminal. */
  color: boolean
  /** Where interactive commands (`review`) read keys; a terminal is read key by key. */
  stdin?: Readable & {isTTY?: boolean; setRawMode?: (mode: boolean) => unknown}
  /** The clock for dates written into files (`reviewed`); tests pass a fixed one. */
  now?: () => Date
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR']
  }
}

/** Exit codes, as the README documents them. */
export const EXIT = {ok: 0, findings: 1, usage: 2} as const

/** A problem with the command line or the files it names: exit 2 with one clear line. */
export class UsageError extends Error {}

export function write(stream: Writable, text: string): void {
  stream.write(text.endsWith('\n') || text === '' ? text : text + '\n')
}
