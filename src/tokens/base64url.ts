/**
 * Base64url without padding (RFC 4648 §5): the alphabet of token payloads, safe
 * in URLs, file names, JSON and CSV cells, and free of "]" and ":".
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const BITS_PER_CHAR = 6
const BITS_PER_BYTE = 8
const SIX_BITS = 0b111111
const EIGHT_BITS = 0xff

const VALUE_OF: ReadonlyMap<number, number> = new Map([...ALPHABET].map((char, index) => [char.charCodeAt(0), index]))

/**
 * Encodes bytes as base64url, no padding.
 *
 * @example
 * ```ts
 * import { bytesToBase64url } from './base64url.js'
 * bytesToBase64url(new Uint8Array([0xfb, 0xff])) // '-_8'
 * ```
 */
export function bytesToBase64url(bytes: Uint8Array): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << BITS_PER_BYTE) | byte
    bits += BITS_PER_BYTE
    while (bits >= BITS_PER_CHAR) {
      bits -= BITS_PER_CHAR
      out += ALPHABET[(buffer >> bits) & SIX_BITS]
    }
    buffer &= (1 << bits) - 1
  }
  if (bits > 0) out += ALPHABET[(buffer << (BITS_PER_CHAR - bits)) & SIX_BITS]
  return out
}

/**
 * Decodes base64url without padding; undefined for any other character or a
 * length no encoding produces, or leftover bits that are not zero (so every byte
 * string has exactly one spelling and a changed character never decodes the same).
 *
 * @example
 * ```ts
 * import { base64urlToBytes } from './base64url.js'
 * base64urlToBytes('-_8') // Uint8Array [0xfb, 0xff]
 * base64urlToBytes('-_9') // undefined: leftover bits set
 * ```
 */
export function base64urlToBytes(text: string): Uint8Array | undefined {
  const out: number[] = []
  let buffer = 0
  let bits = 0
  for (let index = 0; index < text.length; index++) {
    const value = VALUE_OF.get(text.charCodeAt(index))
    if (value === undefined) return undefined
    buffer = (buffer << BITS_PER_CHAR) | value
    bits += BITS_PER_CHAR
    if (bits >= BITS_PER_BYTE) {
      bits -= BITS_PER_BYTE
      out.push((buffer >> bits) & EIGHT_BITS)
    }
    buffer &= (1 << bits) - 1
  }
  if (bits >= BITS_PER_CHAR || buffer !== 0) return undefined
  return Uint8Array.from(out)
}
