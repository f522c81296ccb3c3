import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import {Worker, type ResourceLimits} from 'node:worker_threads'
import {ReadTextError} from '../fs/read-text.js'
import type {LintedRecord} from './linted-record.js'
import type {PosteditSettings} from './settings.js'

export interface WorkerJob {
  id: number
  value: string
  /** Relative to `cwd`, as the file is named in reports. */
  path: string
  cwd: string
  settings: PosteditSettings | undefined
  /** The document's date (`file.data.documentDate`), when the command knows it. */
  date?: string | undefined
}

/** `unreadable`: a ReadTextError's fields (a text its format's parser cannot read), rebuilt on this side. */
export type WorkerReply =
  | {id: number; record: LintedRecord}
  | {id: number; error: string}
  | {id: number; unreadable: {file: string; reason: string; fix: string; line?: number | undefined; column?: number | undefined}}

/** Files sent to a worker ahead of its reply, so that it never waits on a busy main thread. */
const DEPTH = 2

/**
 * A worker's heap limit. V8 sizes a heap's growth from its limit: under the default (a
 * quarter of the machine's memory) each thread let finished files' trees pile up to 100 MB and
 * more before collecting them, and two threads peaked at 260 MB on the bench corpus; under this
 * limit they peak at 205 MB, no slower. A file needs a few tens of MB: one that needs more than
 * this stops its worker, and the caller lints it again in the main thread (WorkerStopped).
 */
export const WORKER_LIMITS: ResourceLimits = {maxOldGenerationSizeMb: 512}

/** A worker thread stopped (out of memory, most likely) and took the file it was linting with it. */
export class WorkerStopped extends Error {
  constructor(message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = 'WorkerStopped'
  }
}

/**
 * Worker threads for `--jobs N` (N - 1 of them: the main thread lints too), each sent up to
 * DEPTH files at a time. Workers run the compiled
 * dist/lint/worker.js; from the TypeScript sources (vitest, tsx) they load worker.ts through
 * tsx, so the tests exercise real threads.
 */
export class WorkerPool {
  private readonly all: Worker[] = []
  /** Files sent to each worker and not yet back. */
  private readonly load = new Map<Worker, number>()
  private readonly alive: Worker[] = []
  private readonly waiting: Array<{job: WorkerJob; resolve: (record: LintedRecord) => void; reject: (error: Error) => void}> = []
  private readonly pending = new Map<number, {resolve: (record: LintedRecord) => void; reject: (error: Error) => void; worker: Worker}>()
  private nextId = 0

  constructor(size: number, limits: ResourceLimits = WORKER_LIMITS) {
    for (let index = 0; index < size; index++) {
      const worker = startWorker(limits)
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply))
      worker.on('error', (error) => this.fail(worker, new WorkerStopped(`lint worker stopped: ${error.message}`, {cause: error})))
      worker.on('exit', (code) => this.fail(worker, new WorkerStopped(`lint worker stopped (exit code ${code})`)))
      this.all.push(worker)
      this.alive.push(worker)
      this.load.set(worker, 0)
    }
  }

  /** Whether a file sent now would start at once or next: else the caller lints it itself. */
  hasRoom(): boolean {
    return this.waiting.length === 0 && this.alive.some((worker) => this.load.get(worker)! < DEPTH)
  }

  lint(job: Omit<WorkerJob, 'id'>): Promise<LintedRecord> {
    if (this.alive.length === 0) return Promise.reject(new WorkerStopped('no lint worker is running'))
    return new Promise((resolve, reject) => {
      this.waiting.push({job: {...job, id: this.nextId++}, resolve, reject})
      this.dispatch()
    })
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let worker: Worker | undefined
      for (const candidate of this.alive) if (this.load.get(candidate)! < (worker ? this.load.get(worker)! : DEPTH)) worker = candidate
      if (!worker) return
      const {job, resolve, reject} = this.waiting.shift()!
      this.pending.set(job.id, {resolve, reject, worker})
      this.load.set(worker, this.load.get(worker)! + 1)
      worker.postMessage(job)
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const pending = this.pending.get(reply.id)
    if (!pending) return
    this.pending.delete(reply.id)
    this.load.set(worker, this.load.get(worker)! - 1)
    if ('error' in reply) pending.reject(new Error(`lint worker: ${reply.error}`))
    else if ('unreadable' in reply) {
      const {file, reason, fix, line, column} = reply.unreadable
      pending.reject(new ReadTextError(file, reason, fix, line, column))
    } else pending.resolve(reply.record)
    this.dispatch()
  }

  /** A thread that died takes its job with it; when none is left, so do the jobs waiting. */
  private fail(worker: Worker, error: WorkerStopped): void {
    for (const [id, pending] of this.pending) {
      if (pending.worker !== worker) continue
      this.pending.delete(id)
      pending.reject(error)
    }
    const index = this.alive.indexOf(worker)
    if (index !== -1) this.alive.splice(index, 1)
    if (this.alive.length === 0) for (const waiting of this.waiting.splice(0)) waiting.reject(error)
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((worker) => worker.terminate()))
  }
}

function startWorker(resourceLimits: ResourceLimits): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), {resourceLimits})
  // From the sources: register tsx's loader in the thread, then load the TypeScript worker.
  // require.resolve finds the CommonJS build; the thread imports its ES twin beside it.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
  const worker = new URL('./worker.ts', import.meta.url).href
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}) })`, {eval: true, resourceLimits})
}
