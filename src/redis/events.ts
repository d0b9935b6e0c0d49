/**
 * The events of the broker stage and their encoding as Redis stream entries
 * (flat field/value lists of strings). Input is validated with zod; a reason
 * for rejecting it names fields and rules, never a value.
 */
import { z } from 'zod'
import { ChatmaskError } from '../errors.js'
import type { Finding } from '../types.js'
import { DEFAULT_MAX_TEXT_CHARS, MAX_ID_CHARS, MAX_TIMESTAMP_CHARS } from './defaults.js'

/**
 * A raw chat event, as a producer adds it to an input stream: the fields
 * below, plus any others, which are carried to the output (each redacted as a
 * text of its own unless the worker's `passFields` names it).
 *
 * @example
 * ```ts
 * import type { ChatEvent } from 'chatmask/redis'
 * const event: ChatEvent = { conversation: 'c-42', message: 'm-1', sender: 'customer', text: 'my card is 4111 1111', fields: { channel: 'web' } }
 * event.sender // 'customer'
 * ```
 */
export interface ChatEvent {
  /** The conversation id: all events of one conversation go to one shard, in order. */
  readonly conversation: string
  /** The message id, unique within the conversation: amendments name it. */
  readonly message: string
  /** Who sent it ("customer", "agent", a user id): one sender's messages are read as one text. */
  readonly sender: string
  readonly text: string
  /** When it was sent, as the producer wrote it (ISO 8601 or epoch milliseconds). */
  readonly ts?: string
  /** Any other fields, kept in the output under the same names. */
  readonly fields?: Readonly<Record<string, string>>
}

/**
 * A redacted message, written once per input event. `text` is safe to show now;
 * an {@link AmendmentEvent} may later replace it.
 *
 * @example
 * ```ts
 * import { parseOutputEntry } from 'chatmask/redis'
 * const event = parseOutputEntry(['kind', 'message', 'conversation', 'c-42', 'message', 'm-1', 'sender', 'customer', 'index', '0', 'text', 'cvv ***', 'findings', '[]', 'source', '1-0'])
 * event.kind // 'message'
 * ```
 */
export interface RedactedEvent {
  readonly kind: 'message'
  readonly conversation: string
  readonly message: string
  readonly sender: string
  /** 0-based position in the conversation (since its state was last started). */
  readonly index: number
  readonly text: string
  /** Findings so far, offsets relative to `text` (type, brand, reason: never the value). */
  readonly findings: readonly Finding[]
  /** The input entry's id: what the event was made from (and its time, in the id's milliseconds). */
  readonly source: string
  readonly ts?: string
  readonly fields: Readonly<Record<string, string>>
}

/**
 * A new safe text for an earlier message of the conversation: a later message
 * completed a card number that began in it, or lifted a provisional mask.
 *
 * @example
 * ```ts
 * import { parseOutputEntry } from 'chatmask/redis'
 * const event = parseOutputEntry(['kind', 'amendment', 'conversation', 'c-42', 'replaces', 'm-1', 'sender', 'customer', 'index', '0', 'text', 'room 404', 'findings', '[]', 'source', '2-0'])
 * event.kind === 'amendment' && event.replaces // 'm-1'
 * ```
 */
export interface AmendmentEvent {
  readonly kind: 'amendment'
  readonly conversation: string
  /** The `message` id of the event whose text this replaces. */
  readonly replaces: string
  /** The sender of the replaced message. */
  readonly sender: string
  /** The replaced message's index. */
  readonly index: number
  readonly text: string
  readonly findings: readonly Finding[]
  /** The input entry whose processing caused the amendment. */
  readonly source: string
}

/** What a consumer of the output stream reads. */
export type OutputEvent = RedactedEvent | AmendmentEvent

/**
 * An entry of the dead-letter stream: an input the worker could not process.
 * `reason` names fields and rules only; `entry` is the raw input entry (its
 * fields as JSON), kept so it can be fixed and replayed: protect this stream
 * like the input (README).
 */
export interface DeadLetter {
  readonly reason: string
  readonly source: string
  readonly shard: number
  readonly deliveries: number
  /** The input entry's fields, `[field, value, …]` as JSON; absent when the worker keeps no dead events. */
  readonly entry?: string
}

/** Field names the output uses itself: an input may not carry them as extra fields. */
export const RESERVED_FIELDS: ReadonlySet<string> = new Set(['kind', 'index', 'findings', 'source', 'replaces'])

const EVENT_FIELDS: ReadonlySet<string> = new Set(['conversation', 'message', 'sender', 'text', 'ts'])

/** The outcome of reading one input entry: an event, or why it is not one. */
export type ParsedInput = { readonly ok: true; readonly event: ChatEvent } | { readonly ok: false; readonly reason: string }

/** What may stand in `ts`: digits and the punctuation of ISO 8601 (a bounded class, checked in one pass). */
const TIMESTAMP_PATTERN = new RegExp(`^[0-9TZtz:.+\\- ]{1,${MAX_TIMESTAMP_CHARS}}$`)

function inputSchema(maxTextChars: number) {
  const id = z.string().min(1).max(MAX_ID_CHARS)
  return z.object({
    conversation: id,
    message: id,
    sender: id,
    text: z.string().max(maxTextChars),
    ts: z.string().regex(TIMESTAMP_PATTERN).optional(),
  })
}

const schemas = new Map<number, ReturnType<typeof inputSchema>>()

