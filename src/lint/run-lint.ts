import {existsSync, readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {ReadTextError, readTextFile} from '../fs/read-text.js'
import {isSystemError, systemErrorParts} from '../fs/system-error.js'
import {UsageError} from '../io.js'
import {LintCache, hashOf} from './cache.js'
import {checkedDocumentDate} from './document-date.js'
import {ConfigError, ConfigFinder} from './config-files.js'
import {IgnoreFinder, discoverFiles, globCharacters, ignoredWarning} from './discover.js'
import {TextLinter} from './lint-one.js'
import {fileFromRecord, recordOf, type LintedRecord} from './linted-record.js'
import {mapLimited} from './map-limited.js'
import {problemLine, readProblem, type Problem} from '../problems/file-problem.js'
import {Progress, type ProgressStream} from './progress.js'
import type {PosteditSettings} from './settings.js'
import type {ResourceLimits} from 'node:worker_threads'
import {WorkerPool, WorkerStopped} from './worker-pool.js'

export const DEFAULT_SOURCE_DIR = 'source-text'

/** At most this many files are open (or read and waiting to be linted) at a time. */
export const OPEN_FILES = 16

export interface LintRequest {
  cwd: string
  /** Files, folders or globs; none means `source-text/`. */
  paths: string[]
  /** A text read from standard input, linted instead of `paths`. */
  stdin?: StdinText
  /**
   * Worker threads to lint in (`--jobs`). Undefined: as many as the machine has cores, used
   * only when the run is large enough to repay starting them; 1: in this thread.
   */
  jobs?: number | undefined
  /** Reuse the findings of unchanged files (`--cache`), kept in this folder. */
  cacheLocation?: string | undefined
  /** Lint only this share of the sorted files (`--shard 2/3`). */
  shard?: Shard | undefined
  /** Where the progress line of a long run goes (a terminal's stderr); none by default. */
  progress?: ProgressStream | undefined
  /**
   * The day each text speaks from (`YYYY-MM-DD`), for rules that judge dates and offices. The
   * commands give `--date`, or the `published` of the text's corrections file: lint itself
   * reads no corrections.
   */
  documentDate?: ((file: VFile) => string | undefined) | undefined
  /**
   * Called once the files to lint are known (absolute paths, after discovery and `--shard`),
   * before any is read: the command loads what it needs of them there (the corrections that
   * name them, which `documentDate` then reads), and nothing for the files it will not lint.
   */
  beforeLint?: ((files: readonly string[]) => Promise<void>) | undefined
  /**
   * Paths among `paths` that postedit names itself (a corrections file's source, a cleaned
   * text for `check`): linted even when .posteditignore excludes them, since a document must
   * not leave the CI gate by an ignore line.
   */
  unignored?: readonly string[] | undefined
  /**
   * The path whose nearest config lints a file, when it is not the file's own: `check` lints
   * `cleaned/a.txt` with the config of its source, `source-text/a.txt`, since a rule the
   * source's config turns off cannot fail the cleaned text. Absolute paths.
   */
  configFrom?: ((file: string) => string | undefined) | undefined
  /** The worker threads' heap limits (default WORKER_LIMITS); tests set tiny ones to stop them. */
  workerLimits?: ResourceLimits | undefined
}

/** The `index`-th (from 1) of `count` shares of the files. */
export interface Shard {
  index: number
  count: number
}

/** `lint -`: the text, and the path (`--stdin-filename`) that picks its config, format and report name. */
export interface StdinText {
  value: string
  /** Relative to `cwd`; the file need not exist. Default `<stdin>`, plain text. */
  path?: string | undefined
}

/** The name a text from standard input goes by when it is given none. */
export const STDIN_NAME = '<stdin>'

export interface LintResult {
  /** The files that were linted, with their findings as messages. */
  files: VFile[]
  /**
   * Problems that stopped a file from being linted (unreadable file, bad config), with file,
   * line and column where known. Any of these means exit 2.
   */
  problems: Problem[]
  /**
   * What went wrong without touching any finding: a file named outright, or standard input
   * named by `--stdin-filename`, that .posteditignore excludes (not linted), a cache that
   * could not be saved (the next run lints every file again). Said on stderr; the exit is the
   * findings'.
   */
  warnings: Problem[]
}

function checkPathsExist(paths: string[], cwd: string): void {
  for (const given of paths) {
    if (globCharacters.test(given)) continue
    if (!existsSync(path.resolve(cwd, given))) {
      throw new UsageError(`no such file or folder: \`${given}\``)
    }
  }
}

const shown = (cwd: string, file: string) => path.relative(cwd, file).split(path.sep).join('/')

/** The files of one shard: contiguous in sorted order, so the shards' reports concatenate to the whole. */
export function shardOf<T>(files: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...files]
  const start = Math.floor(((shard.index - 1) * files.length) / shard.count)
  const end = Math.floor((shard.index * files.length) / shard.count)
  return files.slice(start, end)
}

/** One file to lint, once it is read and its config known. */
interface Job {
  file: string
  value: string
  settings: PosteditSettings | undefined
  /** The document's date, as `documentDate` gives it. */
  date: string | undefined
}

