/**
 * Whether a month/year pair could be the expiry date printed on a live card.
 * Used to tell "12/27" on a card from "12/27" as a fraction, a score or a date
 * in another century.
 */

const MONTHS_PER_YEAR = 12
const FIRST_MONTH = 1
/** Cards print a 2-digit year (ISO/IEC 7813 track data: YYMM); all of them are 20YY. */
const TWO_DIGIT_YEAR_CENTURY = 2000
const LARGEST_TWO_DIGIT_YEAR = 99
const SMALLEST_FOUR_DIGIT_YEAR = 1000
const LARGEST_FOUR_DIGIT_YEAR = 9999

/** How far around "now" an expiry date may lie and still be plausible. */
export interface ExpiryWindow {
  /** Whole years before the current month that still count (expired cards). */
  readonly yearsBack: number
  /** Whole years after the current month that still count. */
  readonly yearsAhead: number
}

/**
 * The window chatmask uses unless told otherwise.
 *
 * - `yearsBack: 1`: a card that expired last month is still sensitive (it is
 *   often re-issued with the same number and a new date), and customers paste
 *   old cards while asking why a payment failed.
 * - `yearsAhead: 20`: most networks issue cards for 3–5 years, some for 10 or
 *   more (corporate and prepaid cards); 20 leaves room without accepting any
 *   year at all.
 *
 * @example
 * ```ts
 * import { DEFAULT_EXPIRY_WINDOW, isPlausibleExpiry } from './expiry.js'
 * isPlausibleExpiry(12, 27, new Date('2026-11-24'), DEFAULT_EXPIRY_WINDOW) // true
 * ```
 */
export const DEFAULT_EXPIRY_WINDOW: ExpiryWindow = Object.freeze({ yearsBack: 1, yearsAhead: 20 })

/** Months since year 0 for a (year, month 1–12) pair: comparable by subtraction. */
function monthIndex(year: number, month: number): number {
  return year * MONTHS_PER_YEAR + (month - FIRST_MONTH)
}

function fullYear(year: number): number | undefined {
  if (year >= 0 && year <= LARGEST_TWO_DIGIT_YEAR) return TWO_DIGIT_YEAR_CENTURY + year
  if (year >= SMALLEST_FOUR_DIGIT_YEAR && year <= LARGEST_FOUR_DIGIT_YEAR) return year
  return undefined
}

/**
 * Whether `month`/`year` is a plausible card expiry seen at `now`: a real month
 * (1–12), a 2-digit year (read as 20YY) or a 4-digit year, no more than
 * `window.yearsBack` years before now's month and no more than
 * `window.yearsAhead` years after it (both ends inclusive, counted in whole
 * months).
 *
 * Months are compared in UTC so the answer does not depend on the server's time
 * zone; the window is years wide, so the hours this shifts do not matter.
 *
 * Total: `false`, never a throw, for non-integers, NaN, an invalid `Date`, a
 * 3-digit or 5-digit year, or a window with a negative or non-integer side.
 *
 * @example
 * ```ts
 * import { DEFAULT_EXPIRY_WINDOW, isPlausibleExpiry } from './expiry.js'
 * const now = new Date('2026-11-24T12:00:00Z')
 * isPlausibleExpiry(3, 2029, now, DEFAULT_EXPIRY_WINDOW) // true
 * isPlausibleExpiry(11, 25, now, DEFAULT_EXPIRY_WINDOW) // true: expired a year ago this month
 * isPlausibleExpiry(10, 25, now, DEFAULT_EXPIRY_WINDOW) // false: more than a year ago
 * isPlausibleExpiry(13, 27, now, DEFAULT_EXPIRY_WINDOW) // false: no 13th month
 * isPlausibleExpiry(12, 1999, now, DEFAULT_EXPIRY_WINDOW) // false
 * ```
 */
export function isPlausibleExpiry(month: number, year: number, now: Date, window: ExpiryWindow): boolean {
  if (!Number.isInteger(month) || month < FIRST_MONTH || month > MONTHS_PER_YEAR) return false
  if (!Number.isInteger(year)) return false
  if (!(now instanceof Date)) return false
  const nowTime = now.getTime()
  if (Number.isNaN(nowTime)) return false
  const yearsBack = window?.yearsBack
  const yearsAhead = window?.yearsAhead
  if (!Number.isInteger(yearsBack) || !Number.isInteger(yearsAhead)) return false
  if (yearsBack < 0 || yearsAhead < 0) return false

  const expiryYear = fullYear(year)
  if (expiryYear === undefined) return false

  const expiry = monthIndex(expiryYear, month)
  const current = monthIndex(now.getUTCFullYear(), now.getUTCMonth() + FIRST_MONTH)
  return expiry >= current - yearsBack * MONTHS_PER_YEAR && expiry <= current + yearsAhead * MONTHS_PER_YEAR
}
