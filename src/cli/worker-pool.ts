/**
 * Runs files in worker threads, `--jobs` at a time; results come back in input
 * order (the caller copies spooled output in that order), while workers run ahead.
 */
import { Worker } from 'node:worker_threads'
import { describeInternalError } from './cli-error.js'
import { ExitCode } from './exit-codes.js'
import type { FileJob, FileResult } from './process-file.js'
import type { WorkerMessage, WorkerSetup, WorkerTask } from './worker.js'

/**
 * Starts a worker from the bin file. Built, that is `dist/cli/bin.js`. From source
 * (`node --import tsx src/cli/bin.ts`, as the tests run it), Node 20 does not give
 * worker threads the `--import`ed tsx loader, so the worker registers tsx itself
 * before importing the `.ts` entry; tsx is a dev dependency and this path is never
 * taken by the published package.
 */
function startWorker(entryUrl: string, setup: WorkerSetup): Worker {
  if (!entryUrl.endsWith('.ts')) return new Worker(new URL(entryUrl), { workerData: setup })
  const tsxApi = import.meta.resolve('tsx/esm/api')
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entryUrl)}) })`
  return new Worker(bootstrap, { eval: true, workerData: setup })
}

/**
 * Redacts `jobs` with `count` workers. `onResult` is called for each file in input
 * order and awaited before the next (it copies that file's output); `onBytes`
 * reports progress from every worker.
 */
export async function runInWorkers(
  jobs: readonly FileJob[],
  count: number,
  entryUrl: string,
  setup: WorkerSetup,
  onBytes: (bytes: number) => void,
  onResult: (index: number, result: FileResult) => Promise<void>,
): Promise<void> {
  const settle: ((result: FileResult) => void)[] = []
  const results = jobs.map((_job, index) => new Promise<FileResult>((resolve) => (settle[index] = resolve)))
  let next = 0
  const workers: Worker[] = []
  let alive = Math.min(count, jobs.length)
  const assign = (worker: Worker): number | undefined => {
    if (next >= jobs.length) return undefined
    const id = next++
    const task: WorkerTask = { id, job: jobs[id] as FileJob }
    worker.postMessage(task)
    return id
  }
  for (let index = 0; index < Math.min(count, jobs.length); index++) {
    const worker = startWorker(entryUrl, setup)
    workers.push(worker)
    let current = assign(worker)
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') return onBytes(message.bytes)
      settle[message.id]?.(message.result)
      current = assign(worker)
    })
    // A worker that dies fails the file it had; the others take the rest.
    worker.on('error', (error) => {
      alive--
      if (current !== undefined) settle[current]?.(crashed(jobs[current] as FileJob, error))
      current = undefined
      // With no worker left, nobody would take the files still queued.
      if (alive === 0) while (next < jobs.length) settle[next]?.(crashed(jobs[next++] as FileJob, error))
    })
  }
  try {
    for (let index = 0; index < results.length; index++) await onResult(index, await (results[index] as Promise<FileResult>))
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

function crashed(job: FileJob, error: unknown): FileResult {
  return {
    display: job.display,
    format: job.format,
    tally: { counts: {}, records: 0, changed: 0, entries: [] },
    failure: { code: 'INTERNAL', message: `${job.display}: internal error, please report it: ${describeInternalError(error)}`, exitCode: ExitCode.InputOutput },
  }
}
