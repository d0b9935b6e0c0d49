/**
 * Every distance the scanner and detectors use, in one place, each with the
 * reason for its size. The stream's hold-back bound is derived from these.
 */
import { EMAIL_OBFUSCATION_MAX_SPACES, EMAIL_OBFUSCATION_WORD_MAX_CHARS } from './email-obfuscations.js'
import { MAX_IBAN_LENGTH } from './iban-lengths.js'
import { NINO_DIGITS, SSN_DIGITS } from './national-ids.js'

/** ISO 13616-1: an IBAN starts with a two-letter ISO 3166-1 country code. */
export const IBAN_COUNTRY_LETTERS = 2
/** ISO 13616-1 §5: the print format groups an IBAN in fours, separated by single spaces. */
export const IBAN_PRINT_GROUP_CHARS = 4

import { CARD_WORDS_GLUED_BEFORE, CVV_WORDS_GLUED, EXPIRY_WORDS_GLUED, MONTH_NAMES } from './context-keywords.js'
import { IIN_RANGES } from './iin-ranges.js'

const PAN_LENGTHS = IIN_RANGES.flatMap((range) => range.lengths)
/** The longest PAN any network in `iin-ranges.ts` issues: 19, the ISO/IEC 7812-1 maximum. */
export const MAX_PAN_DIGITS: number = Math.max(...PAN_LENGTHS)
/** The shortest PAN any network in `iin-ranges.ts` issues (Maestro: 12). Derived, so the two cannot drift. */
export const MIN_PAN_DIGITS: number = Math.min(...PAN_LENGTHS)

/**
 * The most combining marks read as part of one digit: the keycap emoji "4️⃣" is
 * a digit, VARIATION SELECTOR-16 and COMBINING ENCLOSING KEYCAP; "fancy text"
 * strikes through ("4̶") or strikes and underlines ("4̶̲") a digit. More marks
 * on one digit (Zalgo text) end its group, so a group's length stays bounded.
 */
export const MAX_DIGIT_DECORATIONS = 2

/** UTF-16 (Unicode §3.9): a digit above U+FFFF ("𝟒", U+1D7D2) is two code units, a surrogate pair. */
export const MAX_DIGIT_CODE_UNITS = 2

/**
 * The most code units one digit of a digit group takes: a surrogate pair and
 * its marks ("𝟒️⃣" is 4). The read-aheads below count digits in these.
 */
export const MAX_DIGIT_CHARS = MAX_DIGIT_CODE_UNITS + MAX_DIGIT_DECORATIONS

/**
 * What a read-ahead of `digits` digits may take beyond one code unit per digit
 * (the counts below are written in characters, a digit one): each digit up to
 * {@link MAX_DIGIT_CHARS}, plus the second unit of a pair a detector looks at
 * last (the cursor reads a digit above U+FFFF whole).
 */
function digitWidening(digits: number): number {
  return digits * (MAX_DIGIT_CHARS - 1) + (MAX_DIGIT_CODE_UNITS - 1)
}

/**
 * The most separator characters between two digit groups of one card number.
 * Covers "4111 1111", "4111  1111" (double space), "4111 - 1111" and a wrap
 * ("4111 \r\n1111"); a wider gap means two separate numbers.
 */
export const MAX_GAP_CHARS = 3

/**
 * The widest gap between two groups of one card, spaces and invisible
 * characters included: text aligned in columns puts four or more spaces between
 * groups ("4111    1111"), some editors a run of zero-width characters, and
 * "4111 -- 1111" has four. Marks in it (dashes, dots, a line break) are still
 * at most {@link MAX_GAP_CHARS}.
 */
export const MAX_CARD_GAP_CHARS = 8

/** The longest month name of any language's table (CLDR forms, folded): "pazdziernika" (Polish, October). */
export const MAX_MONTH_NAME_CHARS: number = Math.max(...MONTH_NAMES.flat().map((name) => name.length))

/**
 * How far before its year an expiry written with a month name starts: the month
 * word, an abbreviation's dot and the one space before the year ("déc. 2029",
 * "października 2029"). The finding covers the month, so a stream holds a
 * trailing month word back while an expiry could still follow it (see
 * `readNamedMonthYear` in `src/detectors/expiry-date.ts`).
 */
