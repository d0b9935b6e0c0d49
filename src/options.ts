/**
 * The options of `createRedactor`, validated (zod/mini) and resolved: every
 * default filled in, a policy for every finding type. Bad options throw one
 * `ChatmaskError('INVALID_OPTIONS')` naming the field, what arrived (never a
 * value that might be sensitive) and what is allowed.
 */
import * as z from 'zod/mini'
import { ChatmaskError } from './errors.js'
import { defaultPolicyFor } from './policies/defaults.js'
import { describeValue, quoteIfIdentifier } from './policies/describe-value.js'
import { FINDING_TYPES } from './policies/finding-types.js'
import { describeReceived, invalidOptionError } from './policies/invalid-option.js'
import type { PolicyOption, ResolvedPolicy } from './policies/policy.js'
import { policiesSchema, strictObjectError } from './policies/schema.js'
import type { FindingType } from './types.js'
import { DEFAULT_PHONE_REGIONS, isPhoneRegion } from './data/phone-regions.js'

export type { PolicyOption, ResolvedPolicy } from './policies/policy.js'

/** What `createRedactor` accepts. Every field is optional; see {@link parseOptions} for the defaults.  * @example
 * ```ts
 * import { createRedactor, type RedactorOptions } from 'chatmask'
 * const options: RedactorOptions = {
 *   detectors: ['card_number', 'cvv'],
 *   policies: { card_number: { action: 'mask', char: '#', keepLast: 4 } },
 * }
 * createRedactor(options).redact('4111 1111 1111 1111').text // '#### #### #### 1111'
 * ```
 */
export interface RedactorOptions {
  /** Which detectors run. Default: every detector the entry point offers. */
  readonly detectors?: readonly FindingType[]
  /** How each type is replaced. Default: masked, keeping a card's and an IBAN's last four. */
  readonly policies?: Partial<Record<FindingType, PolicyOption>>
  /** The clock the expiry-date window is measured from. Default: the system clock. */
  readonly now?: () => Date
  /** Which expiry dates are plausible: from `yearsBack` years ago to `yearsAhead` years ahead. */
  readonly expiryWindow?: { readonly yearsBack?: number; readonly yearsAhead?: number }
  /**
   * ISO 3166-1 alpha-2 regions whose national phone numbers are recognised
   * without a "+". Default `DEFAULT_PHONE_REGIONS`: GB, US, CA, IE, FR, DE, ES,
   * IT, NL, BE, PT, PL, SE, AT, CH, DK, NO, FI, AU (see `src/data/phone-regions.ts`
   * for why). Each must be a region libphonenumber has a numbering plan for.
   */
  readonly phoneRegions?: readonly string[]
}

/** Options with every default filled in, as the redactor uses them. Frozen. */
export interface ResolvedOptions {
  readonly detectors: readonly FindingType[]
  readonly policies: Readonly<Record<FindingType, ResolvedPolicy>>
  /** The clock; throws `INVALID_OPTIONS` if the user's clock returns something other than a valid Date. */
  readonly now: () => Date
  readonly expiryWindow: { readonly yearsBack: number; readonly yearsAhead: number }
  /** Upper-cased, without duplicates. */
  readonly phoneRegions: readonly string[]
}

/**
 * Expired cards are still read out by customers (and are still cardholder data)
 * for a few years; issuers print expiry dates up to about ten years ahead, and a
 * wider window only masks more. Both are whole years from `now()`.
 */
const DEFAULT_EXPIRY_WINDOW = { yearsBack: 5, yearsAhead: 20 } as const

/** A two-digit year (MM/YY) names exactly one year only inside a window of fewer than 100 years. */
const MAX_EXPIRY_WINDOW_YEARS = 99

const ISO_REGION = /^[A-Za-z]{2}$/
/** The United Kingdom's ISO 3166-1 code is GB; "UK" is only "exceptionally reserved", and phone metadata does not know it. */
const NOT_THE_UK_CODE = 'UK'

const yearsSchema = z.optional(
  z.int(`Allowed: a whole number from 0 to ${MAX_EXPIRY_WINDOW_YEARS}.`).check(
    z.minimum(0, `Allowed: a whole number from 0 to ${MAX_EXPIRY_WINDOW_YEARS}.`),
    z.maximum(MAX_EXPIRY_WINDOW_YEARS, `Allowed: a whole number from 0 to ${MAX_EXPIRY_WINDOW_YEARS}.`),
  ),
)

