import luhn from 'fast-luhn'

/**
 * Whether a string of ASCII digits passes the Luhn (mod 10) check that ends
 * every payment card number (ISO/IEC 7812-1, annex B).
 *
 * Total: returns `false`, never throws, for the empty string, for anything that
 * is not made only of the ASCII digits 0–9 (spaces, dashes and non-ASCII digits
 * included: normalise first), and for a non-string that slipped past the types.
 *
 * @example
 * ```ts
 * import { isLuhnValid } from './luhn.js'
 * isLuhnValid('4111111111111111') // true
 * isLuhnValid('4111111111111112') // false
 * isLuhnValid('4111 1111 1111 1111') // false: digits only
 * ```
 */
export function isLuhnValid(digits: string): boolean {
  // fast-luhn throws a TypeError on non-strings; this function promises to be total.
  if (typeof digits !== 'string') return false
  // fast-luhn already returns false for '' and for any character outside '0'–'9'.
  return luhn(digits)
}
