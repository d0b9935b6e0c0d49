/** Worker processes for the crash and stall tests: started, watched, killed. */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { WorkerStats } from '../../src/redis/index.js'

const FIXTURE = fileURLToPath(new URL('./fixtures/worker-process.ts', import.meta.url))
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** A worker running in a child process. */
export interface WorkerProcess {
  readonly consumer: string
  readonly child: ChildProcess
  /** Resolves once the worker has joined and taken its first shards. */
  readonly started: Promise<void>
  /** Every JSON line it printed so far. */
  readonly lines: Array<Record<string, unknown>>
  /** SIGTERM, then the stats it printed while draining. */
  stop(): Promise<WorkerStats | undefined>
  kill(signal: NodeJS.Signals): void
  readonly exited: Promise<number | null>
}

export interface WorkerProcessSettings {
  readonly url: string
  readonly prefix: string
  readonly shards: number
  readonly leaseMs: number
  readonly consumer: string
  readonly batch?: number
}

export function startWorkerProcess(settings: WorkerProcessSettings): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      WORKER_REDIS_URL: settings.url,
      WORKER_PREFIX: settings.prefix,
      WORKER_SHARDS: String(settings.shards),
      WORKER_LEASE_MS: String(settings.leaseMs),
      WORKER_CONSUMER: settings.consumer,
      WORKER_BATCH: String(settings.batch ?? 100),
    },
  })
  const lines: Array<Record<string, unknown>> = []
  let buffer = ''
  let markStarted: () => void = () => {}
  const started = new Promise<void>((resolve) => (markStarted = resolve))
  child.stdout?.setEncoding('utf8')
  child.stdout?.on('data', (chunk: string) => {
    buffer += chunk
    let newline: number
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffer.slice(0, newline)) as Record<string, unknown>
      buffer = buffer.slice(newline + 1)
      lines.push(line)
      if ('started' in line) markStarted()
    }
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  // A worker that dies before it has started (a broken import, say) fails the test at once.
  const startedOrDied = Promise.race([
    started,
    exited.then((code) => {
      throw new Error(`worker process ${settings.consumer} exited (code ${code}) before it started`)
    }),
  ])
  startedOrDied.catch(() => {})
  return {
    consumer: settings.consumer,
    child,
    started: startedOrDied,
    lines,
    exited,
    async stop() {
      child.kill('SIGTERM')
      await exited
      return lines.find((line) => 'stats' in line)?.stats as WorkerStats | undefined
    },
    kill(signal) {
      child.kill(signal)
    },
  }
}
