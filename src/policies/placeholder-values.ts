/**
 * What each template placeholder stands for, for one finding. Every value is
 * one PCI DSS 3.4.1 allows to be shown for a card (type, brand, first six, last
 * four); `policy-rules.ts` decides which a given policy may use.
 */
import type { Finding } from '../types.js'
import type { Placeholder } from './template.js'

/** `{last4}`: the last four characters of the normalized value, what people quote back. */
const LAST_SHOWN = 4
/** `{first6}`: the first six, a card's BIN (ISO/IEC 7812-1), the most PCI DSS 3.4.1 shows at the start. */
const FIRST_SHOWN = 6

/**
 * The text for `placeholder` in a template rendered for `finding`. `{hash}` is
 * `hashToken`, given only by the hash policy; elsewhere it is empty.
 *
 * @example
 * ```ts
 * import { placeholderValueOf } from './placeholder-values.js'
 * const finding = { type: 'card_number', start: 0, end: 16, brand: 'visa', reason: 'luhn+iin' } as const
 * placeholderValueOf('last4', finding, '4111111111111111') // '1111'
 * placeholderValueOf('TYPE', finding, '4111111111111111')  // 'CARD_NUMBER'
 * ```
 */
export function placeholderValueOf(
  placeholder: Placeholder,
  finding: Finding,
  canonical: string,
  hashToken = '',
): string {
  switch (placeholder) {
    case 'type':
      return finding.type
    case 'TYPE':
      return finding.type.toUpperCase()
    case 'brand':
      return finding.brand ?? ''
    case 'last4':
      return canonical.slice(-LAST_SHOWN)
    case 'first6':
      return canonical.slice(0, FIRST_SHOWN)
    case 'hash':
      return hashToken
  }
}
