/**
 * Which card network a string of digits belongs to, by its issuer identification
 * number (IIN) and its length. The data and the matching rule live in
 * `src/data/iin-ranges.ts`; this file only makes the look-up fast, because the card
 * detector calls it for every 12–19 digit window of every digit run it sees.
 */
import { IIN_RANGES, type IinRange } from '../data/iin-ranges.js'
import { MAX_PAN_DIGITS, MIN_PAN_DIGITS } from '../data/limits.js'
import type { CardBrand } from '../types.js'

const ASCII_ZERO = 0x30 // "0"
const ASCII_NINE = 0x39 // "9"
const DECIMAL_BASE = 10
/** Rows are bucketed by the first two digits of a PAN: "00" to "99". */
const BUCKET_PREFIX_DIGITS = 2
const BUCKET_COUNT = DECIMAL_BASE ** BUCKET_PREFIX_DIGITS

export { MAX_PAN_DIGITS, MIN_PAN_DIGITS } from '../data/limits.js'

/** A table row in the form the hot loop wants: numbers, not strings. */
interface CompiledRange {
  readonly brand: CardBrand
  /** How many leading digits of a PAN this row compares. */
  readonly prefixDigits: number
  readonly start: number
  readonly end: number
  /** Bit `n` is set when a PAN of `n` digits is valid for this row. */
  readonly lengthMask: number
}

function compile(range: IinRange): CompiledRange {
  let lengthMask = 0
  for (const length of range.lengths) lengthMask |= 1 << length
  return {
    brand: range.brand,
    prefixDigits: range.start.length,
    start: Number(range.start),
    end: Number(range.end),
    lengthMask,
  }
}

/** The first `count` digits of `prefix` as a number, `prefix` padded on the right with `pad`. */
function leadingValue(prefix: string, count: number, pad: number): number {
  let value = 0
  for (let index = 0; index < count; index++) {
    const digit = index < prefix.length ? prefix.charCodeAt(index) - ASCII_ZERO : pad
    value = value * DECIMAL_BASE + digit
  }
  return value
}

/**
 * Rows indexed by a PAN's first two digits, each bucket ordered longest prefix
 * first, so the first row that matches is the most specific one (the rule
 * documented in `iin-ranges.ts`). A one-digit row such as Visa's "4" lands in
 * every bucket from "40" to "49".
 */
const RANGES_BY_FIRST_TWO_DIGITS: readonly (readonly CompiledRange[])[] = (() => {
  const buckets: CompiledRange[][] = Array.from({ length: BUCKET_COUNT }, () => [])
  const largestDigit = DECIMAL_BASE - 1
  for (const range of IIN_RANGES) {
    const compiled = compile(range)
    const first = leadingValue(range.start, BUCKET_PREFIX_DIGITS, 0)
    const last = leadingValue(range.end, BUCKET_PREFIX_DIGITS, largestDigit)
    for (let key = first; key <= last; key++) buckets[key]?.push(compiled)
  }
  for (const bucket of buckets) bucket.sort((a, b) => b.prefixDigits - a.prefixDigits)
  return buckets
})()

/**
 * The card network that issues PANs starting like `digits` and of exactly its
 * length, or `undefined` when none does.
 *
 * When ranges overlap the most specific (longest) prefix among the rows that
 * also accept this length wins, so a 16-digit 650031… is Elo, while a 19-digit
 * 650031… (a length Elo does not issue) is Discover. The Luhn check is not part
 * of this: combine with `isLuhnValid`.
 *
 * Total: `undefined`, never a throw, for anything but 12–19 ASCII digits.
 *
 * @example
 * ```ts
 * import { cardBrandOf } from './iin.js'
 * cardBrandOf('4111111111111111') // 'visa'
 * cardBrandOf('378282246310005') // 'amex'
 * cardBrandOf('122000000000003') // 'uatp': 15 digits starting with 1
 * cardBrandOf('441234567890') // undefined: Visa has no 12-digit PANs
 * cardBrandOf('1732291200000') // undefined: a 13-digit timestamp; UATP's 1 issues 15
 * ```
 */
export function cardBrandOf(digits: string): CardBrand | undefined {
  if (typeof digits !== 'string') return undefined
  const length = digits.length
  if (length < MIN_PAN_DIGITS || length > MAX_PAN_DIGITS) return undefined
  for (let index = 0; index < length; index++) {
    const code = digits.charCodeAt(index)
    if (code < ASCII_ZERO || code > ASCII_NINE) return undefined
  }
  const bucket = RANGES_BY_FIRST_TWO_DIGITS[leadingValue(digits, BUCKET_PREFIX_DIGITS, 0)]
  if (bucket === undefined) return undefined
  const lengthBit = 1 << length
  for (const range of bucket) {
    if ((range.lengthMask & lengthBit) === 0) continue
    const prefix = leadingValue(digits, range.prefixDigits, 0)
    if (prefix >= range.start && prefix <= range.end) return range.brand
  }
  return undefined
}

/**
 * Every PAN length an issuer whose prefix `digits` starts with gives out, as a
 * bit mask (bit `n` for `n` digits; 0 when no issuer's prefix matches). The
 * card detector asks once per digit run, then skips every window of a length
 * no issuer of that prefix issues without building its string. `digits` must
 * hold at least as many digits as the longest prefix that could match (8); the
 * card detector passes a run of 12 or more.
 *
 * @example
 * ```ts
 * import { cardLengthsStartingLike } from './iin.js'
 * cardLengthsStartingLike('378282246310005') === 1 << 15 // true: Amex issues 15 digits only
 * ```
 */
export function cardLengthsStartingLike(digits: string): number {
  const bucket = RANGES_BY_FIRST_TWO_DIGITS[leadingValue(digits, BUCKET_PREFIX_DIGITS, 0)]
  if (bucket === undefined) return 0
  let mask = 0
  for (const range of bucket) {
    const prefix = leadingValue(digits, range.prefixDigits, 0)
    if (prefix >= range.start && prefix <= range.end) mask |= range.lengthMask
  }
  return mask
}
