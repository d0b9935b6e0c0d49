/**
 * How each region really writes its phone numbers, compiled once per region
 * from libphonenumber-js's own **max** metadata (the data of Google's
 * libphonenumber, `PhoneNumberMetadata.xml`): each `numberFormat` has a
 * `pattern` ("(\d{2})(\d{4})(\d{4})"), a `format` ("$1 $2 $3"), its
 * `leadingDigits` and a national-prefix formatting rule ("0$1").
 *
 * From them we keep, per region, the digit-group lengths each format writes:
 * nationally ("020 7946 0958": 3-4-4, the trunk "0" glued to the first group;
 * "(604) 697-0202": 3-3-4; "1-800-273-8255": the trunk prefix as a group of its
 * own), and internationally after the country code ("+44 20 7946 0958": 2-4-4).
 * A candidate's grouping is first looked up by its lengths (a Map read: no
 * regular expression, no library call); only a hit runs the format's leading
 * digits and pattern, compiled once here and reused, then libphonenumber's
 * verdict. `libphonenumber-js`'s own `matchesEntirely` builds a RegExp on every
 * call, which is what made asking it about every digit run slow.
 *
 * Layout of the compressed metadata (libphonenumber-js 1.x, metadata
 * version 4; read from `source/metadata.js`, classes `NumberingPlan` and
 * `Format`): a country is an array whose [0] is the calling code, [3] the
 * possible lengths, [4] the formats, [5] the national prefix, [6] the country's
 * national-prefix formatting rule, [7] and [8] the national prefix for parsing
 * and its transform rule. A format is [pattern, format,
 * leadingDigitsPatterns, nationalPrefixFormattingRule,
 * nationalPrefixIsOptionalWhenFormatting, intlFormat].
 */
import metadata from 'libphonenumber-js/metadata.max.json'
import { MAX_PHONE_DIGITS } from '../../data/limits.js'

/** One of a region's formats, with its regular expressions compiled once. */
export interface CompiledFormat {
  /** `^(?:leading digits)$`-style prefix test: the last (most specific) leadingDigits pattern, as libphonenumber picks formats. */
  readonly leadingDigits: RegExp | undefined
  /** The format's pattern, anchored at both ends. */
  readonly pattern: RegExp
}

/** A written grouping of some format: its trunk prefix as written, if any. */
export interface GroupingEntry {
  readonly format: CompiledFormat
  /** The digits written before the national number ("0", "1", "06"), or "". */
  readonly prefix: string
  /**
   * A national number written without the trunk prefix its region dials
   * ("20 7946 0958" for London): how numbers look copied from after a "+44",
   * rarer in chat than the national format, and weaker evidence.
   */
  readonly trunkOmitted: boolean
}

/** What one region writes, keyed by {@link groupingKey} of the group lengths. */
export interface RegionGroupings {
  readonly region: string
  readonly callingCode: string
  /** The trunk prefix dialled inside the country ("0" in GB, "1" in the US), or "". */
  readonly nationalPrefix: string
  /** Lengths of national (significant) numbers the region has (`possibleLengths`). */
  readonly possibleLengths: readonly number[]
  /**
   * The region strips more than its trunk prefix when parsing (Argentina's
   * "15" of mobiles, Mexico's old "044"): the digits typed may be longer than
   * any national number.
   */
  readonly rewritesNationalPrefix: boolean
  /** National writing: with the trunk prefix (glued or as its own group) or without it. */
  readonly national: ReadonlyMap<string, readonly GroupingEntry[]>
  /** After "+" and the country code. */
  readonly international: ReadonlyMap<string, readonly GroupingEntry[]>
}

/** Fields of the compressed metadata (see the file comment). */
const COUNTRY_CALLING_CODE = 0
const COUNTRY_POSSIBLE_LENGTHS = 3
const COUNTRY_FORMATS = 4
const COUNTRY_NATIONAL_PREFIX = 5
const COUNTRY_NATIONAL_PREFIX_RULE = 6
const COUNTRY_NATIONAL_PREFIX_FOR_PARSING = 7
const COUNTRY_NATIONAL_PREFIX_TRANSFORM = 8
const FORMAT_PATTERN = 0
const FORMAT_TEMPLATE = 1
const FORMAT_LEADING_DIGITS = 2
const FORMAT_NATIONAL_PREFIX_RULE = 3
const FORMAT_PREFIX_OPTIONAL = 4
const FORMAT_INTERNATIONAL_TEMPLATE = 5


/** Encodes group lengths as a string key: one character per group ("3,4,4" → "\x03\x04\x04"). */
export function groupingKey(lengths: readonly number[]): string {
  return String.fromCharCode(...lengths)
}

type Plan = readonly unknown[]
const countries = metadata.countries as unknown as Record<string, Plan | undefined>
const callingCodes = metadata.country_calling_codes as unknown as Record<string, readonly string[] | undefined>

