/** Turns a finding's value into a token under the key of one scope. */
import { ChatmaskError } from '../errors.js'
import { cardTokenBody } from './card-token.js'
import type { KeyRing } from './key-ring.js'
import { brandTokenizer, type Tokenizer } from './tokenizer-brand.js'
import { formatToken, isValidKeyId } from './token-wrapper.js'
import { typedTokenBody } from './typed-token.js'
import { DATA_KEY_BYTES } from './token-limits.js'

/**
 * Options of {@link createTokenizer} and `tokenPolicy`.
 * @example
 * ```ts
 * import { createMemoryKeyRing, tokenPolicy, type TokenOptions } from 'chatmask'
 * const options: TokenOptions = { keyRing: createMemoryKeyRing(), scope: 'conversation-42', deterministic: true }
 * tokenPolicy(options).action // 'token'
 * ```
 */
export interface TokenOptions {
  /** Where the data keys live; chatmask reaches keys only through it. */
  readonly keyRing: KeyRing
  /**
   * Whose key: a conversation id, or a data subject's id when one person's data
   * must be erasable across conversations. Deleting this scope's key later makes
   * every token written under it unreadable. One redactor per scope.
   */
  readonly scope: string
  /**
   * `true` (default): the same value in the same scope gives the same token, so
   * mentions can be joined (and equality is visible). `false`: a fresh token
   * every time.
   */
  readonly deterministic?: boolean
}

/**
 * A tokenizer with the options it was made from, as `createTokenizer` returns it.
 * @example
 * ```ts
 * import { createMemoryKeyRing, createTokenizer, type ScopedTokenizer } from 'chatmask'
 * const tokenizer: ScopedTokenizer = createTokenizer({ keyRing: createMemoryKeyRing(), scope: 'c1', deterministic: false })
 * tokenizer.deterministic // false
 * ```
 */
export interface ScopedTokenizer extends Tokenizer {
  readonly scope: string
  readonly deterministic: boolean
}

function tokenOptionsError(field: string, detail: string): ChatmaskError {
  return new ChatmaskError('INVALID_OPTIONS', `Invalid token option ${field}: ${detail}`, field)
}

/**
 * Creates the tokenizer a `token` policy calls. Checks the options at once; the
 * key of the scope is fetched (and created on first use) for each token.
 *
 * @example
 * ```ts
 * import { createMemoryKeyRing, createTokenizer } from 'chatmask'
 * const tokenizer = createTokenizer({ keyRing: createMemoryKeyRing(), scope: 'c1' })
 * tokenizer.tokenize('email', 'jo@example.com', 'jo@example.com').startsWith('[email:') // true
 * ```
 */
export function createTokenizer(options: TokenOptions): ScopedTokenizer {
  const { keyRing, scope } = options
  const deterministic = options.deterministic ?? true
  if (typeof keyRing?.getKey !== 'function' || typeof keyRing.keyById !== 'function' || typeof keyRing.deleteKey !== 'function') {
    throw tokenOptionsError('keyRing', 'Allowed: an object with getKey, keyById and deleteKey, e.g. createMemoryKeyRing().')
  }
  if (typeof scope !== 'string' || scope.length === 0) {
    throw tokenOptionsError('scope', 'Allowed: a non-empty string, e.g. the conversation id.')
  }
  if (typeof deterministic !== 'boolean') throw tokenOptionsError('deterministic', 'Allowed: true or false.')
  return brandTokenizer({
    scope,
    deterministic,
    tokenize(type, original, canonical) {
      const key = keyRing.getKey(scope)
      if (!isValidKeyId(key.id) || !(key.bytes instanceof Uint8Array) || key.bytes.length !== DATA_KEY_BYTES) {
        // The key ring is the caller's: say what is wrong with its key, never the key.
        throw tokenOptionsError('keyRing', `getKey must return { id: 1–64 base64url characters, bytes: ${DATA_KEY_BYTES} bytes }.`)
      }
      const card = type === 'card_number' ? cardTokenBody(key.bytes, key.id, original, canonical, deterministic) : undefined
      const body = card ?? typedTokenBody(key.bytes, type, key.id, original, deterministic)
      return formatToken({ type, keyId: key.id, body })
    },
  })
}
