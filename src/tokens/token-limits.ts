/**
 * The sizes every token format agrees on, in one place (the house keeps numbers
 * out of code; `src/data/` belongs to the detectors, these belong to the formats).
 */

/** A data key: 256 bits, so each derived AES key is AES-256 (NIST SP 800-57 strength 256). */
export const DATA_KEY_BYTES = 32
/** A master key for the sealed key ring: also 256 bits. */
export const MASTER_KEY_BYTES = 32
/** A key id: 64 random bits, written as 11 base64url characters. Random, so it says nothing about the scope. */
export const KEY_ID_BYTES = 8
/** The longest key id a token may carry (a caller's KMS may use its own ids). */
export const MAX_KEY_ID_CHARS = 64
/** AES-GCM and AES-GCM-SIV nonces: 96 bits (NIST SP 800-38D; RFC 8452). */
export const NONCE_BYTES = 12
/** A card token's random FF1 tweak in randomized mode: 64 bits. */
export const CARD_TWEAK_BYTES = 8
/**
 * A card token's integrity tag: 48 bits of HMAC-SHA-256. A format-preserving
 * body has no room for a MAC, so the tag rides in the wrapper; 48 bits make a
 * forged or damaged token open by chance once in 2^48 tries.
 */
export const CARD_TAG_BYTES = 6
/**
 * NIST SP 800-38G Rev. 1 (2019): radix^minlen ≥ 1,000,000, so FF1 over decimal
 * digits needs at least six of them. The library's own floor is the older 100.
 */
export const MIN_FF1_DIGITS = 6
/** PCI DSS 3.4.1: at most the first six digits of a PAN may show… */
export const CARD_TOKEN_MAX_KEEP_FIRST = 6
/** …and the last four. A card token keeps exactly these four. */
export const CARD_TOKEN_KEEP_LAST = 4
/**
 * The Luhn residue (sum mod 10) every card token has. Any value but 0 fails
 * Luhn; a fixed one lets anybody tell a token from a card by arithmetic alone.
 */
export const CARD_TOKEN_LUHN_RESIDUE = 5
/** The longest token `detokenize` will try to read: longer bracketed text is not a token (bounded work per "["). */
export const MAX_TOKEN_CHARS = 4096
