import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRedactor, createSealedKeyRing, tokenPolicy } from '../../src/index.js'
import { fileKeyStorage } from '../../src/tokens/file-key-storage.js'
import { MASTER_KEY_VARIABLE } from '../../src/cli/tokens-command.js'
import { makeTempDir, removeTempDir, runCli } from './run-cli.js'

/** A test master key (64 hex digits); real ones come from a KMS or a secret store. */
const MASTER_KEY_HEX = '07'.repeat(32)
const CHAT = 'card 4111 1111 1111 1111, mail jo@example.com'

describe('chatmask detokenize / forget (built binary on real files)', () => {
  let dir = ''
  beforeEach(async () => {
    dir = await makeTempDir()
    process.env[MASTER_KEY_VARIABLE] = MASTER_KEY_HEX
  })
  afterEach(async () => {
    delete process.env[MASTER_KEY_VARIABLE]
    await removeTempDir(dir)
  })

  /** Tokenizes CHAT under scope `chat-1` with a sealed key ring in `ring.json`; returns both paths. */
  async function tokenized(): Promise<{ ring: string; file: string; safe: string }> {
    const ring = join(dir, 'ring.json')
    const keyRing = createSealedKeyRing({ masterKey: new Uint8Array(Buffer.from(MASTER_KEY_HEX, 'hex')), storage: fileKeyStorage(ring) })
    const policy = tokenPolicy({ keyRing, scope: 'chat-1' })
    const safe = createRedactor({ policies: { card_number: policy, email: policy } }).redact(CHAT).text
    const file = join(dir, 'chat.txt')
    await writeFile(file, safe)
    return { ring, file, safe }
  }

  it('an authorised reader restores the values; forget makes them unreadable for good', async () => {
    const { ring, file, safe } = await tokenized()
    expect(safe).not.toContain('jo@example.com')
    expect(safe).not.toContain('4111 1111 1111 1111')
    const opened = await runCli(['detokenize', '--keys', ring, file])
    expect(opened.code).toBe(0)
    expect(opened.stdout).toBe(CHAT)
    expect(opened.stderr).toContain('opened 2 tokens, could not open 0')

    const forgotten = await runCli(['forget', '--keys', ring, '--scope', 'chat-1'])
    expect(forgotten.code).toBe(0)
    expect(forgotten.stderr).toContain('removed 1 key')
    const after = await runCli(['detokenize', '--keys', ring], { input: safe })
    expect(after.code).toBe(0)
    expect(after.stdout).toBe(safe)
    expect(after.stderr).toContain('opened 0 tokens, could not open 2')
    // The key file never held a key in clear, and now holds none for that scope.
    expect(await readFile(ring, 'utf8')).not.toContain('chat-1')
  })

  it('refuses without a master key, or with one of the wrong size, showing neither', async () => {
    const { ring, file } = await tokenized()
    delete process.env[MASTER_KEY_VARIABLE]
    const missing = await runCli(['detokenize', '--keys', ring, file])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(MASTER_KEY_VARIABLE)
    process.env[MASTER_KEY_VARIABLE] = 'abcd'
    const short = await runCli(['detokenize', '--keys', ring, file])
    expect(short.code).toBe(2)
    expect(short.stderr).not.toContain('abcd')
  })

  it('names what is missing on a bad command line', async () => {
    expect((await runCli(['forget', '--keys', join(dir, 'ring.json')])).code).toBe(2)
    expect((await runCli(['detokenize'])).stderr).toContain('--keys FILE is required')
    expect((await runCli(['detokenize', '--help'])).stdout).toContain('chatmask forget --keys FILE --scope ID')
  })
})
