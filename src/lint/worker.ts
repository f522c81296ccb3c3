import {parentPort} from 'node:worker_threads'
import {TextLinter} from './lint-one.js'
import {recordOf} from './linted-record.js'
import type {WorkerJob, WorkerReply} from './worker-pool.js'

/** A lint worker thread: lints the texts it is sent and posts back their records. */
const linter = new TextLinter()
parentPort?.on('message', (job: WorkerJob) => {
  linter.lint(job.value, job.path, job.cwd, job.settings, job.date).then(
    (file) => parentPort!.postMessage({id: job.id, record: recordOf(file)} satisfies WorkerReply),
    (error: unknown) => parentPort!.postMessage({id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies WorkerReply)
  )
})
