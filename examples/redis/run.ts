/**
 * The broker stage on a local Redis: a producer adds raw chat events to the
 * shard streams, two `chatmask worker` processes redact them, and a consumer
 * reads the redacted stream and prints what an agent desktop would show.
 *
 *   npm run example:redis
 *
 * Uses $CHATMASK_REDIS_URL if set; otherwise starts `redis-server` on a free
 * loopback port with persistence off, and stops it at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { Redis } from 'ioredis'
import { addChatEvent, outputStreams, parseOutputEntry, shardKeys, type ChatEvent } from '../../src/redis/index.js'

const SHARDS = 4
const PREFIX = 'example'
const CLI = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url))

/** Two chats, interleaved; the card in the first is split across two messages. */
const CHAT: ChatEvent[] = [
  { conversation: 'chat-1', message: '1', sender: 'agent', text: 'Hi! How can I help?' },
  { conversation: 'chat-2', message: '1', sender: 'customer', text: 'my email is jo@example.com, order 88231' },
  { conversation: 'chat-1', message: '2', sender: 'customer', text: 'I want to pay, my card is 4111 1111' },
  { conversation: 'chat-2', message: '2', sender: 'agent', text: 'thanks, found it' },
  { conversation: 'chat-1', message: '3', sender: 'customer', text: '1111 1111, exp 12/29' },
  { conversation: 'chat-1', message: '4', sender: 'agent', text: 'and the security code?' },
  { conversation: 'chat-1', message: '5', sender: 'customer', text: 'cvv 737' },
  { conversation: 'chat-2', message: '3', sender: 'customer', text: 'call me on +44 20 7946 0958' },
  { conversation: 'chat-1', message: '6', sender: 'customer', text: 'done?' },
]

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function startRedis(): Promise<{ url: string; server: ChildProcess | undefined }> {
  if (process.env.CHATMASK_REDIS_URL !== undefined) return { url: process.env.CHATMASK_REDIS_URL, server: undefined }
  const port = await freePort()
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  // Stopped however this script ends (Ctrl-C, an error, a closed pipe).
  process.once('exit', () => server.kill('SIGTERM'))
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGPIPE'] as const) process.once(signal, () => process.exit(1))
  server.once('error', () => {
    console.error('redis-server not found: install it (apt-get install redis-server) or set CHATMASK_REDIS_URL.')
    process.exit(1)
  })
  const url = `redis://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 200; attempt++) {
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 })
    probe.on('error', () => {})
    const up = await probe.connect().then(
      () => true,
      () => false,
    )
    probe.disconnect()
    if (up) return { url, server }
    await sleep(25)
  }
  throw new Error('redis-server did not start')
}

function startWorker(url: string, name: string): ChildProcess {
  const worker = spawn(process.execPath, ['--import', 'tsx', CLI, 'worker', '--redis', url, '--prefix', PREFIX, '--shards', String(SHARDS), '--consumer', name, '--lease-ms', '2000'], {
    stdio: ['ignore', 'inherit', 'pipe'],
  })
  worker.stderr?.setEncoding('utf8')
  worker.stderr?.on('data', (chunk: string) => {
    for (const line of chunk.split('\n').filter(Boolean)) console.log(`  [${name}] ${line}`)
  })
  return worker
}

const { url, server } = await startRedis()
const redis = new Redis(url)
await redis.del(...outputStreams({ prefix: PREFIX, shards: SHARDS }))
console.log(`Redis at ${url}; starting two workers…`)
const workers = [startWorker(url, 'worker-a'), startWorker(url, 'worker-b')]
// Wait until the two have shared the shards out between them (a lease per shard, in Redis).
for (let owners = new Set<string>(); owners.size < workers.length; await sleep(100)) {
  const leases = await Promise.all(Array.from({ length: SHARDS }, (_, shard) => redis.get(shardKeys(PREFIX, shard).lease)))
  owners = new Set(leases.flatMap((lease) => (lease === null ? [] : [lease.split('#')[0] as string])))
}

console.log('Producer: adding the raw events')
for (const event of CHAT) await addChatEvent(redis, event, { prefix: PREFIX, shards: SHARDS })

// The consumer: what the agent desktop shows, amendments applied in place.
const shown = new Map<string, string>()
const streams = outputStreams({ prefix: PREFIX, shards: SHARDS })
const cursors = streams.map(() => '0-0')
let messages = 0
console.log('Consumer: reading the redacted streams')
while (messages < CHAT.length) {
  const reply = (await redis.xread('COUNT', 100, 'BLOCK', 5000, 'STREAMS', ...streams, ...cursors)) as Array<[string, Array<[string, string[]]>]> | null
  if (reply === null) throw new Error('no output within 5 s: are the workers running?')
  for (const [stream, entries] of reply) {
    for (const [id, fields] of entries) {
      cursors[streams.indexOf(stream)] = id
      const event = parseOutputEntry(fields)
      if (event.kind === 'message') {
        messages++
        shown.set(`${event.conversation}/${event.message}`, event.text)
        console.log(`  ${event.conversation} #${event.message} ${event.sender}: ${event.text}`)
      } else {
        shown.set(`${event.conversation}/${event.replaces}`, event.text)
        console.log(`  ${event.conversation} #${event.replaces} amended: ${event.text}`)
      }
    }
  }
}
console.log('\nWhat the agent sees now:')
for (const [key, text] of shown) console.log(`  ${key}: ${text}`)

for (const worker of workers) worker.kill('SIGTERM')
await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('exit', resolve))))
redis.disconnect()
server?.kill('SIGTERM')
