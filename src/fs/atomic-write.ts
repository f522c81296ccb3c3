import {randomBytes} from 'node:crypto'
import {mkdir, open, readFile, rename, unlink} from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes `content` to `file` so that readers see either the old file or the new one, never a
 * half-written one: a temporary file in the same folder (same file system, so `rename` is
 * atomic), flushed, then renamed over the target. A file that already holds exactly these
 * bytes is left alone, keeping its mtime: re-running is a no-op.
 * Returns whether the file was written.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<boolean> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
  const existing = await readFile(file).catch(() => undefined)
  if (existing && existing.equals(bytes)) return false
  const dir = path.dirname(file)
  await mkdir(dir, {recursive: true})
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    const handle = await open(temporary, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, file)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
  return true
}
