/**
 * Every number the broker stage uses, with the reason for its size. Options of
 * {@link createRedactionWorker} default to these; the bounds are what the
 * option schema accepts.
 */

/** Key prefix: every key the stage touches starts with it (or with `{prefix:`, the hash tag). */
export const DEFAULT_PREFIX = 'chatmask'

/** Consumer group name on every input stream. */
export const DEFAULT_GROUP = 'chatmask'

/**
 * Input streams. 16 lets 16 workers share the load with one shard each and
 * still spreads 2 workers evenly; each shard is one Redis Cluster slot, so 16
 * also spreads the keys over up to 16 cluster nodes. Changing it later moves
 * conversations between shards: drain the streams first (README).
 */
export const DEFAULT_SHARDS = 16
/** The most shards: each owned shard costs its worker one blocking connection. */
export const MAX_SHARDS = 1024

/**
 * How long a shard's lease (and a worker's membership) lasts without renewal.
 * It is the failover time after a crash: a worker that dies holds its shards
 * this long. Ten seconds rides out a garbage-collection pause or a slow Redis
 * failover without handing shards back and forth.
 */
export const DEFAULT_LEASE_MS = 10_000
/** Shorter leases make a stall of the event loop lose shards: tests use 1 s. */
export const MIN_LEASE_MS = 200
/** Leases are renewed this many times per lease period, so two renewals can fail before it runs out. */
export const LEASE_RENEWALS_PER_PERIOD = 3

/**
 * Entries read, redacted and committed in one atomic step. 100 keeps one commit
 * script well under a millisecond of Redis time (other clients wait while a
 * script runs) and amortises the round trips; measured in `bench/redis.ts`.
 */
export const DEFAULT_BATCH_SIZE = 100
/** Lua's `unpack` of the acknowledgements must stay far below its C stack limit (8000). */
export const MAX_BATCH_SIZE = 1000

/** How long an idle shard waits for input on its blocking read before it looks again. */
export const DEFAULT_BLOCK_MS = 1000

/**
 * How long a conversation's saved state lives after its last message. A chat
 * idle for a day is over; its held tail (at most a hold-back) is then dropped
 * rather than kept at rest. A message after that starts the conversation anew.
 */
export const DEFAULT_STATE_TTL_MS = 24 * 60 * 60 * 1000

/**
 * Deliveries after which an entry is dead-lettered instead of processed again.
 * An entry is delivered once, and once more each time a worker dies holding it;
 * five crashes on the same entry is a poison event, not bad luck.
 */
export const DEFAULT_MAX_DELIVERIES = 5

/** The longest message text accepted (UTF-16 units); longer is dead-lettered. 64 Ki is far beyond any chat message. */
export const DEFAULT_MAX_TEXT_CHARS = 65_536
/** The longest conversation id, message id or sender name accepted. */
export const MAX_ID_CHARS = 256
/** The longest `ts` accepted: an ISO 8601 timestamp with offset and nanoseconds is 35. */
export const MAX_TIMESTAMP_CHARS = 40

/** Conversations kept in memory per worker; more are reloaded from Redis when needed. */
export const DEFAULT_CACHED_CONVERSATIONS = 10_000

/** FNV-1a, 32 bits (Fowler, Noll, Vo; IETF draft-eastlake-fnv): offset basis. */
export const FNV_OFFSET_BASIS = 0x811c9dc5
/** FNV-1a, 32 bits: the FNV prime. */
export const FNV_PRIME = 0x01000193

/** After Redis fails a call, a shard waits this long before it reloads its state and goes on. */
export const RETRY_AFTER_ERROR_MS = 500

/**
 * MurmurHash3's 32-bit finaliser (`fmix32`, Austin Appleby, public domain):
 * its two multipliers. FNV-1a alone barely separates "worker-a\0 3" from
 * "worker-b\0 3" in the high bits, so rendezvous weights are mixed with it.
 */
export const FMIX32_MULTIPLIER_1 = 0x85ebca6b
export const FMIX32_MULTIPLIER_2 = 0xc2b2ae35

/** Upper bounds the option schema accepts: beyond them a value is a typo (ms for s), not a setting. */
export const MAX_LEASE_MS = 24 * 60 * 60 * 1000
export const MAX_BLOCK_MS = 60_000
/** The shortest state TTL: shorter would drop a conversation between two messages typed in a row. */
export const MIN_STATE_TTL_MS = 1000
export const MAX_STATE_TTL_MS = 365 * 24 * 60 * 60 * 1000
export const MAX_MAX_DELIVERIES = 1000
/** 16 Mi characters: a text that long is not a chat message. */
export const MAX_MAX_TEXT_CHARS = 2 ** 24
export const MAX_CACHED_CONVERSATIONS = 10_000_000

/**
 * While a shard that is now this worker's is still held by its previous owner
 * (which lets go after committing its batch in hand), ask again this soon
 * rather than a whole renewal period later: a rebalance then pauses a shard
 * for a fraction of a second, not seconds.
 */
export const ACQUIRE_RETRY_MS = 100
