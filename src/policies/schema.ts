/**
 * The zod schema of `RedactorOptions.policies`. It checks shapes and JavaScript
 * types only, then resolves each policy and hands it to `policyProblemOf`, where
 * every rule about values lives (so the same rules run again at render time).
 *
 * zod/mini rather than zod: the functional API lets a bundler drop what is not
 * used, which keeps the browser entry point small.
 *
 * Every issue message is the tail of an options error, "why. Allowed: …";
 * `parseOptions` puts the path and what was received in front of it.
 */
import * as z from 'zod/mini'
import type { FindingType } from '../types.js'
import { closestName } from './closest-name.js'
import { quoteIfIdentifier } from './describe-value.js'
import { FINDING_TYPES } from './finding-types.js'
import type { PolicyAction, PolicyOption, ResolvedPolicy } from './policy.js'
import { ACTIONS_ALLOWED, actionProblemFor, describeProblem, MIN_HASH_KEY_BYTES, policyProblemOf } from './policy-rules.js'
import { resolvePolicy } from './resolve.js'

/** The fields of an issue an error map reads: its code and, for an unknown key, the keys. */
interface IssueSummary {
  readonly code?: string
  readonly keys?: readonly string[]
}

/**
 * The message for an unknown key in an object whose known keys are `known`:
 * "not a known option (did you mean "policies"?). Allowed: …". Used as the whole
 * detail: an unknown key has no "received" worth saying.
 *
 * @example
 * ```ts
 * import { unknownKeyDetail } from './schema.js'
 * unknownKeyDetail('polices', ['detectors', 'policies'])
 * // 'not a known option (did you mean "policies"?). Allowed: detectors, policies.'
 * ```
 */
export function unknownKeyDetail(key: string, known: readonly string[]): string {
  const suggestion = quoteIfIdentifier(key) === undefined ? undefined : closestName(key, known)
  const meant = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`
  return `not a known option${meant}. Allowed: ${known.join(', ')}.`
}

/**
 * The `error` parameter of a strict object: unknown keys get
 * {@link unknownKeyDetail}, anything that is not an object gets `whatIsAllowed`.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini'
 * import { strictObjectError } from './schema.js'
 * const shape = { yearsBack: z.optional(z.number()) }
 * z.strictObject(shape, strictObjectError(shape, 'an object such as { yearsBack: 5 }'))
 * ```
 */
export function strictObjectError(shape: object, whatIsAllowed: string): { error: (issue: IssueSummary) => string } {
  const known = Object.keys(shape)
  return {
    error: (issue) => {
      const firstUnknown = issue.keys?.[0]
      if (issue.code === 'unrecognized_keys' && firstUnknown !== undefined) return unknownKeyDetail(firstUnknown, known)
      return `Allowed: ${whatIsAllowed}.`
    },
  }
}

/** The error parameter for a field that failed its type check. */
function allowed(whatIsAllowed: string): { error: string } {
  return { error: `Allowed: ${whatIsAllowed}.` }
}

const keepCount = z.optional(z.number(allowed('a whole number from 0 up')))

const maskShape = {
  action: z.literal('mask'),
  char: z.optional(z.string(allowed('exactly one character, e.g. "*", "•" or "x"'))),
  keepFirst: keepCount,
  keepLast: keepCount,
  keepSeparators: z.optional(z.boolean(allowed('true or false'))),
}

const templateField = z.optional(z.string(allowed('a template string, e.g. "[{TYPE}]"')))

const replaceShape = { action: z.literal('replace'), template: templateField }

const removeShape = { action: z.literal('remove') }

function isUint8Array(value: unknown): value is Uint8Array {
  // The tag check accepts arrays from another realm (an iframe, a worker's message) too.
  return value instanceof Uint8Array || Object.prototype.toString.call(value) === '[object Uint8Array]'
}

const hashShape = {
  action: z.literal('hash'),
  key: z.custom<string | Uint8Array>(
    (value) => typeof value === 'string' || isUint8Array(value),
    allowed(`a secret string of at least ${MIN_HASH_KEY_BYTES} bytes in UTF-8, or a Uint8Array of at least ${MIN_HASH_KEY_BYTES} bytes`),
  ),
  length: z.optional(z.number(allowed('a whole number from 8 to 64'))),
  template: templateField,
}

const keepShape = { action: z.literal('keep') }

const customShape = {
  action: z.literal('custom'),
  render: z.custom<(info: never) => unknown>(
    (value) => typeof value === 'function',
    allowed('a function that takes { type, brand, last4, length } and returns a string'),
  ),
}

const tokenShape = {
  action: z.literal('token'),
  tokenizer: z.custom<object>((value) => typeof value === 'object' && value !== null, allowed('a tokenizer: write tokenPolicy({ keyRing, scope })')),
}

const OBJECT_ALLOWED = 'an object such as { action: "mask" }'

const OPTION_SCHEMAS = {
  mask: z.strictObject(maskShape, strictObjectError(maskShape, OBJECT_ALLOWED)),
  replace: z.strictObject(replaceShape, strictObjectError(replaceShape, OBJECT_ALLOWED)),
  remove: z.strictObject(removeShape, strictObjectError(removeShape, OBJECT_ALLOWED)),
  hash: z.strictObject(hashShape, strictObjectError(hashShape, OBJECT_ALLOWED)),
  keep: z.strictObject(keepShape, strictObjectError(keepShape, OBJECT_ALLOWED)),
  custom: z.strictObject(customShape, strictObjectError(customShape, OBJECT_ALLOWED)),
  token: z.strictObject(tokenShape, strictObjectError(tokenShape, OBJECT_ALLOWED)),
} satisfies Record<PolicyAction, unknown>

type OptionSchema = (typeof OPTION_SCHEMAS)[PolicyAction]

/**
 * The schema of one type's policy: only the actions the type allows (so "hash"
 * for a CVV fails on `action`, with the PCI reason, before anything else is
 * looked at), then resolved, then checked by `policyProblemOf`.
 */
function policySchemaFor(type: FindingType) {
  const actionError = describeProblem(actionProblemFor(type))
  const options = ACTIONS_ALLOWED[type].map((action) => OPTION_SCHEMAS[action]) as [OptionSchema, ...OptionSchema[]]
  const union = z.discriminatedUnion('action', options, {
    error: (issue: IssueSummary) => (issue.code === 'invalid_union' ? actionError : `Allowed: ${OBJECT_ALLOWED}.`),
  })
  return z
    .pipe(
      union,
      z.transform((option): ResolvedPolicy => resolvePolicy(type, option as PolicyOption)),
    )
    .check(
      z.superRefine((policy, context) => {
        const problem = policyProblemOf(type, policy)
        if (problem === undefined) return
        context.issues.push({ code: 'custom', message: describeProblem(problem), path: [problem.field], input: undefined })
      }),
    )
}

const policiesShape = Object.fromEntries(FINDING_TYPES.map((type) => [type, z.optional(policySchemaFor(type))])) as Record<
  FindingType,
  z.ZodMiniOptional<ReturnType<typeof policySchemaFor>>
>

/**
 * The schema of `RedactorOptions.policies`: an object with at most one policy per
 * finding type, each resolved (defaults filled in) and checked against the rules.
 *
 * @example
 * ```ts
 * import { policiesSchema } from './schema.js'
 * policiesSchema.safeParse({ cvv: { action: 'hash', key: 'k' } }).success // false: a CVV may not be hashed
 * ```
 */
export const policiesSchema = z.strictObject(
  policiesShape,
  strictObjectError(policiesShape, `an object with a policy per finding type (${FINDING_TYPES.join(', ')})`),
)
