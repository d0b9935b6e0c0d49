/**
 * The IBAN check-digit test: ISO 13616-1 with ISO/IEC 7064 MOD 97-10.
 *
 * Move the first four characters (country code and check digits) to the end,
 * replace every letter by two digits (A = 10 … Z = 35), and read the result as one
 * big number: a valid IBAN leaves remainder 1 when divided by 97. That number is
 * up to 68 digits long, so instead of building it (or a BigInt) the remainder is
 * carried through character by character: (r × 10 + digit) mod 97 for a digit,
 * (r × 100 + letter value) mod 97 for a letter. Every intermediate value stays
 * below 9,800, far inside a double's exact integer range.
 */
import { IBAN_HEADER_LENGTH, MAX_IBAN_LENGTH } from '../data/iban-lengths.js'

const ASCII_ZERO = 0x30 // "0"
const ASCII_NINE = 0x39 // "9"
const ASCII_UPPER_A = 0x41 // "A"
const ASCII_UPPER_Z = 0x5a // "Z"
const DECIMAL_BASE = 10
/** A letter stands for two decimal digits: A = 10 … Z = 35. */
const LETTER_BASE = 100
const LETTER_VALUE_OF_A = 10
const MODULUS = 97
/** ISO/IEC 7064 MOD 97-10: a valid string leaves this remainder. */
const VALID_REMAINDER = 1
/** MOD 97-10 check digits are 98 − (n mod 97), so only 02–98 can ever be issued. */
const SMALLEST_CHECK_DIGITS = 2
const LARGEST_CHECK_DIGITS = 98
const COUNTRY_CODE_LENGTH = 2

function isAsciiDigit(code: number): boolean {
  return code >= ASCII_ZERO && code <= ASCII_NINE
}

function isAsciiUpperLetter(code: number): boolean {
  return code >= ASCII_UPPER_A && code <= ASCII_UPPER_Z
}

/**
 * Whether `iban` has valid ISO 13616 check digits: two uppercase letters, two
 * digits from 02 to 98, then at least one uppercase letter or digit, at most 34
 * characters in all, and the MOD 97-10 remainder is 1.
 *
 * It checks the checksum and the shape ISO 13616 gives every IBAN, not the
 * country: compare the length with `IBAN_LENGTH_BY_COUNTRY` for that. Input must
 * already be compact and uppercase: spaces, lowercase letters and any other
 * character make it `false` (normalise first).
 *
 * Total: `false`, never a throw, for anything that is not such a string.
 *
 * @example
 * ```ts
 * import { isIbanChecksumValid } from './mod97.js'
 * isIbanChecksumValid('GB82WEST12345698765432') // true
 * isIbanChecksumValid('GB82WEST12345698765433') // false: one digit changed
 * isIbanChecksumValid('GB82 WEST 1234 5698 7654 32') // false: remove the spaces first
 * ```
 */
export function isIbanChecksumValid(iban: string): boolean {
  if (typeof iban !== 'string') return false
  const length = iban.length
  if (length <= IBAN_HEADER_LENGTH || length > MAX_IBAN_LENGTH) return false

  for (let index = 0; index < COUNTRY_CODE_LENGTH; index++) {
    if (!isAsciiUpperLetter(iban.charCodeAt(index))) return false
  }
  const firstCheck = iban.charCodeAt(COUNTRY_CODE_LENGTH)
  const secondCheck = iban.charCodeAt(COUNTRY_CODE_LENGTH + 1)
  if (!isAsciiDigit(firstCheck) || !isAsciiDigit(secondCheck)) return false
  const checkDigits = (firstCheck - ASCII_ZERO) * DECIMAL_BASE + (secondCheck - ASCII_ZERO)
  if (checkDigits < SMALLEST_CHECK_DIGITS || checkDigits > LARGEST_CHECK_DIGITS) return false

  let remainder = 0
  // The BBAN first, then the four header characters, as the standard rearranges them.
  for (let step = 0; step < length; step++) {
    const code = iban.charCodeAt((step + IBAN_HEADER_LENGTH) % length)
    if (isAsciiDigit(code)) {
      remainder = (remainder * DECIMAL_BASE + (code - ASCII_ZERO)) % MODULUS
    } else if (isAsciiUpperLetter(code)) {
      remainder = (remainder * LETTER_BASE + (code - ASCII_UPPER_A + LETTER_VALUE_OF_A)) % MODULUS
    } else {
      return false
    }
  }
  return remainder === VALID_REMAINDER
}
