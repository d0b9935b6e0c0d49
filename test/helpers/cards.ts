/**
 * fast-check arbitraries for card numbers, shared by every test: valid PANs drawn
 * from the issuer table, the same PANs written the ways people type them, numbers
 * that must NOT count as cards, and text with nothing sensitive in it.
 *
 * Every PAN here is generated (or a network's published test number): never put
 * a real card number in a test.
 */
import fc from 'fast-check'
import { IIN_RANGES, type IinRange } from '../../src/data/iin-ranges.js'
import { MAX_GAP_CHARS } from '../../src/data/limits.js'
import type { CardBrand } from '../../src/types.js'
import { cardBrandOf, isLuhnValid, MAX_PAN_DIGITS, MIN_PAN_DIGITS } from '../../src/validators/index.js'

const ASCII_ZERO = 0x30 // "0"
const DECIMAL_BASE = 10
const ASCII_DIGITS = '0123456789'

/** A generated card number that `cardBrandOf` and `isLuhnValid` both accept. */
export interface GeneratedPan {
  /** ASCII digits only, check digit included. */
  readonly digits: string
  readonly brand: CardBrand
}

/** A {@link GeneratedPan} as it might appear in a chat message. */
export interface FormattedPan extends GeneratedPan {
  /** The PAN as typed: grouped, separated, maybe in non-ASCII digits. */
  readonly text: string
}

/** Every brand that has at least one row in the issuer table, in table order. */
export const BRANDS_IN_TABLE: readonly CardBrand[] = [...new Set(IIN_RANGES.map((range) => range.brand))]

function rangesOf(brand: CardBrand): readonly IinRange[] {
  const ranges = IIN_RANGES.filter((range) => range.brand === brand)
  if (ranges.length === 0) throw new Error(`No issuer-table rows for brand "${brand}"`)
  return ranges
}

/**
 * The Luhn check digit that makes `body + digit` pass `isLuhnValid`
 * (ISO/IEC 7812-1 annex B). `body` is ASCII digits without the check digit.
 *
 * @example
 * ```ts
 * luhnCheckDigit('411111111111111') // '1'
 * ```
 */
export function luhnCheckDigit(body: string): string {
  let sum = 0
  // The check digit will sit to the right, so the rightmost body digit is doubled.
  let doubled = true
  for (let index = body.length - 1; index >= 0; index--) {
    let digit = body.charCodeAt(index) - ASCII_ZERO
    if (doubled) {
      digit *= 2
      if (digit >= DECIMAL_BASE) digit -= DECIMAL_BASE - 1
    }
    sum += digit
    doubled = !doubled
  }
  return String((DECIMAL_BASE - (sum % DECIMAL_BASE)) % DECIMAL_BASE)
}

/**
 * `prefixAndBody` with its Luhn check digit appended.
 *
 * @example
 * ```ts
 * completeWithLuhn('411111111111111') // '4111111111111111'
 * ```
 */
export function completeWithLuhn(prefixAndBody: string): string {
  return prefixAndBody + luhnCheckDigit(prefixAndBody)
}

function digitStringArbitrary(length: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...ASCII_DIGITS), minLength: length, maxLength: length })
}

/** A prefix inside `range`, zero-padded to the range's prefix length. */
function prefixInRangeArbitrary(range: IinRange): fc.Arbitrary<string> {
  return fc
    .integer({ min: Number(range.start), max: Number(range.end) })
    .map((value) => String(value).padStart(range.start.length, '0'))
}

/**
 * Luhn-complete digits of exactly `length`, starting with a prefix from `range`
 * (any length: pass one outside `range.lengths` for a near miss). The result is
 * not filtered: a more specific row of another brand may claim it.
 */
export function panInRangeArbitrary(range: IinRange, length: number): fc.Arbitrary<string> {
  const bodyLength = length - range.start.length - 1
  return fc
    .tuple(prefixInRangeArbitrary(range), digitStringArbitrary(bodyLength))
    .map(([prefix, body]) => completeWithLuhn(prefix + body))
}

