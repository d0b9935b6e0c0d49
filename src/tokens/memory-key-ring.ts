/** A key ring in memory: for tests, short-lived processes, and as the core of the sealed ring. */
import { bytesToBase64url } from './base64url.js'
import type { DataKey, KeyRing } from './key-ring.js'
import { randomBytes } from './random-bytes.js'
import { DATA_KEY_BYTES, KEY_ID_BYTES } from './token-limits.js'

/**
 * One key with the scope it belongs to, as a ring stores it.
 * @example
 * ```ts
 * import { createMemoryKeyRing, type ScopedKey } from 'chatmask'
 * const ring = createMemoryKeyRing()
 * ring.getKey('c1')
 * const entries: readonly ScopedKey[] = ring.entries()
 * entries[0]?.scope // 'c1'
 * ```
 */
export interface ScopedKey {
  readonly scope: string
  readonly key: DataKey
}

/**
 * A key ring you can also rotate and list, as `createMemoryKeyRing` returns it.
 * @example
 * ```ts
 * import { createMemoryKeyRing, type MemoryKeyRing } from 'chatmask'
 * const ring: MemoryKeyRing = createMemoryKeyRing()
 * ring.rotate('c1')
 * ring.entries().length // 1
 * ```
 */
export interface MemoryKeyRing extends KeyRing {
  /** Makes a new current key for `scope`; tokens already written keep opening with the old one. */
  rotate(scope: string): DataKey
  /** Every key held, oldest first, for a sealed ring to save. */
  entries(): readonly ScopedKey[]
}

/**
 * Options of {@link createMemoryKeyRing}.
 * @example
 * ```ts
 * import { createMemoryKeyRing } from 'chatmask'
 * const saved: unknown[] = []
 * createMemoryKeyRing({ onChange: (entries) => saved.push(entries.length) }).getKey('c1')
 * saved // [1]
 * ```
 */
export interface MemoryKeyRingOptions {
  /** Keys to start with (e.g. unwrapped from storage), oldest first. */
  readonly entries?: readonly ScopedKey[]
  /** Called after every change (a key created, rotated or deleted), with every key now held. */
  readonly onChange?: (entries: readonly ScopedKey[]) => void
}

/**
 * Creates a key ring that keeps its keys in this process's memory: they are
 * gone when the process ends, so its tokens are readable only as long as it runs.
 *
 * @example
 * ```ts
 * import { createMemoryKeyRing } from 'chatmask'
 * const ring = createMemoryKeyRing()
 * const first = ring.getKey('c1')
 * ring.getKey('c1') === first // true: one current key per scope
 * ring.rotate('c1').id !== first.id // true, and first still opens old tokens
 * ring.deleteKey('c1') // 2
 * ```
 */
export function createMemoryKeyRing(options: MemoryKeyRingOptions = {}): MemoryKeyRing {
  const byId = new Map<string, ScopedKey>()
  /** The current key of each scope: the newest one. */
  const current = new Map<string, DataKey>()
  for (const entry of options.entries ?? []) {
    byId.set(entry.key.id, entry)
    current.set(entry.scope, entry.key)
  }
  const changed = (): void => options.onChange?.([...byId.values()])

  function create(scope: string): DataKey {
    const key: DataKey = Object.freeze({ id: bytesToBase64url(randomBytes(KEY_ID_BYTES)), bytes: randomBytes(DATA_KEY_BYTES) })
    byId.set(key.id, { scope, key })
    current.set(scope, key)
    changed()
    return key
  }

  return {
    getKey: (scope) => current.get(scope) ?? create(scope),
    keyById: (id) => byId.get(id)?.key,
    rotate: create,
    deleteKey(scope) {
      let deleted = 0
      for (const [id, entry] of byId) {
        if (entry.scope !== scope) continue
        entry.key.bytes.fill(0)
        byId.delete(id)
        deleted++
      }
      current.delete(scope)
      if (deleted > 0) changed()
      return deleted
    },
    entries: () => [...byId.values()],
  }
}
