/** Random bytes from the platform: `crypto.getRandomValues` (WebCrypto, in browsers and Node ≥ 20 alike). */

/**
 * `count` bytes from the platform's cryptographic random source.
 *
 * @example
 * ```ts
 * import { randomBytes } from './random-bytes.js'
 * randomBytes(12).length // 12
 * ```
 */
export function randomBytes(count: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(count))
}
