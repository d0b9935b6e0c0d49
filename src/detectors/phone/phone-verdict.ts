/**
 * libphonenumber's verdict on a candidate that passed every cheap check, as
 * E.164, remembered per redactor. libphonenumber-js takes 10–30 µs per number
 * (it builds its regular expressions on every call), more than scanning a whole
 * chat message; the same business or customer number comes back again and
 * again in a support conversation.
 */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max'
import { groupingsOf } from './region-groupings.js'

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
 * How many verdicts a redactor remembers. Small, so what a redactor keeps of
 * numbers it has seen stays small too.
 */
const REMEMBERED_VERDICTS = 512

/** What one redactor (one `phoneRegions` array) knows: its regions and recent verdicts. */
interface RegionMemo {
  readonly regions: readonly CountryCode[]
  /** A key of mode, level, region and digits → E.164, or "" for "not a phone". Oldest first. */
  readonly verdicts: Map<string, string>
}

/**
 * Keyed by the redactor's resolved `phoneRegions` array (one per redactor), so
 * the memo lives and dies with its redactor and is never shared between them.
 */
const memos = new WeakMap<readonly string[], RegionMemo>()

function memoOf(phoneRegions: readonly string[]): RegionMemo {
  let memo = memos.get(phoneRegions)
  if (memo === undefined) {
    // Options refuse regions libphonenumber does not know; a region list built
    // by hand (tests, detectors used directly) is filtered the same way.
    memo = { regions: phoneRegions.filter((region): region is CountryCode => isSupportedCountry(region)), verdicts: new Map() }
    memos.set(phoneRegions, memo)
  }
  return memo
}

/** The regions of `phoneRegions` libphonenumber knows, in order. */
export function supportedRegionsOf(phoneRegions: readonly string[]): readonly CountryCode[] {
  return memoOf(phoneRegions).regions
}

function remembered(phoneRegions: readonly string[], key: string, compute: () => string | undefined): string | undefined {
  const { verdicts } = memoOf(phoneRegions)
  let verdict = verdicts.get(key)
  if (verdict === undefined) {
    verdict = compute() ?? ''
    if (verdicts.size >= REMEMBERED_VERDICTS) verdicts.delete(verdicts.keys().next().value as string)
    verdicts.set(key, verdict)
  }
  return verdict === '' ? undefined : verdict
}

/** The E.164 form of a parsed number that meets `level`. */
function e164Of(number: PhoneNumber | undefined, level: PhoneStrictness): string | undefined {
  if (number === undefined) return undefined
  const accepted = level === 'valid' ? number.isValid() : number.isPossible()
  return accepted ? number.number : undefined
}

/**
 * `+digits` (country code first) as a phone at `level`, or undefined.
 *
 * @example
 * ```ts
 * import { internationalVerdict } from './phone-verdict.js'
 * internationalVerdict('442079460958', 'valid', []) // '+442079460958'
 * ```
 */
export function internationalVerdict(digits: string, level: PhoneStrictness, phoneRegions: readonly string[]): string | undefined {
  return remembered(phoneRegions, `+${level}${digits}`, () => e164Of(parsePhoneNumberFromString(`+${digits}`), level))
}

/**
 * `digits` written nationally in `region` as a phone at `level`, or undefined.
 * When the grouping told which national number the digits hold
 * (`nationalNumber`), libphonenumber must read the same one: "1 800 273 8255"
 * is 800 273 8255 with its trunk prefix, not some other split.
 */
export function nationalVerdict(
  digits: string,
  region: CountryCode,
  nationalNumber: string | undefined,
  level: PhoneStrictness,
  phoneRegions: readonly string[],
): string | undefined {
  return remembered(phoneRegions, `${region}${level}${nationalNumber ?? ''}/${digits}`, () => {
    const number = parsePhoneNumberFromString(digits, region)
    if (number === undefined || (nationalNumber !== undefined && number.nationalNumber !== nationalNumber)) return undefined
    return e164Of(number, level)
  })
}

/**
 * A bare or oddly grouped national number, for which context is the evidence
 * ("call me on 4155550123"): the first region in which it is valid, else the
 * first in which it is possible when `level` allows. Regions whose number
 * lengths cannot fit are skipped without asking the library.
 */
export function anyRegionVerdict(digits: string, level: PhoneStrictness, phoneRegions: readonly string[]): string | undefined {
  const regions = supportedRegionsOf(phoneRegions).filter((region) => mayHaveLength(region, digits))
  for (const region of regions) {
    const canonical = nationalVerdict(digits, region, undefined, 'valid', phoneRegions)
    if (canonical !== undefined) return canonical
  }
  if (level === 'valid') return undefined
  for (const region of regions) {
    const canonical = nationalVerdict(digits, region, undefined, 'possible', phoneRegions)
    if (canonical !== undefined) return canonical
  }
  return undefined
}

/** Could `digits`, with or without the region's trunk prefix, be as long as one of its numbers? */
function mayHaveLength(region: CountryCode, digits: string): boolean {
  const groupings = groupingsOf(region)
  if (groupings === undefined) return false
  const { nationalPrefix, possibleLengths } = groupings
  if (groupings.rewritesNationalPrefix || possibleLengths.includes(digits.length)) return true
  return nationalPrefix !== '' && digits.startsWith(nationalPrefix) && possibleLengths.includes(digits.length - nationalPrefix.length)
}
