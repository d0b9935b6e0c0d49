/**
 * Which tokenizers are chatmask's own. A token policy receives the raw value
 * (for a card, the whole PAN), so `policy-rules.ts` accepts only tokenizers made
 * by `createTokenizer`: a look-alike object cannot be handed the PAN. This module
 * holds no crypto, so the rules can import it without pulling ciphers into
 * bundles that never tokenize.
 */

/**
 * What a token policy calls: the value of one finding in, its token out.
 * @example
 * ```ts
 * import { createMemoryKeyRing, createTokenizer, type Tokenizer } from 'chatmask'
 * const tokenizer: Tokenizer = createTokenizer({ keyRing: createMemoryKeyRing(), scope: 'c1' })
 * tokenizer.tokenize('us_ssn', '123-45-6789', '123456789').startsWith('[us_ssn:') // true
 * ```
 */
export interface Tokenizer {
  /** The token for `original` (as written) whose normalized value is `canonical`. */
  tokenize(type: string, original: string, canonical: string): string
}

const GENUINE: WeakSet<object> = new WeakSet()

/**
 * Marks `tokenizer` as one of chatmask's own, and returns it.
 * @example
 * ```ts
 * import { brandTokenizer, isGenuineTokenizer } from './tokenizer-brand.js'
 * isGenuineTokenizer(brandTokenizer({ tokenize: () => '' })) // true
 * ```
 */
export function brandTokenizer<T extends Tokenizer>(tokenizer: T): T {
  GENUINE.add(tokenizer)
  return tokenizer
}

/**
 * Whether `value` was made by `createTokenizer`.
 * @example
 * ```ts
 * import { isGenuineTokenizer } from './tokenizer-brand.js'
 * isGenuineTokenizer({ tokenize: () => '' }) // false
 * ```
 */
export function isGenuineTokenizer(value: unknown): value is Tokenizer {
  return typeof value === 'object' && value !== null && GENUINE.has(value)
}