/**
 * Reads an input entry's fields. Never throws: a malformed entry gives a reason
 * that names the field and the rule ("text: too_big"), never a value.
 */
export function parseInputEntry(fields: readonly string[], maxTextChars = DEFAULT_MAX_TEXT_CHARS): ParsedInput {
  if (fields.length % 2 !== 0) return { ok: false, reason: 'entry: odd number of fields and values' }
  const known: Record<string, string> = {}
  const extra: Record<string, string> = {}
  for (let index = 0; index < fields.length; index += 2) {
    const name = fields[index] as string
    const value = fields[index + 1] as string
    if (RESERVED_FIELDS.has(name)) return { ok: false, reason: `${fieldName(name)}: reserved for the output` }
    const target = EVENT_FIELDS.has(name) ? known : extra
    if (Object.hasOwn(target, name)) return { ok: false, reason: `${fieldName(name)}: given twice` }
    target[name] = value
  }
  let schema = schemas.get(maxTextChars)
  if (schema === undefined) schemas.set(maxTextChars, (schema = inputSchema(maxTextChars)))
  const parsed = schema.safeParse(known)
  if (!parsed.success) {
    // Path and code only: zod's messages may quote what they received.
    return { ok: false, reason: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.code === 'invalid_type' && known[String(issue.path[0])] === undefined ? 'missing' : issue.code}`).join('; ') }
  }
  const { ts, ...event } = parsed.data
  return { ok: true, event: { ...event, ...(ts === undefined ? {} : { ts }), fields: extra } }
}

/** A field name as a reason may show it: names are the producer's schema, but cap their length. */
function fieldName(name: string): string {
  return name.length <= MAX_ID_CHARS ? JSON.stringify(name) : 'a field'
}

/** The entry fields of a redacted message. */
export function encodeRedacted(event: RedactedEvent): string[] {
  const fields = ['kind', 'message', 'conversation', event.conversation, 'message', event.message, 'sender', event.sender]
  fields.push('index', String(event.index), 'text', event.text, 'findings', JSON.stringify(event.findings), 'source', event.source)
  if (event.ts !== undefined) fields.push('ts', event.ts)
  for (const [name, value] of Object.entries(event.fields)) fields.push(name, value)
  return fields
}

/** The entry fields of an amendment. */
export function encodeAmendment(event: AmendmentEvent): string[] {
  return [
    ...['kind', 'amendment', 'conversation', event.conversation, 'replaces', event.replaces, 'sender', event.sender],
    ...['index', String(event.index), 'text', event.text, 'findings', JSON.stringify(event.findings), 'source', event.source],
  ]
}

/** The entry fields of a dead letter. */
export function encodeDeadLetter(letter: DeadLetter): string[] {
  const fields = ['reason', letter.reason, 'source', letter.source, 'shard', String(letter.shard), 'deliveries', String(letter.deliveries)]
  if (letter.entry !== undefined) fields.push('entry', letter.entry)
  return fields
}

const findingsSchema = z.array(
  z.object({
    type: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    reason: z.string(),
    brand: z.string().optional(),
  }),
)
const indexSchema = z.string().regex(/^[0-9]{1,15}$/).transform(Number)
const jsonFindings = z.string().transform((text, context) => {
  try {
    const parsed = findingsSchema.safeParse(JSON.parse(text))
    if (parsed.success) return parsed.data as Finding[]
  } catch {
    // reported below
  }
  context.addIssue({ code: 'custom', message: 'findings: not a JSON list of findings' })
  return z.NEVER
})
const outputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('message'),
    conversation: z.string(),
    message: z.string(),
    sender: z.string(),
    index: indexSchema,
    text: z.string(),
    findings: jsonFindings,
    source: z.string(),
    ts: z.string().optional(),
  }),
  z.object({
    kind: z.literal('amendment'),
    conversation: z.string(),
    replaces: z.string(),
    sender: z.string(),
    index: indexSchema,
    text: z.string(),
    findings: jsonFindings,
    source: z.string(),
  }),
])

const OUTPUT_FIELDS: ReadonlySet<string> = new Set(['kind', 'conversation', 'message', 'replaces', 'sender', 'index', 'text', 'findings', 'source', 'ts'])

/**
 * Reads and validates an entry of an output stream (`[field, value, …]` as
 * ioredis returns it). Throws a `ChatmaskError` with code `INVALID_INPUT`,
 * naming the field, when the entry is not an output event.
 *
 * @example
 * ```ts
 * import { parseOutputEntry } from 'chatmask/redis'
 * const event = parseOutputEntry(['kind', 'message', 'conversation', 'c', 'message', 'm', 'sender', 's', 'index', '3', 'text', 'hi', 'findings', '[]', 'source', '1-0', 'channel', 'web'])
 * event.kind === 'message' && event.fields.channel // 'web'
 * ```
 */
export function parseOutputEntry(fields: readonly string[]): OutputEvent {
  const known: Record<string, string> = {}
  const extra: Record<string, string> = {}
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const name = fields[index] as string
    ;(OUTPUT_FIELDS.has(name) ? known : extra)[name] = fields[index + 1] as string
  }
  const parsed = outputSchema.safeParse(known)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ChatmaskError('INVALID_INPUT', `parseOutputEntry() takes an entry of an output stream; ${issue?.path.join('.') || 'entry'} is ${issue?.code ?? 'invalid'}.`)
  }
  return parsed.data.kind === 'message' ? { ...parsed.data, fields: extra } : parsed.data
}
