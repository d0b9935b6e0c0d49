/**
 * A worker frozen with SIGSTOP while it holds a batch it has read but not
 * committed, for longer than its lease; another worker takes the shards over
 * and finishes the work. Resumed with SIGCONT, the frozen one goes on with its
 * batch, and Redis refuses its commit: it writes nothing.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chatEventFields, shardKeys, shardOf, type WorkerStats } from '../../src/redis/index.js'
import { chatLoad } from './chat-load.js'
import { countEntries, readOutputs, waitUntil } from './helpers.js'
import { startWorkerProcess, type WorkerProcess } from './process-worker.js'
import { REDIS_AVAILABLE, startTestRedis, type TestRedis } from './redis-server.js'

const SHARDS = 2
const LEASE_MS = 1000
const EVENTS = 30_000
/** Long enough for any command already on the wire to have run in Redis. */
const SETTLE_MS = 100

describe.skipIf(!REDIS_AVAILABLE)('a worker stalled past its lease (SIGSTOP), then resumed', () => {
  let server: TestRedis
  const processes: WorkerProcess[] = []

  beforeAll(async () => {
    server = await startTestRedis()
  })
  afterAll(async () => {
    for (const worker of processes) {
      if (worker.child.exitCode === null && worker.child.signalCode === null) {
        worker.kill('SIGCONT')
        worker.kill('SIGKILL')
      }
    }
    await server?.stop()
  })

  it('writes nothing: its commit is fenced, and every event still comes out exactly once', async () => {
    const redis = server.client()
    const prefix = server.prefix()
    const pipeline = redis.pipeline()
    for (const event of chatLoad(EVENTS, 200, 7)) pipeline.xadd(shardKeys(prefix, shardOf(event.conversation, SHARDS)).input, '*', ...chatEventFields(event))
    await pipeline.exec()
    const settings = { url: server.url, prefix, shards: SHARDS, leaseMs: LEASE_MS }
    const frozen = startWorkerProcess({ ...settings, consumer: 'frozen' })
    processes.push(frozen)
    await frozen.started
    await waitUntil('work under way', async () => (await countEntries(redis, prefix, SHARDS, 'output')) > 1000, 30_000)

    // Freeze it with a batch in hand: read into its pending list, not yet committed.
    let holding = 0
    for (let attempt = 0; holding === 0; attempt++) {
      if (attempt === 50) throw new Error('never caught the worker with a batch in hand')
      frozen.kill('SIGSTOP')
      await sleep(SETTLE_MS)
      const pending = await Promise.all(Array.from({ length: SHARDS }, (_, shard) => redis.xpending(shardKeys(prefix, shard).input, 'chatmask', '-', '+', 1000, 'frozen')))
      holding = pending.reduce((sum, entries) => sum + (entries as unknown[]).length, 0)
      if (holding === 0) {
        frozen.kill('SIGCONT')
        await sleep(5)
      }
    }

    const heir = startWorkerProcess({ ...settings, consumer: 'heir' })
    processes.push(heir)
    await heir.started
    // The heir claims the frozen worker's batch once its lease runs out, and finishes everything.
    await waitUntil('all input acknowledged', async () => (await countEntries(redis, prefix, SHARDS, 'input')) === 0, 60_000, 100)
    const outputBefore = await countEntries(redis, prefix, SHARDS, 'output')

    frozen.kill('SIGCONT')
    await waitUntil('the resumed worker fenced', () => frozen.lines.some((line) => (line.event as { type?: string } | undefined)?.type === 'fenced'), 10_000)
    // Two more lease rounds: time for it to rejoin and take shards back, with nothing left to do.
    await sleep(2 * LEASE_MS)
    expect(await countEntries(redis, prefix, SHARDS, 'output')).toBe(outputBefore)

    const [frozenStats, heirStats] = (await Promise.all([frozen.stop(), heir.stop()])) as [WorkerStats, WorkerStats]
    expect(frozenStats.fencedCommits).toBeGreaterThan(0)
    expect(heirStats.messages).toBeGreaterThan(0)

    const messages = (await readOutputs(redis, prefix, SHARDS)).filter((entry) => entry.event.kind === 'message')
    const sources = new Set(messages.map((entry) => `${entry.shard}/${entry.event.source}`))
    expect(messages.length).toBe(EVENTS)
    expect(sources.size).toBe(EVENTS)
  })
})
