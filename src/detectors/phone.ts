/**
 * Phone numbers, validated with libphonenumber-js (a port of Google's
 * libphonenumber) against its **max** metadata.
 *
 * Why max and not min or mobile (sizes of libphonenumber-js 1.13, JSON raw /
 * gzipped: min 83 / 19 KB, mobile 99 / 24 KB, max 157 / 39 KB): with the min
 * set `isValid()` only checks a number's length for its country, so in chat,
 * where most digit runs are order numbers, account numbers, dates and amounts,
 * every 10-digit run after "call" would be a US phone. Max adds each country's
 * number patterns: "(123) 456-7890" is no US number (no area code starts with
 * 1), the STAR account number 84318931431 is nothing, "+44 20 7946 0958"
 * passes. The mobile set validates mobile numbers only and would miss the
 * landlines of the businesses that make up most numbers in support chat. The
 * 20 KB (gzipped) more is paid only by the full `chatmask` entry point:
 * `chatmask/pci` never imports this file.
 */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max'
import { MAX_GAP_CHARS, MAX_PHONE_DIGITS, MIN_PHONE_DIGITS, PHONE_SPAN_LOOKBEHIND } from '../data/limits.js'
import { PHONE_KEYWORD_PHRASES } from '../data/pii-keywords.js'
import { CharCode } from '../scanner/char-codes.js'
import { isCardSeparator, isWhitespace } from '../scanner/char-classes.js'
import { KeywordSet, hasKeywordAfter, hasKeywordBefore, isMaskChar } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../scanner/digit-group.js'
import { isInsideUrl } from '../scanner/url.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { standsAloneAfter, standsAloneBefore } from './number-boundary.js'

const PHONE_KEYWORDS = new KeywordSet(PHONE_KEYWORD_PHRASES)

/**
 * How sure libphonenumber must be, loosest first (libphonenumber's own ladder):
 * - `possible`: the length fits the country (`isPossible()`); catches numbers
 *   from ranges newer than the metadata, and masks more ordinary numbers;
 * - `valid`: the digits match one of the country's number patterns
 *   (`isValid()` with max metadata).
 */
export const PHONE_STRICTNESS_LEVELS = ['possible', 'valid'] as const
export type PhoneStrictness = (typeof PHONE_STRICTNESS_LEVELS)[number]

/**
 * `valid`: chat is full of 7–15 digit numbers that are not phones, and the
 * shape evidence below is weak for bare and national numbers; the country's
 * number patterns are what tell "604-697-0202" (a phone) from "123-456-7890"
 * or an 11-digit account number (not one). Numbers from brand-new ranges are
 * the price, and they are rare next to the false positives `possible` brings.
 */
export const DEFAULT_PHONE_STRICTNESS: PhoneStrictness = 'valid'

/**
 * How national numbers are grouped, from libphonenumber's national formats of
 * every region: the first group has 1–6 digits ("(604)", "07700", India's
 * "081234"), later ones 2–8 ("20", "7946", "414926", Egypt's "10 01234567").
 * A one-digit group after the first is a list or a score ("3 - 3"), not a phone.
 */
const MAX_FIRST_GROUP_DIGITS = 6
const MIN_LATER_GROUP_DIGITS = 2
const MAX_LATER_GROUP_DIGITS = 8
/** Dates written with separators: "12-05-2024", "08 06 1963", "2024.05.12". */
const DATE_PART_MAX_DIGITS = 2
const DATE_YEAR_DIGITS: readonly number[] = [2, 4]
const DATE_LEADING_YEAR_DIGITS = 4
const DATE_GROUPS = 3

/** What a gap between two groups held, as bits. */
const enum GapMark {
  None = 0,
  Space = 1,
  Dash = 2,
  Dot = 4,
  Parenthesis = 8,
}

/** The digit groups that could make one phone number, read from the group offered. */
interface PhoneRun {
  readonly groups: DigitGroup[]
  /** `gaps[i]`: the marks of the gap before `groups[i]` (None for the first). */
  readonly gaps: GapMark[]
  /** `closed[i]`: no parenthesis is open at `groups[i]`, so a phone may end with it. */
  readonly closed: boolean[]
  /**
   * The marks of the gap after the last group when the number goes on after it:
   * more digits than 15, or a number another finding masked.
   */
  readonly overflowGap: GapMark
}

/** Options of {@link createPhoneDetector}. */
export interface PhoneDetectorOptions {
  /** Default {@link DEFAULT_PHONE_STRICTNESS}. */
  readonly strictness?: PhoneStrictness
}

