/**
 * Shapes of digit runs that are something else, whatever libphonenumber says
 * of their digits: dates, IPv4 addresses and version numbers, year-first
 * references, amounts. Checked before any verdict is asked for, on national
 * candidates only (a "+" is evidence no such shape has).
 */
import {
  DATE_GROUPS,
  DATE_LEADING_YEAR_DIGITS,
  DATE_PART_MAX_DIGITS,
  DATE_YEAR_DIGITS,
  MAX_DAY,
  MAX_MONTH,
  IPV4_GROUPS,
  IPV4_GROUP_MAX_DIGITS,
  IPV4_OCTET_MAX,
  PAIR_DIGITS,
  REFERENCE_YEAR_FIRST,
  REFERENCE_YEAR_LAST,
} from '../../data/phone-shapes.js'
import { CharCode } from '../../scanner/char-codes.js'
import { isCurrencySymbol, isIdentifierLetter, isWhitespace } from '../../scanner/char-classes.js'
import type { Cursor } from '../../scanner/cursor.js'
import { isDigitCode, type DigitGroup } from '../../scanner/digit-group.js'
import { MAX_IBAN_LENGTH } from '../../data/iban-lengths.js'
import { IBAN_COUNTRY_LETTERS, IBAN_PRINT_GROUP_CHARS } from '../../data/limits.js'
import { GapMark, type PhoneRun } from './phone-run.js'

/**
 * Three groups with the same separator that read as a date: "12-05-2024",
 * "05/12/24" (either order of day and month), "08 06 1963", "2024.05.12". The
 * day and month must be ones a calendar has: "34 10 1234" is a number of Haiti.
 */
export function isDateShaped(run: PhoneRun, from: number, last: number): boolean {
  if (last - from !== DATE_GROUPS - 1 || run.gaps[from + 1] !== run.gaps[from + 2]) return false
  const [a, b, c] = run.groups.slice(from, last + 1).map((group) => group.digits) as [string, string, string]
  if (a.length <= DATE_PART_MAX_DIGITS && b.length <= DATE_PART_MAX_DIGITS && DATE_YEAR_DIGITS.includes(c.length)) {
    return isDayAndMonth(Number(a), Number(b)) || isDayAndMonth(Number(b), Number(a))
  }
  return a.length === DATE_LEADING_YEAR_DIGITS && b.length <= DATE_PART_MAX_DIGITS && c.length <= DATE_PART_MAX_DIGITS && isDayAndMonth(Number(c), Number(b))
}

function isDayAndMonth(day: number, month: number): boolean {
  return day >= 1 && day <= MAX_DAY && month >= 1 && month <= MAX_MONTH
}

/**
 * "172.42.23.236", "10.0.0.1": four groups of 1–3 digits joined by single
 * dots, an IPv4 address in dotted-decimal (RFC 791 §3.2 writes it so) or a
 * four-part version number. A group with a leading zero ("02.123.45.67", a
 * Belgian number written with dots) or above 255 ("612.34.56.78", a Spanish
 * one) is no dotted-decimal octet.
 */
export function isDottedQuad(run: PhoneRun): boolean {
  if (run.groups.length < IPV4_GROUPS) return false
  for (let index = 0; index < IPV4_GROUPS; index++) {
    const { digits } = run.groups[index] as DigitGroup
    if (digits.length > IPV4_GROUP_MAX_DIGITS || (digits.length > 1 && digits.charCodeAt(0) === CharCode.Zero)) return false
    if (Number(digits) > IPV4_OCTET_MAX) return false
    if (index > 0 && run.gaps[index] !== GapMark.Dot) return false
  }
  return true
}

/**
 * "32.12.34.56": a dotted quad of four two-digit groups is also how Denmark
 * and Norway write their eight-digit numbers in pairs; with a phone word
 * beside it, it is read as a number.
 */
export function isPairedQuad(run: PhoneRun): boolean {
  for (let index = 0; index < IPV4_GROUPS; index++) if ((run.groups[index] as DigitGroup).digits.length !== PAIR_DIGITS) return false
  return true
}

/**
 * "2024-5551234", "2026-000123" (after "REF", "INV-"): a year of the last
 * century or this one, then a dash or dot and more digits, is how tickets,
 * invoices and case numbers are numbered. No region in the metadata writes a
 * national number whose first group is such a year followed by a dash.
 */
export function startsWithYearReference(run: PhoneRun): boolean {
  const first = run.groups[0] as DigitGroup
  if (run.groups.length < 2 || first.digits.length !== DATE_LEADING_YEAR_DIGITS) return false
  const gap = run.gaps[1] as GapMark
  if ((gap & (GapMark.Dash | GapMark.Dot)) === 0 || (gap & GapMark.Parenthesis) !== 0) return false
  const year = Number(first.digits)
  return year >= REFERENCE_YEAR_FIRST && year <= REFERENCE_YEAR_LAST
}

/**
 * "€ 1 234 567", "1 234 567 €", "$ 2 500 000": a currency symbol before or
 * after the run, at most one space away, makes it an amount written with
 * thousands separators (ISO 31-0 and most of Europe group digits by spaces).
 */
export function isAmount(cursor: Cursor, start: number, end: number): boolean {
  let before = cursor.code(start - 1)
  if (isWhitespace(before)) before = cursor.code(start - 2)
  let after = cursor.code(end)
  if (isWhitespace(after)) after = cursor.code(end + 1)
  return isCurrencySymbol(before) || isCurrencySymbol(after)
}

/**
 * Is `start` inside an IBAN written in its print format, whose letters keep
 * the IBAN detector from claiming these digits or which that detector is not
 * running for ("GI53 033X 2EU2 523D 2129 833")? Walking back over groups of
 * four letters and digits, one space apart, reaches the country code and check
 * digits. Reads at most one IBAN's length back.
 */
export function isInsidePrintedIban(cursor: Cursor, start: number): boolean {
  let index = start - 1
  for (let group = 0; group * (IBAN_PRINT_GROUP_CHARS + 1) < MAX_IBAN_LENGTH; group++) {
    if (cursor.code(index) !== CharCode.Space) return false
    let letters = 0
    let digits = 0
    for (let offset = 1; offset <= IBAN_PRINT_GROUP_CHARS; offset++) {
      const code = cursor.code(index - offset)
      if (isDigitCode(code)) digits++
      else if (isIdentifierLetter(code) && code !== CharCode.Underscore) letters++
      else return false
    }
    const first = index - IBAN_PRINT_GROUP_CHARS
    if (isIdentifierLetter(cursor.code(first - 1)) || isDigitCode(cursor.code(first - 1))) return false
    const opensIban =
      letters === IBAN_COUNTRY_LETTERS &&
      isIdentifierLetter(cursor.code(first)) &&
      isIdentifierLetter(cursor.code(first + 1)) &&
      isDigitCode(cursor.code(first + 2)) &&
      isDigitCode(cursor.code(first + 3))
    if (opensIban) return true
    index = first - 1
  }
  return false
}
