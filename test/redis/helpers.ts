/** Reading a stage's streams back, for the broker-stage tests. */
import { setTimeout as sleep } from 'node:timers/promises'
import type { Redis } from 'ioredis'
import { outputStreams, parseOutputEntry, shardKeys, type OutputEvent } from '../../src/redis/index.js'

/** One output entry with its stream id. */
export interface OutputEntry {
  readonly id: string
  readonly shard: number
  readonly event: OutputEvent
}

const PAGE = 5000

/** Every entry of `key`, oldest first. */
export async function readStream(redis: Redis, key: string): Promise<Array<[string, string[]]>> {
  const entries: Array<[string, string[]]> = []
  let start = '-'
  for (;;) {
    const page = (await redis.xrange(key, start, '+', 'COUNT', PAGE)) as Array<[string, string[]]>
    entries.push(...page)
    if (page.length < PAGE) return entries
    start = `(${page[page.length - 1]![0]}`
  }
}

/** Every output event of the stage, per shard in commit order. */
export async function readOutputs(redis: Redis, prefix: string, shards: number): Promise<OutputEntry[]> {
  const all: OutputEntry[] = []
  const keys = outputStreams({ prefix, shards })
  for (const [shard, key] of keys.entries()) {
    for (const [id, fields] of await readStream(redis, key)) all.push({ id, shard, event: parseOutputEntry(fields) })
  }
  return all
}

/** How many entries all output (or dead-letter) streams hold. */
export async function countEntries(redis: Redis, prefix: string, shards: number, which: 'output' | 'dead' | 'input'): Promise<number> {
  const pipeline = redis.pipeline()
  for (let shard = 0; shard < shards; shard++) pipeline.xlen(shardKeys(prefix, shard)[which])
  const replies = (await pipeline.exec()) ?? []
  return replies.reduce((sum, [, count]) => sum + Number(count), 0)
}

/** The dead letters of every shard, as field maps. */
export async function readDeadLetters(redis: Redis, prefix: string, shards: number): Promise<Array<Record<string, string>>> {
  const letters: Array<Record<string, string>> = []
  for (let shard = 0; shard < shards; shard++) {
    for (const [, fields] of await readStream(redis, shardKeys(prefix, shard).dead)) {
      const letter: Record<string, string> = {}
      for (let index = 0; index + 1 < fields.length; index += 2) letter[fields[index]!] = fields[index + 1]!
      letters.push(letter)
    }
  }
  return letters
}

/** Polls `check` until it is true; fails after `timeoutMs` with `what`. */
export async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000, everyMs = 25, progress?: () => Promise<string>): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}${progress === undefined ? '' : ` (${await progress()})`}`)
    await sleep(everyMs)
  }
}
