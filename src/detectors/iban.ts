import { IBAN_BBAN_STRUCTURE_BY_COUNTRY, IBAN_HEADER_LENGTH, IBAN_LENGTH_BY_COUNTRY } from '../data/iban-lengths.js'
import { IBAN_COUNTRY_LETTERS, IBAN_MAX_GAP_CHARS, IBAN_MAX_GAPS, IBAN_SPAN_LOOKBEHIND, MAX_IBAN_GROUP_DIGITS } from '../data/limits.js'
import { IDENTIFIER_DASHES, IDENTIFIER_DOT, IDENTIFIER_SPACES } from '../data/national-ids.js'
import { CharCode } from '../scanner/char-codes.js'
import { isIdentifierLetter, isLineBreak } from '../scanner/char-classes.js'
import { isMaskChar } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../scanner/digit-group.js'
import { isIbanChecksumValid } from '../validators/mod97.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { continuesIntoEmailAddress } from './email-local-part.js'

/** Bit that turns an ASCII lower-case letter into its capital. */
const ASCII_CASE_BIT = 0x20

/** ISO 13616-1: two check digits follow the country code. */
const CHECK_DIGITS = IBAN_HEADER_LENGTH - IBAN_COUNTRY_LETTERS

/** The kinds of character in a BBAN structure (`IBAN_BBAN_STRUCTURE_BY_COUNTRY`). */
const DIGIT = 'n'
const LETTER = 'a'

/** What a gap between two characters of an IBAN is marked with. */
const enum GapMark {
  /** Spaces (and a line break) only. */
  None,
  Dash,
  Dot,
}

interface Gap {
  readonly end: number
  readonly mark: GapMark
  readonly lineBreak: boolean
}

const SPACE_CODES: ReadonlySet<number> = new Set([...IDENTIFIER_SPACES].map((char) => char.charCodeAt(0)))
const DASH_CODES: ReadonlySet<number> = new Set([...IDENTIFIER_DASHES].map((char) => char.charCodeAt(0)))
const DOT_CODE = IDENTIFIER_DOT.charCodeAt(0)

/**
 * International Bank Account Numbers (ISO 13616-1): a country code of the IBAN
 * registry, two check digits, then the BBAN, exactly as long as that country's
 * IBANs (`IBAN_LENGTH_BY_COUNTRY`), of the registry's structure for it
 * (`IBAN_BBAN_STRUCTURE_BY_COUNTRY`: where digits and where letters stand), and
 * passing ISO/IEC 7064 MOD 97-10.
 *
 * Written the ways people write it: compact ("GB82WEST12345698765432"), in the
 * print format of ISO 13616-1 §5 (groups of four separated by spaces, "GB82
 * WEST 1234 5698 7654 32"), and in groups of any width, separated by spaces
 * (no-break and narrow no-break ones too, one or two), dashes or dots
 * ("GB82-WEST-1234-…", "GB82.WEST.…"), or a line break where the number
 * wrapped. One IBAN keeps one kind of mark between its groups (a line break may
 * stand in any gap); letters after the country code are all capitals or all
 * small letters; a capital country code may stand one space or mark apart from
 * the check digits ("CH 93 0076 …"). The registry structure is what keeps a
 * word after an IBAN-like string out of it.
 *
 * Offered the check-digit group: it must follow two letters that start a word.
 * An IBAN is checked before anything else claims its digits, so
 * "DE89 3704 0044 0532 0130 00" is never read as a card or a phone.
 * Canonical value: compact and upper-case.
 *
 * > | iban GB82 WEST 1234 5698 7654 32 thanks
 *            ^ offered here; the span starts at "G"
 */
export const ibanDetector: Detector = {
  type: 'iban',
  maxGroupDigits: MAX_IBAN_GROUP_DIGITS,
  spanLookbehind: IBAN_SPAN_LOOKBEHIND,
  spanLookbehindAcrossSpaces: IBAN_SPAN_LOOKBEHIND,
  detectAt(group: DigitGroup, context: DetectorContext): Detection | undefined {
    if (group.digits.length < CHECK_DIGITS) return undefined
    const { cursor } = context
    const countryGap = readCountryGap(cursor, group.start)
    const start = group.start - IBAN_COUNTRY_LETTERS - (countryGap === undefined ? 0 : 1)
    if (start < context.minStart) return undefined
    const first = cursor.code(start)
    const second = cursor.code(start + 1)
    const country = upperAsciiLetter(first) + upperAsciiLetter(second)
    if (country.length !== IBAN_COUNTRY_LETTERS) return undefined
    // "is 20 7071 5029": a small-letter word before a number is a word; only "CH 93 …" may stand apart.
    if (countryGap !== undefined && !(isUpperAscii(first) && isUpperAscii(second))) return undefined
    // "ABGB82…": the letters must start a word.
    const before = cursor.code(start - 1)
    if (isIdentifierLetter(before) || isDigitCode(before)) return undefined
    const length = IBAN_LENGTH_BY_COUNTRY[country]
    const structure = structureOf(country)
    if (length === undefined || structure === undefined) return undefined

    const read = readIbanBody(cursor, group.start, structure, countryGap, context.maskChars)
    if (read === undefined) return undefined
    const canonical = country + read.body
    if (!isIbanChecksumValid(canonical)) return undefined
    return { type: 'iban', start, end: read.end, reason: 'mod97+length', canonical }
  },
}

/** A country's BBAN structure spelled out per character ("4a14n" → "aaaannnnnnnnnnnnnn"), cached. */
const expandedStructures = new Map<string, string>()

