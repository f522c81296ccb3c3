import {once} from 'node:events'
import path from 'node:path'
import {writeFileAtomic} from '../fs/atomic-write.js'
import type {Io} from '../io.js'

/** The size of the pieces a report is written in: few enough writes, and no string of note. */
export const REPORT_PIECE = 64 * 1024

/**
 * Where a report goes: stdout, or with `--output FILE` that file, written atomically so a CI
 * step reading it never sees half a report, and an interrupted run leaves the previous one.
 * A report given in pieces (JSON, SARIF, annotations) is written as they come, never joined
 * into one string: a million findings make a report longer than a string can be. A report
 * that does not end with a line break gets one.
 */
export async function emitReport(io: Io, report: string | Iterable<string>, output: string | undefined): Promise<void> {
  const pieces = batched(endingLine(typeof report === 'string' ? [report] : report))
  if (output !== undefined) {
    await writeFileAtomic(path.resolve(io.cwd, output), pieces)
    return
  }
  for (const piece of pieces) {
    // A reader slower than the report (a pipe to a CI log) is waited for, not buffered for.
    if (!io.stdout.write(piece)) await once(io.stdout, 'drain')
  }
}

function* endingLine(pieces: Iterable<string>): Generator<string> {
  let last = ''
  for (const piece of pieces) {
    if (piece === '') continue
    last = piece
    yield piece
  }
  if (last !== '' && !last.endsWith('\n')) yield '\n'
}

/** Small pieces joined into pieces of about {@link REPORT_PIECE} characters. */
export function* batched(pieces: Iterable<string>, size = REPORT_PIECE): Generator<string> {
  let buffer: string[] = []
  let length = 0
  for (const piece of pieces) {
    buffer.push(piece)
    length += piece.length
    if (length >= size) {
      yield buffer.join('')
      buffer = []
      length = 0
    }
  }
  if (length > 0) yield buffer.join('')
}