export const MONTH_NAME_SPAN_CHARS: number = MAX_MONTH_NAME_CHARS + 2

/**
 * How far before a number a context keyword ("cvv", "expiry") may stand.
 * "my card security code is 123" puts 16 characters between keyword and number;
 * twice that allows for chatty phrasing without reaching into the previous sentence.
 */
export const CONTEXT_BEFORE_CHARS = 32

/**
 * How far after a number a context keyword may stand ("737 is the code on the
 * back" needs 24; the longest table phrases need more: "737 is the card
 * identification number" 34, "737 sind die Ziffern auf der Rückseite" 34, so
 * a few characters more than those). The look-ahead stops at the first word
 * that is neither a linking word nor part of a keyword, so this bound only
 * matters for phrasing that really leads to a keyword; it stays below the CVV
 * detector's own read-ahead, so the hold-back bound does not grow with it.
 */
export const CONTEXT_AFTER_CHARS = 40

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
  // A month-name expiry starts up to MONTH_NAME_SPAN_CHARS before its year and
  // reads its keyword before that ("valid thru déc. 2029").
  Math.max(CONTEXT_BEFORE_CHARS + MONTH_NAME_SPAN_CHARS, URL_LOOKBACK_CHARS, NEAR_FINDING_CHARS) + 2,
  EMAIL_LOCAL_LOOKBEHIND_CHARS,
)

/**
 * Markdown emphasis is one or two marks on each side: "*x*" or "_x_" italic,
 * "**x**" or "__x__" bold. The scanner reads through them around card data.
 */
export const MAX_EMPHASIS_MARKS = 2

/**
 * The longest card keyword that may be glued to a number, on either side
 * ("kreditkartennummer" in "Kreditkartennummer4111…", "mastercard" in
 * "mastercard5555…"); a longer run of letters glued to digits is an identifier,
 * so no more is read. Derived from the vocabulary tables (`src/data/vocabulary/`).
 */
export const MAX_GLUED_WORD_CHARS: number = Math.max(
  ...[...CARD_WORDS_GLUED_BEFORE, ...EXPIRY_WORDS_GLUED, ...CVV_WORDS_GLUED].map((word) => word.length),
)

/**
 * The longest keyword that may be glued after a number: an expiry or CVV word
 * after a card or an expiry ("…1111expiration", "12/29cvv123",
 * "…1111kreditkartenprufnummer"). A stream reads this far past a card's last
 * digit before it can decide, so it is what feeds the hold-back bound.
 */
export const MAX_GLUED_WORD_AFTER_CHARS: number = Math.max(...[...EXPIRY_WORDS_GLUED, ...CVV_WORDS_GLUED].map((word) => word.length))


/**
 * The longest stretch a card detector reads from a candidate's first digit before
 * it can decide: 19 one-digit groups with the widest gaps ({@link MAX_CARD_GAP_CHARS}) between them, then
 * either one more gap and the character after it (to see that the run has ended)
 * and two characters of trailing context (a decimal point and its digit), or a
 * keyword glued to the last digit and the character after it ("…1111exp ").
 */
export const CARD_LOOKAHEAD_CHARS =
  MAX_PAN_DIGITS +
  (MAX_PAN_DIGITS - 1) * MAX_CARD_GAP_CHARS +
  Math.max(MAX_CARD_GAP_CHARS + 1 + 2, MAX_GLUED_WORD_AFTER_CHARS + 1) +
  // The decimal point's digit after the card is one more digit.
  digitWidening(MAX_PAN_DIGITS + 1)

/**
 * The longest an expiry or CVV candidate reads ahead: the candidate itself
 * ("12 / 2027" is 9 characters), its trailing gap check, and the keyword look-after.
 */
export const CONTEXT_LOOKAHEAD_CHARS = 9 + (MAX_GAP_CHARS + 1) + CONTEXT_AFTER_CHARS + digitWidening(6)

/**
 * The longest obfuscation word written in brackets, as the email detector reads
 * it: a bracket, a space, the word, a space, a bracket ("( dot )").
 */
