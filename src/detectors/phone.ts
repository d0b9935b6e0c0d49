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
 *
 * The same metadata also says how each region *writes* its numbers (its
 * formats: "020 7946 0958", "06 39 98 29 29", "(604) 697-0202"); that is what
 * makes a typed grouping evidence of a phone (see `phone/region-groupings.ts`).
 */
import { MAX_GAP_CHARS, MAX_PHONE_DIGITS, MIN_PHONE_DIGITS, PHONE_RUN_MAX_DIGITS, PHONE_SPAN_LOOKBEHIND } from '../data/limits.js'
import { MAX_CALLING_CODE_DIGITS } from '../data/phone-shapes.js'
import { DEVICE_ID_PHRASES, PHONE_KEYWORD_PHRASES } from '../data/pii-keywords.js'
import { CharCode } from '../scanner/char-codes.js'
import { isCardSeparator, isIdentifierLetter, isWhitespace } from '../scanner/char-classes.js'
import { KeywordSet, hasKeywordAfter, hasKeywordBefore } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, type DigitGroup } from '../scanner/digit-group.js'
import { isInsideUrl } from '../scanner/url.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { standsAloneAfter, standsAloneBefore } from './number-boundary.js'
import { isAmount, isDateShaped, isDottedQuad, isInsidePrintedIban, isPairedQuad, startsWithYearReference } from './phone/not-a-phone.js'
import { GapMark, readPhoneRun, readPreviousNumber, readRunBefore, type PhoneRun } from './phone/phone-run.js'
import type { CountryCode } from 'libphonenumber-js/max'
import { anyRegionVerdict, internationalVerdict, nationalVerdict, supportedRegionsOf, type PhoneStrictness } from './phone/phone-verdict.js'
import { groupingKey, groupingsOf, isCallingCode, matchGrouping, regionsOfCallingCode } from './phone/region-groupings.js'

export { PHONE_STRICTNESS_LEVELS, type PhoneStrictness } from './phone/phone-verdict.js'

const PHONE_KEYWORDS = new KeywordSet(PHONE_KEYWORD_PHRASES)

/**
 * Words that name a device's own number (3GPP TS 23.003: IMEI, IMEISV; MEID;
 * the serial number): a phone word before them describes the device, and the
 * number after is no phone number.
 */
const DEVICE_ID_KEYWORDS = new KeywordSet(DEVICE_ID_PHRASES)

/**
 * `valid`: chat is full of 7–15 digit numbers that are not phones; a grouping
 * a region really writes, or a "+", is evidence, and the country's number
 * patterns are what tell "604-697-0202" (a phone) from "123-456-7890" or an
 * 11-digit account number (not one). A phone word nearby lowers the bar to
 * `possible` (see {@link phoneDetector}). Numbers from brand-new ranges, written
 * with no phone word, are the price, and they are rare next to the false
 * positives `possible` brings.
 */
export const DEFAULT_PHONE_STRICTNESS: PhoneStrictness = 'valid'

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
 * Phone numbers: international ("+44 20 7946 0958", "+1 604-697-0202",
 * "+33 (0)6 39 98 29 29") in every country libphonenumber knows, and national
 * ones ("(604) 697-0202", "020 7946 0958", "06 39 98 29 29") for the
 * redactor's `phoneRegions`.
 *
 * Candidates are whole digit groups of one run (see `phone/phone-run.ts`), up
 * to 15 digits (E.164); the longest that passes wins. The evidence, and what
 * libphonenumber must then say (the reason is `evidence+level`):
 * 1. `international`: a "+" before the first digit → `valid`; with the
 *    grouping the country writes after its code, or the trunk prefix in
 *    brackets ("+44 (0)20 …", which only phone numbers are written with) →
 *    `possible` (`international-grouping`, `international-trunk`);
 * 2. `grouping`: two or more groups whose lengths are those of a format of one
 *    of the regions, with its leading digits and pattern → `valid` there;
 * 3. `keyword` / `keyword-after`: a phone word near the number (see
 *    `PHONE_KEYWORD_PHRASES`, in nine languages) → `possible` in any region,
 *    whatever the grouping ("call me on 0770 090 0123");
 * 4. `list`: a bare digit string beside a phone of the same country, in one
 *    run ("4155550123 408-247-8880", "408-247-8880 4155550123") → `valid`.
 * A bare digit string with none of these is never a phone.
 *
 * Never a phone, whatever libphonenumber says: a number glued to letters,
 * "#", "$", "@" or "/", or to letters by a dash ("INV-2026-000123",
 * "ABC-415-555-0123"); a run that starts with an IBAN's "DE89"; a later group
 * of a number joined by dashes or dots; a number in a URL; a date, a dotted
 * quad ("172.42.23.236"), a reference starting with a year ("2024-5551234"), an
 * amount ("€ 1 234 567"). A run longer than any phone, joined by spaces
 * ("9351 1147 5597 6508", a 22-digit tracking number), is masked whole (when it
 * is a list of phones) or not at all: a phone inside it needs its own dashes,
 * dots or brackets to stand out ("ticket 12345678 408-247-8880").
 *
 * > | call +44 20 7946 0958 now
 *           ^ offered at "44"; the span starts at "+"
 */
