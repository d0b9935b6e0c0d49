/**
 * One shard, owned: claim what the previous owner left pending, then read,
 * redact and commit batches until told to stop or the lease is found lost.
 * Every read and every commit is fenced by the lease inside Redis, so this
 * loop can be as slow or as stalled as it likes without breaking exactly-once.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { ChatmaskError } from '../errors.js'
import { buildBatch, describeError, PoisonEntryError, readEntries, type BatchOutput, type ReadEntry, type StreamEntry } from './batch.js'
import { ConversationCache } from './conversation-cache.js'
import { RETRY_AFTER_ERROR_MS } from './defaults.js'
import { shardKeys, type ShardKeys } from './keys.js'
import { deserialiseConversation, type LiveConversation } from './saved-state.js'
import type { RedisClient, StageCommands } from './scripts.js'
import type { ResolvedWorkerOptions } from './worker-options.js'

/** Counters of one worker, summed over its shards. */
export interface WorkerStats {
  /** Input events committed as redacted messages. */
  messages: number
  /** Amendment events committed. */
  amendments: number
  /** Input events committed to the dead-letter stream. */
  deadLetters: number
  /** Commits refused because the lease had passed on (nothing written). */
  fencedCommits: number
  /** Reads and claims refused for the same reason (nothing read). */
  fencedReads: number
  /** Atomic commits done. */
  commits: number
}

/** What every shard of a worker shares. */
export interface Stage {
  readonly redis: RedisClient & StageCommands
  readonly options: ResolvedWorkerOptions
  readonly stats: WorkerStats
}

/** A reply of the claim script. */
type ClaimReply = [cursor: string, entries: StreamEntry[], pending: Array<[id: string, consumer: string, idle: number, deliveries: number]>] | null
/** A reply of the read script. */
type ReadReply = [1, StreamEntry[]] | [0, string] | null

/** Runs one owned shard until {@link stop}; `done` settles when it has let go. */
export class ShardRunner {
  readonly shard: number
  /** Settles when the runner has stopped: its last batch is committed or abandoned. */
  readonly done: Promise<void>
  readonly #stage: Stage
  readonly #keys: ShardKeys
  readonly #lease: string
  readonly #cache: ConversationCache
  #stopping = false
  #lost = false
  /** A connection of its own for the blocking read, so the shared one never waits. */
  #blocking: RedisClient | undefined

  constructor(stage: Stage, shard: number, lease: string) {
    this.#stage = stage
    this.shard = shard
    this.#keys = shardKeys(stage.options.prefix, shard)
    this.#lease = lease
    this.#cache = new ConversationCache(stage.options.cachedConversations, stage.options.stateTtlMs)
    this.done = this.#run()
  }

  /** The lease value this runner commits under (`consumer#token`). */
  get lease(): string {
    return this.#lease
  }

  /** True once Redis refused this runner's lease: another worker owns the shard. */
  get lost(): boolean {
    return this.#lost
  }

  /** Stop after the batch in hand (its commit included); interrupts an idle wait at once. */
  stop(): void {
    this.#stopping = true
    this.#blocking?.disconnect()
  }

  /** The lease was found lost outside a commit (a failed renewal): stop without committing more. */
  markLost(): void {
    if (!this.#lost) this.#stage.options.onEvent({ type: 'lost', shard: this.shard })
    this.#lost = true
    this.stop()
  }

  async #run(): Promise<void> {
    try {
      // Redis and Cluster both have duplicate(), with signatures TypeScript cannot unite.
      const blocking = (this.#stage.redis as { duplicate(): RedisClient }).duplicate()
      // Its failures reach the blocking read as rejections; without a listener ioredis would also print them.
      blocking.on('error', () => {})
      this.#blocking = blocking
      if (this.#stopping) blocking.disconnect()
      while (!this.#stopping) {
        try {
          await this.#ensureGroup()
          await this.#claimPending()
          await this.#readUntilStopped()
        } catch (error) {
          if (this.#stopping) break
          // Whatever was in memory may be ahead of what Redis has: start again from the saved states.
          this.#cache.clear()
          this.#stage.options.onEvent({ type: 'error', shard: this.shard, reason: describeError(error) })
          await sleep(RETRY_AFTER_ERROR_MS)
        }
      }
    } finally {
      this.#blocking?.disconnect()
      this.#cache.clear()
    }
  }

  async #ensureGroup(): Promise<void> {
    try {
      // From the stream's start: events a producer added before any worker ran are read too.
      await this.#stage.redis.xgroup('CREATE', this.#keys.input, this.#stage.options.group, '0', 'MKSTREAM')
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('BUSYGROUP'))) throw error
    }
  }

