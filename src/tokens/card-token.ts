/**
 * Format-preserving card tokens: NIST SP 800-38G FF1 (radix 10) over the middle
 * digits, through `@noble/ciphers`.
 *
 * Layout of an n-digit PAN (n ≥ 12 for every brand chatmask detects):
 *
 *   | kept first k | FF1-encrypted (n − k − 5 digits) | check | kept last 4 |
 *
 * - The last four are the real last four (PCI DSS 3.4.1, and what a reader
 *   needs to recognise the card); the first k are the real BIN digits, with
 *   k = min(6, n − 11), so that at least six digits are encrypted (SP 800-38G
 *   Rev. 1: radix^minlen ≥ 10^6). A 16-digit PAN keeps 5, a 19-digit one 6.
 * - The "check" digit, fifth from the right, is not encrypted: the original's is
 *   determined by its other digits (a detected card always passes Luhn, see
 *   `detectors/card-number.ts`), so it carries no information and is dropped;
 *   the token's is chosen so the whole token's Luhn sum is
 *   `CARD_TOKEN_LUHN_RESIDUE` (5), never 0. So a token fails Luhn **by
 *   construction** — no token can be charged or mistaken for a card — and
 *   opening recomputes the original's check digit from the decrypted digits.
 *   (Cycle-walking cannot do this: it maps a set onto itself, while Luhn-valid
 *   and Luhn-invalid numbers are different sets of different sizes.)
 * - FF1 has no integrity, and a format-preserving body has no room for it, so a
 *   48-bit HMAC tag follows the digits in the wrapper: `…:1111:tag]`. In
 *   randomized mode the tag part also carries the random 64-bit FF1 tweak.
 */
import { FF1 } from '@noble/ciphers/ff1'
import { hmac } from '@noble/hashes/hmac'
import { sha256 } from '@noble/hashes/sha2'
import { utf8ToBytes } from '@noble/hashes/utils'
import { digitValueOf } from '../scanner/unicode-digits.js'
import { base64urlToBytes, bytesToBase64url } from './base64url.js'
import { randomBytes } from './random-bytes.js'
import { subKeyOf } from './sub-keys.js'
import {
  CARD_TAG_BYTES,
  CARD_TOKEN_KEEP_LAST,
  CARD_TOKEN_LUHN_RESIDUE,
  CARD_TOKEN_MAX_KEEP_FIRST,
  CARD_TWEAK_BYTES,
  MIN_FF1_DIGITS,
} from './token-limits.js'

const RADIX = 10
/** The check position is the fifth digit from the right: just before the kept last four. */
const CHECK_FROM_RIGHT = CARD_TOKEN_KEEP_LAST
/** Digits besides the encrypted ones: the last four and the check digit. */
const UNENCRYPTED_TAIL = CARD_TOKEN_KEEP_LAST + 1
/** Fewest digits a card token can be made of. */
export const MIN_CARD_TOKEN_DIGITS = MIN_FF1_DIGITS + UNENCRYPTED_TAIL
const MODE_DETERMINISTIC = 1
const MODE_RANDOMIZED = 2
const TWEAK_LABEL = utf8ToBytes('card_number')
const ZERO = 0x30 // "0"
const SEPARATOR = 0x3a // ":", between the digits and the tag

/** How many leading digits a token of `digitCount` digits keeps in clear. */
export function keptFirstDigits(digitCount: number): number {
  return Math.min(CARD_TOKEN_MAX_KEEP_FIRST, digitCount - UNENCRYPTED_TAIL - MIN_FF1_DIGITS)
}

/** Luhn sum mod 10 of `digits` (ISO/IEC 7812-1 Annex B): doubling every second digit from the right. */
function luhnResidue(digits: readonly number[]): number {
  let sum = 0
  for (let fromRight = 0; fromRight < digits.length; fromRight++) {
    const digit = digits[digits.length - 1 - fromRight] ?? 0
    const doubled = fromRight % 2 === 1 ? digit * 2 : digit
    sum += doubled > 9 ? doubled - 9 : doubled
  }
  return sum % RADIX
}

/** Sets the (undoubled) check position so the Luhn sum mod 10 becomes `residue`. */
function setCheckDigit(digits: number[], residue: number): void {
  const at = digits.length - 1 - CHECK_FROM_RIGHT
  digits[at] = 0
  digits[at] = (((residue - luhnResidue(digits)) % RADIX) + RADIX) % RADIX
}

/** The tag over everything a reader is shown: the key id, the body as written, and the mode and tweak. */
function tagOf(tagKey: Uint8Array, keyId: string, shown: string, header: Uint8Array): Uint8Array {
  const message = utf8ToBytes(`card_number:${keyId}:${shown}:${bytesToBase64url(header)}`)
  return hmac(sha256, tagKey, message).subarray(0, CARD_TAG_BYTES)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let index = 0; index < a.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0)
  return difference === 0
}

