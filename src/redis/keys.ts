import { FMIX32_MULTIPLIER_1, FMIX32_MULTIPLIER_2, FNV_OFFSET_BASIS, FNV_PRIME } from './defaults.js'

/**
 * The keys of one shard. They share the hash tag `{prefix:shard}`, so on Redis
 * Cluster they live in one slot and a Lua script may touch them together.
 */
export interface ShardKeys {
  /** Raw chat events in (a stream). Holds raw text until acknowledged and trimmed. */
  readonly input: string
  /** Redacted events and amendments out (a stream). Safe to read. */
  readonly output: string
  /** Events that could not be processed, with the reason (a stream). Holds the raw event. */
  readonly dead: string
  /** Who owns the shard now: `consumer#token`, with an expiry (a string). */
  readonly lease: string
  /** The fencing counter: each new lease takes the next token (a string). */
  readonly fence: string
  /** The saved state of one conversation (a string with an expiry). Holds at most its hold-back of raw text. */
  state(conversationId: string): string
}

/**
 * The keys of `shard` under `prefix`.
 *
 * @example
 * ```ts
 * import { shardKeys } from 'chatmask/redis'
 * shardKeys('chatmask', 3).input           // '{chatmask:3}:in'
 * shardKeys('chatmask', 3).state('c-42')   // '{chatmask:3}:state:c-42'
 * ```
 */
export function shardKeys(prefix: string, shard: number): ShardKeys {
  const tag = `{${prefix}:${shard}}`
  return {
    input: `${tag}:in`,
    output: `${tag}:out`,
    dead: `${tag}:dead`,
    lease: `${tag}:lease`,
    fence: `${tag}:fence`,
    state: (conversationId) => `${tag}:state:${conversationId}`,
  }
}

/** The sorted set of live workers (one key for the whole stage, outside any shard's slot). */
export function membersKey(prefix: string): string {
  return `${prefix}:workers`
}

/**
 * The shard a conversation belongs to: FNV-1a (32 bits) of the id's UTF-8
 * bytes, modulo `shards`. Producers in any language compute the same, so every
 * event of a conversation goes to one stream, in order.
 *
 * @example
 * ```ts
 * import { shardOf } from 'chatmask/redis'
 * shardOf('c-42', 16) === shardOf('c-42', 16) // true
 * shardOf('', 16) // 5
 * ```
 */
export function shardOf(conversationId: string, shards: number): number {
  return fnv1a(conversationId) % shards
}

const utf8 = new TextEncoder()

/** FNV-1a over the UTF-8 bytes of `text`, as an unsigned 32-bit number. */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET_BASIS
  for (const byte of utf8.encode(text)) {
    hash ^= byte
    hash = Math.imul(hash, FNV_PRIME)
  }
  return hash >>> 0
}

/**
 * Which live worker should own `shard`: rendezvous (highest random weight)
 * hashing, so when a worker joins or leaves only the shards it gains or loses
 * move; every worker computes the same answer from the same member list.
 */
export function ownerOf(shard: number, members: readonly string[]): string | undefined {
  let best: string | undefined
  let bestWeight = -1
  for (const member of members) {
    const weight = fmix32(fnv1a(`${member}\u0000${shard}`))
    if (weight > bestWeight || (weight === bestWeight && best !== undefined && member < best)) {
      best = member
      bestWeight = weight
    }
  }
  return best
}

/** MurmurHash3's finaliser: every input bit moves about half the output bits. */
function fmix32(hash: number): number {
  let mixed = hash ^ (hash >>> 16)
  mixed = Math.imul(mixed, FMIX32_MULTIPLIER_1)
  mixed ^= mixed >>> 13
  mixed = Math.imul(mixed, FMIX32_MULTIPLIER_2)
  return (mixed ^ (mixed >>> 16)) >>> 0
}