const expiryWindowShape = { yearsBack: yearsSchema, yearsAhead: yearsSchema }

const expiryWindowSchema = z
  .strictObject(expiryWindowShape, strictObjectError(expiryWindowShape, 'an object such as { yearsBack: 5, yearsAhead: 20 }'))
  .check(
    z.superRefine((window, context) => {
      const back = window.yearsBack ?? DEFAULT_EXPIRY_WINDOW.yearsBack
      const ahead = window.yearsAhead ?? DEFAULT_EXPIRY_WINDOW.yearsAhead
      if (back + ahead <= MAX_EXPIRY_WINDOW_YEARS) return
      context.issues.push({
        code: 'custom',
        path: ['yearsAhead'],
        input: window.yearsAhead,
        message: `a two-digit year (MM/YY) is ambiguous in a window of ${MAX_EXPIRY_WINDOW_YEARS + 1} years or more. Allowed: yearsBack + yearsAhead of at most ${MAX_EXPIRY_WINDOW_YEARS}.`,
      })
    }),
  )

const FINDING_TYPES_LISTED = FINDING_TYPES.map((type) => `"${type}"`).join(', ')

const detectorsSchema = z
  .array(z.enum(FINDING_TYPES, `Allowed: ${FINDING_TYPES_LISTED}.`), `Allowed: an array of finding types (${FINDING_TYPES_LISTED}).`)
  .check(
    z.minLength(
      1,
      'running no detector would let everything through. Allowed: one or more finding types (leave detectors out for all of them).',
    ),
  )

const phoneRegionsSchema = z.array(
  z
    .string('Allowed: an ISO 3166-1 alpha-2 region code such as "US" or "GB".')
    .check(
      z.regex(ISO_REGION, 'Allowed: an ISO 3166-1 alpha-2 region code such as "US" or "GB".'),
      z.refine(
        (region) => region.toUpperCase() !== NOT_THE_UK_CODE,
        'the ISO 3166-1 code of the United Kingdom is "GB". Allowed: "GB".',
      ),
      z.refine(
        // Only a well-formed code other than "UK" gets here as a new problem.
        (region) => !ISO_REGION.test(region) || region.toUpperCase() === NOT_THE_UK_CODE || isPhoneRegion(region.toUpperCase()),
        'no phone numbering plan is known for that region ("XX", "ZZ" and the like are user-assigned codes, not countries). Allowed: an ISO 3166-1 alpha-2 region libphonenumber-js knows (its getCountries()), such as "GB", "US", "DE".',
      ),
    ),
  'Allowed: an array of ISO 3166-1 alpha-2 region codes, e.g. ["US", "GB"] (an empty array: international "+" numbers only).',
)

const optionsShape = {
  detectors: z.optional(detectorsSchema),
  policies: z.optional(policiesSchema),
  now: z.optional(
    z.custom<() => unknown>((value) => typeof value === 'function', 'Allowed: a function returning the current Date.'),
  ),
  expiryWindow: z.optional(expiryWindowSchema),
  phoneRegions: z.optional(phoneRegionsSchema),
}

const optionsSchema = z.strictObject(optionsShape, strictObjectError(optionsShape, 'an options object, or nothing'))

type Issue = z.core.$ZodIssue

/** Dotted path, `[i]` for array items; a key that is not identifier-like is not spelled out. */
function pathText(path: readonly PropertyKey[]): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else {
      const name = typeof segment === 'string' && quoteIfIdentifier(segment) !== undefined ? segment : `(${describeValue(String(segment))})`
      text += text === '' ? name : `.${name}`
    }
  }
  return text
}

/** The input's value at `path`, read the way zod read it. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[segment]
  }
  return value
}

/** Strings are repeated only where an identifier is expected: detector names, region codes, actions. */
function receivedAt(input: unknown, path: readonly PropertyKey[]): string {
  const value = valueAt(input, path)
  const first = path[0]
  if (first === 'detectors' || first === 'phoneRegions') return describeValue(value, { quoteStrings: true })
  const last = path[path.length - 1]
  return describeReceived(typeof last === 'string' ? last : undefined, value)
}

function problemCount(issue: Issue): number {
  return issue.code === 'unrecognized_keys' ? issue.keys.length : 1
}