  /** Takes over every entry left pending in the group (by a dead or stalled owner), oldest first. */
  async #claimPending(): Promise<void> {
    const { redis, options } = this.#stage
    let cursor = '0-0'
    do {
      const reply = (await redis.chatmaskClaim(2, this.#keys.lease, this.#keys.input, this.#lease, options.group, options.consumer, cursor, String(options.batchSize))) as ClaimReply
      if (reply === null) return this.#fenced('read')
      const [next, entries, pending] = reply
      const deliveries = new Map(pending.map(([id, , , count]) => [id, Number(count)]))
      if (entries.length > 0) await this.#process(entries, deliveries)
      cursor = next
    } while (cursor !== '0-0' && !this.#stopping)
  }

  async #readUntilStopped(): Promise<void> {
    const { redis, options } = this.#stage
    while (!this.#stopping) {
      const reply = (await redis.chatmaskRead(2, this.#keys.lease, this.#keys.input, this.#lease, options.group, options.consumer, String(options.batchSize))) as ReadReply
      if (reply === null) return this.#fenced('read')
      if (reply[0] === 1) await this.#process(reply[1], undefined)
      else await this.#waitForInput(reply[1])
    }
  }

  /** Blocks (on its own connection) until an entry after `lastId` arrives, or `blockMs` passes. */
  async #waitForInput(lastId: string): Promise<void> {
    const blocking = this.#blocking
    if (blocking === undefined || this.#stopping) return
    try {
      await blocking.xread('BLOCK', this.#stage.options.blockMs, 'STREAMS', this.#keys.input, lastId)
    } catch (error) {
      if (!this.#stopping) throw error
    }
  }

  /** Redacts and commits one batch; an entry whose redaction throws is dead-lettered and the batch built again. */
  async #process(entries: readonly StreamEntry[], deliveries: ReadonlyMap<string, number> | undefined): Promise<void> {
    const { options } = this.#stage
    const read = readEntries(entries, deliveries, options)
    const poison = new Map<string, string>()
    for (;;) {
      const live = await this.#load(read, poison)
      let batch: BatchOutput
      try {
        batch = buildBatch(read, live, poison, this.shard, options)
      } catch (error) {
        if (!(error instanceof PoisonEntryError)) throw error
        poison.set(error.entryId, error.reason)
        // The batch advanced these in memory and will not commit that: reload them as saved.
        for (const id of live.keys()) this.#cache.delete(id)
        continue
      }
      await this.#commit(batch, live)
      return
    }
  }

  /** Every conversation the batch will advance: from memory, else from its saved state (one MGET). */
  async #load(entries: readonly ReadEntry[], poison: ReadonlyMap<string, string>): Promise<Map<string, LiveConversation>> {
    const now = Date.now()
    const live = new Map<string, LiveConversation>()
    const missing: string[] = []
    for (const entry of entries) {
      const id = entry.event?.conversation
      if (id === undefined || poison.has(entry.id) || live.has(id) || missing.includes(id)) continue
      const cached = this.#cache.get(id, now)
      if (cached === undefined) missing.push(id)
      else live.set(id, cached)
    }
    if (missing.length === 0) return live
    const saved = await this.#stage.redis.mget(missing.map((id) => this.#keys.state(id)))
    missing.forEach((id, index) => {
      try {
        live.set(id, deserialiseConversation(this.#stage.options.redactor, saved[index] ?? null))
      } catch (error) {
        this.#stage.options.onEvent({ type: 'state-reset', shard: this.shard, reason: error instanceof ChatmaskError || error instanceof TypeError ? error.message : describeError(error) })
        live.set(id, deserialiseConversation(this.#stage.options.redactor, null))
      }
    })
    return live
  }

  /** The atomic step: output, dead letters, states and acknowledgements, under the lease. */
  async #commit(batch: BatchOutput, live: ReadonlyMap<string, LiveConversation>): Promise<void> {
    const { redis, options, stats } = this.#stage
    const stateIds = [...batch.states.keys()]
    const keys = [this.#keys.lease, this.#keys.input, this.#keys.output, this.#keys.dead, ...stateIds.map((id) => this.#keys.state(id))]
    const args = [this.#lease, options.group, options.consumer, String(options.stateTtlMs), String(options.outputMaxLength)]
    args.push(String(batch.ackIds.length), String(batch.outputs.length), String(batch.dead.length), ...batch.ackIds)
    for (const entry of batch.outputs) args.push(String(entry.length), ...entry)
    for (const entry of batch.dead) args.push(String(entry.length), ...entry)
    for (const id of stateIds) args.push(batch.states.get(id) as string)
    const result = Number(await redis.chatmaskCommit(keys.length, ...keys, ...args))
    if (result === 0) return this.#fenced('commit')
    stats.commits++
    stats.messages += batch.messages
    stats.amendments += batch.amendments
    stats.deadLetters += batch.dead.length
    const now = Date.now()
    for (const id of stateIds) this.#cache.set(id, live.get(id) as LiveConversation, now)
    for (const { source, reason } of batch.deadReasons) options.onEvent({ type: 'dead-letter', shard: this.shard, source, reason })
  }

  /** Redis refused the lease: another worker owns the shard now. Nothing was written. */
  #fenced(what: 'read' | 'commit'): void {
    if (what === 'commit') this.#stage.stats.fencedCommits++
    else this.#stage.stats.fencedReads++
    this.#stage.options.onEvent({ type: 'fenced', shard: this.shard })
    this.markLost()
  }
}
