/**
 * One batch of input entries turned into what the commit script writes: the
 * output entries, the dead letters, the states to save and the ids to
 * acknowledge. Pure except for the conversations it advances; no Redis here.
 */
import { ChatmaskError } from '../errors.js'
import { encodeAmendment, encodeDeadLetter, encodeRedacted, parseInputEntry, type ChatEvent } from './events.js'
import { serialiseConversation, type LiveConversation } from './saved-state.js'
import type { ResolvedWorkerOptions } from './worker-options.js'

/** A stream entry as ioredis returns it; `fields` is null for an entry deleted while pending. */
export type StreamEntry = readonly [id: string, fields: readonly string[] | null]

/** What one commit writes. */
export interface BatchOutput {
  readonly ackIds: string[]
  readonly outputs: string[][]
  readonly dead: string[][]
  /** Conversation id → its state to save. */
  readonly states: Map<string, string>
  messages: number
  amendments: number
  readonly deadReasons: Array<{ readonly source: string; readonly reason: string }>
}

/** An entry whose redaction threw: the batch is built again without it, from the saved states. */
export class PoisonEntryError extends Error {
  readonly entryId: string
  readonly conversation: string
  readonly reason: string

  constructor(entryId: string, conversation: string, reason: string) {
    super(`entry ${entryId}: ${reason}`)
    this.name = 'PoisonEntryError'
    this.entryId = entryId
    this.conversation = conversation
    this.reason = reason
  }
}

/** An entry read and validated, before redaction. */
export interface ReadEntry {
  readonly id: string
  readonly fields: readonly string[] | null
  readonly deliveries: number
  /** The event, or why the entry is dead. */
  readonly event: ChatEvent | undefined
  readonly deadReason: string | undefined
}

/** Validates every entry of a batch; entries delivered too often are dead whatever they hold. */
export function readEntries(entries: readonly StreamEntry[], deliveries: ReadonlyMap<string, number> | undefined, options: ResolvedWorkerOptions): ReadEntry[] {
  return entries.map(([id, fields]) => {
    const count = deliveries?.get(id) ?? 1
    if (fields === null) return { id, fields, deliveries: count, event: undefined, deadReason: 'entry: deleted before it was processed' }
    if (count > options.maxDeliveries) return { id, fields, deliveries: count, event: undefined, deadReason: `entry: delivered ${count} times (maxDeliveries ${options.maxDeliveries})` }
    const parsed = parseInputEntry(fields, options.maxTextChars)
    return parsed.ok ? { id, fields, deliveries: count, event: parsed.event, deadReason: undefined } : { id, fields, deliveries: count, event: undefined, deadReason: parsed.reason }
  })
}

/**
 * Redacts the batch. `live` holds every conversation the batch touches
 * (loaded before); `poison` maps entries already known to throw to their reason.
 * Throws {@link PoisonEntryError} when an entry's redaction throws: the
 * conversations it advanced are then dirty and must be reloaded.
 */
export function buildBatch(
  entries: readonly ReadEntry[],
  live: ReadonlyMap<string, LiveConversation>,
  poison: ReadonlyMap<string, string>,
  shard: number,
  options: ResolvedWorkerOptions,
): BatchOutput {
  const output: BatchOutput = { ackIds: [], outputs: [], dead: [], states: new Map(), messages: 0, amendments: 0, deadReasons: [] }
  const touched = new Set<string>()
  for (const entry of entries) {
    output.ackIds.push(entry.id)
    const reason = entry.deadReason ?? poison.get(entry.id)
    if (reason !== undefined || entry.event === undefined) {
      const why = reason ?? 'entry: unreadable'
      const raw = options.keepDeadEvents && entry.fields !== null ? JSON.stringify(entry.fields) : undefined
      output.dead.push(encodeDeadLetter({ reason: why, source: entry.id, shard, deliveries: entry.deliveries, ...(raw === undefined ? {} : { entry: raw }) }))
      output.deadReasons.push({ source: entry.id, reason: why })
      continue
    }
    const event = entry.event
    const conversation = live.get(event.conversation)
    if (conversation === undefined) throw new Error('buildBatch(): a conversation of the batch was not loaded')
    touched.add(event.conversation)
    try {
      redactEvent(event, entry.id, conversation, output, options)
    } catch (error) {
      throw new PoisonEntryError(entry.id, event.conversation, `redaction threw ${describeError(error)}`)
    }
  }
  for (const id of touched) output.states.set(id, serialiseConversation(live.get(id) as LiveConversation))
  return output
}

function redactEvent(event: ChatEvent, source: string, live: LiveConversation, output: BatchOutput, options: ResolvedWorkerOptions): void {
  const fields: Record<string, string> = {}
  for (const [name, value] of Object.entries(event.fields ?? {})) fields[name] = options.passFields.has(name) ? value : options.redactor.redact(value).text
  const result = live.conversation.add({ sender: event.sender, text: event.text })
  live.messages.set(result.index, { id: event.message, sender: event.sender })
  output.outputs.push(
    encodeRedacted({
      kind: 'message',
      conversation: event.conversation,
      message: event.message,
      sender: event.sender,
      index: result.index,
      text: result.text,
      findings: result.findings,
      source,
      ...(event.ts === undefined ? {} : { ts: event.ts }),
      fields,
    }),
  )
  output.messages++
  for (const amendment of result.amendments) {
    const replaced = live.messages.get(amendment.index)
    // Every amended message is open, and every open message's id is saved with the state.
    if (replaced === undefined) throw new Error(`amendment to message ${amendment.index}, whose id was not kept`)
    output.outputs.push(
      encodeAmendment({
        kind: 'amendment',
        conversation: event.conversation,
        replaces: replaced.id,
        sender: replaced.sender,
        index: amendment.index,
        text: amendment.text,
        findings: amendment.findings,
        source,
      }),
    )
    output.amendments++
  }
}

/** An error's class and code only: messages of foreign errors (a custom policy's) may quote input. */
export function describeError(error: unknown): string {
  if (error instanceof ChatmaskError) return `ChatmaskError ${error.code}`
  if (error instanceof Error) return error.name
  return typeof error
}