/**
 * A phone detector with the given strictness. The full entry point uses
 * {@link phoneDetector} (strictness `valid`).
 *
 * @example
 * ```ts
 * import { createPhoneDetector } from './phone.js'
 * const lenient = createPhoneDetector({ strictness: 'possible' })
 * lenient.type // 'phone'
 * ```
 */
export function createPhoneDetector(options: PhoneDetectorOptions = {}): Detector {
  const strictness = options.strictness ?? DEFAULT_PHONE_STRICTNESS
  return {
    type: 'phone',
    spanLookbehind: PHONE_SPAN_LOOKBEHIND,
    detectAt: (group, context) => detectPhone(group, context, strictness),
  }
}

/**
 * Phone numbers: international ("+44 20 7946 0958", "+1 604-697-0202") in every
 * country libphonenumber knows, and national ones ("(604) 697-0202",
 * "020 7946 0958") for the redactor's `phoneRegions`.
 *
 * Candidates are built from the scanner's digit groups: the group offered (with
 * a "+" or "(" right before it) and the groups that follow it, joined by up to
 * {@link MAX_GAP_CHARS} spaces, dashes, a dot or parentheses, up to 15 digits
 * (E.164). The longest prefix of whole groups that passes wins. Only a span of
 * 7–15 digits with shape evidence reaches libphonenumber, so ordinary numbers
 * cost a few character reads. The evidence, strongest first (it is the reason):
 * 1. `international`: a "+" right before the first digit;
 * 2. `parentheses`: an area code in parentheses;
 * 3. `separators`: two or more phone-like groups ("604-697-0202",
 *    "20 7071 5029", "555.123.4567"): the first of 1–6 digits, the others of
 *    2–8, dots only alone and throughout;
 * 4. `keyword` / `keyword-after`: for a bare digit string, a phone word near it
 *    ("call me on 4155550123"; see `PHONE_KEYWORD_PHRASES`, which leaves out plain
 *    "number" so "account number 84318931431" stays a bare number).
 * Never a phone: a number glued to letters, "#", "$", "@" or "/"; a later group
 * of a longer number; a number in a URL; a number that goes on with a dash or
 * dot after 15 digits. A date ("12-05-2024", "08 06 1963") needs a keyword.
 *
 * > | call +44 20 7946 0958 now
 *           ^ offered at "44"; the span starts at "+"
 */
export const phoneDetector: Detector = createPhoneDetector()

function detectPhone(first: DigitGroup, context: DetectorContext, strictness: PhoneStrictness): Detection | undefined {
  if (first.digits.length > MAX_PHONE_DIGITS) return undefined
  const { cursor } = context
  // Most digit groups in chat are short and stand alone ("2 people", "$45", "11:30").
  if (!hasEnoughDigits(cursor, first)) return undefined
  let start = first.start
  let international = false
  if (cursor.code(start - 1) === CharCode.Plus) {
    international = true
    start--
  }
  // Cheap refusals first: most digit groups in chat are not where a phone starts.
  if (start < context.minStart || !standsAloneBefore(cursor, start, context)) return undefined
  // "(604) 697-0202", "(8-612) 34567", "(+44) 20 …": the span starts at "(" when
  // the number closes it; "(5551234567)" is a bare number in brackets instead.
  let openAtStart = cursor.code(start - 1) === CharCode.LeftParenthesis
  let run = readPhoneRun(cursor, first, openAtStart, context.maskChars)
  if (openAtStart && !run.closed.includes(true)) {
    openAtStart = false
    run = readPhoneRun(cursor, first, false, context.maskChars)
  }
  if (openAtStart) {
    start--
    if (start < context.minStart || !standsAloneBefore(cursor, start, context)) return undefined
  }

  let digits = ''
  const prefixes: string[] = []
  for (const group of run.groups) {
    digits += group.digits
    prefixes.push(digits)
  }
  if (digits.length < MIN_PHONE_DIGITS || isInsideUrl(cursor, start)) return undefined
  let keywordBefore: boolean | undefined
  for (let last = run.groups.length - 1; last >= 0; last--) {
    const candidate = prefixes[last] as string
    if (candidate.length < MIN_PHONE_DIGITS) break
    if (!(run.closed[last] as boolean)) continue
    // "555-123-4567-89" goes on: only a space may separate two phones in a row.
    const nextGap = last + 1 < run.groups.length ? (run.gaps[last + 1] as GapMark) : run.overflowGap
    if (nextGap !== GapMark.None && nextGap !== GapMark.Space) continue
    const end = (run.groups[last] as DigitGroup).end
    if (!standsAloneAfter(cursor, end, context.maskChars)) continue
    // "12-05-2024", "08 06 1963": a date, unless a phone word says otherwise.
    const dateShaped = !international && isDateShaped(run, last)

    let evidence: string
    if (international) evidence = 'international'
    else if (!dateShaped && (openAtStart || hasParenthesis(run, last))) evidence = 'parentheses'
    else if (!dateShaped && last > 0 && isPhoneLikeGrouping(run, last)) evidence = 'separators'
    else if ((keywordBefore ??= hasKeywordBefore(cursor, start, PHONE_KEYWORDS, context.maskChars))) evidence = 'keyword'
    else if (hasKeywordAfter(cursor, end, PHONE_KEYWORDS, context.maskChars)) evidence = 'keyword-after'
    else continue

    const canonical = verdictOf(candidate, international, strictness, context.phoneRegions)
    if (canonical === undefined) continue
    return { type: 'phone', start, end, reason: `${evidence}+${strictness}`, canonical }
  }
  return undefined
}