export const EMAIL_BRACKETED_WORD_CHARS = 2 + 2 + EMAIL_OBFUSCATION_WORD_MAX_CHARS

/**
 * From the end of a number, the rest of an email local part it may belong to
 * and the "@" or glued "(at)" after it ("…489@example.com",
 * "…489(at)example(dot)com"): such digits are left to the email detector.
 */
export const LOCAL_PART_LOOKAHEAD_CHARS = MAX_EMAIL_LOCAL_CHARS + EMAIL_BRACKETED_WORD_CHARS

/**
 * A CVV followed by another number reads that number as a card to decide
 * ("cvv 737 4111 …" is a code and then a card; "123 456" one longer number): an
 * Amex CID (4 digits), a gap, then a whole card read from there; or the rest of
 * an email address it may be part of.
 */
export const CVV_LOOKAHEAD_CHARS = 4 + digitWidening(4) + Math.max(MAX_GAP_CHARS + CARD_LOOKAHEAD_CHARS, LOCAL_PART_LOOKAHEAD_CHARS)

/**
 * The most characters a stream ever holds back, whatever the input: the longest
 * read-ahead of any detector from the first undecided digit, plus a month word
 * right before it (an expiry "déc. 2029" starts at its month,
 * {@link MONTH_NAME_SPAN_CHARS}). Everything before that has been emitted.
 * Property-tested in `test/stream/hold-back.test.ts`.
 * @example
 * ```ts
 * import { MAX_HOLD_CHARS, createRedactor } from 'chatmask/pci'
 * const stream = createRedactor().stream()
 * stream.write('0 1 2 3 4 5 6 7 8 9 '.repeat(100))
 * stream.heldLength <= MAX_HOLD_CHARS // true
 * ```
 */
export const MAX_HOLD_CHARS = MONTH_NAME_SPAN_CHARS + Math.max(CARD_LOOKAHEAD_CHARS, CONTEXT_LOOKAHEAD_CHARS, CVV_LOOKAHEAD_CHARS)

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
 * How many digits of one run (digit groups joined by spaces, dashes, dots or
 * brackets) a phone candidate reads: two phone numbers of E.164's maximum,
 * which is what a run of two phones in a row ("4155550123 408-247-8880") can
 * hold. A run that goes on past this is no list of phones but a tracking or
 * serial number, and none of it is masked unless its own shape says phone
 * (see `src/detectors/phone.ts`).
 */
export const PHONE_RUN_MAX_DIGITS = 2 * MAX_PHONE_DIGITS

/**
 * The longest stretch a phone candidate reads from its first digit: a run of
 * {@link PHONE_RUN_MAX_DIGITS} one-digit groups with 3-character gaps between
 * them, then the gap after the last group and one more character (to see
 * whether the run goes on), then the keyword look-after for bare digit strings
 * ("5551234567 is my cell") or the rest of an email local part the number may
 * begin.
 */
export const PHONE_LOOKAHEAD_CHARS =
  PHONE_RUN_MAX_DIGITS +
  (PHONE_RUN_MAX_DIGITS - 1) * MAX_GAP_CHARS +
  Math.max(MAX_GAP_CHARS + 2, CONTEXT_AFTER_CHARS, LOCAL_PART_LOOKAHEAD_CHARS) +
  digitWidening(PHONE_RUN_MAX_DIGITS + 1)

/** How far before its first digit a phone may start: the "+" of "+44…" or the "(" of "(604)…", and a "(" before "+". */
export const PHONE_SPAN_LOOKBEHIND = 2

/** RFC 1035 §2.3.4: a domain name is at most 255 octets on the wire, 253 characters written out. */
export const MAX_EMAIL_DOMAIN_CHARS = 253

/** RFC 1035 §2.3.4: a domain label is at most 63 octets. */
export const MAX_DOMAIN_LABEL_CHARS = 63

/** RFC 5321 §4.5.3.1.3: a path is at most 256 octets with its angle brackets, so an address at most 254. */
export const MAX_EMAIL_ADDRESS_CHARS = 254

