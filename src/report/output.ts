import path from 'node:path'
import {writeFileAtomic} from '../fs/atomic-write.js'
import {write, type Io} from '../io.js'

/**
 * Where a report goes: stdout, or with `--output FILE` that file, written atomically so a CI
 * step reading it never sees half a report, and an interrupted run leaves the previous one.
 */
export async function emitReport(io: Io, text: string, output: string | undefined): Promise<void> {
  if (output === undefined) {
    write(io.stdout, text)
    return
  }
  await writeFileAtomic(path.resolve(io.cwd, output), text.endsWith('\n') || text === '' ? text : text + '\n')
}