/** Is `digits` a country calling code the metadata knows (1–3 digits, E.164)? */
export function isCallingCode(digits: string): boolean {
  return callingCodes[digits] !== undefined
}

/** The regions sharing a calling code, main region first ("1" → US, AG, AI, …, CA, …). */
export function regionsOfCallingCode(callingCode: string): readonly string[] {
  return callingCodes[callingCode] ?? []
}

const compiled = new Map<string, RegionGroupings | undefined>()

/**
 * The groupings of `region`, compiled on first use and kept for the life of
 * the process (the metadata does not change under it). Undefined for a region
 * the metadata does not have.
 *
 * @example
 * ```ts
 * import { groupingKey, groupingsOf } from './region-groupings.js'
 * groupingsOf('GB')?.national.has(groupingKey([3, 4, 4])) // true: "020 7946 0958"
 * ```
 */
export function groupingsOf(region: string): RegionGroupings | undefined {
  if (compiled.has(region)) return compiled.get(region)
  const plan = countries[region]
  const result = plan === undefined ? undefined : compileRegion(region, plan)
  compiled.set(region, result)
  return result
}

function compileRegion(region: string, plan: Plan): RegionGroupings {
  const callingCode = plan[COUNTRY_CALLING_CODE] as string
  const nationalPrefix = typeof plan[COUNTRY_NATIONAL_PREFIX] === 'string' ? (plan[COUNTRY_NATIONAL_PREFIX] as string) : ''
  const countryRule = typeof plan[COUNTRY_NATIONAL_PREFIX_RULE] === 'string' ? (plan[COUNTRY_NATIONAL_PREFIX_RULE] as string) : ''
  // Regions that share a calling code without formats of their own (Canada)
  // use the main region's, as libphonenumber does.
  const mainRegion = regionsOfCallingCode(callingCode)[0]
  const mainPlan = mainRegion === undefined ? undefined : countries[mainRegion]
  const formats = (arrayOrUndefined(plan[COUNTRY_FORMATS]) ?? arrayOrUndefined(mainPlan?.[COUNTRY_FORMATS]) ?? []) as readonly Plan[]
  const national = new Map<string, GroupingEntry[]>()
  const international = new Map<string, GroupingEntry[]>()
  for (const raw of formats) {
    const groupRanges = captureRanges(raw[FORMAT_PATTERN] as string)
    if (groupRanges === undefined) continue
    const leadingPatterns = (arrayOrUndefined(raw[FORMAT_LEADING_DIGITS]) ?? []) as readonly string[]
    const lastLeading = leadingPatterns[leadingPatterns.length - 1]
    const format: CompiledFormat = {
      leadingDigits: lastLeading === undefined ? undefined : new RegExp(`^(?:${lastLeading})`),
      pattern: new RegExp(`^(?:${raw[FORMAT_PATTERN] as string})$`),
    }
    const template = raw[FORMAT_TEMPLATE] as string
    const internationalTemplate = typeof raw[FORMAT_INTERNATIONAL_TEMPLATE] === 'string' ? (raw[FORMAT_INTERNATIONAL_TEMPLATE] as string) : template
    const rule = typeof raw[FORMAT_NATIONAL_PREFIX_RULE] === 'string' ? (raw[FORMAT_NATIONAL_PREFIX_RULE] as string) : countryRule

    const plain = writtenGroups(template, groupRanges)
    const written = writtenGroups(internationalTemplate, groupRanges)
    if (plain === undefined || written === undefined || plain.prefix !== '' || written.prefix !== '') continue
    for (const lengths of expand(written.groups, MAX_PHONE_DIGITS)) add(international, lengths, { format, prefix: '', trunkOmitted: false })
    // Without the trunk prefix: the national format itself where the rule writes
    // none ("(604) 697-0202") or the prefix is optional (India's "11 2326 8344");
    // elsewhere a number copied from after its "+44" ("20 7946 0958").
    const withRule = rule === '' ? undefined : writtenGroups(template.replace(/\$\d/, rule), groupRanges)
    const trunkOmitted = withRule !== undefined && withRule.prefix !== '' && raw[FORMAT_PREFIX_OPTIONAL] !== 1 && raw[FORMAT_PREFIX_OPTIONAL] !== true
    for (const lengths of expand(plain.groups, MAX_PHONE_DIGITS)) add(national, lengths, { format, prefix: '', trunkOmitted })
    if (nationalPrefix === '') continue
    // The trunk prefix as a group of its own before the number ("1-800-273-8255", "0 800 …").
    for (const lengths of expand([[nationalPrefix.length, nationalPrefix.length], ...written.groups], MAX_PHONE_DIGITS + nationalPrefix.length)) add(national, lengths, { format, prefix: nationalPrefix, trunkOmitted: false })
    // The national format itself: the first "$n" replaced by the rule ("0$1", "($1)", "8 ($1)").
    if (withRule === undefined) continue
    for (const lengths of expand(withRule.groups, MAX_PHONE_DIGITS + withRule.prefix.length)) add(national, lengths, { format, prefix: withRule.prefix, trunkOmitted: false })
  }
  const lengths = (arrayOrUndefined(plan[COUNTRY_POSSIBLE_LENGTHS]) ?? []) as readonly number[]
  const rewritesNationalPrefix = typeof plan[COUNTRY_NATIONAL_PREFIX_FOR_PARSING] === 'string' || typeof plan[COUNTRY_NATIONAL_PREFIX_TRANSFORM] === 'string'
  return { region, callingCode, nationalPrefix, possibleLengths: lengths, rewritesNationalPrefix, national, international }
}

