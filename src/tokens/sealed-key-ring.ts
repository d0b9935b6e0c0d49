/**
 * A key ring saved through a storage you give (a file, for the CLI), each data
 * key wrapped with AES-256-GCM under a master key only you hold: what is stored
 * is never a key in clear, and scopes are stored as keyed hashes, never as
 * written (a scope may be a customer's id, itself personal data).
 */
import { gcm } from '@noble/ciphers/aes'
import { hmac } from '@noble/hashes/hmac'
import { sha256 } from '@noble/hashes/sha2'
import { utf8ToBytes } from '@noble/hashes/utils'
import { ChatmaskError } from '../errors.js'
import { base64urlToBytes, bytesToBase64url } from './base64url.js'
import type { DataKey, KeyRing } from './key-ring.js'
import { createMemoryKeyRing, type MemoryKeyRing, type ScopedKey } from './memory-key-ring.js'
import { randomBytes } from './random-bytes.js'
import { DATA_KEY_BYTES, MASTER_KEY_BYTES, NONCE_BYTES } from './token-limits.js'

/**
 * Where a sealed ring keeps its text: read once when created, written after every change.
 * @example
 * ```ts
 * import { createSealedKeyRing, type KeyRingStorage } from 'chatmask'
 * const saved: string[] = []
 * const storage: KeyRingStorage = { read: () => saved.at(-1), write: (text) => { saved.push(text) } }
 * createSealedKeyRing({ masterKey: new Uint8Array(32).fill(3), storage }).getKey('c1')
 * saved.length // 1
 * ```
 */
export interface KeyRingStorage {
  /** The text last written, or undefined when there is none yet. */
  read(): string | undefined
  /** Replaces the stored text (atomically, if the medium allows). */
  write(text: string): void
}

/**
 * Options of {@link createSealedKeyRing}.
 * @example
 * ```ts
 * import { createSealedKeyRing, type SealedKeyRingOptions } from 'chatmask'
 * let text: string | undefined
 * const options: SealedKeyRingOptions = { masterKey: new Uint8Array(32).fill(7), storage: { read: () => text, write: (t) => { text = t } } }
 * createSealedKeyRing(options).getKey('c1')
 * ```
 */
export interface SealedKeyRingOptions {
  /** 32 secret bytes. Keep it out of the storage: in an environment variable, a KMS, a hardware module. */
  readonly masterKey: Uint8Array
  readonly storage: KeyRingStorage
}

const FORMAT = 'chatmask-key-ring'
const VERSION = 1
const WRAP_CONTEXT = 'chatmask-key-ring:v1:wrap'
const SCOPE_CONTEXT = 'chatmask-key-ring:v1:scope'

interface StoredKey {
  readonly id: string
  readonly scope: string
  readonly wrapped: string
}

function masterKeyError(detail: string): ChatmaskError {
  return new ChatmaskError('INVALID_OPTIONS', `Invalid key ring: ${detail}`, 'masterKey')
}

function aadOf(id: string, scopeRef: string): Uint8Array {
  return utf8ToBytes(`${WRAP_CONTEXT}:${id}:${scopeRef}`)
}

function wrap(masterKey: Uint8Array, entry: ScopedKey): StoredKey {
  const nonce = randomBytes(NONCE_BYTES)
  const sealed = gcm(masterKey, nonce, aadOf(entry.key.id, entry.scope)).encrypt(entry.key.bytes)
  const wrapped = new Uint8Array(NONCE_BYTES + sealed.length)
  wrapped.set(nonce)
  wrapped.set(sealed, NONCE_BYTES)
  return { id: entry.key.id, scope: entry.scope, wrapped: bytesToBase64url(wrapped) }
}

function unwrap(masterKey: Uint8Array, stored: StoredKey): ScopedKey {
  const wrapped = base64urlToBytes(stored.wrapped)
  if (wrapped === undefined || wrapped.length <= NONCE_BYTES) throw masterKeyError('a stored key is damaged.')
  let bytes: Uint8Array
  try {
    bytes = gcm(masterKey, wrapped.subarray(0, NONCE_BYTES), aadOf(stored.id, stored.scope)).decrypt(wrapped.subarray(NONCE_BYTES))
  } catch {
    throw masterKeyError('the master key does not open it (wrong master key, or the stored keys were changed).')
  }
  if (bytes.length !== DATA_KEY_BYTES) throw masterKeyError('a stored key has the wrong length.')
  return { scope: stored.scope, key: Object.freeze({ id: stored.id, bytes }) }
}

function parseStored(text: string): StoredKey[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw masterKeyError(`the stored text is not JSON. Allowed: what a chatmask key ring wrote ({ "format": "${FORMAT}", … }).`)
  }
  const record = parsed as { format?: unknown; version?: unknown; keys?: unknown }
  if (record.format !== FORMAT || record.version !== VERSION || !Array.isArray(record.keys)) {
    throw masterKeyError(`the stored text is not a version ${VERSION} chatmask key ring.`)
  }
  return record.keys.filter(
    (key): key is StoredKey =>
      typeof key === 'object' && key !== null && typeof key.id === 'string' && typeof key.scope === 'string' && typeof key.wrapped === 'string',
  )
}

/**
 * Creates a key ring stored through `storage`, its keys wrapped under
 * `masterKey`. Throws `INVALID_OPTIONS` if the master key is not 32 bytes or
 * does not open what is stored. Deleting a scope rewrites the storage without
 * its keys; copies of the old text (backups) still hold them wrapped, so erasure
 * is complete once those copies expire or the master key is replaced.
 *
 * @example
 * ```ts
 * import { createSealedKeyRing } from 'chatmask'
 * let text: string | undefined
 * const storage = { read: () => text, write: (next: string) => { text = next } }
 * const masterKey = new Uint8Array(32).fill(7) // use 32 random bytes
 * const id = createSealedKeyRing({ masterKey, storage }).getKey('c1').id
 * createSealedKeyRing({ masterKey, storage }).keyById(id)?.id === id // true: reopened from the text
 * ```
 */
export function createSealedKeyRing(options: SealedKeyRingOptions): MemoryKeyRing {
  const { masterKey, storage } = options
  if (!(masterKey instanceof Uint8Array) || masterKey.length !== MASTER_KEY_BYTES) {
    throw masterKeyError(`the master key must be ${MASTER_KEY_BYTES} bytes (received ${describeLength(masterKey)}).`)
  }
  const master = new Uint8Array(masterKey)
  const scopeRefOf = (scope: string): string => bytesToBase64url(hmac(sha256, master, utf8ToBytes(`${SCOPE_CONTEXT}:${scope}`)))
  const text = storage.read()
  const entries = text === undefined ? [] : parseStored(text).map((stored) => unwrap(master, stored))
  const save = (all: readonly ScopedKey[]): void =>
    storage.write(`${JSON.stringify({ format: FORMAT, version: VERSION, keys: all.map((entry) => wrap(master, entry)) }, null, 1)}\n`)
  const inner = createMemoryKeyRing({ entries, onChange: save })
  return {
    getKey: (scope) => inner.getKey(scopeRefOf(scope)),
    keyById: (id) => inner.keyById(id),
    deleteKey: (scope) => inner.deleteKey(scopeRefOf(scope)),
    rotate: (scope): DataKey => inner.rotate(scopeRefOf(scope)),
    entries: () => inner.entries(),
  } satisfies KeyRing & MemoryKeyRing
}

function describeLength(value: unknown): string {
  return value instanceof Uint8Array ? `${value.length} bytes` : typeof value
}
