/**
 * `--policy FILE`: the options object of `createRedactor`, as JSON. Checked in the
 * main thread before any input is read, so a bad policy is a usage error (exit 2)
 * whose message names the file and the field, never the value (a hash key is a secret).
 *
 * Every option JSON can express is taken as `createRedactor()` takes it. The one
 * that is a function, `now` (the clock expiry dates are judged by), is written as
 * the date it should be: `"now": "2026-11-24"` or `"now": "2026-11-24T12:00:00Z"`,
 * a fixed clock, so a run over old transcripts judges them as of their day.
 */
import { readFile } from 'node:fs/promises'
import { ChatmaskError, createRedactor, type RedactorOptions } from '../index.js'
import { CliError } from './cli-error.js'
import { describeJsonSyntaxError, invalidJsonMessage, lineAndColumnOf } from './json-syntax-error.js'

/** A policy file as read: plain JSON, so it can be posted to worker threads as it is. */
export type PolicyFile = Readonly<Record<string, unknown>>

/** ISO 8601 calendar date, optionally with a time and zone: what `Date` reads the same everywhere. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/

/** Reads, parses and validates a policy file; returns it as plain JSON (see {@link redactorOptionsOf}). */
export async function loadPolicy(path: string): Promise<PolicyFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : `error ${code}`
    throw new CliError('POLICY', `cannot read policy file ${path}: ${why}.`)
  }
  let options: unknown
  try {
    options = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const problem = describeJsonSyntaxError(error)
    const at = problem.position === undefined ? undefined : lineAndColumnOf(text, problem.position)
    throw new CliError('POLICY', `invalid policy in ${path}: ${invalidJsonMessage(problem, at === undefined ? undefined : `line ${at.line}, column ${at.column}`)}`)
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CliError('POLICY', `invalid policy in ${path}: it must be a JSON object of createRedactor() options, e.g. {"policies": {…}}.`)
  }
  const policy = options as PolicyFile
  try {
    createRedactor(redactorOptionsOf(policy))
  } catch (error) {
    // ChatmaskError messages name the field and what is allowed, and never echo a value.
    if (error instanceof ChatmaskError) throw new CliError('POLICY', `invalid policy in ${path}: ${error.message}`)
    throw error
  }
  return policy
}

/**
 * The `createRedactor()` options a policy file stands for: `now` becomes a
 * clock stopped at that date. Throws `ChatmaskError('INVALID_OPTIONS')` for a
 * `now` that is not an ISO 8601 date.
 *
 * @example
 * ```ts
 * redactorOptionsOf({ now: '2026-11-24', phoneRegions: ['DE'] }).now?.() // 2026-11-24T00:00:00.000Z
 * ```
 */
export function redactorOptionsOf(policy: PolicyFile | undefined): RedactorOptions | undefined {
  if (policy === undefined || !('now' in policy)) return policy as RedactorOptions | undefined
  const { now, ...rest } = policy
  if (typeof now !== 'string' || !ISO_DATE.test(now) || Number.isNaN(Date.parse(now))) {
    throw new ChatmaskError(
      'INVALID_OPTIONS',
      `Invalid option now: received ${typeof now === 'string' ? 'a string that is not an ISO 8601 date' : `a ${now === null ? 'null' : typeof now}`}. Allowed: the date to judge expiry dates by, e.g. "2026-11-24" or "2026-11-24T12:00:00Z".`,
      'now',
    )
  }
  const time = Date.parse(now)
  return { ...(rest as RedactorOptions), now: () => new Date(time) }
}