/**
 * The longest "@" the email detector reads as written, from its trigger: the
 * space it was offered (spaced forms), one more space, a bracketed word
 * ({@link EMAIL_BRACKETED_WORD_CHARS}), then the spaces before the domain
 * ("jane  ( at )  example"). A label separator written out ("  [dot]  ") is no longer.
 */
export const EMAIL_OBFUSCATION_TOKEN_CHARS = EMAIL_OBFUSCATION_MAX_SPACES + EMAIL_BRACKETED_WORD_CHARS + EMAIL_OBFUSCATION_MAX_SPACES

/**
 * The longest stretch an email candidate reads from its trigger ("@", "(" or
 * "[" of "(at)", or the space before "at"): the "@" as written, the domain and
 * the character after it (to see that it is too long), then a label separator
 * after the last label and one character more (to see whether another label
 * follows: "…@example.com." ends a sentence, "…example dot com dot uk" goes on).
 * A stream holds "jane at example dot" this long, waiting for the TLD.
 */
export const EMAIL_LOOKAHEAD_CHARS = EMAIL_OBFUSCATION_TOKEN_CHARS + (MAX_EMAIL_DOMAIN_CHARS + 1) + EMAIL_OBFUSCATION_TOKEN_CHARS + 1

/**
 * ISO 13616-1: an IBAN is at most 34 characters, so after its two country
 * letters at most 32 digits can stand in one group (a compact all-digit BBAN,
 * like Russia's 31). The scanner reads digit groups up to this long.
 */
export const MAX_IBAN_GROUP_DIGITS = MAX_IBAN_LENGTH - IBAN_COUNTRY_LETTERS

/**
 * The widest gap between two characters of one IBAN: "GB82 WEST" (the print
 * format's space), "GB82  WEST" (two), "GB82 - WEST", "1234 \r\n5698" (a
 * trailing space and a line break where it wrapped). Wider is layout, or two
 * separate things.
 */
export const IBAN_MAX_GAP_CHARS = 3

/**
 * The most gaps in one IBAN: groups of two at the narrowest ("GB 82 WE ST 12 …",
 * seventeen groups for the longest IBAN). Nobody writes an IBAN one character
 * at a time, and the bound keeps the read-ahead below the email detector's.
 */
export const IBAN_MAX_GAPS = MAX_IBAN_LENGTH / 2 - 1

/**
 * How far before its check digits an IBAN starts: the country code, and one
 * space or mark when the country code stands apart ("CH 93 0076 …"). It may
 * reach back across a space, so it is also the IBAN's `spanLookbehindAcrossSpaces`
 * (no more than a NINO's, which streams already keep).
 */
export const IBAN_SPAN_LOOKBEHIND = IBAN_COUNTRY_LETTERS + 1

/**
 * The longest stretch an IBAN candidate reads from its check digits: the rest
 * of the IBAN's characters with at most {@link IBAN_MAX_GAPS} of the widest
 * gaps among them (groups of any width, ISO 13616-1 §5's print format among
 * them), then the character after it, or the rest of an email address it runs into.
 */
export const IBAN_LOOKAHEAD_CHARS =
  MAX_IBAN_LENGTH -
  IBAN_COUNTRY_LETTERS +
  IBAN_MAX_GAPS * IBAN_MAX_GAP_CHARS +
  LOCAL_PART_LOOKAHEAD_CHARS +
  digitWidening(MAX_IBAN_LENGTH - IBAN_COUNTRY_LETTERS)

/**
 * How far before its first digit a UK National Insurance number starts: its
 * two prefix letters and the space of the display format ("AB 12 34 56 C").
 * The only span that reaches back across whitespace, so the full entry's
 * streams always hold this many characters.
 */
export const NINO_SPAN_LOOKBEHIND = 3

/**
 * The longest stretch a UK National Insurance number candidate reads from its
 * first digit: six digits with one separator between any two ("1 2 3 4 5 6"
 * at the widest; "12 34 56" and "12-34-56" are what people write), the
 * separator before the suffix and the suffix, then the keyword look-after used
 * when the suffix letter is missing (or the rest of an email address it runs
 * into), which starts with the character after it.
 */