/**
 * A valid PAN: a prefix from one of the brand's issuer-table rows, a length that
 * row issues, random account digits and the correct Luhn check digit. Without a
 * brand, each brand is equally likely (so rare networks such as UATP, the Korean
 * local cards or NPS Pridnestrovie are tested as often as Visa). Numbers that a
 * more specific range of another brand would claim (a Visa-row number that falls
 * in Elo's 401178, a Korean-local one in Troy's 9792) are filtered out, so
 * `cardBrandOf(digits) === brand` always holds.
 */
export function validPanArbitrary(brand?: CardBrand): fc.Arbitrary<GeneratedPan> {
  const brands = brand === undefined ? BRANDS_IN_TABLE : [brand]
  return fc
    .constantFrom(...brands)
    .chain((chosen) => fc.constantFrom(...rangesOf(chosen)))
    .chain((range) =>
      fc
        .constantFrom(...range.lengths)
        .chain((length) => panInRangeArbitrary(range, length))
        .map((digits): GeneratedPan => ({ digits, brand: range.brand })),
    )
    .filter((pan) => cardBrandOf(pan.digits) === pan.brand)
}

// ---------------------------------------------------------------------------
// Formatting: how people write a card number in chat.

/** Scripts whose decimal digits people type card numbers in, by the code point of their zero. */
export const DIGIT_ZERO_BY_SCRIPT = {
  ascii: 0x30, // "0"
  fullwidth: 0xff10, // "０", typed by Japanese and Chinese IMEs
  arabicIndic: 0x0660, // "٠"
  devanagari: 0x0966, // "०"
  // Above U+FFFF: each digit is a surrogate pair, two UTF-16 code units.
  mathematicalBold: 0x1d7ce, // "𝟎", what "fancy text" generators produce
  mathematicalMonospace: 0x1d7f6, // "𝟶"
  adlam: 0x1e950, // "𞥐"
  osmanya: 0x104a0, // "𐒠"
} as const

export type DigitScript = keyof typeof DIGIT_ZERO_BY_SCRIPT

/**
 * `digits` (ASCII) rewritten in another script's decimal digits.
 *
 * @example
 * ```ts
 * toDigitScript('42', 'fullwidth') // '４２'
 * toDigitScript('42', 'mathematicalBold') // '𝟒𝟐' (four code units)
 * ```
 */
export function toDigitScript(digits: string, script: DigitScript): string {
  const zero = DIGIT_ZERO_BY_SCRIPT[script]
  let text = ''
  for (let index = 0; index < digits.length; index++) {
    text += String.fromCodePoint(zero + digits.charCodeAt(index) - ASCII_ZERO)
  }
  return text
}

/**
 * Characters people put between digit groups, other than the dot (which has its
 * own stricter format below). The scanner's `isCardSeparator` accepts all of them.
 */
export const GROUP_SEPARATORS: readonly string[] = [
  ' ',
  '-',
  '\u00a0', // NO-BREAK SPACE
  '\u202f', // NARROW NO-BREAK SPACE (French digit grouping)
  '\u2009', // THIN SPACE
  '\u2007', // FIGURE SPACE
  '\u3000', // IDEOGRAPHIC SPACE
  '\u2010', // HYPHEN
  '\u2011', // NON-BREAKING HYPHEN
  '\u2012', // FIGURE DASH
  '\u2013', // EN DASH
  '\u2014', // EM DASH
  '\u2015', // HORIZONTAL BAR
  '\u2212', // MINUS SIGN
  '\uff0d', // FULLWIDTH HYPHEN-MINUS
  '\u2003', // EM SPACE
  '\u200a', // HAIR SPACE
  '\u058a', // ARMENIAN HYPHEN
  '\ufe63', // SMALL HYPHEN-MINUS
  '\t', // TAB: pasted from a spreadsheet
  // Invisible: what an agent's screen shows as one run of digits.
  '\u200b', // ZERO WIDTH SPACE
  '\u200c', // ZERO WIDTH NON-JOINER
  '\u200e', // LEFT-TO-RIGHT MARK, put around numbers by right-to-left chat apps
  '\u200f', // RIGHT-TO-LEFT MARK
  '\u2066', // LEFT-TO-RIGHT ISOLATE
  '\u2069', // POP DIRECTIONAL ISOLATE
  '\u2060', // WORD JOINER
  '\u00ad', // SOFT HYPHEN
  '\u061c', // ARABIC LETTER MARK
  '\ufeff', // ZERO WIDTH NO-BREAK SPACE
]

