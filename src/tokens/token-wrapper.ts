/**
 * The text form of every token: `[type:keyId:body]`. The brackets and the type
 * make a token easy to find and impossible to mistake for data; the key id says
 * which key opens it, so keys can rotate. Card bodies are format-preserving
 * digits followed by `:tag`; every other body is base64url.
 *
 *   [email:Q2hhdG1hc2sx:AbC…]      [card_number:Q2hhdG1hc2sx:4111 1149 2017 1111:Ab…]
 */
import { MAX_KEY_ID_CHARS, MAX_TOKEN_CHARS } from './token-limits.js'

/** A token split into its parts; nothing is decrypted yet. */
export interface TokenParts {
  readonly type: string
  readonly keyId: string
  readonly body: string
}

const OPEN = 0x5b // "["
const CLOSE = 0x5d // "]"
const COLON = 0x3a // ":"

function isLowerOrUnderscore(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || code === 0x5f // a-z, "_"
}

/**
 * Whether `code` may appear in a key id: base64url's alphabet.
 * @example
 * ```ts
 * import { isKeyIdChar } from './token-wrapper.js'
 * isKeyIdChar('-'.charCodeAt(0)) // true
 * ```
 */
export function isKeyIdChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d || code === 0x5f
}

/**
 * Whether `id` can be written in a token.
 * @example
 * ```ts
 * import { isValidKeyId } from './token-wrapper.js'
 * isValidKeyId('k1') // true
 * isValidKeyId('a:b') // false
 * ```
 */
export function isValidKeyId(id: string): boolean {
  if (id.length === 0 || id.length > MAX_KEY_ID_CHARS) return false
  for (let index = 0; index < id.length; index++) if (!isKeyIdChar(id.charCodeAt(index))) return false
  return true
}

/**
 * Writes a token.
 * @example
 * ```ts
 * import { formatToken } from './token-wrapper.js'
 * formatToken({ type: 'email', keyId: 'k1', body: 'AbC' }) // '[email:k1:AbC]'
 * ```
 */
export function formatToken(parts: TokenParts): string {
  return `[${parts.type}:${parts.keyId}:${parts.body}]`
}

/**
 * Reads the token starting at `text[start]` (which must be "["): its parts and
 * where it ends, or undefined when the text there is not token-shaped. Linear in
 * the token's length, and reads at most `MAX_TOKEN_CHARS`.
 *
 * @example
 * ```ts
 * import { readTokenAt } from './token-wrapper.js'
 * readTokenAt('see [email:k1:AbC] ok', 4) // { parts: { type: 'email', keyId: 'k1', body: 'AbC' }, end: 18 }
 * readTokenAt('[not a token]', 0) // undefined
 * ```
 */
export function readTokenAt(text: string, start: number): { readonly parts: TokenParts; readonly end: number } | undefined {
  if (text.charCodeAt(start) !== OPEN) return undefined
  const limit = Math.min(text.length, start + MAX_TOKEN_CHARS)
  let position = start + 1
  while (position < limit && isLowerOrUnderscore(text.charCodeAt(position))) position++
  if (position === start + 1 || text.charCodeAt(position) !== COLON) return undefined
  const type = text.slice(start + 1, position)
  const keyStart = ++position
  while (position < limit && isKeyIdChar(text.charCodeAt(position))) position++
  if (position === keyStart || position - keyStart > MAX_KEY_ID_CHARS || text.charCodeAt(position) !== COLON) return undefined
  const keyId = text.slice(keyStart, position)
  const bodyStart = ++position
  while (position < limit) {
    const code = text.charCodeAt(position)
    if (code === CLOSE) break
    if (code === OPEN) return undefined
    position++
  }
  if (position >= limit || position === bodyStart) return undefined
  return { parts: { type, keyId, body: text.slice(bodyStart, position) }, end: position + 1 }
}