export const phoneDetector: Detector = createPhoneDetector()

/** What the candidates read from one offered group share. */
interface CandidateRun {
  readonly run: PhoneRun
  readonly start: number
  readonly international: boolean
  readonly strictness: PhoneStrictness
  readonly context: DetectorContext
  /** A phone word before the span start; computed at most once. */
  keywordBefore: boolean | undefined
}

/** A judged candidate: the detection, its country, and how it was written. */
interface Verdict {
  readonly detection: Detection
  /** The E.164 country calling code of its number. */
  readonly callingCode: string
  /** Evidence of its own (not only `list`). */
  readonly hasEvidence: boolean
  /** Written with the region's trunk prefix first ("020 …", "1-800-…"): where a national number visibly begins. */
  readonly trunk: boolean
}

/**
 * `list` evidence: a number with no evidence of its own is accepted beside a
 * phone of the same country (`callingCode`), or, while a run is being tiled,
 * provisionally (`LIST_PENDING`), to be checked once the country is known.
 */
const LIST_PENDING = '?'

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
  // "my phone IMEI is 994131036319508": the word right before names the number
  // as the device's identifier, not its phone number, whatever "phone" says.
  if (!international && hasKeywordBefore(cursor, start, DEVICE_ID_KEYWORDS, context.maskChars)) return undefined
  // "(604) 697-0202", "(8-612) 34567", "(+44) 20 …": the span starts at "(" when
  // the number closes it; "(5551234567)" is a bare number in brackets instead.
  let openAtStart = cursor.code(start - 1) === CharCode.LeftParenthesis
  const spanStart = openAtStart ? start - 1 : start
  const before = readRunBefore(cursor, spanStart, context, PHONE_KEYWORDS)
  // "INV-2026-000123", "ABC-415-555-0123": the whole run is an identifier.
  if (before.identifier) return undefined
  // Only a run's start may begin a list of phones, so only there is the run read past one phone.
  const readLimit = before.startsRun ? PHONE_RUN_MAX_DIGITS : MAX_PHONE_DIGITS
  let run = readPhoneRun(cursor, first, openAtStart, context.maskChars, readLimit)
  if (openAtStart && !run.closed.includes(true)) {
    openAtStart = false
    run = readPhoneRun(cursor, first, false, context.maskChars, readLimit)
  }
  if (openAtStart) {
    start--
    if (start < context.minStart || !standsAloneBefore(cursor, start, context)) return undefined
  }
  if (isInsideUrl(cursor, start)) return undefined
  if (!international && before.startsRun && (startsWithYearReference(run) || isInsidePrintedIban(cursor, start))) return undefined
  const candidates: CandidateRun = { run, start, international, strictness, context, keywordBefore: undefined }
  // "172.42.23.236" is an address; "32.12.34.56" may be a Danish number, with a phone word beside it.
  if (!international && isDottedQuad(run) && !(isPairedQuad(run) && hasKeywordNear(candidates))) return undefined

  for (let last = longestPhoneEnd(run, 0); last >= 0; last--) {
    if (!endsPhoneAt(candidates, last)) continue
    // A phone that does not take its whole run must stand out from it: a "+",
    // or a dash, dot or bracket of its own ("2 408-247-8880"), or the run must
    // be a list of phones. So "9351 1147 5597 6508" is masked whole or not at
    // all, never as "9351 **** **** ****".
    const standsOut = international || hasMarkedGap(run, 0, last)
    if (!before.startsRun && !standsOut) continue
    const endsInside = last < run.groups.length - 1 || run.goesOn
    let list: string | undefined
    if (endsInside && !standsOut) {
      const rest = tileRun(candidates, last + 1, last === 0)
      if (rest === undefined) continue
      list = rest
    }
    if (list === undefined && before.afterPhone) list = callingCodeBefore(cursor, start, context)
    const verdict = judge(candidates, 0, last, list)
    if (verdict !== undefined) return verdict.detection
  }
  return undefined
}