/** The digits of `text` in order, read in any script. */
function digitsOf(text: string): number[] {
  const digits: number[] = []
  for (let index = 0; index < text.length; index++) {
    const value = digitValueOf(text.charCodeAt(index))
    if (value >= 0) digits.push(value)
  }
  return digits
}

/** `layout` with its digits replaced, in order, by `digits` written in ASCII. */
function withDigits(layout: string, digits: readonly number[]): string {
  let out = ''
  let next = 0
  for (let index = 0; index < layout.length; index++) {
    const code = layout.charCodeAt(index)
    out += digitValueOf(code) >= 0 ? String.fromCharCode(ZERO + (digits[next++] ?? 0)) : layout[index]
  }
  return out
}

/**
 * The body of a card token for the PAN `canonical` as written in `original`
 * (separators kept), or undefined when the PAN is too short to tokenize.
 *
 * @example
 * ```ts
 * import { cardTokenBody } from './card-token.js'
 * const key = new Uint8Array(32).fill(1)
 * const body = cardTokenBody(key, 'k1', '4111 1111 1111 1111', '4111111111111111', true)
 * // body is '41111' + 6 digits + a check digit + ' 1111' laid out as '4111 1ddd dddd 1111', then ':' and the tag
 * ```
 */
export function cardTokenBody(dataKey: Uint8Array, keyId: string, original: string, canonical: string, deterministic: boolean): string | undefined {
  const digits = digitsOf(canonical)
  if (digits.length < MIN_CARD_TOKEN_DIGITS) return undefined
  // A layout whose digits do not match the canonical value (astral digits, say) is not kept.
  const layout = digitsOf(original).length === digits.length ? original : canonical
  const keepFirst = keptFirstDigits(digits.length)
  const checkAt = digits.length - 1 - CHECK_FROM_RIGHT
  const tweakBytes = deterministic ? undefined : randomBytes(CARD_TWEAK_BYTES)
  const header = tweakBytes === undefined ? Uint8Array.of(MODE_DETERMINISTIC) : Uint8Array.of(MODE_RANDOMIZED, ...tweakBytes)
  const ff1 = FF1(RADIX, subKeyOf(dataKey, 'ff1'), tweakBytes ?? TWEAK_LABEL)
  const encrypted = ff1.encrypt(digits.slice(keepFirst, checkAt))
  const token = [...digits.slice(0, keepFirst), ...encrypted, 0, ...digits.slice(checkAt + 1)]
  setCheckDigit(token, CARD_TOKEN_LUHN_RESIDUE)
  const shown = withDigits(layout, token)
  const tag = tagOf(subKeyOf(dataKey, 'card-tag'), keyId, shown, header)
  const trailer = new Uint8Array(header.length + tag.length)
  trailer.set(header)
  trailer.set(tag, header.length)
  return `${shown}:${bytesToBase64url(trailer)}`
}

/**
 * The original card number (its separators as written, digits in ASCII) of a
 * card token body, or undefined when the body is damaged or the key is not the
 * one that wrote it.
 *
 * @example
 * ```ts
 * import { cardTokenBody, openCardTokenBody } from './card-token.js'
 * const key = new Uint8Array(32).fill(1)
 * const body = cardTokenBody(key, 'k1', '4111-1111-1111-1111', '4111111111111111', true)
 * openCardTokenBody(key, 'k1', body ?? '') // '4111-1111-1111-1111'
 * ```
 */
export function openCardTokenBody(dataKey: Uint8Array, keyId: string, body: string): string | undefined {
  const split = body.lastIndexOf(String.fromCharCode(SEPARATOR))
  if (split <= 0) return undefined
  const shown = body.slice(0, split)
  const trailer = base64urlToBytes(body.slice(split + 1))
  if (trailer === undefined || trailer.length <= CARD_TAG_BYTES) return undefined
  const header = trailer.subarray(0, trailer.length - CARD_TAG_BYTES)
  const mode = header[0]
  const isDeterministic = mode === MODE_DETERMINISTIC && header.length === 1
  const isRandomized = mode === MODE_RANDOMIZED && header.length === 1 + CARD_TWEAK_BYTES
  if (!isDeterministic && !isRandomized) return undefined
  if (!sameBytes(tagOf(subKeyOf(dataKey, 'card-tag'), keyId, shown, header), trailer.subarray(header.length))) return undefined
  const token = digitsOf(shown)
  if (token.length < MIN_CARD_TOKEN_DIGITS || luhnResidue(token) !== CARD_TOKEN_LUHN_RESIDUE) return undefined
  const keepFirst = keptFirstDigits(token.length)
  const checkAt = token.length - 1 - CHECK_FROM_RIGHT
  const ff1 = FF1(RADIX, subKeyOf(dataKey, 'ff1'), isRandomized ? header.subarray(1) : TWEAK_LABEL)
  const middle = ff1.decrypt(token.slice(keepFirst, checkAt))
  const original = [...token.slice(0, keepFirst), ...middle, 0, ...token.slice(checkAt + 1)]
  setCheckDigit(original, 0)
  return withDigits(shown, original)
}
