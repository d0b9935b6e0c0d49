/**
 * The key-ring interface: the only way a token policy or `detokenize` reaches a
 * key. Plug in your own (a KMS, HashiCorp Vault, a database of wrapped keys) by
 * implementing these three methods; chatmask ships an in-memory ring and a
 * sealed one whose keys are stored wrapped under a master key.
 */

/**
 * One data key: its id (written into every token it makes) and its 32 secret bytes.
 * @example
 * ```ts
 * import { createMemoryKeyRing, type DataKey } from 'chatmask'
 * const key: DataKey = createMemoryKeyRing().getKey('c1')
 * key.bytes.length // 32
 * ```
 */
export interface DataKey {
  /** Printable id, 1–64 characters of `A–Z a–z 0–9 _ -`. Must not reveal the scope: it is written in clear in every token. */
  readonly id: string
  /** The 32-byte data key. Never logged, never written in clear by chatmask. */
  readonly bytes: Uint8Array
}

/**
 * Where data keys live, one current key per scope (a conversation id or a data
 * subject's id), older keys of the scope kept for opening after a rotation.
 *
 * @example
 * ```ts
 * import { createMemoryKeyRing, type KeyRing } from 'chatmask'
 * const ring: KeyRing = createMemoryKeyRing()
 * const key = ring.getKey('conversation-42') // created on first use
 * ring.keyById(key.id) === key // true
 * ring.deleteKey('conversation-42')
 * ring.keyById(key.id) // undefined: every token of that scope is unreadable now
 * ```
 */
export interface KeyRing {
  /** The current key of `scope`, created on first use. Called once per token written. */
  getKey(scope: string): DataKey
  /** The key with this id, current or rotated out, or undefined when unknown or deleted. */
  keyById(id: string): DataKey | undefined
  /** Deletes every key of `scope` (crypto-shredding). Returns how many keys were deleted. */
  deleteKey(scope: string): number
}