/** The compressed metadata writes 0 for an absent field. */
function arrayOrUndefined(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined
}

function add(map: Map<string, GroupingEntry[]>, lengths: readonly number[], entry: GroupingEntry): void {
  const key = groupingKey(lengths)
  const list = map.get(key)
  if (list === undefined) map.set(key, [entry])
  else if (!list.some((existing) => existing.format === entry.format && existing.prefix === entry.prefix && existing.trunkOmitted === entry.trunkOmitted)) list.push(entry)
}

type Range = readonly [min: number, max: number]

/**
 * The length range of each capture group of a format pattern. Every pattern in
 * the metadata is a row of `(\d)`, `(\d{n})` or `(\d{n,m})`; anything else
 * (none today) is skipped rather than guessed at.
 */
function captureRanges(pattern: string): Range[] | undefined {
  const ranges: Range[] = []
  const group = /\(\\d(?:\{(\d+)(?:,(\d+))?\})?\)/y
  let index = 0
  while (index < pattern.length) {
    group.lastIndex = index
    const match = group.exec(pattern)
    if (match === null) return undefined
    const min = match[1] === undefined ? 1 : Number(match[1])
    const max = match[2] === undefined ? min : Number(match[2])
    ranges.push([min, max])
    index = group.lastIndex
  }
  return ranges
}

/**
 * The written digit groups of a template ("$1 $2-$3", "0$1 $2", "($1) $2-$3"):
 * "$n" adds capture n, a literal digit (a trunk prefix) adds one digit; any
 * other character ends a group. `prefix` holds the literal digits, which must
 * come first; undefined when the template is not of that form.
 */
function writtenGroups(template: string, captures: readonly Range[]): { groups: Range[]; prefix: string } | undefined {
  const groups: Range[] = []
  let prefix = ''
  let current: [number, number] | undefined
  let seenCapture = false
  for (let index = 0; index < template.length; index++) {
    const char = template.charAt(index)
    if (char === '$') {
      const capture = captures[Number(template.charAt(index + 1)) - 1]
      if (capture === undefined) return undefined
      current ??= [0, 0]
      current[0] += capture[0]
      current[1] += capture[1]
      seenCapture = true
      index++
    } else if (char >= '0' && char <= '9') {
      if (seenCapture) return undefined
      prefix += char
      current ??= [0, 0]
      current[0]++
      current[1]++
    } else if (current !== undefined) {
      groups.push(current)
      current = undefined
    }
  }
  if (current !== undefined) groups.push(current)
  return { groups, prefix }
}

/**
 * Every concrete row of lengths the ranges allow, up to `limit` digits in all
 * (E.164's 15 and the trunk prefix): "(\d{2})(\d{3,13})" is eleven rows.
 */
function expand(ranges: readonly Range[], limit: number): number[][] {
  let rows: number[][] = [[]]
  for (const [min, max] of ranges) {
    const next: number[][] = []
    for (const row of rows) {
      const total = row.reduce((sum, length) => sum + length, 0)
      for (let length = min; length <= max && total + length <= limit; length++) next.push([...row, length])
    }
    rows = next
  }
  return rows
}

/**
 * The entries of `region`'s formats that write a number with these group
 * lengths and whose leading digits and pattern accept the national number
 * left once the entry's prefix is taken off the candidate's `digits`: the
 * first such, or undefined.
 */
export function matchGrouping(entries: readonly GroupingEntry[] | undefined, digits: string): GroupingMatch | undefined {
  if (entries === undefined) return undefined
  for (const { format, prefix, trunkOmitted } of entries) {
    if (prefix !== '' && !digits.startsWith(prefix)) continue
    const nationalNumber = prefix === '' ? digits : digits.slice(prefix.length)
    if (format.leadingDigits !== undefined && !format.leadingDigits.test(nationalNumber)) continue
    if (format.pattern.test(nationalNumber)) return { nationalNumber, trunkOmitted }
  }
  return undefined
}

/** A grouping a region writes, matched: the national number it holds. */
export interface GroupingMatch {
  readonly nationalNumber: string
  readonly trunkOmitted: boolean
}
