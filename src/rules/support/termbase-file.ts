/**
 * Reads a user's termbase file by its extension: `.tbx` (or `.xml`) as TermBase eXchange,
 * `.yml`/`.yaml` as postedit's YAML. unified-engine attaches the rules anew for every linted
 * file, so a termbase is read once per process and kept by path and modification time.
 */
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {TermbaseError} from './termbase-error.js'
import type {TermEntry} from './termbase.js'
import {parseTbxTermbase} from './termbase-tbx.js'
import {parseYamlTermbase} from './termbase-yaml.js'

/** 64 MiB: a large TBX export of a few hundred thousand concepts, far below what would exhaust memory. */
export const TERMBASE_MAX_BYTES = 64 * 1024 * 1024

const cache = new Map<string, {mtime: number; entries: TermEntry[]}>()

/** The entries of the termbase at `absolute`; `shown` is the path errors name. */
export function readTermbase(absolute: string, shown: string = absolute): TermEntry[] {
  const extension = path.extname(absolute).toLowerCase()
  const parse = extension === '.tbx' || extension === '.xml' ? parseTbxTermbase : extension === '.yml' || extension === '.yaml' ? parseYamlTermbase : undefined
  if (!parse) throw new TermbaseError(shown, 1, 1, `unknown termbase format \`${extension || path.basename(absolute)}\`, expected a .tbx, .yml or .yaml file`)
  let mtime: number
  let text: string
  try {
    const stats = statSync(absolute)
    // A pull request can add a termbase: read a regular file of bounded size, never a FIFO
    // (which would block) or a file that would fill memory.
    if (!stats.isFile()) throw new TermbaseError(shown, 1, 1, 'not a regular file; `termbases` names .tbx, .yml or .yaml files')
    if (stats.size > TERMBASE_MAX_BYTES) {
      throw new TermbaseError(shown, 1, 1, `is ${stats.size} bytes, more than the limit of ${TERMBASE_MAX_BYTES} for a termbase; split it into several files`)
    }
    mtime = stats.mtimeMs
    const cached = cache.get(absolute)
    if (cached && cached.mtime === mtime) return cached.entries
    text = readFileSync(absolute, 'utf8')
  } catch (error) {
    if (error instanceof TermbaseError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new TermbaseError(shown, 1, 1, code === 'ENOENT' ? 'no such file; fix the path in `termbases`' : `cannot read the file (${code ?? String(error)})`)
  }
  const entries = parse(text.replace(/^\uFEFF/, ''), shown)
  cache.set(absolute, {mtime, entries})
  return entries
}