/**
 * Could the run from `first` reach {@link MIN_PHONE_DIGITS} digits? A looser
 * walk than {@link readPhoneRun} (any 1–3 gap characters), so it never says no
 * where the run would say yes; it allocates nothing and stops at 7 digits.
 */
function hasEnoughDigits(cursor: Cursor, first: DigitGroup): boolean {
  let total = first.digits.length
  let index = first.end
  while (total < MIN_PHONE_DIGITS) {
    const gapStart = index
    while (index - gapStart <= MAX_GAP_CHARS && isGapCharacter(cursor.code(index))) index++
    if (index === gapStart || index - gapStart > MAX_GAP_CHARS) return false
    if (!isDigitCode(cursor.code(index))) return false
    while (total < MIN_PHONE_DIGITS && isDigitCode(cursor.code(index))) {
      total++
      index++
    }
  }
  return true
}

function isGapCharacter(code: number): boolean {
  return isCardSeparator(code) || code === CharCode.LeftParenthesis || code === CharCode.RightParenthesis
}

/**
 * Reads the groups that may continue a phone from `first`, each after a gap of
 * 1–{@link MAX_GAP_CHARS} separators (a dot only alone; parentheses balanced,
 * one level), until the digits would pass {@link MAX_PHONE_DIGITS}.
 */
function readPhoneRun(cursor: Cursor, first: DigitGroup, openAtStart: boolean, maskChars: string): PhoneRun {
  const groups = [first]
  const gaps: GapMark[] = [GapMark.None]
  const closed: boolean[] = [!openAtStart]
  let depth = openAtStart ? 1 : 0
  let total = first.digits.length
  let index = first.end
  let overflowGap = GapMark.None
  for (;;) {
    let gapEnd = index
    let marks = GapMark.None
    let gapDepth = depth
    let balanced = true
    while (gapEnd - index <= MAX_GAP_CHARS) {
      const code = cursor.code(gapEnd)
      if (code === CharCode.LeftParenthesis) {
        if (gapDepth !== 0) balanced = false
        gapDepth = 1
        marks |= GapMark.Parenthesis
      } else if (code === CharCode.RightParenthesis) {
        if (gapDepth !== 1) balanced = false
        gapDepth = 0
        marks |= GapMark.Parenthesis
      } else if (code === CharCode.Dot) {
        marks |= GapMark.Dot
      } else if (isCardSeparator(code)) {
        marks |= isWhitespace(code) ? GapMark.Space : GapMark.Dash
      } else {
        break
      }
      gapEnd++
    }
    const gapLength = gapEnd - index
    if (!balanced || gapLength === 0 || gapLength > MAX_GAP_CHARS) break
    if ((marks & GapMark.Dot) !== 0 && gapLength !== 1) break
    if (!isDigitCode(cursor.code(gapEnd))) {
      // A number another finding masked still goes on here (see isDigitOrMasked).
      if (isMaskChar(cursor.code(gapEnd), maskChars)) overflowGap = marks
      break
    }
    const group = readDigitGroup(cursor, gapEnd, MAX_PHONE_DIGITS - total)
    if (group === undefined) {
      overflowGap = marks
      break
    }
    depth = gapDepth
    groups.push(group)
    gaps.push(marks)
    closed.push(depth === 0)
    total += group.digits.length
    index = group.end
  }
  return { groups, gaps, closed, overflowGap }
}