/** Fewest groups a dotted number must have: "4111.1111" alone reads as a decimal. */
const MIN_DOTTED_GROUPS = 4
const CLASSIC_GROUP_DIGITS = 4
/** Amex (15) and Diners (14) print as 4-6-5 and 4-6-4. */
const AMEX_MIDDLE_GROUP_DIGITS = 6
const MAX_IRREGULAR_GROUP_DIGITS = 6

function groupSizes(length: number, sizes: readonly number[]): number[] {
  const groups: number[] = []
  let remaining = length
  for (const size of sizes) {
    if (remaining <= 0) break
    const taken = Math.min(size, remaining)
    groups.push(taken)
    remaining -= taken
  }
  return groups
}

function repeated(size: number, length: number): number[] {
  return groupSizes(length, Array.from({ length: Math.ceil(length / size) }, () => size))
}

/** How a PAN of `length` digits is cut into groups, each way people write one. */
function groupingArbitrary(length: number): fc.Arbitrary<readonly number[]> {
  const lastGroup = length - CLASSIC_GROUP_DIGITS - AMEX_MIDDLE_GROUP_DIGITS
  return fc.oneof<fc.Arbitrary<readonly number[]>[]>(
    fc.constant([length]), // contiguous
    fc.constant(repeated(CLASSIC_GROUP_DIGITS, length)), // 4-4-4-4, 4-4-4-4-3, …
    fc.constant([CLASSIC_GROUP_DIGITS, AMEX_MIDDLE_GROUP_DIGITS, lastGroup]), // 4-6-5 / 4-6-4
    fc.constant(repeated(1, length)), // "4 1 1 1 …", one digit at a time
    fc
      .array(fc.integer({ min: 1, max: MAX_IRREGULAR_GROUP_DIGITS }), { minLength: length, maxLength: length })
      .map((sizes) => groupSizes(length, sizes)), // irregular
  )
}

/**
 * One gap between groups: 1 to MAX_GAP_CHARS separator characters of any kind;
 * half the time " ", "-", "  " or " - ", the way most people type.
 */
const gapArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(' ', '-', '  ', ' - '),
  fc.string({ unit: fc.constantFrom(...GROUP_SEPARATORS), minLength: 1, maxLength: MAX_GAP_CHARS }),
)

/**
 * A gap holding the one line break a card may wrap at (Shift+Enter, a wrapped
 * statement), with the separators people leave around it; at most MAX_GAP_CHARS.
 */
const lineBreakGapArbitrary: fc.Arbitrary<string> = fc.constantFrom('\n', '\r\n', '\r', ' \n', '-\n', '\n ', ' \r\n', '\u00a0\n')

/**
 * The `gapCount` gaps of one number: all the same, each different, all single
 * dots, or one of them a line break.
 */
function gapsArbitrary(gapCount: number): fc.Arbitrary<string[]> {
  const same = gapArbitrary.map((gap) => Array.from({ length: gapCount }, () => gap))
  if (gapCount === 0) return same
  const mixed = fc.array(gapArbitrary, { minLength: gapCount, maxLength: gapCount })
  const wrapped = fc
    .tuple(same, lineBreakGapArbitrary, fc.nat({ max: gapCount - 1 }))
    .map(([gaps, lineBreak, at]) => gaps.map((gap, index) => (index === at ? lineBreak : gap)))
  if (gapCount + 1 < MIN_DOTTED_GROUPS) return fc.oneof(same, mixed, wrapped)
  const dotted = fc.constant(Array.from({ length: gapCount }, () => '.'))
  return fc.oneof(same, mixed, dotted, wrapped)
}

