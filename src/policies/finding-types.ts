import type { FindingType } from '../types.js'

/**
 * Every {@link FindingType}, in the order options and messages list them.
 * The `satisfies` clause and the check below make the compiler fail here when a
 * type is added to `types.ts` but not to this list.
 *
 * @example
 * ```ts
 * import { FINDING_TYPES } from './finding-types.js'
 * FINDING_TYPES.includes('cvv') // true
 * ```
 */
export const FINDING_TYPES = [
  'card_number',
  'expiry_date',
  'cvv',
  'phone',
  'email',
  'iban',
  'uk_nino',
  'us_ssn',
] as const satisfies readonly FindingType[]

type MissingFindingType = Exclude<FindingType, (typeof FINDING_TYPES)[number]>
type MustBeNever<T extends never> = T
// Compiles only while MissingFindingType is empty. Type-only, so nothing reaches the bundle.
type EveryFindingTypeIsListed = MustBeNever<MissingFindingType>

/** How messages name each type: "a card number may never be shown in full". */
export const FINDING_TYPE_NAMES: Readonly<Record<FindingType, string>> = {
  card_number: 'a card number',
  expiry_date: 'an expiry date',
  cvv: 'a CVV',
  phone: 'a phone number',
  email: 'an email address',
  iban: 'an IBAN',
  uk_nino: 'a UK National Insurance number',
  us_ssn: 'a US Social Security number',
}

/**
 * Whether `value` is one of the {@link FindingType} names.
 *
 * @example
 * ```ts
 * import { isFindingType } from './finding-types.js'
 * isFindingType('email')       // true
 * isFindingType('credit_card') // false
 * ```
 */
export function isFindingType(value: unknown): value is FindingType {
  return (FINDING_TYPES as readonly unknown[]).includes(value)
}