function errorFor(issues: readonly Issue[], input: unknown): ChatmaskError {
  const [first, ...rest] = issues
  if (first === undefined) return new ChatmaskError('INVALID_OPTIONS', 'Invalid options.')
  const more = rest.reduce((sum, issue) => sum + problemCount(issue), problemCount(first) - 1)
  const moreText = more === 0 ? '' : more === 1 ? ' There is 1 more problem in these options.' : ` There are ${more} more problems in these options.`
  // zod's own wording is replaced by ours in every schema; this covers anything missed without echoing the input.
  const detail = first.message.includes('Allowed:') ? first.message : 'Allowed: see the RedactorOptions documentation.'
  if (first.code === 'unrecognized_keys') {
    const path = pathText([...first.path, first.keys[0] ?? ''])
    return new ChatmaskError('INVALID_OPTIONS', `Invalid option ${path}: ${detail}${moreText}`, path)
  }
  const path = pathText(first.path)
  return invalidOptionError(path, receivedAt(input, first.path), `${detail}${moreText}`)
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}

function checkedClock(now: () => unknown): () => Date {
  return () => {
    const date = now()
    if (date instanceof Date && !Number.isNaN(date.getTime())) return date
    throw invalidOptionError(
      'now',
      `a clock that returned ${date instanceof Date ? 'an invalid Date' : describeValue(date)}`,
      'Allowed: a function returning a valid Date.',
    )
  }
}

/**
 * Validates options and fills in every default.
 *
 * Defaults: every detector in `offered`; each type masked (card numbers and
 * IBANs keep their last four, everything else hidden completely); the system
 * clock; an expiry window of 5 years back and 20 ahead; the phone regions of
 * `DEFAULT_PHONE_REGIONS` (UK, EU/EEA, Switzerland, North America, Australia).
 *
 * `offered` is what the calling entry point can detect (the PCI entry point
 * offers only cards, expiry dates and CVVs); asking for another detector fails.
 *
 * Throws one `ChatmaskError('INVALID_OPTIONS')` for the first problem, with its
 * dotted `path`; the message counts any further problems.
 *
 * @example
 * ```ts
 * import { parseOptions } from './options.js'
 * const options = parseOptions({ policies: { email: { action: 'replace' } } })
 * options.policies.email        // { action: 'replace', template: '[{TYPE}]' }
 * options.policies.card_number  // { action: 'mask', char: '*', keepFirst: 0, keepLast: 4, keepSeparators: true }
 *
 * parseOptions({ policies: { cvv: { action: 'hash', key: 'a secret of 16+ bytes' } } })
 * // throws: Invalid option policies.cvv.action: received "hash"; a CVV may only be masked
 * // fully, removed or replaced (PCI DSS 3.3.1.2). Allowed: "mask" (keepFirst 0, keepLast 0), …
 * ```
 */
export function parseOptions(input: unknown, offered: readonly FindingType[] = FINDING_TYPES): ResolvedOptions {
  const result = optionsSchema.safeParse(input === undefined ? {} : input)
  if (!result.success) throw errorFor(result.error.issues, input)
  const options = result.data

  const detectors = unique(options.detectors ?? offered)
  const unavailable = detectors.findIndex((type) => !offered.includes(type))
  if (unavailable !== -1) {
    throw invalidOptionError(
      `detectors[${unavailable}]`,
      `"${detectors[unavailable]}"`,
      `this entry point does not include that detector (the full "chatmask" entry point has them all). Allowed: ${offered.map((type) => `"${type}"`).join(', ')}.`,
    )
  }

  const policies = Object.fromEntries(
    FINDING_TYPES.map((type) => [type, options.policies?.[type] ?? defaultPolicyFor(type)]),
  ) as Record<FindingType, ResolvedPolicy>

  return Object.freeze({
    detectors: Object.freeze(detectors),
    policies: Object.freeze(policies),
    now: options.now === undefined ? () => new Date() : checkedClock(options.now),
    expiryWindow: Object.freeze({
      yearsBack: options.expiryWindow?.yearsBack ?? DEFAULT_EXPIRY_WINDOW.yearsBack,
      yearsAhead: options.expiryWindow?.yearsAhead ?? DEFAULT_EXPIRY_WINDOW.yearsAhead,
    }),
    phoneRegions: Object.freeze(unique((options.phoneRegions ?? DEFAULT_PHONE_REGIONS).map((region) => region.toUpperCase()))),
  })
}
