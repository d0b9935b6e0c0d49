/**
 * One data key, three jobs: HKDF-SHA-256 (RFC 5869) derives a separate key for
 * FF1, for the card tag and for AEAD, so no key is ever used by two algorithms.
 */
import { hkdf } from '@noble/hashes/hkdf'
import { sha256 } from '@noble/hashes/sha2'
import { DATA_KEY_BYTES } from './token-limits.js'

/** What each sub-key is for: the HKDF "info", so the three are independent. */
export type SubKeyPurpose = 'ff1' | 'card-tag' | 'aead'

/**
 * The 32-byte sub-key of `dataKey` for `purpose`.
 *
 * @example
 * ```ts
 * import { subKeyOf } from './sub-keys.js'
 * subKeyOf(new Uint8Array(32), 'ff1').length // 32
 * ```
 */
export function subKeyOf(dataKey: Uint8Array, purpose: SubKeyPurpose): Uint8Array {
  return hkdf(sha256, dataKey, undefined, `chatmask-token:v1:${purpose}`, DATA_KEY_BYTES)
}