export const NINO_LOOKAHEAD_CHARS =
  NINO_DIGITS + (NINO_DIGITS - 1) + 2 + 1 + Math.max(CONTEXT_AFTER_CHARS, LOCAL_PART_LOOKAHEAD_CHARS) + digitWidening(NINO_DIGITS)

/**
 * The widest gap between two groups of one SSN: one space, dash or dot
 * ("123-45-6789", "123 45 6789", "123.45.6789"), or a dash with a space on each
 * side ("123 - 45 - 6789").
 */
export const SSN_MAX_GAP_CHARS = 3

/**
 * The longest stretch a US Social Security number candidate reads from its
 * first digit ("123 - 45 - 6789" is 15 characters; a 9-digit run fewer), then
 * a gap and one character (does the number go on?), then the keyword look-after
 * (or the rest of an email address it runs into).
 */
export const SSN_LOOKAHEAD_CHARS =
  SSN_DIGITS + 2 * SSN_MAX_GAP_CHARS + SSN_MAX_GAP_CHARS + 2 + Math.max(CONTEXT_AFTER_CHARS, LOCAL_PART_LOOKAHEAD_CHARS) + digitWidening(SSN_DIGITS + 1)

/**
 * How far before its trigger any detection of the full set may start: an
 * email's local part is the longest (phones need 2 characters, IBANs 2, NINOs
 * 3, an expiry's month name {@link MONTH_NAME_SPAN_CHARS}). The stream holds
 * this much of the current token back so a later "@" can still reach it.
 */
export const PII_SPAN_LOOKBEHIND = Math.max(
  MAX_EMAIL_LOCAL_CHARS,
  PHONE_SPAN_LOOKBEHIND,
  IBAN_SPAN_LOOKBEHIND,
  NINO_SPAN_LOOKBEHIND,
  MONTH_NAME_SPAN_CHARS,
)

/** The longest digit group any detector of the full set wants whole: an IBAN's. */
export const MAX_GROUP_DIGITS_ALL = Math.max(MAX_PAN_DIGITS, MAX_IBAN_GROUP_DIGITS)

/**
 * The most characters a stream of the full `chatmask` entry point ever holds
 * back, whatever the input. When the scan pauses at a candidate it keeps:
 * - up to {@link PII_SPAN_LOOKBEHIND} characters of the candidate's token before
 *   it (an email's local part before its "@"),
 * - plus the rest of a digit group the look-behind limit fell inside (the hold
 *   point never splits a group; a longer group sets a barrier instead), each
 *   digit up to {@link MAX_DIGIT_CHARS} code units,
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
  (MAX_GROUP_DIGITS_ALL - 1) * MAX_DIGIT_CHARS +
  Math.max(
    MAX_GROUP_DIGITS_ALL + 1 + digitWidening(MAX_GROUP_DIGITS_ALL + 1),
    CARD_LOOKAHEAD_CHARS,
    CONTEXT_LOOKAHEAD_CHARS,
    CVV_LOOKAHEAD_CHARS,
    PHONE_LOOKAHEAD_CHARS,
    EMAIL_LOOKAHEAD_CHARS,
    IBAN_LOOKAHEAD_CHARS,
    NINO_LOOKAHEAD_CHARS,
    SSN_LOOKAHEAD_CHARS,
  )

/**
 * How many messages of the other party after a question for card data ("what is
 * the security code?") count as its answer. Customers answer in one message
 * ("it's 123"), often two ("one sec" … "123"), sometimes three ("sure", "12/29",
 * "123"); after that the talk has moved on. A message from the asker that asks
 * for nothing ends the window sooner.
 */
export const ANSWER_WINDOW_MESSAGES = 3

/**
 * How many messages of a conversation a silent sender's state is kept for
 * (`conversation({ idleMessages })`). A sender's state is its held-back tail
 * and the messages overlapping it, under a kilobyte; a support queue or a group
 * chat routed through one conversation would otherwise keep every sender it
 * ever saw. A thousand messages is far longer than any question and its answer.
 */
export const DEFAULT_IDLE_MESSAGES = 1000
