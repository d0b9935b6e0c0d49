/**
 * `npm run example:redis` end to end: a producer, two `chatmask worker`
 * processes and a consumer on a real Redis. What the consumer prints (what an
 * agent would see) shows the card's last four digits and nothing more.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REDIS_AVAILABLE, startTestRedis, type TestRedis } from './redis-server.js'
import { showsCardNumber, showsExpiryOrCvv } from './leak-scan.js'

const EXAMPLE = fileURLToPath(new URL('../../examples/redis/run.ts', import.meta.url))
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

describe.skipIf(!REDIS_AVAILABLE)('examples/redis: producer, two workers, consumer', () => {
  let server: TestRedis
  beforeAll(async () => {
    server = await startTestRedis()
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('prints every message redacted, both workers took shards, and it exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', EXAMPLE], { cwd: ROOT, env: { ...process.env, CHATMASK_REDIS_URL: server.url }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(code).toBe(0)
    const seen = output.slice(output.indexOf('What the agent sees now:'))
    expect(seen).toContain('chat-1/3: **** 1111, exp **/**')
    expect(seen).toContain('chat-1/5: cvv ***')
    expect(showsCardNumber(output) || showsExpiryOrCvv(output)).toBe(false)
    expect(output).toContain('[worker-a] {"type":"acquired"')
    expect(output).toContain('[worker-b] {"type":"acquired"')
  })
})
