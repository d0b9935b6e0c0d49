/**
 * Sizes of the digit-run shapes the phone detector refuses before asking
 * libphonenumber (see `src/detectors/phone/not-a-phone.ts`), each with its source.
 */

/** A date written with separators has three parts: "12-05-2024", "08 06 1963", "2024.05.12". */
export const DATE_GROUPS = 3
/** Day and month are written with one or two digits (ISO 8601 uses two; people drop the zero). */
export const DATE_PART_MAX_DIGITS = 2
/** A year after day and month: "12-05-24" or "12-05-2024". */
export const DATE_YEAR_DIGITS: readonly number[] = [2, 4]
/** The Gregorian calendar's longest month and its number of months. */
export const MAX_DAY = 31
export const MAX_MONTH = 12
/** ISO 8601's year-first dates ("2024-05-12") and year-first references ("2024-5551234") start with four digits. */
export const DATE_LEADING_YEAR_DIGITS = 4

/** RFC 791 §3.2 / RFC 1123 §2.1: an IPv4 address in dotted-decimal is four parts… */
export const IPV4_GROUPS = 4
/** …of one to three decimal digits… */
export const IPV4_GROUP_MAX_DIGITS = 3
/** …each an octet, 0–255. */
export const IPV4_OCTET_MAX = 255
/** Numbers written in pairs of digits ("32 12 34 56" in Denmark, "06 39 98 29 29" in France). */
export const PAIR_DIGITS = 2

/**
 * Ticket, invoice and case numbers that start with a year ("INV-2026-000123",
 * "CS-2025-550123", "REF 2024-5551234") use years of this century or the last;
 * the range is wide on purpose (archives, contracts running to 2099).
 */
export const REFERENCE_YEAR_FIRST = 1900
export const REFERENCE_YEAR_LAST = 2099

/** ITU-T E.164 §6.2.1: a country calling code has one to three digits. */
export const MAX_CALLING_CODE_DIGITS = 3

/**
 * The most letters read back from a run to see whether the word glued to it
 * is a phone word ("tel-", "phone-", "mobile-"): the longest one-word phone
 * phrases are about this long ("festnetznummer" is 14; longer glued words are
 * identifiers either way).
 */
export const PHONE_GLUED_WORD_MAX_CHARS = 14
