/**
 * The broker stage's speed: events per second through 1, 2 and 4 `chatmask
 * worker` processes on one local Redis, and the latency from input to output
 * (p50/p99, from the stream ids: both are the server's clock) under a steady
 * offered load. Prints a Markdown section for `bench/RESULTS.md`.
 *
 *   npm run bench:redis [-- --events N --rate N --seconds N]
 *
 * Uses $CHATMASK_REDIS_URL or starts `redis-server` on a free loopback port.
 * The load is the crash test's (test/redis/chat-load.ts): 2,000 conversations,
 * some cards split across messages.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { Redis } from 'ioredis'
import { chatEventFields, outputStreams, parseOutputEntry, shardKeys, shardOf, type ChatEvent } from '../src/redis/index.js'
import { membersKey, ownerOf } from '../src/redis/keys.js'
import { chatLoad } from '../test/redis/chat-load.js'
import { startTestRedis } from '../test/redis/redis-server.js'
import { machineInfo } from './lib/machine.js'

const { values } = parseArgs({ options: { events: { type: 'string' }, rate: { type: 'string' }, seconds: { type: 'string' } } })
const EVENTS = Number(values.events ?? 40_000)
const RATE = Number(values.rate ?? 2_000)
const SECONDS = Number(values.seconds ?? 5)
const SHARDS = 16
const CONVERSATIONS = 2_000
const WORKER_COUNTS = [1, 2, 4]
const PIPELINE = 1_000
const TICK_MS = 10
const CLOCK_TICKS_PER_SECOND = 100
const ROOT = fileURLToPath(new URL('../', import.meta.url))
const BUILT_CLI = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url))

function startWorker(url: string, prefix: string, name: string): ChildProcess {
  const cli = existsSync(BUILT_CLI) ? [BUILT_CLI] : ['--import', 'tsx', 'src/cli/bin.ts']
  return spawn(process.execPath, [...cli, 'worker', '--redis', url, '--prefix', prefix, '--shards', String(SHARDS), '--consumer', name, '--quiet'], { cwd: ROOT, stdio: 'inherit' })
}

async function add(redis: Redis, prefix: string, events: readonly ChatEvent[]): Promise<void> {
  const pipeline = redis.pipeline()
  for (const event of events) pipeline.xadd(shardKeys(prefix, shardOf(event.conversation, SHARDS)).input, '*', ...chatEventFields(event))
  await pipeline.exec()
}

async function inputLeft(redis: Redis, prefix: string): Promise<number> {
  const pipeline = redis.pipeline()
  for (let shard = 0; shard < SHARDS; shard++) pipeline.xlen(shardKeys(prefix, shard).input)
  return ((await pipeline.exec()) ?? []).reduce((sum, [, count]) => sum + Number(count), 0)
}

async function drained(redis: Redis, prefix: string): Promise<void> {
  while ((await inputLeft(redis, prefix)) > 0) await sleep(20)
}

/** Milliseconds of a stream id ("1732451234567-0"). */
const idMs = (id: string): number => Number(id.slice(0, id.indexOf('-')))

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN
}

/** CPU seconds a process has used so far (Linux /proc; 100 ticks per second). */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND
  } catch {
    return Number.NaN
  }
}

async function redisCpuSeconds(redis: Redis): Promise<number> {
  const info = await redis.info('cpu')
  const field = (name: string) => Number(new RegExp(`${name}:([0-9.]+)`).exec(info)?.[1])
  return field('used_cpu_user') + field('used_cpu_sys')
}

interface Row {
  readonly workers: number
  readonly eventsPerSecond: number
  /** CPU seconds per 10,000 events during the backlog run: Redis, and all workers together. */
  readonly redisCpu: number
  readonly workerCpu: number
  readonly p50: number
  readonly p99: number
  readonly max: number
}

