/**
 * The published structure of two national identifiers, as data: what a UK
 * National Insurance number (NINO) and a US Social Security number (SSN) may
 * and may not look like. Reviewed 2026-11-24.
 */

/**
 * HMRC National Insurance Manual NIM39110 ("format of NINOs"): two prefix
 * letters, six digits, one suffix letter. D, F, I, Q, U and V are never used as
 * either prefix letter (they are too easily misread), O never as the second.
 */
export const NINO_EXCLUDED_FIRST_LETTERS = 'DFIQUV'
export const NINO_EXCLUDED_SECOND_LETTERS = 'DFIOQUV'

/**
 * NIM39110: prefixes never allocated (BG, GB, NK, KN, TN, NT and ZZ, which is
 * used only for temporary numbers). Every other prefix that follows the letter
 * rules is kept, administrative ones included: they still identify a record.
 */
export const NINO_UNALLOCATED_PREFIXES: readonly string[] = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']

/** NIM39110: the suffix is A, B, C or D. */
export const NINO_SUFFIX_LETTERS = 'ABCD'

/** NIM39110: six digits between prefix and suffix, written "123456" or "12 34 56". */
export const NINO_DIGITS = 6

/** The digits of a spaced NINO come in pairs: "AB 12 34 56 C". */
export const NINO_PAIR_DIGITS = 2

/**
 * SSA: an SSN is AAA-GG-SSSS, area, group and serial. Since the 2011
 * randomisation (SSA "Social Security Number Randomization", and POMS
 * RM 10201.035) areas 000, 666 and 900–999 are never issued, nor group 00 nor
 * serial 0000.
 */
export const SSN_AREA_DIGITS = 3
export const SSN_GROUP_DIGITS = 2
export const SSN_SERIAL_DIGITS = 4
export const SSN_DIGITS = SSN_AREA_DIGITS + SSN_GROUP_DIGITS + SSN_SERIAL_DIGITS
export const SSN_EXCLUDED_AREAS: readonly string[] = ['000', '666']
/** Areas from 900 up are Individual Taxpayer Identification Numbers and other non-SSNs. */
export const SSN_FIRST_EXCLUDED_AREA_DIGIT = '9'
export const SSN_EXCLUDED_GROUP = '00'
export const SSN_EXCLUDED_SERIAL = '0000'
