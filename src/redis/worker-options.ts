import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { ChatmaskError } from '../errors.js'
import { createRedactor } from '../index.js'
import type { Redactor } from '../redactor.js'
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_BLOCK_MS,
  DEFAULT_CACHED_CONVERSATIONS,
  DEFAULT_GROUP,
  DEFAULT_LEASE_MS,
  DEFAULT_MAX_DELIVERIES,
  DEFAULT_MAX_TEXT_CHARS,
  DEFAULT_PREFIX,
  DEFAULT_SHARDS,
  DEFAULT_STATE_TTL_MS,
  MAX_BATCH_SIZE,
  MAX_BLOCK_MS,
  MAX_CACHED_CONVERSATIONS,
  MAX_LEASE_MS,
  MAX_MAX_DELIVERIES,
  MAX_MAX_TEXT_CHARS,
  MAX_STATE_TTL_MS,
  MAX_ID_CHARS,
  MAX_SHARDS,
  MIN_LEASE_MS,
  MIN_STATE_TTL_MS,
} from './defaults.js'
import type { RedisClient } from './scripts.js'

/** Something the worker did, for logs and metrics. Never carries message text or a conversation id. */
export type WorkerEvent =
  | { readonly type: 'acquired' | 'released' | 'lost'; readonly shard: number }
  /** A commit was refused: the lease had passed to another worker. Nothing was written. */
  | { readonly type: 'fenced'; readonly shard: number }
  | { readonly type: 'dead-letter'; readonly shard: number; readonly source: string; readonly reason: string }
  /** A saved state could not be read; the conversation starts anew. */
  | { readonly type: 'state-reset'; readonly shard: number; readonly reason: string }
  /** Redis failed a call; the shard goes on from its saved state after `retryMs`. */
  | { readonly type: 'error'; readonly shard: number | undefined; readonly reason: string }

/**
 * Options of {@link createRedactionWorker}. Only `redis` is required; every
 * worker of one stage must agree on `prefix`, `shards` and `group`.
 */
export interface RedactionWorkerOptions {
  /** An ioredis client (`new Redis(url)` or `new Redis.Cluster(nodes)`); the worker does not close it. */
  readonly redis: RedisClient
  /** Default: `createRedactor()` (every detector). Every worker must be configured alike. */
  readonly redactor?: Redactor
  /** Key prefix. Default `chatmask`. No braces (they would break the hash tags). */
  readonly prefix?: string
  /** Number of input streams. Default 16. Producers shard with {@link shardOf} and the same number. */
  readonly shards?: number
  /** Consumer group. Default `chatmask`. */
  readonly group?: string
  /** This worker's name in the group; unique per process. Default `host-pid-random`. */
  readonly consumer?: string
  /** Lease (and membership) duration: the failover time after a crash. Default 10 s. */
  readonly leaseMs?: number
  /** Entries per atomic commit. Default 100. */
  readonly batchSize?: number
  /** Longest blocking read on an idle shard. Default 1 s. */
  readonly blockMs?: number
  /** Idle conversations' state expires after this. Default 24 h. */
  readonly stateTtlMs?: number
  /** Deliveries after which an entry is dead-lettered. Default 5. */
  readonly maxDeliveries?: number
  /** Longer texts are dead-lettered. Default 65,536. */
  readonly maxTextChars?: number
  /** Extra fields copied to the output unscanned (ids, channels). Others are redacted, each on its own. */
  readonly passFields?: readonly string[]
  /** Keep the raw input entry in the dead letter, so it can be replayed. Default true. */
  readonly keepDeadEvents?: boolean
  /** Approximate cap on each output stream's length (`XADD MAXLEN ~`). Default: none. */
  readonly outputMaxLength?: number
  /** Conversations held in memory per worker. Default 10,000. */
  readonly cachedConversations?: number
  /** Told about every lease change, dead letter and error. */
  readonly onEvent?: (event: WorkerEvent) => void
}

/** The options with every default filled in. */
export interface ResolvedWorkerOptions {
  readonly redactor: Redactor
  readonly prefix: string
  readonly shards: number
  readonly group: string
  readonly consumer: string
  readonly leaseMs: number
  readonly batchSize: number
  readonly blockMs: number
  readonly stateTtlMs: number
  readonly maxDeliveries: number
  readonly maxTextChars: number
  readonly passFields: ReadonlySet<string>
  readonly keepDeadEvents: boolean
  readonly outputMaxLength: number
  readonly cachedConversations: number
  readonly onEvent: (event: WorkerEvent) => void
}

/** No braces (hash tags), no whitespace or control characters: a name that is safe in a key and a log. */
const NAME_PATTERN = /^[^{}\s\p{Cc}]+$/u
const name = z.string().min(1).max(MAX_ID_CHARS).regex(NAME_PATTERN)
const whole = (min: number, max: number) => z.number().int().min(min).max(max)

const schema = z.object({
  redis: z.custom<RedisClient>((value) => typeof value === 'object' && value !== null && typeof (value as RedisClient).defineCommand === 'function', {
    message: 'an ioredis client (new Redis(url) or new Redis.Cluster(nodes))',
  }),
  redactor: z.custom<Redactor>((value) => typeof value === 'object' && value !== null && typeof (value as Redactor).conversation === 'function').optional(),
  prefix: name.default(DEFAULT_PREFIX),
  shards: whole(1, MAX_SHARDS).default(DEFAULT_SHARDS),
  group: name.default(DEFAULT_GROUP),
  consumer: name.optional(),
  leaseMs: whole(MIN_LEASE_MS, MAX_LEASE_MS).default(DEFAULT_LEASE_MS),
  batchSize: whole(1, MAX_BATCH_SIZE).default(DEFAULT_BATCH_SIZE),
  blockMs: whole(1, MAX_BLOCK_MS).default(DEFAULT_BLOCK_MS),
  stateTtlMs: whole(MIN_STATE_TTL_MS, MAX_STATE_TTL_MS).default(DEFAULT_STATE_TTL_MS),
  maxDeliveries: whole(1, MAX_MAX_DELIVERIES).default(DEFAULT_MAX_DELIVERIES),
  maxTextChars: whole(1, MAX_MAX_TEXT_CHARS).default(DEFAULT_MAX_TEXT_CHARS),
  passFields: z.array(z.string()).default([]),
  keepDeadEvents: z.boolean().default(true),
  outputMaxLength: whole(0, Number.MAX_SAFE_INTEGER).default(0),
  cachedConversations: whole(1, MAX_CACHED_CONVERSATIONS).default(DEFAULT_CACHED_CONVERSATIONS),
  onEvent: z.custom<(event: WorkerEvent) => void>((value) => typeof value === 'function').optional(),
})

/** Validates the options (a bad one throws `INVALID_OPTIONS` naming the field) and fills in defaults. */
export function resolveWorkerOptions(options: RedactionWorkerOptions): ResolvedWorkerOptions & { readonly redis: RedisClient } {
  const parsed = schema.safeParse(options)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue?.path.join('.') ?? ''
    // The issue's own message for the custom checks (they say what is expected); else its code, never the value.
    const what = issue?.code === 'custom' ? issue.message : issue?.code ?? 'invalid'
    throw new ChatmaskError('INVALID_OPTIONS', `createRedactionWorker(): ${path || 'options'} is not valid (${what}).`, path)
  }
  const value = parsed.data
  return {
    ...value,
    redactor: value.redactor ?? createRedactor(),
    consumer: value.consumer ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    passFields: new Set(value.passFields),
    onEvent: value.onEvent ?? (() => {}),
  }
}
