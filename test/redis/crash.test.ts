/**
 * The issue's crash test: 100,000 events over 2,000 conversations, some with
 * card numbers split across messages, through two worker processes; one is
 * killed with SIGKILL midway and another started. Every input event must come
 * out exactly once, in order per conversation, and nothing in the output may
 * show a card number, an expiry or a CVV (checked by an independent scan).
 *
 * CHATMASK_CRASH_EVENTS / CHATMASK_CRASH_CONVERSATIONS change the size.
 */
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chatEventFields, shardKeys, shardOf, type ChatEvent } from '../../src/redis/index.js'
import { chatLoad } from './chat-load.js'
import { countEntries, readDeadLetters, readOutputs, waitUntil, type OutputEntry } from './helpers.js'
import { mostRevealed, showsCardNumber, showsExpiryOrCvv } from './leak-scan.js'
import { startWorkerProcess, type WorkerProcess } from './process-worker.js'
import { REDIS_AVAILABLE, startTestRedis, type TestRedis } from './redis-server.js'

const EVENTS = Number(process.env.CHATMASK_CRASH_EVENTS ?? 100_000)
const CONVERSATIONS = Number(process.env.CHATMASK_CRASH_CONVERSATIONS ?? 2_000)
const SHARDS = 8
const LEASE_MS = 1000
const SEED = 14
const PRODUCER_PIPELINE = 2000
/** Killed once this share of the events is out: midway, with batches in flight. */
const KILL_AT = 0.35
const TEST_TIMEOUT_MS = 240_000

/** Adds the load to the shard streams; returns each entry's event by `shard/id` (an id is unique within its stream only). */
async function produce(redis: Redis, prefix: string, load: readonly ChatEvent[]): Promise<Map<string, ChatEvent>> {
  const byId = new Map<string, ChatEvent>()
  for (let start = 0; start < load.length; start += PRODUCER_PIPELINE) {
    const chunk = load.slice(start, start + PRODUCER_PIPELINE)
    const pipeline = redis.pipeline()
    for (const event of chunk) pipeline.xadd(shardKeys(prefix, shardOf(event.conversation, SHARDS)).input, '*', ...chatEventFields(event))
    const replies = (await pipeline.exec()) ?? []
    replies.forEach(([error, id], index) => {
      if (error !== null) throw error
      const event = chunk[index]!
      byId.set(`${shardOf(event.conversation, SHARDS)}/${id as string}`, event)
    })
  }
  return byId
}

