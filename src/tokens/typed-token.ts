/**
 * Typed tokens for everything but card numbers: the value as written, sealed
 * with an AEAD, in `[type:keyId:base64url]`.
 *
 * - Deterministic: AES-256-GCM-SIV (RFC 8452) with a fixed nonce. SIV is built to
 *   survive a repeated nonce: the only thing it gives away is that two tokens
 *   hold the same value (under the same key) — which is the point.
 * - Randomized: AES-256-GCM (NIST SP 800-38D) with a random 96-bit nonce; two
 *   mentions of one value give unrelated tokens.
 *
 * The type, key id and mode are authenticated data, so a token moved to another
 * type or key id, or with any bit changed, fails to open.
 */
import { gcm, gcmsiv } from '@noble/ciphers/aes'
import { utf8ToBytes } from '@noble/hashes/utils'
import { base64urlToBytes, bytesToBase64url } from './base64url.js'
import { randomBytes } from './random-bytes.js'
import { subKeyOf } from './sub-keys.js'
import { NONCE_BYTES } from './token-limits.js'

const MODE_DETERMINISTIC = 1
const MODE_RANDOMIZED = 2
/** The fixed nonce of deterministic mode. Safe with SIV only (RFC 8452 §9). */
const FIXED_NONCE = new Uint8Array(NONCE_BYTES)

function aadOf(type: string, keyId: string, mode: number): Uint8Array {
  return utf8ToBytes(`chatmask-token:v1:${type}:${keyId}:${mode}`)
}

/**
 * The base64url body sealing `value` under `dataKey`.
 *
 * @example
 * ```ts
 * import { typedTokenBody } from './typed-token.js'
 * const key = new Uint8Array(32).fill(1)
 * typedTokenBody(key, 'email', 'k1', 'jo@example.com', true) === typedTokenBody(key, 'email', 'k1', 'jo@example.com', true) // true
 * ```
 */
export function typedTokenBody(dataKey: Uint8Array, type: string, keyId: string, value: string, deterministic: boolean): string {
  const aeadKey = subKeyOf(dataKey, 'aead')
  const plaintext = utf8ToBytes(value)
  if (deterministic) {
    const sealed = gcmsiv(aeadKey, FIXED_NONCE, aadOf(type, keyId, MODE_DETERMINISTIC)).encrypt(plaintext)
    return bytesToBase64url(Uint8Array.of(MODE_DETERMINISTIC, ...sealed))
  }
  const nonce = randomBytes(NONCE_BYTES)
  const sealed = gcm(aeadKey, nonce, aadOf(type, keyId, MODE_RANDOMIZED)).encrypt(plaintext)
  return bytesToBase64url(Uint8Array.of(MODE_RANDOMIZED, ...nonce, ...sealed))
}

/**
 * The value sealed in `body`, or undefined when it does not open (wrong key,
 * wrong type or key id, any bit changed).
 *
 * @example
 * ```ts
 * import { openTypedTokenBody, typedTokenBody } from './typed-token.js'
 * const key = new Uint8Array(32).fill(1)
 * openTypedTokenBody(key, 'email', 'k1', typedTokenBody(key, 'email', 'k1', 'jo@example.com', false)) // 'jo@example.com'
 * openTypedTokenBody(key, 'phone', 'k1', typedTokenBody(key, 'email', 'k1', 'jo@example.com', false)) // undefined
 * ```
 */
export function openTypedTokenBody(dataKey: Uint8Array, type: string, keyId: string, body: string): string | undefined {
  const bytes = base64urlToBytes(body)
  if (bytes === undefined || bytes.length < 1) return undefined
  const mode = bytes[0] ?? 0
  const aeadKey = subKeyOf(dataKey, 'aead')
  try {
    let plaintext: Uint8Array
    if (mode === MODE_DETERMINISTIC) {
      plaintext = gcmsiv(aeadKey, FIXED_NONCE, aadOf(type, keyId, mode)).decrypt(bytes.subarray(1))
    } else if (mode === MODE_RANDOMIZED && bytes.length > 1 + NONCE_BYTES) {
      plaintext = gcm(aeadKey, bytes.subarray(1, 1 + NONCE_BYTES), aadOf(type, keyId, mode)).decrypt(bytes.subarray(1 + NONCE_BYTES))
    } else {
      return undefined
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(plaintext)
  } catch {
    // A failed tag check (or invalid UTF-8): the token does not open. Nothing of it is reported.
    return undefined
  }
}