async function measure(url: string, workers: number, load: readonly ChatEvent[]): Promise<Row> {
  const redis = new Redis(url)
  const prefix = `bench${workers}-${Date.now()}`
  const processes = Array.from({ length: workers }, (_, index) => startWorker(url, prefix, `w${index}`))
  // Started and rebalanced: all workers joined, every shard leased by the worker rendezvous hashing gives it to.
  for (;;) {
    const members = await redis.zrange(membersKey(prefix), 0, -1)
    const leases = await Promise.all(Array.from({ length: SHARDS }, (_, shard) => redis.get(shardKeys(prefix, shard).lease)))
    if (members.length === workers && leases.every((lease, shard) => lease?.split('#')[0] === ownerOf(shard, members))) break
    await sleep(50)
  }

  // Throughput: the whole backlog as fast as the producer can add it, until all is acknowledged.
  const workerCpuBefore = processes.reduce((sum, worker) => sum + cpuSeconds(worker.pid), 0)
  const redisCpuBefore = await redisCpuSeconds(redis)
  const started = performance.now()
  for (let start = 0; start < EVENTS; start += PIPELINE) await add(redis, prefix, load.slice(start, start + PIPELINE))
  await drained(redis, prefix)
  const eventsPerSecond = EVENTS / ((performance.now() - started) / 1000)
  const per10k = 10_000 / EVENTS
  const redisCpu = ((await redisCpuSeconds(redis)) - redisCpuBefore) * per10k
  const workerCpu = (processes.reduce((sum, worker) => sum + cpuSeconds(worker.pid), 0) - workerCpuBefore) * per10k

  // Latency: a steady RATE for SECONDS, then input-to-output time of every message of that window.
  const streams = outputStreams({ prefix, shards: SHARDS })
  const marks = await Promise.all(streams.map(async (key) => ((await redis.xrevrange(key, '+', '-', 'COUNT', 1)) as Array<[string, string[]]>)[0]?.[0] ?? '0-0'))
  const perTick = Math.max(1, Math.round((RATE * TICK_MS) / 1000))
  const ticks = Math.round((SECONDS * 1000) / TICK_MS)
  const steadyStart = performance.now()
  for (let tick = 0, next = 0; tick < ticks; tick++) {
    await add(redis, prefix, load.slice(next, next + perTick))
    next = (next + perTick) % load.length
    const wait = steadyStart + (tick + 1) * TICK_MS - performance.now()
    if (wait > 0) await sleep(wait)
  }
  await drained(redis, prefix)
  const latencies: number[] = []
  for (const [index, key] of streams.entries()) {
    for (const [id, fields] of (await redis.xrange(key, `(${marks[index]}`, '+')) as Array<[string, string[]]>) {
      const event = parseOutputEntry(fields)
      if (event.kind === 'message') latencies.push(idMs(id) - idMs(event.source))
    }
  }
  latencies.sort((a, b) => a - b)

  for (const worker of processes) worker.kill('SIGTERM')
  await Promise.all(processes.map((worker) => new Promise((resolve) => worker.once('exit', resolve))))
  redis.disconnect()
  return { workers, eventsPerSecond, redisCpu, workerCpu, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies.at(-1) ?? Number.NaN }
}

const loadBefore = os.loadavg().map((load) => load.toFixed(1)).join(' / ')
// The same server the broker-stage tests use: $CHATMASK_REDIS_URL, or a redis-server started on a free loopback port.
const testRedis = await startTestRedis()
const { url } = testRedis
const load = chatLoad(EVENTS, CONVERSATIONS, 14)
const rows: Row[] = []
for (const workers of WORKER_COUNTS) {
  rows.push(await measure(url, workers, load))
  console.error(`measured ${workers} worker(s)`)
}
const machine = machineInfo()
const redisVersion = await (async () => {
  const redis = new Redis(url)
  const info = await redis.info('server')
  redis.disconnect()
  return /redis_version:([^\r\n]+)/.exec(info)?.[1] ?? 'unknown'
})()
const lines = [
  '## Broker stage: Redis Streams workers',
  '',
  `Measured with \`npm run bench:redis\` (not rewritten by \`npm run bench\`).`,
  `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM (${machine.platform}); Node ${machine.node}; Redis ${redisVersion} on the same machine, persistence off`,
  `- Date: ${machine.date}; chatmask at ${machine.commit}; load average before the run ${loadBefore} (other work shares the 2 cores)`,
  `- Load: ${EVENTS.toLocaleString('en-US')} events over ${CONVERSATIONS.toLocaleString('en-US')} conversations (test/redis/chat-load.ts), ${SHARDS} shards, batches of 100; each worker a \`chatmask worker\` process.`,
  `- events/s: the whole load added as fast as one pipelined producer can, until every entry is acknowledged. Latency: ${RATE.toLocaleString('en-US')} events/s offered for ${SECONDS} s; input entry id to output entry id (both the server's clock, so ms resolution).`,
  '',
  '| workers | events/s | CPU s per 10k events: Redis | workers | p50 latency | p99 latency | max |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (row) =>
      `| ${row.workers} | ${Math.round(row.eventsPerSecond).toLocaleString('en-US')} | ${row.redisCpu.toFixed(2)} | ${row.workerCpu.toFixed(2)} | ${row.p50} ms | ${row.p99} ms | ${row.max} ms |`,
  ),
  '',
]
process.stdout.write(`${lines.join('\n')}\n`)
await testRedis.stop()