/** A phone word before the span or after the run's first group. */
function hasKeywordNear(candidates: CandidateRun): boolean {
  const { context, start, run } = candidates
  candidates.keywordBefore ??= hasKeywordBefore(context.cursor, start, PHONE_KEYWORDS, context.maskChars)
  const end = (run.groups[run.groups.length - 1] as DigitGroup).end
  return candidates.keywordBefore || hasKeywordAfter(context.cursor, end, PHONE_KEYWORDS, context.maskChars)
}

/**
 * May a phone end with `run.groups[last]`? Its brackets are closed, the run
 * does not go on with a dash or dot ("555-123-4567-89"), nothing is glued to
 * it, and it is not the start of a code that goes on with a dash and letters
 * ("8098-2198-a71a-e38e").
 */
function endsPhoneAt({ run, context }: CandidateRun, last: number): boolean {
  if (!(run.closed[last] as boolean)) return false
  const final = last + 1 === run.groups.length
  const nextGap = !final ? (run.gaps[last + 1] as GapMark) : run.goesOn || run.gluedAfter ? run.gapAfter : GapMark.None
  if (nextGap !== GapMark.None && nextGap !== GapMark.Space) return false
  if (!final) return true
  const { cursor } = context
  const end = (run.groups[last] as DigitGroup).end
  if (isHyphen(cursor.code(end)) && isIdentifierLetter(cursor.code(end + 1))) return false
  return standsAloneAfter(cursor, end, context.maskChars)
}

/** A hyphen, dash or minus: a separator that is neither white space nor a dot. */
function isHyphen(code: number): boolean {
  return isCardSeparator(code) && !isWhitespace(code) && code !== CharCode.Dot
}

/** The last group a phone starting with `run.groups[from]` may reach: {@link MAX_PHONE_DIGITS} digits. */
function longestPhoneEnd(run: PhoneRun, from: number): number {
  let last = from
  let digits = (run.groups[from] as DigitGroup).digits.length
  while (last + 1 < run.groups.length && digits + (run.groups[last + 1] as DigitGroup).digits.length <= MAX_PHONE_DIGITS) {
    last++
    digits += (run.groups[last] as DigitGroup).digits.length
  }
  return last
}

/** A dash, dot or bracket between two of the groups `from`…`last`. */
function hasMarkedGap(run: PhoneRun, from: number, last: number): boolean {
  for (let index = from + 1; index <= last; index++) if ((run.gaps[index] as GapMark) !== GapMark.Space) return true
  return false
}

/**
 * Can the groups from `from` to the end of the run be read as phone numbers
 * of one country, one after another (each the longest that passes, as the
 * scanner will find them), each visibly apart from the one before it? Returns
 * the calling code of the first one with evidence of its own, or undefined.
 * `previousBare`: the number before `from` is one bare group.
 *
 * Visibly apart: one of the two is a bare digit string or has dashes, dots or
 * brackets, or the second starts with its trunk prefix ("020 7946 0958 020 7946
 * 0959"). "9351 1147 5597 6508" is no two numbers of four and four digits.
 */
function tileRun(candidates: CandidateRun, from: number, previousBare: boolean): string | undefined {
  const { run } = candidates
  if (run.goesOn || run.gluedAfter) return undefined
  const pending: Verdict[] = []
  let callingCode: string | undefined
  let previousStandsOut = previousBare
  let index = from
  while (index < run.groups.length) {
    let verdict: Verdict | undefined
    let last = longestPhoneEnd(run, index)
    while (last >= index) {
      verdict = endsPhoneAt(candidates, last) ? judge(candidates, index, last, LIST_PENDING) : undefined
      if (verdict !== undefined) break
      last--
    }
    if (verdict === undefined) return undefined
    const standsOut = last === index || hasMarkedGap(run, index, last)
    if (!previousStandsOut && !standsOut && !verdict.trunk) return undefined
    previousStandsOut = standsOut
    if (verdict.hasEvidence) callingCode ??= verdict.callingCode
    else pending.push(verdict)
    index = last + 1
  }
  if (callingCode === undefined) return undefined
  const { context, strictness } = candidates
  for (const member of pending) {
    const { start, end } = member.detection
    let digits = ''
    for (const group of run.groups) if (group.start >= start && group.end <= end) digits += group.digits
    if (listVerdict(digits, callingCode, strictness, context.phoneRegions) === undefined) return undefined
  }
  return callingCode
}

