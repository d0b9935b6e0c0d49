import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createMemoryKeyRing, createRedactor, createSealedKeyRing, detokenize, tokenPolicy } from '../../src/index.js'
import { bytesToBase64url } from '../../src/tokens/base64url.js'
import { fileKeyStorage } from '../../src/tokens/file-key-storage.js'
import { chatmaskErrorOf } from '../helpers/errors.js'

const MASTER = new Uint8Array(32).fill(9)
const directory = mkdtempSync(join(tmpdir(), 'chatmask-keys-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

describe('memory key ring', () => {
  it('one current key per scope, rotation keeps old keys, delete removes every key of the scope only', () => {
    const ring = createMemoryKeyRing()
    const a = ring.getKey('a')
    const b = ring.getKey('b')
    expect(ring.getKey('a')).toBe(a)
    const a2 = ring.rotate('a')
    expect(ring.getKey('a')).toBe(a2)
    expect(ring.keyById(a.id)).toBe(a)
    expect(ring.deleteKey('a')).toBe(2)
    expect(ring.keyById(a.id)).toBeUndefined()
    expect(ring.keyById(a2.id)).toBeUndefined()
    expect(ring.keyById(b.id)).toBe(b)
    expect(ring.deleteKey('a')).toBe(0)
  })
})

describe('sealed key ring in a file', () => {
  it('survives a restart, never stores a key or a scope in clear, and forgets for good', () => {
    const path = join(directory, 'keys.json')
    const ring = createSealedKeyRing({ masterKey: MASTER, storage: fileKeyStorage(path) })
    const key = ring.getKey('customer-jo@example.com')
    const stored = readFileSync(path, 'utf8')
    expect(stored.includes(bytesToBase64url(key.bytes))).toBe(false)
    expect(stored.includes(Buffer.from(key.bytes).toString('hex'))).toBe(false)
    expect(stored.includes(Buffer.from(key.bytes).toString('base64'))).toBe(false)
    expect(stored.includes('jo@example.com')).toBe(false)

    const safe = createRedactor({ policies: { email: tokenPolicy({ keyRing: ring, scope: 'customer-jo@example.com' }) } }).redact('mail jo@example.com').text
    const reopened = createSealedKeyRing({ masterKey: MASTER, storage: fileKeyStorage(path) })
    expect(detokenize(safe, reopened).text).toBe('mail jo@example.com')
    expect(reopened.deleteKey('customer-jo@example.com')).toBe(1)
    const afterForget = createSealedKeyRing({ masterKey: MASTER, storage: fileKeyStorage(path) })
    expect(detokenize(safe, afterForget)).toEqual({ text: safe, opened: 0, failed: 1 })
  })

  it('refuses a wrong or short master key with an error that names neither key', () => {
    const path = join(directory, 'other.json')
    createSealedKeyRing({ masterKey: MASTER, storage: fileKeyStorage(path) }).getKey('s')
    const wrong = chatmaskErrorOf(() => createSealedKeyRing({ masterKey: new Uint8Array(32).fill(8), storage: fileKeyStorage(path) }))
    expect(wrong.code).toBe('INVALID_OPTIONS')
    expect(wrong.message).toMatch(/master key does not open/)
    expect(chatmaskErrorOf(() => createSealedKeyRing({ masterKey: new Uint8Array(16), storage: fileKeyStorage(path) })).message).toMatch(/32 bytes/)
  })
})
