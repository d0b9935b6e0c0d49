/**
 * What chatmask does when the user says nothing: what a careful user would
 * choose. Every type is masked in place, so a reader still sees that something
 * was there and how it was laid out, and only a card number's and an IBAN's last
 * four characters stay visible (enough to ask "the card ending 1111?").
 */
import type { FindingType } from '../types.js'
import type { ResolvedMaskPolicy, ResolvedPolicy } from './policy.js'

/** Written in place of each hidden character. */
export const DEFAULT_MASK_CHAR = '*'

/** Default `replace` template: `[CARD_NUMBER]`, `[EMAIL]`, … No digits, so redacting it again changes nothing. */
export const DEFAULT_REPLACE_TEMPLATE = '[{TYPE}]'

/** Default `hash` template: `[card_number:3f9c0a1b2d4e5f60]`. */
export const DEFAULT_HASH_TEMPLATE = '[{type}:{hash}]'

/** Default hex characters of the HMAC shown: 64 bits, so two different values share a token about once in 2^32 pairs. */
export const DEFAULT_HASH_LENGTH = 16

/**
 * Last characters a mask keeps when the user does not say.
 * Card numbers: the last four, the most PCI DSS 3.4.1 allows at the end and
 * what people quote back. IBANs: the last four, as bank statements show them.
 * Everything else is hidden completely: a CVV may never be kept (PCI DSS 3.3.1.2),
 * and the tail of a phone number, SSN or NINO identifies a person.
 */
export const DEFAULT_KEEP_LAST: Readonly<Record<FindingType, number>> = {
  card_number: 4,
  expiry_date: 0,
  cvv: 0,
  phone: 0,
  email: 0,
  iban: 4,
  uk_nino: 0,
  us_ssn: 0,
}

/**
 * The policy a type gets when `policies` does not mention it.
 *
 * @example
 * ```ts
 * import { defaultPolicyFor } from './defaults.js'
 * defaultPolicyFor('card_number')
 * // { action: 'mask', char: '*', keepFirst: 0, keepLast: 4, keepSeparators: true }
 * ```
 */
export function defaultPolicyFor(type: FindingType): ResolvedPolicy {
  const policy: ResolvedMaskPolicy = {
    action: 'mask',
    char: DEFAULT_MASK_CHAR,
    keepFirst: 0,
    keepLast: DEFAULT_KEEP_LAST[type],
    keepSeparators: true,
  }
  return Object.freeze(policy)
}
