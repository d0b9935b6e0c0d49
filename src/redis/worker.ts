/**
 * The worker: announces itself, works out which shards are its own (rendezvous
 * hashing over the live workers), takes their leases, runs one
 * {@link ShardRunner} per shard, renews the leases, and lets shards go when a
 * worker joins or when it stops. Workers never talk to each other: Redis holds
 * the membership, the leases and the fencing tokens.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { describeError } from './batch.js'
import { ACQUIRE_RETRY_MS, LEASE_RENEWALS_PER_PERIOD } from './defaults.js'
import { membersKey, ownerOf, shardKeys } from './keys.js'
import { withStageCommands } from './scripts.js'
import { ShardRunner, type Stage, type WorkerStats } from './shard-runner.js'
import { resolveWorkerOptions, type RedactionWorkerOptions } from './worker-options.js'

/**
 * A running redaction stage member. See {@link createRedactionWorker}.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis'
 * import { createRedactionWorker } from 'chatmask/redis'
 * const worker = createRedactionWorker({ redis: new Redis('redis://127.0.0.1:6379') })
 * await worker.start()
 * process.once('SIGTERM', () => void worker.stop())
 * ```
 */
export interface RedactionWorker {
  /** This worker's consumer name in the group. */
  readonly consumer: string
  /** Joins the stage and starts taking shards; resolves after the first round of leases. Once only: later calls do nothing. */
  start(): Promise<void>
  /**
   * Drains and leaves: stops reading, lets every shard finish and commit the
   * batch in hand, gives the leases back and leaves the membership, so other
   * workers take over at once rather than after a lease period.
   */
  stop(): Promise<void>
  /** Shards owned right now, ascending. */
  ownedShards(): number[]
  /** Counters since start. */
  readonly stats: Readonly<WorkerStats>
}

/**
 * Creates a worker of the broker stage: it consumes raw chat events from the
 * shard streams `{prefix:N}:in` (consumer group `group`), redacts each
 * conversation in order with `redactor.conversation()`, and writes redacted
 * events and amendments to `{prefix:N}:out`; malformed and poison events go to
 * `{prefix:N}:dead` with the reason. Output, saved state and acknowledgement
 * are one atomic, lease-checked step, so a crash or a stall past the lease
 * neither loses nor duplicates an event. Options are validated at once (a bad
 * one throws `INVALID_OPTIONS` naming the field).
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis'
 * import { createRedactor } from 'chatmask'
 * import { addChatEvent, createRedactionWorker } from 'chatmask/redis'
 * const redis = new Redis(process.env.CHATMASK_REDIS_URL ?? 'redis://127.0.0.1:6379')
 * const worker = createRedactionWorker({ redis, redactor: createRedactor(), shards: 4, prefix: 'demo' })
 * await worker.start()
 * await addChatEvent(redis, { conversation: 'c-1', message: 'm-1', sender: 'customer', text: 'cvv 737' }, { shards: 4, prefix: 'demo' })
 * // {demo:N}:out soon holds { kind: 'message', text: 'cvv ***', … }
 * await worker.stop()
 * redis.disconnect()
 * ```
 */
export function createRedactionWorker(options: RedactionWorkerOptions): RedactionWorker {
  const { redis, ...resolved } = resolveWorkerOptions(options)
  const stats: WorkerStats = { messages: 0, amendments: 0, deadLetters: 0, fencedCommits: 0, fencedReads: 0, commits: 0 }
  const stage: Stage = { redis: withStageCommands(redis), options: resolved, stats }
  const { prefix, consumer, leaseMs, shards, onEvent } = resolved
  const runners = new Map<number, ShardRunner>()
  /** Shards being let go: their runner is finishing its batch before the lease is given back. */
  const leaving = new Map<number, Promise<void>>()
  const tickMs = Math.floor(leaseMs / LEASE_RENEWALS_PER_PERIOD)
  let state: 'new' | 'running' | 'stopping' | 'stopped' = 'new'
  let loop: Promise<void> | undefined
  let wake: AbortController | undefined

  /**
   * One round: heartbeat, renew, let go of shards now someone else's, take the
   * free ones now ours. True when a shard of ours is still held by another.
   */
  async function tick(): Promise<boolean> {
    const members = (await stage.redis.chatmaskHeartbeat(1, membersKey(prefix), consumer, String(leaseMs), '0')) as string[]
    await renewLeases()
    for (const [shard, runner] of runners) {
      if (runner.lost || ownerOf(shard, members) !== consumer) letGo(shard, runner)
    }
    if (state !== 'running') return false
    let waiting = false
    for (let shard = 0; shard < shards; shard++) {
      if (runners.has(shard) || ownerOf(shard, members) !== consumer) continue
      if (leaving.has(shard)) {
        waiting = true
        continue
      }
      const keys = shardKeys(prefix, shard)
      const lease = (await stage.redis.chatmaskAcquire(2, keys.lease, keys.fence, consumer, String(leaseMs))) as string | null
      // Taken: its owner lets go at its next round (or its lease runs out), and a later round takes it.
      if (lease === null || state !== 'running') {
        if (lease !== null) await stage.redis.chatmaskRelease(1, keys.lease, lease)
        waiting = true
        continue
      }
      runners.set(shard, new ShardRunner(stage, shard, lease))
      onEvent({ type: 'acquired', shard })
    }
    return waiting
  }

  async function renewLeases(): Promise<void> {
    const held = [...runners.values()].filter((runner) => !runner.lost)
    const replies = await Promise.all(held.map((runner) => stage.redis.chatmaskRenew(1, shardKeys(prefix, runner.shard).lease, runner.lease, String(leaseMs))))
    held.forEach((runner, index) => {
      if (Number(replies[index]) !== 1) runner.markLost()
    })
  }

  /** Stops the shard's runner; once its last batch is committed, gives the lease back. */
  function letGo(shard: number, runner: ShardRunner): void {
    runners.delete(shard)
    runner.stop()
    const released = runner.done.then(async () => {
      if (!runner.lost) {
        await stage.redis.chatmaskRelease(1, shardKeys(prefix, shard).lease, runner.lease)
        onEvent({ type: 'released', shard })
      }
    })
    leaving.set(
      shard,
      released.catch((error: unknown) => onEvent({ type: 'error', shard, reason: describeError(error) })).finally(() => leaving.delete(shard)),
    )
  }

  async function run(waiting: boolean): Promise<void> {
    while (state === 'running') {
      wake = new AbortController()
      try {
        await sleep(waiting ? Math.min(ACQUIRE_RETRY_MS, tickMs) : tickMs, undefined, { signal: wake.signal })
      } catch {
        // woken by stop()
      }
      if (state !== 'running') break
      try {
        waiting = await tick()
      } catch (error) {
        waiting = false
        onEvent({ type: 'error', shard: undefined, reason: describeError(error) })
      }
    }
  }

  return {
    consumer,
    stats,
    async start() {
      if (state !== 'new') return
      state = 'running'
      loop = run(await tick())
    },
    async stop() {
      if (state === 'stopped' || state === 'stopping') return loop
      const wasRunning = state === 'running'
      const running = loop
      state = 'stopping'
      wake?.abort()
      loop = (async () => {
        await running
        for (const [shard, runner] of runners) letGo(shard, runner)
        await Promise.all(leaving.values())
        if (wasRunning) await stage.redis.chatmaskHeartbeat(1, membersKey(prefix), consumer, String(leaseMs), '1')
        state = 'stopped'
      })()
      return loop
    },
    ownedShards() {
      return [...runners.keys()].sort((a, b) => a - b)
    },
  }
}