const digitScriptArbitrary: fc.Arbitrary<DigitScript> = fc.oneof(
  { arbitrary: fc.constant<DigitScript>('ascii'), weight: 3 },
  { arbitrary: fc.constantFrom<DigitScript>('fullwidth', 'arabicIndic', 'devanagari'), weight: 1 },
)

/**
 * A valid PAN written the way people type it: contiguous, 4-4-4-4, 4-6-5/4-6-4,
 * irregular groups, or one digit at a time; groups separated by 1–3 spaces
 * (any width), hyphens or Unicode dashes, the same gap throughout or varying, or
 * by single dots when there are at least 4 groups, or wrapped at one line
 * break; in ASCII, full-width,
 * Arabic-Indic or Devanagari digits. Never more than `MAX_GAP_CHARS` characters
 * between two groups, never a separator before or after the number.
 */
export function formattedPanArbitrary(brand?: CardBrand): fc.Arbitrary<FormattedPan> {
  return validPanArbitrary(brand).chain((pan) =>
    groupingArbitrary(pan.digits.length).chain((groups) =>
      fc.tuple(gapsArbitrary(groups.length - 1), digitScriptArbitrary).map(([gaps, script]): FormattedPan => {
        const written = toDigitScript(pan.digits, script)
        let text = ''
        let offset = 0
        groups.forEach((size, index) => {
          if (index > 0) text += gaps[index - 1] ?? ''
          text += written.slice(offset, offset + size)
          offset += size
        })
        return { text, digits: pan.digits, brand: pan.brand }
      }),
    ),
  )
}

// ---------------------------------------------------------------------------
// Near misses: card-shaped numbers that must not be reported as cards.

/**
 * Whether any run of MIN_PAN_DIGITS–MAX_PAN_DIGITS consecutive digits inside
 * `digits` is a valid PAN (known brand and length, Luhn-valid). A detector that
 * tries every window of a long digit run would find such a card, so near misses
 * exclude them.
 */
export function containsValidPan(digits: string): boolean {
  for (let length = MIN_PAN_DIGITS; length <= Math.min(MAX_PAN_DIGITS, digits.length); length++) {
    for (let start = 0; start + length <= digits.length; start++) {
      const window = digits.slice(start, start + length)
      if (cardBrandOf(window) !== undefined && isLuhnValid(window)) return true
    }
  }
  return false
}

/** The three ways a card-shaped number fails to be a card (DESIGN.md invariant 4). */
export type NearMissKind = 'wrong-check-digit' | 'unknown-prefix' | 'invalid-length'

const NEAR_MISS_KINDS: readonly NearMissKind[] = ['wrong-check-digit', 'unknown-prefix', 'invalid-length']

/**
 * First digits whose numbers are mostly no card: 0 and 7 never are; 1, 8 and 9
 * only at some lengths (UATP's 15-digit 1…, the Korean local 16-digit 9…, RuPay's
 * 81/82, …), and those are filtered out below.
 */
const UNASSIGNED_FIRST_DIGITS = ['0', '1', '7', '8', '9'] as const

/** A valid PAN with one digit replaced by another: a single-digit change always breaks Luhn. */
const wrongCheckDigitArbitrary: fc.Arbitrary<string> = validPanArbitrary().chain((pan) =>
  fc
    .tuple(fc.nat({ max: pan.digits.length - 1 }), fc.integer({ min: 1, max: DECIMAL_BASE - 1 }))
    .map(([position, shift]) => {
      const old = pan.digits.charCodeAt(position) - ASCII_ZERO
      const replacement = String((old + shift) % DECIMAL_BASE)
      return pan.digits.slice(0, position) + replacement + pan.digits.slice(position + 1)
    }),
)

/** Luhn-valid digits of a PAN's length whose first digit and length no network uses together. */
const unknownPrefixArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...UNASSIGNED_FIRST_DIGITS), fc.integer({ min: MIN_PAN_DIGITS, max: MAX_PAN_DIGITS }))
  .chain(([first, length]) => digitStringArbitrary(length - 2).map((body) => completeWithLuhn(first + body)))
  .filter((digits) => cardBrandOf(digits) === undefined)

