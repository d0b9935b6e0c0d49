/**
 * The published structure of two national identifiers, as data: what a UK
 * National Insurance number (NINO) and a US Social Security number (SSN) may
 * and may not look like, and how people separate their parts. Reviewed 2026-11-24
 * (separators 2026-12-04).
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

/**
 * NIM39110: six digits between prefix and suffix. HMRC displays them in pairs
 * ("AB 12 34 56 C"); people also write "123456", "123 456" or "1234 56".
 */
export const NINO_DIGITS = 6

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

/**
 * What people type between the parts of an identifier (an SSN's three groups, a
 * NINO's pairs, an IBAN's groups of four), by kind. Spaces: the space, the
 * no-break and narrow no-break spaces word processors and French typography put
 * there (U+00A0, U+202F), the spaces of set widths U+2000–U+200A (figure and
 * thin spaces among them) and the ideographic space of CJK input (U+3000).
 * Dashes: the hyphen-minus, the Unicode hyphens and dashes U+2010–U+2015, the
 * minus sign (U+2212) that autocorrect puts for "-", and the full-width and
 * small hyphen-minus (U+FF0D, U+FE63). The dot stands alone.
 */
export const IDENTIFIER_SPACES = ' \u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u3000'
export const IDENTIFIER_DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\ufe63'
export const IDENTIFIER_DOT = '.'
