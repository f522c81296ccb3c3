import {parentPort} from 'node:worker_threads'
import {ReadTextError} from '../fs/read-text.js'
import {TextLinter} from './lint-one.js'
import {recordOf} from './linted-record.js'
import type {WorkerJob, WorkerReply} from './worker-pool.js'

/** A lint worker thread: lints the texts it is sent and posts back their records. */
const linter = new TextLinter()
parentPort?.on('message', (job: WorkerJob) => {
  linter.lint(job.value, job.path, job.cwd, job.settings, job.date).then(
    (file) => parentPort!.postMessage({id: job.id, record: recordOf(file)} satisfies WorkerReply),
    (error: unknown) => {
      if (error instanceof ReadTextError) {
        const {file, reason, fix, line, column} = error
        parentPort!.postMessage({id: job.id, unreadable: {file, reason, fix, line, column}} satisfies WorkerReply)
      } else {
        parentPort!.postMessage({id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies WorkerReply)
      }
    }
  )
})
