/**
 * A worker thread of `--jobs`: builds its own redactor from the policy the main
 * thread already validated, then redacts the files it is sent, one at a time,
 * reporting bytes read (for the progress bar) and each file's result.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createRedactor, type RedactorOptions } from '../index.js'
import { processFile, type FileJob, type FileResult } from './process-file.js'

/** What a worker starts with. */
export interface WorkerSetup {
  readonly policy: RedactorOptions | undefined
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
  const redactor = createRedactor((workerData as WorkerSetup).policy)
  const post = (message: WorkerMessage): void => port.postMessage(message)
  port.on('message', (task: WorkerTask) => {
    void processFile(task.job, redactor, (bytes) => post({ kind: 'progress', bytes })).then((result) => post({ kind: 'done', id: task.id, result }))
  })
}
