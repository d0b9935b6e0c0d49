/**
 * A real Redis for the broker-stage tests: the one `.ci/run` started
 * (`CHATMASK_REDIS_URL`), else a `redis-server` this file starts on a free
 * loopback port with persistence off. Without either, the tests are skipped
 * with a visible notice, except in CI (`CI=true`), where that is a failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { Redis } from 'ioredis'

const SERVER_START_TIMEOUT_MS = 10_000
const PING_INTERVAL_MS = 25

const inCi = process.env.CI === 'true'
const givenUrl = process.env.CHATMASK_REDIS_URL

/** Is there a Redis to test against (or must the tests run and fail, in CI)? */
export const REDIS_AVAILABLE: boolean = givenUrl !== undefined || inCi || spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0

if (!REDIS_AVAILABLE) {
  console.warn('test/redis: SKIPPED: no redis-server on PATH and CHATMASK_REDIS_URL unset (apt-get install redis-server to run them).')
}

/** A Redis the tests may use, and how to let go of it. */
export interface TestRedis {
  readonly url: string
  /** A key prefix no other test uses (tests share one server). */
  prefix(): string
  client(): Redis
  stop(): Promise<void>
}

/** Starts (or connects to) the server; call in `beforeAll`. */
export async function startTestRedis(): Promise<TestRedis> {
  let server: ChildProcess | undefined
  let url = givenUrl
  if (url === undefined) {
    if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
      throw new Error('redis-server is not installed and CHATMASK_REDIS_URL is unset: CI must provide Redis (see .ci/run).')
    }
    const port = await freePort()
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
    url = `redis://127.0.0.1:${port}`
  }
  const clients: Redis[] = []
  const started = Date.now()
  for (;;) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
    probe.on('error', () => {})
    try {
      await probe.connect()
      if ((await probe.ping()) === 'PONG') {
        probe.disconnect()
        break
      }
    } catch {
      probe.disconnect()
    }
    if (Date.now() - started > SERVER_START_TIMEOUT_MS) throw new Error(`Redis at ${url} did not answer within ${SERVER_START_TIMEOUT_MS} ms`)
    await sleep(PING_INTERVAL_MS)
  }
  const serverUrl = url
  return {
    url: serverUrl,
    prefix: () => `t${randomBytes(4).toString('hex')}`,
    client() {
      const client = new Redis(serverUrl)
      clients.push(client)
      return client
    },
    async stop() {
      for (const client of clients) client.disconnect()
      if (server?.pid !== undefined) {
        const exited = new Promise((resolve) => server.once('exit', resolve))
        process.kill(server.pid, 'SIGTERM')
        await exited
      }
    },
  }
}

/** A TCP port nothing listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}
