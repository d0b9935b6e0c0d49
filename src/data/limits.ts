/**
 * Every distance the scanner and detectors use, in one place, each with the
 * reason for its size. The stream's hold-back bound is derived from these.
 */
import { MAX_IBAN_LENGTH } from './iban-lengths.js'

/** ISO 13616-1: an IBAN starts with a two-letter ISO 3166-1 country code. */
export const IBAN_COUNTRY_LETTERS = 2
/** ISO 13616-1 §5: the print format groups an IBAN in fours, separated by single spaces. */
export const IBAN_PRINT_GROUP_CHARS = 4

import { CARD_WORDS_GLUED_BEFORE, CVV_WORDS_GLUED, EXPIRY_WORDS_GLUED } from './context-keywords.js'
import { IIN_RANGES } from './iin-ranges.js'

const PAN_LENGTHS = IIN_RANGES.flatMap((range) => range.lengths)
/** The longest PAN any network in `iin-ranges.ts` issues: 19, the ISO/IEC 7812-1 maximum. */
export const MAX_PAN_DIGITS: number = Math.max(...PAN_LENGTHS)
/** The shortest PAN any network in `iin-ranges.ts` issues (Maestro: 12). Derived, so the two cannot drift. */
export const MIN_PAN_DIGITS: number = Math.min(...PAN_LENGTHS)

/**
 * The most separator characters between two digit groups of one card number.
 * Covers "4111 1111", "4111  1111" (double space), "4111 - 1111" and a wrap
 * ("4111 \r\n1111"); a wider gap means two separate numbers.
 */
export const MAX_GAP_CHARS = 3

/**
 * How far before a number a context keyword ("cvv", "expiry") may stand.
 * "my card security code is 123" puts 16 characters between keyword and number;
 * twice that allows for chatty phrasing without reaching into the previous sentence.
 */
export const CONTEXT_BEFORE_CHARS = 32

/**
 * How far after a number a context keyword may stand ("737 is the code on the
 * back" needs 24). The look-ahead stops at the first word that is neither a
 * linking word nor part of a keyword, so this bound only matters for phrasing
 * that really leads to a keyword.
 */
export const CONTEXT_AFTER_CHARS = 32

/**
 * How close an expiry or CVV must follow a card or expiry, with only separators
 * and punctuation between, to count as belonging to it without a keyword
 * ("4111 1111 1111 1111 12/27 737", "…1111, 12/27, 737").
 */
export const NEAR_FINDING_CHARS = 8

/**
 * How far back the scanner looks for "://" or "www." in the same token, to
 * recognise a number inside a URL. Longer URLs fall back to "it may be a card":
 * the safe side.
 */
export const URL_LOOKBACK_CHARS = 64

/** RFC 5321 §4.5.3.1.1: an email's local part has at most 64 octets. */
export const MAX_EMAIL_LOCAL_CHARS = 64

/**
 * What the email detector reads backwards from its "@": the local part and the
 * character before it, to see where the address begins.
 */
const EMAIL_LOCAL_LOOKBEHIND_CHARS = MAX_EMAIL_LOCAL_CHARS + 1

/**
 * How many characters before a candidate's first digit (or trigger) any
 * detector may read. The stream keeps exactly this much of already-emitted input
 * as context, and the batch scan is limited to the same window, so both decide
 * alike. The URL look-back sets it (66); an email's local part fits inside.
 */
export const LOOKBEHIND_CHARS = Math.max(
  Math.max(CONTEXT_BEFORE_CHARS, URL_LOOKBACK_CHARS, NEAR_FINDING_CHARS) + 2,
  EMAIL_LOCAL_LOOKBEHIND_CHARS,
)

/**
 * Markdown emphasis is one or two marks on each side: "*x*" or "_x_" italic,
 * "**x**" or "__x__" bold. The scanner reads through them around card data.
 */
export const MAX_EMPHASIS_MARKS = 2

/**
 * The longest card keyword that may be glued to a number ("expiration" in
 * "…1111expiration", "mastercard" in "mastercard5555…"); a longer run of
 * letters glued to digits is an identifier, so no more is read.
 */
export const MAX_GLUED_WORD_CHARS: number = Math.max(
  ...[...CARD_WORDS_GLUED_BEFORE, ...EXPIRY_WORDS_GLUED, ...CVV_WORDS_GLUED].map((word) => word.length),
)

/**
 * The longest stretch a card detector reads from a candidate's first digit before
 * it can decide: 19 one-digit groups with 3-character gaps between them, then
 * either one more gap and the character after it (to see that the run has ended)
 * and two characters of trailing context (a decimal point and its digit), or a
 * keyword glued to the last digit and the character after it ("…1111exp ").
 */
