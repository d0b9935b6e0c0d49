import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CliError } from '../../src/cli/cli-error.js'
import { describeUrl, parseWorkerCommand } from '../../src/cli/worker-command.js'
import { addChatEvent } from '../../src/redis/index.js'
import { readOutputs, waitUntil } from './helpers.js'
import { REDIS_AVAILABLE, startTestRedis, type TestRedis } from './redis-server.js'

const BIN = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url))
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

describe('chatmask worker: the command line', () => {
  it('takes the URL from --redis or CHATMASK_REDIS_URL, and numbers as whole numbers', () => {
    expect(parseWorkerCommand(['--redis', 'redis://127.0.0.1:6379', '--shards', '8', '--pass-field', 'channel'], {})).toMatchObject({
      redis: 'redis://127.0.0.1:6379',
      shards: 8,
      passFields: ['channel'],
      keepDeadEvents: true,
    })
    expect(parseWorkerCommand([], { CHATMASK_REDIS_URL: 'redis://127.0.0.1:1' })?.redis).toBe('redis://127.0.0.1:1')
    expect(parseWorkerCommand(['--help'], {})).toBeUndefined()
  })

  it('usage errors name the option; a password in the URL is never printed', () => {
    const usage = (argv: string[]) => {
      try {
        parseWorkerCommand(argv, {})
      } catch (error) {
        if (error instanceof CliError && error.code === 'USAGE') return error.message
      }
      return 'no usage error'
    }
    expect(usage([])).toMatch(/--redis URL is required/)
    expect(usage(['--redis', 'redis://127.0.0.1', '--shards', 'many'])).toMatch(/--shards many/)
    expect(usage(['--redis', 'http://user:s3cret@host'])).not.toContain('s3cret')
    expect(describeUrl('redis://user:s3cret@10.0.0.1:6379/0')).toBe('redis://***@10.0.0.1:6379/0')
  })
})

describe.skipIf(!REDIS_AVAILABLE)('chatmask worker on a real Redis', () => {
  let server: TestRedis
  beforeAll(async () => {
    server = await startTestRedis()
  })
  afterAll(async () => {
    await server?.stop()
  })

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`runs until ${signal}, then drains and exits 0`, async () => {
      const prefix = server.prefix()
      const redis = server.client()
      const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'worker', '--redis', server.url, '--prefix', prefix, '--shards', '2', '--lease-ms', '1000'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      })
      let log = ''
      child.stderr.setEncoding('utf8')
      child.stderr.on('data', (chunk: string) => (log += chunk))
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
      await waitUntil('the worker started', () => log.includes('"type":"started"'), 20_000)
      await addChatEvent(redis, { conversation: 'c', message: 'm', sender: 'customer', text: 'cvv 737 thanks' }, { prefix, shards: 2 })
      await waitUntil('the message out', async () => (await readOutputs(redis, prefix, 2)).length === 1)
      expect((await readOutputs(redis, prefix, 2))[0]!.event.text).toBe('cvv *** thanks')
      child.kill(signal)
      expect(await exited).toBe(0)
      const lines = log.trim().split('\n').map((line) => JSON.parse(line) as { type: string; messages?: number })
      expect(lines.at(-1)).toMatchObject({ type: 'stopped', messages: 1 })
      expect(lines.filter((line) => line.type === 'released')).toHaveLength(2)
      expect(log).not.toContain('737')
    })
  }
})