/** Any parenthesis among the first `last + 1` groups' gaps: "+1 (604) 697-0202". */
function hasParenthesis(run: PhoneRun, last: number): boolean {
  for (let index = 1; index <= last; index++) {
    if (((run.gaps[index] as GapMark) & GapMark.Parenthesis) !== 0) return true
  }
  return false
}

/** "604-697-0202", "20 7071 5029", "555.123.4567"; not "1 2 3 4 5 6 7" nor "3.14 2.71". */
function isPhoneLikeGrouping(run: PhoneRun, last: number): boolean {
  if ((run.groups[0] as DigitGroup).digits.length > MAX_FIRST_GROUP_DIGITS) return false
  let dots = 0
  for (let index = 1; index <= last; index++) {
    const size = (run.groups[index] as DigitGroup).digits.length
    if (size < MIN_LATER_GROUP_DIGITS || size > MAX_LATER_GROUP_DIGITS) return false
    const marks = run.gaps[index] as GapMark
    if ((marks & GapMark.Dot) !== 0) dots++
  }
  return dots === 0 || dots === last
}

/** Three groups with the same separator that read as a date: "12-05-2024", "08 06 1963", "2024.05.12". */
function isDateShaped(run: PhoneRun, last: number): boolean {
  if (last !== DATE_GROUPS - 1 || run.gaps[1] !== run.gaps[2]) return false
  const [a, b, c] = run.groups.map((group) => group.digits.length) as [number, number, number]
  if (a <= DATE_PART_MAX_DIGITS && b <= DATE_PART_MAX_DIGITS && DATE_YEAR_DIGITS.includes(c)) return true
  return a === DATE_LEADING_YEAR_DIGITS && b <= DATE_PART_MAX_DIGITS && c <= DATE_PART_MAX_DIGITS
}

/** The E.164 form of a parsed number that meets `strictness`. */
function e164Of(number: PhoneNumber | undefined, strictness: PhoneStrictness): string | undefined {
  if (number === undefined) return undefined
  const accepted = strictness === 'valid' ? number.isValid() : number.isPossible()
  return accepted ? number.number : undefined
}

/** The first of `regions` in whose national format `digits` is a phone number, as E.164. */
function nationalE164Of(digits: string, regions: readonly CountryCode[], strictness: PhoneStrictness): string | undefined {
  for (const region of regions) {
    const canonical = e164Of(parsePhoneNumberFromString(digits, region), strictness)
    if (canonical !== undefined) return canonical
  }
  return undefined
}

/**
 * How many libphonenumber verdicts a redactor remembers. libphonenumber-js
 * takes 10–30 µs per number (it builds its regular expressions on every call),
 * more than scanning a whole chat message; the same business or customer
 * number comes back again and again in a support conversation. Small, so what
 * a redactor keeps of numbers it has seen stays small too.
 */
const REMEMBERED_VERDICTS = 512

/** What one redactor (one `phoneRegions` array) knows: its regions and recent verdicts. */
interface RegionMemo {
  readonly regions: readonly CountryCode[]
  /** `strictness + "+" or "0" + digits` → E.164, or "" for "not a phone". Oldest first. */
  readonly verdicts: Map<string, string>
}

/**
 * Keyed by the redactor's resolved `phoneRegions` array (one per redactor), so
 * the memo lives and dies with its redactor and is never shared between them.
 */
const memos = new WeakMap<readonly string[], RegionMemo>()

/** E.164 of `digits` as a phone at `strictness` ("+" first when `international`), or undefined. */
function verdictOf(digits: string, international: boolean, strictness: PhoneStrictness, phoneRegions: readonly string[]): string | undefined {
  let memo = memos.get(phoneRegions)
  if (memo === undefined) {
    // Options allow any ISO 3166 code; libphonenumber has metadata for nearly all of them.
    memo = { regions: phoneRegions.filter((region): region is CountryCode => isSupportedCountry(region)), verdicts: new Map() }
    memos.set(phoneRegions, memo)
  }
  const key = `${strictness}${international ? '+' : '0'}${digits}`
  let verdict = memo.verdicts.get(key)
  if (verdict === undefined) {
    const canonical = international
      ? e164Of(parsePhoneNumberFromString(`+${digits}`), strictness)
      : nationalE164Of(digits, memo.regions, strictness)
    verdict = canonical ?? ''
    if (memo.verdicts.size >= REMEMBERED_VERDICTS) memo.verdicts.delete(memo.verdicts.keys().next().value as string)
    memo.verdicts.set(key, verdict)
  }
  return verdict === '' ? undefined : verdict
}