export const CARD_LOOKAHEAD_CHARS =
  MAX_PAN_DIGITS + (MAX_PAN_DIGITS - 1) * MAX_GAP_CHARS + Math.max(MAX_GAP_CHARS + 1 + 2, MAX_GLUED_WORD_CHARS + 1)

/**
 * The longest an expiry or CVV candidate reads ahead: the candidate itself
 * ("12 / 2027" is 9 characters), its trailing gap check, and the keyword look-after.
 */
export const CONTEXT_LOOKAHEAD_CHARS = 9 + (MAX_GAP_CHARS + 1) + CONTEXT_AFTER_CHARS

/**
 * From the end of a number, the rest of an email local part it may belong to
 * ("…489@example.com") and the "@": such digits are left to the email detector.
 */
export const LOCAL_PART_LOOKAHEAD_CHARS = MAX_EMAIL_LOCAL_CHARS + 1

/**
 * A CVV followed by another number reads that number as a card to decide
 * ("cvv 737 4111 …" is a code and then a card; "123 456" one longer number): an
 * Amex CID (4 digits), a gap, then a whole card read from there; or the rest of
 * an email address it may be part of.
 */
export const CVV_LOOKAHEAD_CHARS = 4 + Math.max(MAX_GAP_CHARS + CARD_LOOKAHEAD_CHARS, LOCAL_PART_LOOKAHEAD_CHARS)

/**
 * The most characters a stream ever holds back, whatever the input: the longest
 * read-ahead of any detector from the first undecided digit. Everything before
 * that digit has been emitted. Property-tested in `test/stream/hold-back.test.ts`.
 * @example
 * ```ts
 * import { MAX_HOLD_CHARS, createRedactor } from 'chatmask/pci'
 * const stream = createRedactor().stream()
 * stream.write('0 1 2 3 4 5 6 7 8 9 '.repeat(100))
 * stream.heldLength <= MAX_HOLD_CHARS // true
 * ```
 */
export const MAX_HOLD_CHARS = Math.max(CARD_LOOKAHEAD_CHARS, CONTEXT_LOOKAHEAD_CHARS, CVV_LOOKAHEAD_CHARS)

// ---------------------------------------------------------------------------
// Personal data: the full `chatmask` entry point (src/detectors/all.ts).
// Each detector's look-ahead is measured from the character the scanner offers
// it (its first digit group, or its trigger character) to the furthest
// character it may read before deciding.

/** ITU-T E.164 §6.1: an international number has at most 15 digits, country code included. */
export const MAX_PHONE_DIGITS = 15

/**
 * The fewest digits a phone candidate needs before libphonenumber is asked.
 * Shorter numbers exist (extensions, some island nations' 5-digit numbers), but
 * in chat they are times, prices, PINs and house numbers far more often, and
 * below 7 digits a number identifies nobody outside its local exchange.
 */
export const MIN_PHONE_DIGITS = 7

/**
 * The longest stretch a phone candidate reads from its first digit: 15
 * one-digit groups with 3-character gaps between them, then the gap after the
 * last group and one more character (to see whether the number goes on), then
 * the keyword look-after for bare digit strings ("5551234567 is my cell").
 */
export const PHONE_LOOKAHEAD_CHARS =
  MAX_PHONE_DIGITS + (MAX_PHONE_DIGITS - 1) * MAX_GAP_CHARS + Math.max(MAX_GAP_CHARS + 2, CONTEXT_AFTER_CHARS, LOCAL_PART_LOOKAHEAD_CHARS)

/** How far before its first digit a phone may start: the "+" of "+44…" or the "(" of "(604)…", and a "(" before "+". */
export const PHONE_SPAN_LOOKBEHIND = 2

/** RFC 1035 §2.3.4: a domain name is at most 255 octets on the wire, 253 characters written out. */
export const MAX_EMAIL_DOMAIN_CHARS = 253

/** RFC 1035 §2.3.4: a domain label is at most 63 octets. */
export const MAX_DOMAIN_LABEL_CHARS = 63

/** RFC 5321 §4.5.3.1.3: a path is at most 256 octets with its angle brackets, so an address at most 254. */
export const MAX_EMAIL_ADDRESS_CHARS = 254

/**
 * The longest stretch an email candidate reads from its "@": the domain, the
 * character after it (to see that it has ended), and one more after a final dot
 * ("…@example.com." ends a sentence; the dot is not part of the domain).
 */
export const EMAIL_LOOKAHEAD_CHARS = 1 + MAX_EMAIL_DOMAIN_CHARS + 2