describe.skipIf(!REDIS_AVAILABLE)(`crash test: ${EVENTS} events, ${CONVERSATIONS} conversations, a worker SIGKILLed midway`, () => {
  let server: TestRedis
  const processes: WorkerProcess[] = []

  beforeAll(async () => {
    server = await startTestRedis()
  })
  afterAll(async () => {
    for (const worker of processes) if (worker.child.exitCode === null && worker.child.signalCode === null) worker.kill('SIGKILL')
    await server?.stop()
  })

  it(
    'every input event comes out exactly once, in order per conversation, with no card data',
    async () => {
      const redis = server.client()
      const prefix = server.prefix()
      const load = chatLoad(EVENTS, CONVERSATIONS, SEED)
      const settings = { url: server.url, prefix, shards: SHARDS, leaseMs: LEASE_MS }

      // The events are all waiting before the workers start: the kill then lands mid-stream for sure.
      const input = await produce(redis, prefix, load)
      expect(input.size).toBe(EVENTS)
      const first = startWorkerProcess({ ...settings, consumer: 'first' })
      const second = startWorkerProcess({ ...settings, consumer: 'second' })
      processes.push(first, second)
      await Promise.all([first.started, second.started])

      await waitUntil('the first third out', async () => (await countEntries(redis, prefix, SHARDS, 'output')) >= EVENTS * KILL_AT, TEST_TIMEOUT_MS, 50)
      first.kill('SIGKILL')
      await first.exited
      const third = startWorkerProcess({ ...settings, consumer: 'third' })
      processes.push(third)
      await third.started

      // Done when every input entry is acknowledged: the commit trims acknowledged input away.
      const progress = async () => {
        const pending = await Promise.all(Array.from({ length: SHARDS }, (_, shard) => redis.xpending(shardKeys(prefix, shard).input, 'chatmask')))
        const leases = await Promise.all(Array.from({ length: SHARDS }, (_, shard) => redis.get(shardKeys(prefix, shard).lease)))
        const workerEvents = processes.map((worker) => `${worker.consumer}: ${worker.lines.slice(-6).map((line) => JSON.stringify(line)).join(' ')}`)
        return `input left ${await countEntries(redis, prefix, SHARDS, 'input')}; pending ${JSON.stringify(pending.map((summary) => (summary as unknown[])[0]))}; leases ${JSON.stringify(leases)}; members ${JSON.stringify(await redis.zrange(`${prefix}:workers`, 0, -1))}; ${workerEvents.join(' | ')}`
      }
      await waitUntil('all input acknowledged', async () => (await countEntries(redis, prefix, SHARDS, 'input')) === 0, TEST_TIMEOUT_MS / 2, 100, progress)
      const [secondStats, thirdStats] = await Promise.all([second.stop(), third.stop()])
      expect(first.lines.some((line) => 'event' in line && (line.event as { type: string }).type === 'acquired')).toBe(true)

      expect(await readDeadLetters(redis, prefix, SHARDS)).toEqual([])
      const outputs = await readOutputs(redis, prefix, SHARDS)
      const messages = outputs.filter((entry) => entry.event.kind === 'message')
      // Exactly once: one redacted message per input entry, no more, no less.
      const seen = new Map<string, number>()
      for (const entry of messages) {
        const source = `${entry.shard}/${entry.event.source}`
        seen.set(source, (seen.get(source) ?? 0) + 1)
      }
      expect(messages.length).toBe(EVENTS)
      expect([...seen.values()].every((count) => count === 1)).toBe(true)
      expect([...input.keys()].every((id) => seen.has(id))).toBe(true)
      // The survivors committed the rest of what the killed one had committed before it died.
      expect((secondStats?.messages ?? 0) + (thirdStats?.messages ?? 0)).toBeLessThan(EVENTS)

      checkOrder(outputs, input)
      checkNoCardData(outputs)
    },
    TEST_TIMEOUT_MS,
  )
})

/** Per conversation: messages in input order with indices 0, 1, 2…; each amendment names an earlier message. */
function checkOrder(outputs: readonly OutputEntry[], input: ReadonlyMap<string, ChatEvent>): void {
  const expected = new Map<string, string[]>()
  for (const event of input.values()) {
    const list = expected.get(event.conversation) ?? []
    list.push(event.message)
    expected.set(event.conversation, list)
  }
  const actual = new Map<string, string[]>()
  let disorders = 0
  for (const { event } of outputs) {
    const list = actual.get(event.conversation) ?? []
    if (event.kind === 'message') {
      if (event.index !== list.length) disorders++
      list.push(event.message)
    } else if (!list.includes(event.replaces)) {
      disorders++
    }
    actual.set(event.conversation, list)
  }
  expect(disorders).toBe(0)
  let mismatched = 0
  for (const [conversation, messages] of expected) if (JSON.stringify(actual.get(conversation)) !== JSON.stringify(messages)) mismatched++
  expect(mismatched).toBe(0)
}

/**
 * Every version of every message, overlaid (what a reader could have seen at
 * any time), then one sender's messages joined as the detectors join them: a
 * card split across two messages must not be readable from the two together.
 */
function checkNoCardData(outputs: readonly OutputEntry[]): void {
  const versions = new Map<string, string[]>()
  const order = new Map<string, string[]>()
  for (const { event } of outputs) {
    const id = event.kind === 'message' ? event.message : event.replaces
    const key = `${event.conversation}\u0000${id}`
    if (!versions.has(key)) {
      versions.set(key, [])
      const thread = `${event.conversation}\u0000${event.sender}`
      order.set(thread, [...(order.get(thread) ?? []), key])
    }
    versions.get(key)!.push(event.text)
  }
  let leaks = 0
  for (const keys of order.values()) {
    const joined = keys.map((key) => mostRevealed(versions.get(key)!)).join(' ')
    if (showsCardNumber(joined) || showsExpiryOrCvv(joined)) leaks++
  }
  // A count, never the text: a failure must not print card data.
  expect(leaks).toBe(0)
}