/**
 * The calling code of the phone found just before `start` (the second of two
 * phones in a row), read back from its digits.
 */
function callingCodeBefore(cursor: Cursor, start: number, context: DetectorContext): string | undefined {
  let last = start - 1
  while (!isDigitCode(cursor.code(last))) last--
  const previous = readPreviousNumber(cursor, last)
  const canonical = previous.international
    ? internationalVerdict(previous.digits, 'possible', context.phoneRegions)
    : anyRegionVerdict(previous.digits, 'possible', context.phoneRegions)
  return canonical === undefined ? undefined : callingCodeOf(canonical.slice(1))
}

/** The calling code `digits` (an international number without "+") starts with. */
function callingCodeOf(digits: string): string | undefined {
  for (let length = 1; length <= MAX_CALLING_CODE_DIGITS; length++) {
    const code = digits.slice(0, length)
    if (isCallingCode(code)) return code
  }
  return undefined
}

/**
 * The verdict on the groups `from`…`last` as one phone, with the evidence
 * ladder of {@link phoneDetector}. `list`: a number with no evidence of its own
 * (but a valid one) is accepted as a phone of that calling code, or of any
 * when {@link LIST_PENDING}.
 */
function judge(candidates: CandidateRun, from: number, last: number, list: string | undefined): Verdict | undefined {
  const { run, context, strictness } = candidates
  const { cursor } = context
  const groups = run.groups.slice(from, last + 1)
  let digits = ''
  for (const group of groups) digits += group.digits
  if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) return undefined
  const international = candidates.international && from === 0
  const start = from === 0 ? candidates.start : (groups[0] as DigitGroup).start
  const end = (groups[groups.length - 1] as DigitGroup).end
  const keyword = (): boolean => {
    if (from === 0) candidates.keywordBefore ??= hasKeywordBefore(cursor, start, PHONE_KEYWORDS, context.maskChars)
    return (from === 0 && (candidates.keywordBefore as boolean)) || hasKeywordAfter(cursor, end, PHONE_KEYWORDS, context.maskChars)
  }
  const verdict = (evidence: string, level: PhoneStrictness, canonical: string | undefined, trunk = false): Verdict | undefined => {
    if (canonical === undefined) return undefined
    const callingCode = callingCodeOf(canonical.slice(1)) ?? ''
    const detection: Detection = { type: 'phone', start, end, reason: `${evidence}+${level}`, canonical }
    return { detection, callingCode, hasEvidence: evidence !== 'list', trunk }
  }

  if (international) return judgeInternational(run, last, digits, keyword, strictness, context.phoneRegions, verdict)
  if (isDateShaped(run, from, last) || isAmount(cursor, start, end)) return undefined

  let hasKeyword: boolean | undefined
  if (groups.length > 1) {
    const key = groupingKey(groups.map((group) => group.digits.length))
    // Only the regions that write this grouping at all: on digit-dense text most
    // groupings are no region's, decided by one map read instead of one per region.
    for (const region of regionsWritingNationally(context.phoneRegions, key)) {
      const match = matchGrouping(groupingsOf(region)?.national.get(key), digits)
      if (match === undefined) continue
      hasKeyword ??= keyword()
      // "20 7946 0958" for London is how a number looks copied from after its "+44"; in
      // chat it is rarer than the national "020 7946 0958", and the same lengths fit
      // order and serial numbers ("3762 6998", a German area code without its 0).
      if (match.trunkOmitted && !hasKeyword) continue
      const level = hasKeyword ? 'possible' : strictness
      const trunk = !match.trunkOmitted && match.nationalNumber.length < digits.length
      const result = verdict('grouping', level, nationalVerdict(digits, region, match.nationalNumber, level, context.phoneRegions), trunk)
      if (result !== undefined) return result
    }
  }
  hasKeyword ??= keyword()
  if (hasKeyword) {
    const evidence = from === 0 && candidates.keywordBefore === true ? 'keyword' : 'keyword-after'
    return verdict(evidence, 'possible', anyRegionVerdict(digits, 'possible', context.phoneRegions))
  }
  // Only a bare digit string joins a list on its neighbour's word: a grouped one
  // must be grouped as its region writes it.
  if (list === undefined || groups.length > 1) return undefined
  if (list === LIST_PENDING) return verdict('list', strictness, anyRegionVerdict(digits, strictness, context.phoneRegions))
  return verdict('list', strictness, listVerdict(digits, list, strictness, context.phoneRegions))
}

