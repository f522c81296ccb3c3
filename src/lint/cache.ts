import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeFileAtomic} from '../fs/atomic-write.js'
import {readTextFile} from '../fs/read-text.js'
import {packageVersion} from '../package-version.js'
import type {LintedRecord} from './linted-record.js'

/**
 * `--cache`: the findings of each file, kept with what produced them: the hash of the file's
 * text, of its configuration, and of the engine (postedit's version and the code and data of
 * the rules and of the lint pipeline, so a rule edited in a checkout counts as a new engine).
 * A file whose three hashes are unchanged is not parsed again; its findings are replayed as
 * recorded. textlint's content-hash cache is the model: modification times lie after a git
 * checkout, contents do not.
 */
interface CacheEntry {
  content: string
  config: string
  record: LintedRecord
}

interface CacheFile {
  engine: string
  files: Record<string, CacheEntry>
}

export const CACHE_FILE = 'lint.json'

/** Where the cache lives unless `--cache-location` says: under node_modules/.cache when there is one. */
export function defaultCacheLocation(cwd: string): string {
  return existsSync(path.join(cwd, 'node_modules')) ? path.join(cwd, 'node_modules', '.cache', 'postedit') : path.join(cwd, '.postedit-cache')
}

export const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex')

async function hashTree(hash: ReturnType<typeof createHash>, folder: string): Promise<void> {
  const entries = await readdir(folder, {withFileTypes: true}).catch(() => [])
  entries.sort((a, b) => (a.name < b.name ? -1 : 1))
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) await hashTree(hash, full)
    else if (entry.isFile() && !entry.name.endsWith('.map') && !entry.name.endsWith('.d.ts')) {
      hash.update(entry.name).update(await readFile(full))
    }
  }
}

let engine: Promise<string> | undefined

/** The engine's fingerprint: version, and the code of src/rules and src/lint as they run (dist/ or src/). */
export function engineHash(): Promise<string> {
  engine ??= (async () => {
    const here = path.dirname(fileURLToPath(import.meta.url))
    const hash = createHash('sha256').update(packageVersion())
    for (const folder of ['rules', 'lint']) await hashTree(hash, path.join(here, '..', folder))
    return hash.digest('hex')
  })()
  return engine
}

/** Far above the cache of any corpus measured (5 MB of text: 3 MB of cache). */
const CACHE_MAX_BYTES = 512 * 1024 * 1024

export class LintCache {
  private changed = false

  private constructor(
    /** The cache file, absolute. */
    readonly file: string,
    private readonly data: CacheFile
  ) {}

  /** Opens the cache in `location`; an unreadable or foreign cache file is started afresh. */
  static async open(location: string): Promise<LintCache> {
    const file = path.join(location, CACHE_FILE)
    const engine = await engineHash()
    let data: CacheFile = {engine, files: {}}
    try {
      // Read as any untrusted file: `.postedit-cache` sits in the checkout, where a link to
      // /dev/zero or a huge file would otherwise be read until memory runs out.
      const read = JSON.parse(await readTextFile(file, {maxBytes: CACHE_MAX_BYTES})) as CacheFile
      if (read && read.engine === engine && read.files && typeof read.files === 'object') data = read
    } catch {
      // No cache yet, or one cut short: lint everything.
    }
    return new LintCache(file, data)
  }

  lookup(key: string, content: string, config: string): LintedRecord | undefined {
    const entry = Object.hasOwn(this.data.files, key) ? this.data.files[key] : undefined
    return entry && entry.content === content && entry.config === config ? entry.record : undefined
  }

  store(key: string, content: string, config: string, record: LintedRecord): void {
    this.data.files[key] = {content, config, record}
    this.changed = true
  }

  /** Writes the cache atomically (a reader never sees half of it), when anything changed. */
  async save(): Promise<void> {
    if (this.changed) await writeFileAtomic(this.file, JSON.stringify(this.data))
  }
}
