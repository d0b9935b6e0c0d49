import { DEFAULT_PREFIX, DEFAULT_SHARDS } from './defaults.js'
import { RESERVED_FIELDS, type ChatEvent } from './events.js'
import { shardKeys, shardOf } from './keys.js'
import type { RedisClient } from './scripts.js'
import { ChatmaskError } from '../errors.js'

/** Where events go: the stage's prefix and number of shards (as the workers were given). */
export interface StageLayout {
  readonly prefix?: string
  readonly shards?: number
}

/**
 * The fields of an input entry for `event`, in the order a worker reads them.
 *
 * @example
 * ```ts
 * import { chatEventFields } from 'chatmask/redis'
 * chatEventFields({ conversation: 'c', message: 'm', sender: 'customer', text: 'hi' })
 * // → ['conversation', 'c', 'message', 'm', 'sender', 'customer', 'text', 'hi']
 * ```
 */
export function chatEventFields(event: ChatEvent): string[] {
  const fields = ['conversation', event.conversation, 'message', event.message, 'sender', event.sender, 'text', event.text]
  if (event.ts !== undefined) fields.push('ts', event.ts)
  for (const [name, value] of Object.entries(event.fields ?? {})) {
    if (RESERVED_FIELDS.has(name)) throw new ChatmaskError('INVALID_INPUT', `chatEventFields(): field "${name}" is reserved for the output; rename it.`)
    fields.push(name, value)
  }
  return fields
}

/**
 * Adds a raw chat event to its conversation's shard stream; resolves to the
 * entry id. Any producer can do the same with `XADD` (see README): the shard
 * is {@link shardOf} the conversation id.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis'
 * import { addChatEvent } from 'chatmask/redis'
 * const redis = new Redis(process.env.CHATMASK_REDIS_URL ?? 'redis://127.0.0.1:6379')
 * await addChatEvent(redis, { conversation: 'c-1', message: 'm-1', sender: 'customer', text: 'hello' }) // '1732451234567-0'
 * redis.disconnect()
 * ```
 */
export async function addChatEvent(redis: RedisClient, event: ChatEvent, layout: StageLayout = {}): Promise<string> {
  const shard = shardOf(event.conversation, layout.shards ?? DEFAULT_SHARDS)
  const id = await redis.xadd(shardKeys(layout.prefix ?? DEFAULT_PREFIX, shard).input, '*', ...chatEventFields(event))
  return id as string
}

/**
 * The output stream of every shard, in shard order: what a consumer reads
 * (`XREAD STREAMS …keys… $…`, or a consumer group per stream).
 *
 * @example
 * ```ts
 * import { outputStreams } from 'chatmask/redis'
 * outputStreams({ prefix: 'chatmask', shards: 2 }) // ['{chatmask:0}:out', '{chatmask:1}:out']
 * ```
 */
export function outputStreams(layout: StageLayout = {}): string[] {
  const shards = layout.shards ?? DEFAULT_SHARDS
  return Array.from({ length: shards }, (_, shard) => shardKeys(layout.prefix ?? DEFAULT_PREFIX, shard).output)
}