const NO_REGIONS: readonly CountryCode[] = []
const nationalRegionsByKey = new WeakMap<readonly string[], ReadonlyMap<string, readonly CountryCode[]>>()

/**
 * The configured regions whose national formats write the grouping `key`, in
 * the configured order. Built once per region list from the compiled groupings.
 */
function regionsWritingNationally(phoneRegions: readonly string[], key: string): readonly CountryCode[] {
  let byKey = nationalRegionsByKey.get(phoneRegions)
  if (byKey === undefined) {
    const built = new Map<string, CountryCode[]>()
    for (const region of supportedRegionsOf(phoneRegions)) {
      for (const groupingKeyOfRegion of groupingsOf(region)?.national.keys() ?? []) {
        const regions = built.get(groupingKeyOfRegion) ?? []
        regions.push(region)
        built.set(groupingKeyOfRegion, regions)
      }
    }
    byKey = built
    nationalRegionsByKey.set(phoneRegions, byKey)
  }
  return byKey.get(key) ?? NO_REGIONS
}

/** `digits` as a national number of a configured region with calling code `callingCode`, at `level`. */
function listVerdict(digits: string, callingCode: string, level: PhoneStrictness, phoneRegions: readonly string[]): string | undefined {
  for (const region of supportedRegionsOf(phoneRegions)) {
    if (groupingsOf(region)?.callingCode !== callingCode) continue
    const canonical = nationalVerdict(digits, region, undefined, level, phoneRegions)
    if (canonical !== undefined) return canonical
  }
  return undefined
}

/**
 * After "+": the calling code must be one the metadata knows; "(0)" right
 * after it is the trunk prefix people keep out of habit, dropped before
 * parsing ("+44 (0)20 7946 0958" is +44 20 7946 0958).
 */
function judgeInternational(
  run: PhoneRun,
  last: number,
  digits: string,
  keyword: () => boolean,
  strictness: PhoneStrictness,
  phoneRegions: readonly string[],
  verdict: (evidence: string, level: PhoneStrictness, canonical: string | undefined) => Verdict | undefined,
): Verdict | undefined {
  const callingCode = callingCodeOf(digits)
  if (callingCode === undefined) return undefined
  const callingCodeLength = callingCode.length
  const regions = regionsOfCallingCode(callingCode)
  const firstGroup = run.groups[0] as DigitGroup
  let rest = run.groups.slice(1, last + 1)
  let parsed = digits
  let trunk = false
  const second = rest[0]
  if (firstGroup.digits === callingCode && second !== undefined && last >= 2 && isBracketed(run, 1)) {
    const trunkPrefix = groupingsOf(regions[0] ?? '')?.nationalPrefix ?? ''
    if (trunkPrefix !== '' && second.digits === trunkPrefix) {
      trunk = true
      rest = rest.slice(1)
      parsed = callingCode + rest.map((group) => group.digits).join('')
    }
  }
  let grouping = false
  if (firstGroup.digits === callingCode && rest.length > 0) {
    const key = groupingKey(rest.map((group) => group.digits.length))
    const nationalNumber = parsed.slice(callingCodeLength)
    grouping = regions.some((region) => matchGrouping(groupingsOf(region)?.international.get(key), nationalNumber) !== undefined)
  }
  const evidence = trunk ? 'international-trunk' : grouping ? 'international-grouping' : 'international'
  const level = trunk || grouping || keyword() ? 'possible' : strictness
  return verdict(evidence, level, internationalVerdict(parsed, level, phoneRegions))
}

/** Is `run.groups[index]` alone in brackets: "(0)"? */
function isBracketed(run: PhoneRun, index: number): boolean {
  return ((run.gaps[index] as GapMark) & GapMark.Parenthesis) !== 0 && ((run.gaps[index + 1] ?? GapMark.None) & GapMark.Parenthesis) !== 0 && !(run.closed[index] as boolean)
}

/**
 * Could the run from `first` reach {@link MIN_PHONE_DIGITS} digits? A looser
 * walk than `readPhoneRun` (any 1–3 gap characters), so it never says no
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
