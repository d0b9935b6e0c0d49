/**
 * The Lua scripts of the broker stage. Each runs atomically in Redis and first
 * checks the shard's lease (the fencing token), so a worker that lost its
 * lease (it crashed, stalled past it, or was partitioned away) can neither read
 * entries into its pending list nor write a thing. All keys of one call share a
 * shard's hash tag: on Redis Cluster they are in one slot.
 */
import type { Cluster, Redis } from 'ioredis'

/**
 * Commit one processed batch: write its output events and dead letters, save
 * the conversations' states (or delete them), acknowledge the input entries,
 * and trim the input stream up to what is still pending.
 *
 * KEYS: lease, input, output, dead, then one state key per saved conversation.
 * ARGV: lease value, group, consumer, state TTL (ms), output max length (0: none),
 *       ack count, output count, dead count, then the ack ids, then each output
 *       and dead entry as its field count followed by its fields, then one state
 *       value per state key ("" deletes).
 * Returns 1 when committed, 0 when the lease is not ours (nothing written), -1
 * when the batch was already committed (a retry after a lost reply: nothing written).
 */
const COMMIT = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
local at = 9
local mine = redis.call('XPENDING', KEYS[2], ARGV[2], ARGV[at], ARGV[at], 1, ARGV[3])
if #mine == 0 then return -1 end
local ids = {}
for i = 1, tonumber(ARGV[6]) do ids[i] = ARGV[at]; at = at + 1 end
local maxlen = tonumber(ARGV[5])
local function add(key, count, trimmed)
  for i = 1, count do
    local n = tonumber(ARGV[at]); at = at + 1
    local fields = {}
    for j = 1, n do fields[j] = ARGV[at]; at = at + 1 end
    if trimmed and maxlen > 0 then
      redis.call('XADD', key, 'MAXLEN', '~', maxlen, '*', unpack(fields))
    else
      redis.call('XADD', key, '*', unpack(fields))
    end
  end
end
add(KEYS[3], tonumber(ARGV[7]), true)
add(KEYS[4], tonumber(ARGV[8]), false)
for k = 5, #KEYS do
  local value = ARGV[at]; at = at + 1
  if value == '' then redis.call('DEL', KEYS[k]) else redis.call('SET', KEYS[k], value, 'PX', ARGV[4]) end
end
redis.call('XACK', KEYS[2], ARGV[2], unpack(ids))
local summary = redis.call('XPENDING', KEYS[2], ARGV[2])
local minid = nil
if summary[1] > 0 then
  minid = summary[2]
else
  for _, group in ipairs(redis.call('XINFO', 'GROUPS', KEYS[2])) do
    local name, last
    for f = 1, #group, 2 do
      if group[f] == 'name' then name = group[f + 1] elseif group[f] == 'last-delivered-id' then last = group[f + 1] end
    end
    if name == ARGV[2] and last then
      local dash = string.find(last, '-', 1, true)
      minid = string.sub(last, 1, dash) .. string.format('%d', tonumber(string.sub(last, dash + 1)) + 1)
    end
  end
end
if minid then redis.call('XTRIM', KEYS[2], 'MINID', minid) end
return 1
`

/**
 * Read new entries into the caller's pending list, only while it holds the lease.
 * KEYS: lease, input. ARGV: lease value, group, consumer, count.
 * Returns nil when the lease is not ours; {1, entries} when some were read;
 * {0, last id} when none: the id to wait after with a blocking XREAD.
 */
const READ = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return false end
local read = redis.call('XREADGROUP', 'GROUP', ARGV[2], ARGV[3], 'COUNT', ARGV[4], 'STREAMS', KEYS[2], '>')
if read then return {1, read[1][2]} end
local last = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
if #last > 0 then return {0, last[1][1]} end
return {0, '0-0'}
`

/**
 * Take over every pending entry of the shard (the previous owner's unfinished
 * work), only while holding the lease, with each entry's delivery count.
 * KEYS: lease, input. ARGV: lease value, group, consumer, cursor, count.
 * Returns nil when the lease is not ours, else {next cursor, entries, pending}
 * where pending is XPENDING's [id, consumer, idle, deliveries] for them.
 */
const CLAIM = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return false end
local claimed = redis.call('XAUTOCLAIM', KEYS[2], ARGV[2], ARGV[3], 0, ARGV[4], 'COUNT', ARGV[5])
local entries = claimed[2]
local pending = {}
if #entries > 0 then
  pending = redis.call('XPENDING', KEYS[2], ARGV[2], entries[1][1], entries[#entries][1], #entries, ARGV[3])
end
return {claimed[1], entries, pending}
`

/**
 * Take a free lease with the next fencing token.
 * KEYS: lease, fence. ARGV: consumer, lease ms. Returns the lease value, or nil when taken.
 */
const ACQUIRE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local token = redis.call('INCR', KEYS[2])
local value = ARGV[1] .. '#' .. token
redis.call('SET', KEYS[1], value, 'PX', ARGV[2])
return value
`

/** Extend a lease still ours. KEYS: lease. ARGV: lease value, lease ms. Returns 1, or 0 when lost. */
const RENEW = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`

/** Give a lease back if still ours. KEYS: lease. ARGV: lease value. */
const RELEASE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1
`

/**
 * Announce (or withdraw) a worker and list the live ones, by the server's
 * clock so workers on machines with skewed clocks agree.
 * KEYS: members. ARGV: consumer, membership ms, "1" to leave.
 */
const HEARTBEAT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if ARGV[3] == '1' then
  redis.call('ZREM', KEYS[1], ARGV[1])
else
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 2)
return redis.call('ZRANGE', KEYS[1], 0, -1)
`

type Reply = Promise<unknown>

/** The scripts as commands on an ioredis client (`defineCommand`: EVALSHA, loading the script when missing). */
export interface StageCommands {
  chatmaskCommit(numberOfKeys: number, ...args: string[]): Reply
  chatmaskRead(numberOfKeys: number, ...args: string[]): Reply
  chatmaskClaim(numberOfKeys: number, ...args: string[]): Reply
  chatmaskAcquire(numberOfKeys: number, ...args: string[]): Reply
  chatmaskRenew(numberOfKeys: number, ...args: string[]): Reply
  chatmaskRelease(numberOfKeys: number, ...args: string[]): Reply
  chatmaskHeartbeat(numberOfKeys: number, ...args: string[]): Reply
}

/** The client the stage runs on: a single Redis or a Redis Cluster (ioredis). */
export type RedisClient = Redis | Cluster

/** Defines the stage's scripts on `redis` (idempotent) and returns it typed with them. */
export function withStageCommands(redis: RedisClient): RedisClient & StageCommands {
  const scripts: Record<keyof StageCommands, string> = {
    chatmaskCommit: COMMIT,
    chatmaskRead: READ,
    chatmaskClaim: CLAIM,
    chatmaskAcquire: ACQUIRE,
    chatmaskRenew: RENEW,
    chatmaskRelease: RELEASE,
    chatmaskHeartbeat: HEARTBEAT,
  }
  for (const [name, lua] of Object.entries(scripts)) {
    if (typeof (redis as unknown as Record<string, unknown>)[name] !== 'function') redis.defineCommand(name, { lua })
  }
  return redis as RedisClient & StageCommands
}
