/** The `token` policy as a user writes it: one call, the tokenizer inside. */
import type { TokenPolicyOption } from '../policies/policy.js'
import type { FindingType } from '../types.js'
import { createTokenizer, type TokenOptions } from './tokenizer.js'

/**
 * A `token` policy: the value is replaced by a reversible token under the key of
 * `options.scope`. Card numbers get a format-preserving token that keeps at most
 * the first six and the last four digits and always fails Luhn; other types get
 * `[type:keyId:…]`. Refused for CVVs (PCI DSS 3.3.1.2).
 *
 * @example
 * ```ts
 * import { createMemoryKeyRing, createRedactor, tokenPolicy } from 'chatmask'
 * const keyRing = createMemoryKeyRing()
 * const redactor = createRedactor({ policies: { card_number: tokenPolicy({ keyRing, scope: 'conversation-42' }) } })
 * redactor.redact('card 4111 1111 1111 1111').text.startsWith('card [card_number:') // true
 * ```
 */
export function tokenPolicy(options: TokenOptions): TokenPolicyOption {
  return Object.freeze({ action: 'token', tokenizer: createTokenizer(options) })
}

/** Every type a token policy may be given: all but the CVV. */
const TOKENIZABLE_TYPES = ['card_number', 'expiry_date', 'phone', 'email', 'iban', 'uk_nino', 'us_ssn'] as const satisfies readonly FindingType[]

/**
 * A token policy for every type that allows one (all but CVVs, which keep their
 * default full mask), sharing one tokenizer: pass it as `policies`.
 *
 * @example
 * ```ts
 * import { createMemoryKeyRing, createRedactor, detokenize, tokenPolicies } from 'chatmask'
 * const keyRing = createMemoryKeyRing()
 * const redactor = createRedactor({ policies: tokenPolicies({ keyRing, scope: 'c1' }) })
 * const safe = redactor.redact('card 4111 1111 1111 1111 exp 12/29 cvv 123').text
 * detokenize(safe, keyRing).text // 'card 4111 1111 1111 1111 exp 12/29 cvv ***'
 * ```
 */
export function tokenPolicies(options: TokenOptions): Readonly<Record<(typeof TOKENIZABLE_TYPES)[number], TokenPolicyOption>> {
  const policy = tokenPolicy(options)
  return Object.freeze(Object.fromEntries(TOKENIZABLE_TYPES.map((type) => [type, policy]))) as Record<(typeof TOKENIZABLE_TYPES)[number], TokenPolicyOption>
}
