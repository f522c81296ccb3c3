import {randomBytes} from 'node:crypto'
import {unlinkSync} from 'node:fs'
import {lstat, mkdir, open, readdir, rename, stat, unlink} from 'node:fs/promises'
import path from 'node:path'
import {readRegularFile} from './read-text.js'
import {isSystemError} from './system-error.js'

/** Temporary files being written now, removed if the process is interrupted. */
const pending = new Set<string>()
let handlersInstalled = false

/**
 * On SIGINT or SIGTERM, remove the temporary files of writes in flight (a `git add` after an
 * interrupted run would otherwise commit them), then die of the same signal as before.
 */
function installSignalHandlers(): void {
  if (handlersInstalled) return
  handlersInstalled = true
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removePendingTemporaries()
      process.kill(process.pid, signal)
    })
  }
}

/** Removes every temporary file still being written; exported for the signal test. */
export function removePendingTemporaries(): void {
  for (const file of pending) {
    try {
      unlinkSync(file)
    } catch {
      // Already renamed or removed.
    }
  }
  pending.clear()
}

/** `.<name>.<pid>.<random>.tmp`, the temporary file name writeFileAtomic uses for `<name>`. */
export function temporaryPattern(name: string): RegExp {
  return new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`)
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as {code?: string}).code === 'EPERM'
  }
}

/** Removes temporaries a killed run (SIGKILL, power loss) left beside `file`. */
async function removeStaleTemporaries(dir: string, name: string): Promise<void> {
  const pattern = temporaryPattern(name)
  const entries = await readdir(dir).catch(() => [] as string[])
  for (const entry of entries) {
    const match = pattern.exec(entry)
    if (match && !alive(Number(match[1]))) await unlink(path.join(dir, entry)).catch(() => undefined)
  }
}

/** Whether `file` is a regular file holding exactly `bytes` (read only when the sizes agree). */
async function holds(file: string, bytes: Buffer): Promise<boolean> {
  const stats = await lstat(file).catch(() => undefined)
  if (!stats?.isFile() || stats.size !== bytes.length) return false
  const existing = await readRegularFile(file, {maxBytes: bytes.length}).catch(() => undefined)
  return existing !== undefined && existing.equals(bytes)
}

/** Whether two files hold the same bytes, read a block at a time: either may be larger than memory allows at once. */
async function sameBytes(written: string, file: string, size: number): Promise<boolean> {
  const stats = await lstat(file).catch(() => undefined)
  if (!stats?.isFile() || stats.size !== size) return false
  const [a, b] = await Promise.all([open(written, 'r'), open(file, 'r')])
  try {
    const block = 1 << 20
    const left = Buffer.alloc(block)
    const right = Buffer.alloc(block)
    for (let position = 0; position < size; position += block) {
      const length = Math.min(block, size - position)
      const [x, y] = await Promise.all([a.read(left, 0, length, position), b.read(right, 0, length, position)])
      if (x.bytesRead !== length || y.bytesRead !== length || !left.subarray(0, length).equals(right.subarray(0, length))) return false
    }
    return true
  } finally {
    await Promise.all([a.close(), b.close()])
  }
}

/**
 * `mkdir -p`, where every error is final. Node 20's recursive mkdir retries a folder forever
 * when its parent exists but the folder cannot be made and says ENOENT, as anywhere in /proc:
 * `lint --cache-location /proc/x` spun at full CPU instead of warning. Node's errors are kept:
 * EEXIST for a file in the place of the folder, ENOTDIR for one in the way above it.
 */
async function makeFolder(dir: string): Promise<void> {
  const exists = async (error: unknown) => (error as {code?: string}).code === 'EEXIST' && (await stat(dir).catch(() => undefined))?.isDirectory() === true
  const parent = path.dirname(dir)
  try {
    await mkdir(dir)
    return
  } catch (error) {
    if (await exists(error)) return
    if ((error as {code?: string}).code !== 'ENOENT' || parent === dir) throw error
  }
  await makeFolder(parent)
  // Once: its parent is there now, so a second ENOENT is the folder's own answer.
  await mkdir(dir).catch(async (error: unknown) => {
    if (!(await exists(error))) throw error
  })
}

export interface WriteOptions {
  /** Runs after the new content is flushed, before the rename: throw to leave `file` as it is. */
  beforeRename?: () => Promise<void>
}

/**
 * Writes `content` to `file` so that readers see either the old file or the new one, never a
 * half-written one: a temporary file in the same folder (same file system, so `rename` is
 * atomic), flushed, then renamed over the target. A file that already holds exactly these
 * bytes is left alone, keeping its mtime: re-running is a no-op. The temporary file is removed
 * on error and on SIGINT/SIGTERM; those a killed run left are removed on the next write.
 * Content given as pieces of text is written a piece at a time, so that it need never be one
 * string (a report can be longer than a string may be), and compared with the file once written.
 * Returns whether the file was written.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array | Iterable<string>, options: WriteOptions = {}): Promise<boolean> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content instanceof Uint8Array ? Buffer.from(content) : undefined
  if (bytes && (await holds(file, bytes))) return false
  const dir = path.dirname(file)
  await makeFolder(dir)
  installSignalHandlers()
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  pending.add(temporary)
  try {
    const handle = await open(temporary, 'wx')
    let size = 0
    try {
      if (bytes) {
        await handle.writeFile(bytes)
      } else {
        // writeFile on a handle writes on from where the last write ended.
        for (const piece of content as Iterable<string>) {
          if (piece === '') continue
          await handle.writeFile(piece, 'utf8')
          size += Buffer.byteLength(piece, 'utf8')
        }
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (!bytes && (await sameBytes(temporary, file, size))) {
      await unlink(temporary)
      return false
    }
    await options.beforeRename?.()
    await rename(temporary, file)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    // Name what the user can fix: the temporary file is postedit's, so the folder it could
    // not be made in, or the file being written; a failed write (a full disk) names none.
    if (isSystemError(error) && (error.path === temporary || error.path === undefined)) {
      error.path = error.path === temporary && error.syscall === 'open' ? dir : file
    }
    throw error
  } finally {
    pending.delete(temporary)
  }
  await removeStaleTemporaries(dir, path.basename(file))
  return true
}