function structureOf(country: string): string | undefined {
  let expanded = expandedStructures.get(country)
  if (expanded === undefined) {
    const structure = IBAN_BBAN_STRUCTURE_BY_COUNTRY[country]
    if (structure === undefined) return undefined
    expanded = ''
    for (const [, count, kind] of structure.matchAll(/(\d+)([anc])/g)) expanded += (kind as string).repeat(Number(count))
    expandedStructures.set(country, expanded)
  }
  return expanded
}

/**
 * The one space or mark between a country code and its check digits ("CH 93",
 * "GB-82"), when there is one: the gap the whole IBAN then keeps.
 */
function readCountryGap(cursor: Cursor, checkDigitsStart: number): GapMark | undefined {
  const code = cursor.code(checkDigitsStart - 1)
  const mark = gapMarkOf(code)
  if (mark === undefined) return undefined
  // The two letters must stand right before it: "CH 93", not "C 93" or "word 93".
  return upperAsciiLetter(cursor.code(checkDigitsStart - 2)) !== '' ? mark : undefined
}

/**
 * Reads the check digits and the BBAN from `start`, following `structure`,
 * with the gaps people put between them, and checks that the word ends there.
 * Reads at most `count` characters and {@link IBAN_MAX_GAPS} gaps of at most
 * {@link IBAN_MAX_GAP_CHARS} characters, then the character after, plus the
 * look for an email address it may run into.
 */
function readIbanBody(
  cursor: Cursor,
  start: number,
  structure: string,
  countryGap: GapMark | undefined,
  maskChars: string,
): { body: string; end: number } | undefined {
  const count = CHECK_DIGITS + structure.length
  let body = ''
  let index = start
  let mark = countryGap
  let gaps = countryGap === undefined ? 0 : 1
  let letterCase: boolean | undefined
  while (body.length < count) {
    // Past the last gap allowed, a gap character is no IBAN character: the read ends there.
    if (body.length > 0 && gaps < IBAN_MAX_GAPS) {
      const gap = readGap(cursor, index)
      if (gap !== undefined) {
        // "GB82-WEST 1234…": one kind of mark per IBAN; a line break may replace any gap.
        if (!gap.lineBreak || gap.mark !== GapMark.None) {
          if (mark === undefined) mark = gap.mark
          else if (mark !== gap.mark) return undefined
        }
        index = gap.end
        gaps++
      }
    }
    const code = cursor.code(index)
    if (isDigitCode(code)) {
      // A run of digits at once, any script or style ("𝟒", "4️⃣" take more than one code unit).
      const run = readDigitGroup(cursor, index, count - body.length)
      // "…7654 3212": one digit too many means this is not that country's IBAN.
      if (run === undefined) return undefined
      for (let digit = 0; digit < run.digits.length; digit++) {
        if (kindAt(structure, body.length) === LETTER) return undefined
        body += run.digits.charAt(digit)
      }
      index = run.end
    } else {
      const letter = upperAsciiLetter(code)
      if (letter === '' || kindAt(structure, body.length) === DIGIT) return undefined
      // "BE940968A Texpiry": a BBAN's letters are all capitals or all small letters.
      const upper = isUpperAscii(code)
      if (letterCase !== undefined && letterCase !== upper) return undefined
      letterCase = upper
      body += letter
      index++
    }
  }
  // One character too many (or one another finding masked) means this is not that country's IBAN.
  const after = cursor.code(index)
  if (isDigitCode(after) || upperAsciiLetter(after) !== '' || after === CharCode.Underscore || isMaskChar(after, maskChars)) return undefined
  if (continuesIntoEmailAddress(cursor, index)) return undefined
  return { body, end: index }
}

/**
 * The gap at `index`, if any: at most {@link IBAN_MAX_GAP_CHARS} characters of
 * spaces, at most one dash or dot, and at most one line break ("\r\n" is one):
 * "GB82 WEST", "GB82  WEST", "GB82 - WEST", "1234\n5698", "1234 \r\n5698".
 */
function readGap(cursor: Cursor, index: number): Gap | undefined {
  let end = index
  let mark = GapMark.None
  let marks = 0
  let lineBreaks = 0
  while (end - index < IBAN_MAX_GAP_CHARS) {
    const code = cursor.code(end)
    if (isLineBreak(code)) {
      // "\r\n" is one line break.
      if (!(code === CharCode.LineFeed && cursor.code(end - 1) === CharCode.CarriageReturn && end > index)) lineBreaks++
    } else {
      const codeMark = gapMarkOf(code)
      if (codeMark === undefined) break
      if (codeMark !== GapMark.None) {
        marks++
        mark = codeMark
      }
    }
    end++
  }
  if (end === index || marks > 1 || lineBreaks > 1) return undefined
  return { end, mark, lineBreak: lineBreaks > 0 }
}

/** What may stand at `position` of check digits and BBAN: a digit (`n`), a letter (`a`) or either (`c`). */
function kindAt(structure: string, position: number): string {
  return position < CHECK_DIGITS ? DIGIT : structure.charAt(position - CHECK_DIGITS)
}

/** A space is {@link GapMark.None}, a dash or a dot their mark; anything else is no gap. */
function gapMarkOf(code: number): GapMark | undefined {
  if (SPACE_CODES.has(code)) return GapMark.None
  if (DASH_CODES.has(code)) return GapMark.Dash
  if (code === DOT_CODE) return GapMark.Dot
  return undefined
}

function isUpperAscii(code: number): boolean {
  return code >= CharCode.UpperA && code <= CharCode.UpperZ
}

/** The capital of an ASCII letter, or "" for anything else. */
function upperAsciiLetter(code: number): string {
  if (isUpperAscii(code)) return String.fromCharCode(code)
  if (code >= CharCode.LowerA && code <= CharCode.LowerZ) return String.fromCharCode(code & ~ASCII_CASE_BIT)
  return ''
}
