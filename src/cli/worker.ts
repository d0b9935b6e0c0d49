/**
 * A worker thread of `--jobs`: builds its own redactor from the policy the main
 * thread already validated, then redacts the files it is sent, one at a time,
 * reporting bytes read (for the progress bar) and each file's result.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createRedactor } from '../index.js'
import { redactorOptionsOf, type PolicyFile } from './policy-file.js'
import { processFile, type FileJob, type FileResult } from './process-file.js'

/** What a worker starts with. */
export interface WorkerSetup {
  /** The `--policy` file as read (plain JSON: a clock cannot be posted to a thread). */
  readonly policy: PolicyFile | undefined
}

/** Main thread → worker. */
export interface WorkerTask {
  readonly id: number
  readonly job: FileJob
}

/** Worker → main thread. */
export type WorkerMessage = { readonly kind: 'progress'; readonly bytes: number } | { readonly kind: 'done'; readonly id: number; readonly result: FileResult }

export function serveWorker(): void {
  const port = parentPort
  if (port === null) throw new Error('serveWorker() outside a worker thread')
  const options = redactorOptionsOf((workerData as WorkerSetup).policy)
  const redactor = createRedactor(options)
  const post = (message: WorkerMessage): void => port.postMessage(message)
  port.on('message', (task: WorkerTask) => {
    void processFile(task.job, redactor, options, (bytes) => post({ kind: 'progress', bytes })).then((result) => post({ kind: 'done', id: task.id, result }))
  })
}