/**
 * ISO 13616-1: an IBAN is at most 34 characters, so after its two country
 * letters at most 32 digits can stand in one group (a compact all-digit BBAN,
 * like Russia's 31). The scanner reads digit groups up to this long.
 */
export const MAX_IBAN_GROUP_DIGITS = MAX_IBAN_LENGTH - IBAN_COUNTRY_LETTERS

/**
 * The longest stretch an IBAN candidate reads from its check digits: the rest
 * of the IBAN in the print format (a space after every group of four, ISO
 * 13616-1 §5), then the character after it, or the rest of an email address it
 * runs into.
 */
export const IBAN_LOOKAHEAD_CHARS =
  MAX_IBAN_LENGTH - IBAN_COUNTRY_LETTERS + Math.floor(MAX_IBAN_LENGTH / IBAN_PRINT_GROUP_CHARS) + LOCAL_PART_LOOKAHEAD_CHARS

/**
 * How far before its first digit a UK National Insurance number starts: its
 * two prefix letters and the space of the display format ("AB 12 34 56 C").
 * The only span that reaches back across whitespace, so the full entry's
 * streams always hold this many characters.
 */
export const NINO_SPAN_LOOKBEHIND = 3

/**
 * The longest stretch a UK National Insurance number candidate reads from its
 * first digit ("12 34 56 C" is 10 characters), then the character after it,
 * then the keyword look-after used when the suffix letter is missing (or the
 * rest of an email address it runs into).
 */
export const NINO_LOOKAHEAD_CHARS = 10 + 1 + Math.max(CONTEXT_AFTER_CHARS, LOCAL_PART_LOOKAHEAD_CHARS)

/**
 * The longest stretch a US Social Security number candidate reads from its
 * first digit ("123-45-6789" is 11 characters; a 9-digit run the same), then
 * a gap and one character (does the number go on?), then the keyword look-after
 * (or the rest of an email address it runs into).
 */
export const SSN_LOOKAHEAD_CHARS = 11 + MAX_GAP_CHARS + 2 + Math.max(CONTEXT_AFTER_CHARS, LOCAL_PART_LOOKAHEAD_CHARS)

/**
 * How far before its trigger any detection of the full set may start: an
 * email's local part is the longest (phones need 2 characters, IBANs 2, NINOs
 * 3). The stream holds this much of the current token back so a later "@" can
 * still reach it.
 */
export const PII_SPAN_LOOKBEHIND = Math.max(MAX_EMAIL_LOCAL_CHARS, PHONE_SPAN_LOOKBEHIND, IBAN_COUNTRY_LETTERS, NINO_SPAN_LOOKBEHIND)

/** The longest digit group any detector of the full set wants whole: an IBAN's. */
export const MAX_GROUP_DIGITS_ALL = Math.max(MAX_PAN_DIGITS, MAX_IBAN_GROUP_DIGITS)

/**
 * The most characters a stream of the full `chatmask` entry point ever holds
 * back, whatever the input. When the scan pauses at a candidate it keeps:
 * - up to {@link PII_SPAN_LOOKBEHIND} characters of the candidate's token before
 *   it (an email's local part before its "@"),
 * - plus the rest of a digit group the look-behind limit fell inside (the hold
 *   point never splits a group; a longer group sets a barrier instead),
 * - plus the furthest any detector reads ahead of the candidate (the scanner's
 *   own group read included), which is where the input ran out.
 * The email domain (253 characters, RFC 1035) dominates. Property-tested in
 * `test/stream/pii-stream.test.ts`.
 * @example
 * ```ts
 * import { MAX_HOLD_CHARS, createRedactor } from 'chatmask'
 * const stream = createRedactor().stream()
 * stream.write('write to me at ' + 'a'.repeat(40) + '@example.com and')
 * stream.heldLength <= MAX_HOLD_CHARS // true
 * ```
 */
export const MAX_HOLD_CHARS_ALL =
  PII_SPAN_LOOKBEHIND +
  (MAX_GROUP_DIGITS_ALL - 1) +
  Math.max(
    MAX_GROUP_DIGITS_ALL + 1,
    CARD_LOOKAHEAD_CHARS,
    CONTEXT_LOOKAHEAD_CHARS,
    CVV_LOOKAHEAD_CHARS,
    PHONE_LOOKAHEAD_CHARS,
    EMAIL_LOOKAHEAD_CHARS,
    IBAN_LOOKAHEAD_CHARS,
    NINO_LOOKAHEAD_CHARS,
    SSN_LOOKAHEAD_CHARS,
  )
