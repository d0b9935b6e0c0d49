/**
 * Words that make a bare digit string personal data. Lower-case ASCII phrases of
 * whole words, matched word by word beside a candidate by a `KeywordSet` (see
 * `src/scanner/context.ts`), like the card keywords in `context-keywords.ts`.
 * A word is letters, then letters, digits, "/" or "'": "ss#" reads as "ss".
 * They are needed only where the digits alone are ambiguous: a formatted phone
 * ("+44 20 7946 0958", "(604) 697-0202", "604-697-0202") or a dashed SSN
 * ("123-45-6789") needs none.
 */
import { PHONE_PHRASES_BY_LANGUAGE } from './phone-keywords.js'

/**
 * Phone context for bare digit strings ("call me on 4155550123"), in English,
 * French, German, Spanish, Italian, Dutch, Portuguese, Polish and Swedish: the
 * tables of `phone-keywords.ts`, each with its sources, merged. Plain "number"
 * (and its translations) is deliberately absent: "account number 84318931431",
 * "order number 5512346", "reference number …" are the commonest bare numbers
 * in support chat and none is a phone. "my number" and "contact number" stay:
 * that is how people give a phone number when they give it bare.
 */
export const PHONE_KEYWORD_PHRASES: readonly string[] = [...new Set(Object.values(PHONE_PHRASES_BY_LANGUAGE).flat())]

/**
 * US Social Security number context, for the 9-digit and space-separated forms
 * ("my social is 123 45 6789"); the dashed form 123-45-6789 needs none.
 */
export const SSN_KEYWORD_PHRASES: readonly string[] = [
  'ssn',
  'ss',
  'ss no',
  'ss number',
  'social',
  'social security',
  'soc sec',
]

/**
 * UK National Insurance number context, for a number written without its
 * suffix letter ("NI number AB123456"); with the suffix the shape is enough.
 */
export const NINO_KEYWORD_PHRASES: readonly string[] = [
  'national insurance',
  'insurance number',
  'ni number',
  'ni no',
  'ni',
  'nino',
  'nin',
]

/** Names of a device's own identifiers (3GPP TS 23.003 IMEI and IMEISV, 3GPP2 MEID, serial numbers). */
export const DEVICE_ID_PHRASES: readonly string[] = ['imei', 'imeisv', 'meid', 'serial', 'serial number', 'serial no', 's/n', 'sn']
