import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChatmaskError, createRedactor } from '../../src/index.js'
import { addChatEvent, createRedactionWorker, shardKeys, shardOf, type RedactionWorker, type WorkerEvent } from '../../src/redis/index.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { countEntries, readDeadLetters, readOutputs, waitUntil } from './helpers.js'
import { REDIS_AVAILABLE, startTestRedis, type TestRedis } from './redis-server.js'

const SHARDS = 4
const LEASE_MS = 1000
const redactor = createRedactor({ now: FIXED_NOW })

describe.skipIf(!REDIS_AVAILABLE)('createRedactionWorker() on a real Redis', () => {
  let server: TestRedis
  let redis: Redis
  const workers: RedactionWorker[] = []

  beforeAll(async () => {
    server = await startTestRedis()
    redis = server.client()
  })
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()))
    await server?.stop()
  })

  async function messagesOut(prefix: string): Promise<number> {
    return (await readOutputs(redis, prefix, SHARDS)).filter((entry) => entry.event.kind === 'message').length
  }

  function worker(prefix: string, extra: Partial<Parameters<typeof createRedactionWorker>[0]> = {}): RedactionWorker {
    const created = createRedactionWorker({ redis: server.client(), redactor, prefix, shards: SHARDS, leaseMs: LEASE_MS, blockMs: 100, ...extra })
    workers.push(created)
    return created
  }

  it('redacts each message, amends the earlier one when a card completes, keeps the extra fields', async () => {
    const prefix = server.prefix()
    const layout = { prefix, shards: SHARDS }
    const started = worker(prefix, { passFields: ['channel'] })
    await started.start()
    expect(started.ownedShards()).toEqual([0, 1, 2, 3])
    await addChatEvent(redis, { conversation: 'c1', message: 'm1', sender: 'customer', text: "it's 5425 2334", ts: '2026-11-24T12:00:00Z', fields: { channel: 'web', note: 'call +44 20 7946 0958' } }, layout)
    await addChatEvent(redis, { conversation: 'c1', message: 'm2', sender: 'agent', text: 'go on' }, layout)
    await addChatEvent(redis, { conversation: 'c1', message: 'm3', sender: 'customer', text: '3010 9903' }, layout)
    await addChatEvent(redis, { conversation: 'c1', message: 'm4', sender: 'customer', text: 'thanks' }, layout)
    await waitUntil('four messages out', async () => (await readOutputs(redis, prefix, SHARDS)).filter((entry) => entry.event.kind === 'message').length === 4)
    const events = (await readOutputs(redis, prefix, SHARDS)).map((entry) => entry.event)
    const shown = events.map((event) => (event.kind === 'message' ? `${event.message}: ${event.text}` : `${event.replaces} <- ${event.text}`))
    expect(shown).toEqual(["m1: it's **** ****", 'm2: go on', 'm3: **** ****', 'm4: thanks', "m1 <- it's **** ****", 'm3 <- **** 9903'])
    const first = events[0]!
    expect(first.kind === 'message' && first.fields).toEqual({ channel: 'web', note: 'call +** ** **** ****' })
    expect(first.kind === 'message' && first.ts).toBe('2026-11-24T12:00:00Z')
    const amendment = events[4]!
    expect(amendment.kind === 'amendment' && amendment.findings.map((finding) => finding.type)).toEqual(['card_number'])
    // The state is saved with an expiry, and acknowledged input is trimmed away.
    const keys = shardKeys(prefix, shardOf('c1', SHARDS))
    expect(await redis.pttl(keys.state('c1'))).toBeGreaterThan(0)
    expect(await redis.xlen(keys.input)).toBe(0)
    expect(started.stats.messages).toBe(4)
    expect(started.stats.amendments).toBe(2)
  })

  it('a malformed event goes to the dead-letter stream with the reason (never the text); the worker goes on', async () => {
    const prefix = server.prefix()
    const events: WorkerEvent[] = []
    const started = worker(prefix, { onEvent: (event) => events.push(event), maxTextChars: 64 })
    await started.start()
    const keys = shardKeys(prefix, shardOf('c2', SHARDS))
    await redis.xadd(keys.input, '*', 'conversation', 'c2', 'sender', 'customer', 'text', 'card 4111 1111 1111 1111')
    await redis.xadd(keys.input, '*', 'conversation', 'c2', 'message', 'm2', 'sender', 'customer', 'text', `4111 1111 1111 1111 ${'x'.repeat(80)}`)
    await redis.xadd(keys.input, '*', 'conversation', 'c2', 'message', 'm3', 'sender', 'customer', 'text', 'hi', 'kind', 'message')
    await addChatEvent(redis, { conversation: 'c2', message: 'm4', sender: 'customer', text: 'cvv 737' }, { prefix, shards: SHARDS })
    await waitUntil('the valid event out', async () => (await countEntries(redis, prefix, SHARDS, 'output')) === 1)
    const dead = await readDeadLetters(redis, prefix, SHARDS)
    expect(dead.map((letter) => letter.reason)).toEqual(['message: missing', 'text: too_big', '"kind": reserved for the output'])
    // The raw entry is kept for replay, in the dead-letter stream only.
    expect(JSON.parse(dead[0]!.entry!)).toContain('card 4111 1111 1111 1111')
    const [output] = await readOutputs(redis, prefix, SHARDS)
    expect(output!.event.text).toBe('cvv ***')
    expect(events.filter((event) => event.type === 'dead-letter')).toHaveLength(3)
    expect(JSON.stringify(events)).not.toContain('4111')
  })

  it('a poison event (its redaction throws) is dead-lettered; the rest of its batch and conversation go on', async () => {
    const prefix = server.prefix()
    const throwing = createRedactor({
      now: FIXED_NOW,
      policies: {
        email: {
          action: 'custom',
          render: (info) => {
            if (info.value?.startsWith('poison')) throw new Error(`cannot render ${info.value}`)
            return '[email]'
          },
        },
      },
    })
    const layout = { prefix, shards: SHARDS }
    // Added before the worker starts, so all four are read in one batch.
    await addChatEvent(redis, { conversation: 'c3', message: 'm1', sender: 'customer', text: 'my card is 4111 1111' }, layout)
    await addChatEvent(redis, { conversation: 'c3', message: 'm2', sender: 'agent', text: 'mail poison@example.com now' }, layout)
    await addChatEvent(redis, { conversation: 'c3', message: 'm3', sender: 'customer', text: '1111 1111 ok' }, layout)
    await addChatEvent(redis, { conversation: 'c3', message: 'm4', sender: 'agent', text: 'or jo@example.com thanks' }, layout)
    const started = worker(prefix, { redactor: throwing })
    await started.start()
    await waitUntil('three messages out', async () => (await readOutputs(redis, prefix, SHARDS)).filter((entry) => entry.event.kind === 'message').length === 3)
    const dead = await readDeadLetters(redis, prefix, SHARDS)
    expect(dead.map((letter) => letter.reason)).toEqual(['redaction threw ChatmaskError POLICY_FAILED'])
    const events = (await readOutputs(redis, prefix, SHARDS)).map((entry) => entry.event)
    const messages = events.flatMap((event) => (event.kind === 'message' ? [`${event.message}: ${event.text}`] : []))
    // m1 and m3 still join into one card although the poison event came between them in the batch.
    expect(messages).toEqual(['m1: my card is **** ****', 'm3: **** 1111 ok', 'm4: or [email] thanks'])
  })

  it('an entry delivered more than maxDeliveries times is dead-lettered without being redacted', async () => {
    const prefix = server.prefix()
    const keys = shardKeys(prefix, shardOf('c4', SHARDS))
    await redis.xgroup('CREATE', keys.input, 'chatmask', '0', 'MKSTREAM')
    const id = await addChatEvent(redis, { conversation: 'c4', message: 'm1', sender: 'customer', text: 'hello' }, { prefix, shards: SHARDS })
    // What a crash loop leaves behind: the entry read, and claimed again and again by workers that died.
    await redis.xreadgroup('GROUP', 'chatmask', 'crashed-1', 'COUNT', 1, 'STREAMS', keys.input, '>')
    await redis.xclaim(keys.input, 'chatmask', 'crashed-2', 0, id, 'RETRYCOUNT', 2)
    await addChatEvent(redis, { conversation: 'c4', message: 'm2', sender: 'customer', text: 'still here' }, { prefix, shards: SHARDS })
    const started = worker(prefix, { maxDeliveries: 2 })
    await started.start()
    await waitUntil('m2 out', async () => (await countEntries(redis, prefix, SHARDS, 'output')) === 1)
    const [letter] = await readDeadLetters(redis, prefix, SHARDS)
    expect(letter).toMatchObject({ reason: 'entry: delivered 3 times (maxDeliveries 2)', source: id, deliveries: '3' })
  })

  it('workers share the shards, rebalance when one joins and when one leaves, and lose nothing', async () => {
    const prefix = server.prefix()
    const layout = { prefix, shards: SHARDS }
    // Fixed names, so the split is known: rendezvous hashing gives worker-one shard 3, worker-two the rest.
    const first = worker(prefix, { consumer: 'worker-one' })
    await first.start()
    expect(first.ownedShards()).toEqual([0, 1, 2, 3])
    const second = worker(prefix, { consumer: 'worker-two' })
    await second.start()
    await waitUntil('the shards split', () => first.ownedShards().join() === '3' && second.ownedShards().join() === '0,1,2', 10 * LEASE_MS)
    for (let index = 0; index < 40; index++) await addChatEvent(redis, { conversation: `c${index % 8}`, message: `m${index}`, sender: 'customer', text: `line ${index}` }, layout)
    await waitUntil('40 out', async () => (await messagesOut(prefix)) === 40)
    await first.stop()
    // Drained: its leases given back, the other worker takes its shards at its next round.
    await waitUntil('second owns all', () => second.ownedShards().length === SHARDS, 5 * LEASE_MS)
    for (let index = 40; index < 60; index++) await addChatEvent(redis, { conversation: `c${index % 8}`, message: `m${index}`, sender: 'customer', text: `line ${index}` }, layout)
    await waitUntil('60 out', async () => (await messagesOut(prefix)) === 60)
    const outputs = await readOutputs(redis, prefix, SHARDS)
    // An entry id is unique within its stream: shard and id name an input event.
    const sources = outputs.flatMap((entry) => (entry.event.kind === 'message' ? [`${entry.shard}/${entry.event.source}`] : []))
    expect(sources.length).toBe(60)
    expect(new Set(sources).size).toBe(60)
    for (let conversation = 0; conversation < 8; conversation++) {
      const indices = outputs.flatMap((entry) => (entry.event.kind === 'message' && entry.event.conversation === `c${conversation}` ? [entry.event.index] : []))
      expect(indices).toEqual(indices.map((_, position) => position))
    }
  })

  it('a worker that vanishes with a card half held: the next owner restores its state, masks the rest, fires the amendment', async () => {
    const prefix = server.prefix()
    const layout = { prefix, shards: SHARDS }
    const doomedClient = new Redis(server.url)
    const doomed = createRedactionWorker({ redis: doomedClient, redactor, prefix, shards: SHARDS, leaseMs: LEASE_MS, blockMs: 100 })
    await doomed.start()
    await addChatEvent(redis, { conversation: 'c5', message: 'm1', sender: 'customer', text: 'card 4111 1111' }, layout)
    await waitUntil('m1 out', async () => (await countEntries(redis, prefix, SHARDS, 'output')) === 1)
    // Gone without a word: no drain, no release; its leases run out.
    doomedClient.disconnect()
    const heir = worker(prefix)
    await heir.start()
    await addChatEvent(redis, { conversation: 'c5', message: 'm2', sender: 'customer', text: '1111 1111 thanks' }, layout)
    await waitUntil('m2 out', async () => (await countEntries(redis, prefix, SHARDS, 'output')) >= 2, 10 * LEASE_MS)
    const texts = (await readOutputs(redis, prefix, SHARDS)).map((entry) => entry.event.text)
    expect(texts).toEqual(['card **** ****', '**** 1111 thanks', 'card **** ****'])
    await doomed.stop().catch(() => undefined)
  })

  it('rejects bad options by name', () => {
    const error = (() => {
      try {
        createRedactionWorker({ redis, prefix: 'a{b}', shards: SHARDS })
      } catch (thrown) {
        return thrown
      }
    })()
    expect(error).toBeInstanceOf(ChatmaskError)
    expect((error as ChatmaskError).path).toBe('prefix')
    expect(() => createRedactionWorker({ redis: {} as Redis })).toThrow(/redis/)
    expect(() => createRedactionWorker({ redis, shards: 0 })).toThrow(/shards/)
  })
})