/**
 * Lints files, folders and globs (or standard input) as `postedit lint` does: find the
 * files, read each (regular UTF-8 files under the size limit only), lint it with its nearest
 * config and keep only its findings, a bounded number of files at a time, in the order of
 * their sorted paths whatever the number of threads.
 */
export async function lintFiles(request: LintRequest): Promise<LintResult> {
  const {cwd} = request
  const paths = request.paths.length > 0 ? request.paths : [DEFAULT_SOURCE_DIR]
  if (!request.stdin && request.paths.length === 0 && !existsSync(path.resolve(cwd, DEFAULT_SOURCE_DIR))) {
    throw new UsageError(
      `no \`${DEFAULT_SOURCE_DIR}/\` folder in ${cwd}; name the files to lint, as in \`postedit lint article.txt\``
    )
  }
  const configs = new ConfigFinder(cwd)
  const ignores = new IgnoreFinder(cwd)
  const linter = new TextLinter()
  const dateOf = (file: string) => checkedDocumentDate(request.documentDate?.(new VFile({cwd, path: file})), shown(cwd, file))
  const problems: Problem[] = []
  const warnings: Problem[] = []
  const said = new Set<string>()
  const addProblem = (problem: Problem) => {
    // A broken config file fails every file under it the same way: say it once.
    const line = problemLine(problem)
    if (said.has(line)) return
    said.add(line)
    problems.push(problem)
  }

  const configOf = async (file: string): Promise<PosteditSettings | undefined | ConfigError> => {
    try {
      return (await configs.forFile(request.configFrom?.(file) ?? file)).settings
    } catch (error) {
      if (error instanceof ConfigError) return error
      throw error
    }
  }

  let files: VFile[]
  if (request.stdin) {
    const name = request.stdin.path ?? STDIN_NAME
    const absolute = path.resolve(cwd, name)
    if (await ignores.ignores(absolute)) return {files: [], problems, warnings: [ignoredWarning(name)]}
    const settings = await configOf(absolute)
    await request.beforeLint?.([absolute])
    if (settings instanceof ConfigError) {
      addProblem(settings.problem)
      files = []
    } else {
      try {
        files = [await linter.lint(request.stdin.value, shown(cwd, absolute), cwd, settings, dateOf(absolute))]
      } catch (error) {
        // A text its format's parser cannot read (Markdown or HTML nested too deep).
        if (!(error instanceof ReadTextError)) throw error
        addProblem(readProblem(error, 'unreadable-text'))
        files = []
      }
    }
  } else {
    checkPathsExist(paths, cwd)
    const found = await discoverFiles(paths, cwd, ignores, new Set(request.unignored ?? []))
    for (const problem of found.problems) addProblem(problem)
    for (const warning of found.ignored) warnings.push(warning)
    // Every file named is ignored: nothing to lint, and nothing wrong (a pre-commit hook names them).
    if (found.files.length === 0 && problems.length === 0 && found.ignored.length > 0) return {files: [], problems, warnings}
    if (found.files.length === 0 && problems.length === 0) {
      // Linting nothing would pass a CI gate silently: say so, as ESLint does.
      throw new UsageError(
        `no .txt, .md or .html files to lint in ${paths.map((given) => `\`${given}\``).join(', ')}; name text files or folders that hold them (.posteditignore may exclude them)`
      )
    }
    const chosen = shardOf(found.files, request.shard)
    await request.beforeLint?.(chosen)
    const progress = new Progress(request.progress, chosen.length)
    let done = 0
    // Each file's problems, said in the files' order once all are linted: worker threads
    // answer in their own order, and the report must not depend on it.
    const fileProblems = new Map<string, Problem[]>()
    const addFileProblem = (file: string, problem: Problem) => {
      const list = fileProblems.get(file)
      if (list) list.push(problem)
      else fileProblems.set(file, [problem])
    }
    const linted = await lintEach(chosen, request, linter, async (file) => {
      const settings = await configOf(file)
      if (settings instanceof ConfigError) {
        addFileProblem(file, settings.problem)
        return undefined
      }
      try {
        const maxBytes = settings?.maxBytes
        const value = await readTextFile(file, {display: shown(cwd, file), ...(maxBytes === undefined ? {} : {maxBytes})})
        return {file, value, settings, date: dateOf(file)}
      } catch (error) {
        if (error instanceof ReadTextError) {
          addFileProblem(file, readProblem(error, 'unreadable-text'))
          return undefined
        }
        throw error
      }
    }, () => progress.update(++done), (file, error) => addFileProblem(file, readProblem(error, 'unreadable-text')), (warning) => warnings.push(warning))
    progress.end()
    for (const file of chosen) for (const problem of fileProblems.get(file) ?? []) addProblem(problem)
    files = linted.filter((file): file is VFile => file !== undefined)
  }

  // Rejected spans are dropped by the commands (corrections/suppress.ts): lint reads no corrections.
  return {files, problems, warnings}
}

/** Files a run needs before threads repay their start (loading the rules anew in each). */
const AUTO_JOBS_MIN_FILES = 64

/** How many worker threads lint these files; 0: lint in this thread. */
export function threadsFor(files: number, jobs: number | undefined): number {
  const threads = Math.min(jobs ?? defaultJobs(), files)
  if (threads < 2) return 0
  return jobs === undefined && files < AUTO_JOBS_MIN_FILES ? 0 : threads
}

/** Reads (via `prepare`) and lints each file, in order, OPEN_FILES at a time, in threads or from the cache. */
async function lintEach(
  files: readonly string[],
  request: LintRequest,
  linter: TextLinter,
  prepare: (file: string) => Promise<Job | undefined>,
  onDone: () => void,
  onUnreadable: (file: string, error: ReadTextError) => void,
  warn: (warning: Problem) => void
): Promise<Array<VFile | undefined>> {
  const {cwd} = request
  const cache = request.cacheLocation === undefined ? undefined : await LintCache.open(request.cacheLocation)
  const termbaseHashes = new Map<string, string>()
  const threads = threadsFor(files.length, request.jobs)
  // Started at the first file the cache does not hold: a warm rerun starts no thread. The
  // main thread is one of the `threads`: it lints whatever the workers have no room for, so
  // nothing waits while they load the rules, and two cores need one worker, not two.
  let pool: WorkerPool | undefined
  const lintHere = (job: Job, name: string) => linter.lint(job.value, name, cwd, job.settings, job.date)
  let localTurnTaken = false
  const lintJob = async (job: Job, name: string): Promise<LintedRecord | VFile> => {
    if (threads === 0) return lintHere(job, name)
    pool ??= new WorkerPool(threads - 1, request.workerLimits)
    // Reading and linting here never wait on the event loop (reads are synchronous), and the
    // workers' replies are read only in its turns: this thread lints one file a turn, so
    // that a worker's reply is read, and the worker sent its next file, within one file's
    // time. Sixteen files in flight linted here back to back left the worker idle.
    for (;;) {
      if (pool.hasRoom()) {
        return pool.lint({value: job.value, path: name, cwd, settings: job.settings, date: job.date}).catch((error: unknown) => {
          // The thread stopped (past its heap limit, most likely) and took this file with it:
          // this thread, which has no such limit, lints it, and the rest after it.
          if (error instanceof WorkerStopped) return lintHere(job, name)
          throw error
        })
      }
      if (!localTurnTaken) {
        localTurnTaken = true
        setImmediate(() => (localTurnTaken = false))
        return lintHere(job, name)
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  try {
    const linted = await mapLimited(files, OPEN_FILES, async (file) => {
      const job = await prepare(file)
      let result: VFile | undefined
      if (job) {
        try {
          const name = shown(cwd, job.file)
          let linted: LintedRecord | VFile
          if (cache) {
            const content = hashOf(job.value)
            const config = configHash(job, termbaseHashes)
            const cached = cache.lookup(name, content, config)
            linted = cached ?? (await lintJob(job, name))
            if (!cached) cache.store(name, content, config, linted instanceof VFile ? recordOf(linted) : linted)
          } else {
            linted = await lintJob(job, name)
          }
          // A file linted here is used as it is, without a copy of its findings.
          result = linted instanceof VFile ? linted : fileFromRecord(linted, new VFile({cwd, path: name, value: job.value}))
        } catch (error) {
          // A text its format's parser cannot read (Markdown or HTML nested too deep): a problem
          // of that file, as an unreadable one is, and the others are linted.
          if (!(error instanceof ReadTextError)) throw error
          onUnreadable(file, error)
        }
      }
      onDone()
      return result
    })
    try {
      await cache?.save()
    } catch (error) {
      // The findings stand: a cache that cannot be written only makes the next run slower.
      if (!isSystemError(error) || !cache) throw error
      const {file, message, fix} = systemErrorParts(error, cwd, shown(cwd, cache.file))
      warn({file, kind: 'unwritable', message: `the lint cache could not be saved: ${message}`, fix: `${fix}, or lint without --cache (the next run lints every file again)`})
    }
    return linted
  } finally {
    await pool?.close()
  }
}

/**
 * What besides the text decides a file's findings: its settings, its date, and the content of
 * the termbases the settings name (a termbase edited since the last run is a new config).
 * `termbaseHashes` keeps each termbase's hash for the run: it is read once, not once a file.
 */
function configHash(job: Job, termbaseHashes: Map<string, string>): string {
  const termbases = (job.settings?.termbases ?? []).map((file) => {
    let hash = termbaseHashes.get(file)
    if (hash === undefined) {
      try {
        hash = hashOf(readFileSync(file, 'utf8'))
      } catch {
        hash = 'unreadable'
      }
      termbaseHashes.set(file, hash)
    }
    return hash
  })
  return hashOf(JSON.stringify({settings: job.settings ?? null, date: job.date ?? null, termbases}))
}

/** The default number of worker threads: one per core. */
export function defaultJobs(): number {
  return availableParallelism()
}