/** A known prefix, Luhn-valid, but a length its network does not issue (a 14-digit Visa). */
const invalidLengthArbitrary: fc.Arbitrary<string> = fc
  .constantFrom(
    ...IIN_RANGES.flatMap((range) => {
      const lengths: number[] = []
      for (let length = MIN_PAN_DIGITS; length <= MAX_PAN_DIGITS; length++) {
        if (!range.lengths.includes(length)) lengths.push(length)
      }
      return lengths.map((length) => ({ range, length }))
    }),
  )
  .chain(({ range, length }) => panInRangeArbitrary(range, length))
  .filter((digits) => cardBrandOf(digits) === undefined)

const NEAR_MISS_BY_KIND: Readonly<Record<NearMissKind, fc.Arbitrary<string>>> = {
  'wrong-check-digit': wrongCheckDigitArbitrary,
  'unknown-prefix': unknownPrefixArbitrary,
  'invalid-length': invalidLengthArbitrary,
}

/**
 * ASCII digits, 12–19 long, that look like a card but are not one: a valid PAN
 * with one digit changed (Luhn fails), a Luhn-valid number starting with 0, 1,
 * 7, 8 or 9 at a length no network issues there (a 13-digit 1…, a 15-digit 9…),
 * or a known prefix with a valid Luhn digit but a length its network never issues.
 * No window of 12–19 consecutive digits inside it is a valid PAN either.
 */
export function nearMissPanArbitrary(kind?: NearMissKind): fc.Arbitrary<string> {
  const kinds = kind === undefined ? NEAR_MISS_KINDS : [kind]
  return fc
    .oneof(...kinds.map((chosen) => NEAR_MISS_BY_KIND[chosen]))
    .filter((digits) => !containsValidPan(digits))
}

// ---------------------------------------------------------------------------
// Safe text: nothing any detector could flag.

/**
 * Anything numeric (every script's digits, superscripts, fractions, circled
 * numbers) and the characters email and phone detectors key on, in every width.
 */
const UNSAFE_CHARACTER = /[\p{N}@+\uff20\ufe6b\uff0b\ufe62\u207a\u208a]/u

/** Long enough for several sentences and every kind of unit, short enough to keep runs fast. */
const MAX_SAFE_TEXT_UNITS = 200

const safeUnitArbitrary: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'), weight: 12 },
  { arbitrary: fc.constantFrom(' ', ' ', ' ', '\n', '\t', '\r\n', '\u00a0'), weight: 5 },
  {
    arbitrary: fc.constantFrom(...'.,;:!?\'"()-_/\\*&%$#[]{}<>=~`^|', '…', '—', '«', '»', '¿', '¡', '€', '£'),
    weight: 3,
  },
  // Words detectors look for near numbers: harmless on their own.
  { arbitrary: fc.constantFrom('card', 'cvv', 'expiry', 'exp', 'visa', 'iban', 'phone', 'tel', 'number'), weight: 2 },
  { arbitrary: fc.constantFrom('😀', '💳', '👍🏽', '🇬🇧', '👨‍👩‍👧', '❤️', '✨'), weight: 1 },
  {
    arbitrary: fc.constantFrom('你', '好', '卡', '号', '码', 'カ', 'ー', 'ド', '한', '국', 'ж', 'я', 'ب', 'ש', 'é', 'ß', 'ñ', 'ø'),
    weight: 2,
  },
  {
    arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }).filter((unit) => !UNSAFE_CHARACTER.test(unit)),
    weight: 1,
  },
)

/**
 * Random text with no digit of any script, no '@' and no '+': letters, spaces,
 * newlines, punctuation, emoji, CJK and other scripts, and keywords such as
 * "card" or "cvv". Nothing in it can be sensitive, so redaction must return it
 * byte for byte (DESIGN.md invariant 3).
 */
export function safeTextArbitrary(): fc.Arbitrary<string> {
  return fc.string({ unit: safeUnitArbitrary, maxLength: MAX_SAFE_TEXT_UNITS })
}
