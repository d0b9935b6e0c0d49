import { findingOf, renderDetection, type PolicyTable } from './apply-policies.js'
import type { Detection } from './detectors/detector.js'
import { ChatmaskError } from './errors.js'
import { describeValue } from './policies/describe-value.js'
import type { ScanSettings } from './scanner/scanner.js'
import { HoldBack, type Settled } from './stream/hold-back.js'
import { maskHeldText } from './stream/preview.js'
import { isCardSeparator, isWhitespace } from './scanner/char-classes.js'
import type { Finding } from './types.js'

/** One chat message, in the order the conversation received it.  * @example
 * ```ts
 * import { createRedactor, type ChatMessage } from 'chatmask'
 * const message: ChatMessage = { sender: 'customer', text: 'cvv 123' }
 * createRedactor().conversation().add(message).text // 'cvv ***'
 * ```
 */
export interface ChatMessage {
  /** Who sent it: messages of one sender are read as one continuing text. */
  readonly sender: string
  readonly text: string
}

/** A new safe text for an earlier message.  * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * const chat = createRedactor().conversation()
 * chat.add({ sender: 'customer', text: 'room 404' })
 * const { amendments } = chat.add({ sender: 'customer', text: 'thanks' })
 * // amendments → [{ index: 0, text: 'room 404', findings: [] }]
 * ```
 */
export interface Amendment {
  /** The earlier message's `index`. */
  readonly index: number
  /** Its new safe text: show this instead of what was shown before. */
  readonly text: string
  /** Its findings so far, offsets relative to the message. */
  readonly findings: readonly Finding[]
}

/** What {@link Conversation.add} returns for a message.  * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * const result = createRedactor().conversation().add({ sender: 'agent', text: 'hello' })
 * // result → { index: 0, text: 'hello', findings: [], amendments: [] }
 * ```
 */
export interface MessageResult {
  /** 0-based position of the message in the conversation. */
  readonly index: number
  /** Safe to show now. */
  readonly text: string
  /** Findings that start in this message so far, offsets relative to it. */
  readonly findings: readonly Finding[]
  /** Earlier messages whose safe text changed because of this one. */
  readonly amendments: readonly Amendment[]
}

/**
 * Joins consecutive messages of one sender with a single space, as a person
 * reading them would: "it's 5425 2334" then "3010 9903" is one card number,
 * and "cvv" then "737" a keyword and its code. No space is added where one side
 * already has whitespace or a card separator at the boundary: a card sent one
 * character per message ("4", "0", " ", " ", "0", "-") must not grow gaps wider
 * than a card allows.
 */
const MESSAGE_JOINER = ' '

/** The text put between a sender's previous text and its next message. */
export function joinerBetween(previous: string, next: string): string {
  if (previous === '' || next === '') return ''
  const last = previous.charCodeAt(previous.length - 1)
  const first = next.charCodeAt(0)
  const joined = isWhitespace(last) || isCardSeparator(last) || isWhitespace(first) || isCardSeparator(first)
  return joined ? '' : MESSAGE_JOINER
}

interface OpenMessage {
  readonly index: number
  /** Absolute offsets of the message in its sender's joined text. */
  readonly start: number
  readonly end: number
  /** Final safe text of the part already settled. */
  settled: string
  /** Findings that start in this message, relative to it. */
  readonly findings: Finding[]
  /** What was last returned for it; undefined before the first time. */
  shown: string | undefined
  /** How many of its findings were last returned. */
  reported: number
}

interface SenderThread {
  readonly holdBack: HoldBack
  /** Messages with text not yet settled, oldest first (bounded: they overlap the held text). */
  open: OpenMessage[]
  /** Length of the sender's joined text so far. */
  length: number
  /** The sender's last message, for {@link joinerBetween}. */
  lastText: string
}

/**
 * Message-level redaction for a chat product, which must show each message at
 * once and cannot wait for the next one.
 *
 * Strategy: each sender's messages are one stream. A message's settled part is
 * shown redacted for good; its undecided tail (a trailing number that could
 * still grow into a card, or a short number whose keyword may follow) is shown
 * with every digit masked, provisionally. When a later message from the same
 * sender settles that tail, the earlier message gets an amendment: its final
 * text, masked more ("5425 2334" + "3010 9903" became a card) or less ("room 404"
 * turned out harmless). `settle()` ends the conversation and releases every tail.
 * No version of any message ever shows a digit the final redaction would hide.
 *
 * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * const chat = createRedactor().conversation()
 * chat.add({ sender: 'customer', text: 'card is 4111 1111' }).text   // 'card is **** ****'
 * const next = chat.add({ sender: 'customer', text: '1111 1111 thanks' })
 * next.text                                                        // '**** 1111 thanks'
 * ```
 */
export class Conversation {
  readonly #settings: ScanSettings
  readonly #policies: PolicyTable
  readonly #threads = new Map<string, SenderThread>()
  #count = 0
  #ended = false

  /** @internal Use `redactor.conversation()`. */
  constructor(settings: ScanSettings, policies: PolicyTable) {
    this.#settings = settings
    this.#policies = policies
  }

  /** Adds the next message; returns its safe text and any amendments to earlier ones. */
  add(message: ChatMessage): MessageResult {
    if (this.#ended) throw new ChatmaskError('STREAM_ENDED', 'add() after settle(): start a new conversation().')
    assertChatMessage('add', message)
    let thread = this.#threads.get(message.sender)
    if (thread === undefined) {
      thread = { holdBack: new HoldBack(this.#settings), open: [], length: 0, lastText: '' }
      this.#threads.set(message.sender, thread)
    }
    const joiner = joinerBetween(thread.lastText, message.text)
    if (message.text !== '') thread.lastText = message.text
    const start = thread.length + joiner.length
    const open: OpenMessage = { index: this.#count++, start, end: start + message.text.length, settled: '', findings: [], shown: undefined, reported: 0 }
    thread.open.push(open)
    thread.length = open.end
    thread.holdBack.append(joiner + message.text)

    const amendments = this.#advance(thread, false)
    const own = amendments.find((amendment) => amendment.index === open.index)
    return {
      index: open.index,
      text: own?.text ?? open.shown ?? '',
      findings: own?.findings ?? [...open.findings],
      amendments: amendments.filter((amendment) => amendment.index !== open.index),
    }
  }

  /**
   * What a typing preview of `draft` may show right now, as if it were sent next
   * by its sender: the sender's earlier messages are taken into account ("5555
   * 5555" sent, then "5555 4444" typed, previews as "**** ****"), and every digit
   * not yet decided is masked. Changes nothing: call it on every keystroke.
   *
   * @example
   * ```ts
   * import { createRedactor } from 'chatmask'
   * const chat = createRedactor().conversation()
   * chat.add({ sender: 'customer', text: 'card 4111 1111' })
   * chat.preview({ sender: 'customer', text: '1111 1111 ok' }) // '**** 1111 ok'
   * ```
   */
  preview(draft: ChatMessage): string {
    assertChatMessage('preview', draft)
    const thread = this.#threads.get(draft.sender)
    const holdBack = thread === undefined ? new HoldBack(this.#settings) : thread.holdBack.clone()
    const joiner = joinerBetween(thread?.lastText ?? '', draft.text)
    const start = (thread?.length ?? 0) + joiner.length
    const end = start + draft.text.length
    holdBack.append(joiner + draft.text)
    const { text, from, commit, base, detections } = holdBack.settle(false)
    let shown = ''
    const settledTo = Math.min(end, commit + base)
    if (settledTo > start) {
      const replacements = detections.map((detection) => renderDetection(this.#policies, detection, text, base))
      shown = renderSlice(text, Math.max(start, from + base) - base, settledTo - base, detections, replacements)
    }
    const heldStart = holdBack.heldStart
    const unsettledFrom = Math.max(start, heldStart)
    return unsettledFrom >= end ? shown : shown + maskHeldText(holdBack.held.slice(unsettledFrom - heldStart, end - heldStart))
  }

  /**
   * Ends the conversation: everything still held is decided as final. Returns
   * the amendments this causes (typically provisional masks being lifted).
   */
  settle(): Amendment[] {
    if (this.#ended) throw new ChatmaskError('STREAM_ENDED', 'settle() called twice: start a new conversation().')
    this.#ended = true
    const amendments: Amendment[] = []
    for (const thread of this.#threads.values()) amendments.push(...this.#advance(thread, true))
    return amendments.sort((a, b) => a.index - b.index)
  }

  /** Settles what it can and returns every open message whose safe text changed. */
  #advance(thread: SenderThread, final: boolean): Amendment[] {
    const settled = thread.holdBack.settle(final)
    if (settled.commit > settled.from) this.#distribute(thread, settled)
    const heldStart = thread.holdBack.heldStart
    const held = thread.holdBack.held
    const changed: Amendment[] = []
    for (const message of thread.open) {
      const unsettledFrom = Math.max(message.start, heldStart)
      const provisional = unsettledFrom >= message.end ? '' : maskHeldText(held.slice(unsettledFrom - heldStart, message.end - heldStart))
      const text = message.settled + provisional
      if (text !== message.shown || message.findings.length !== message.reported) {
        message.shown = text
        message.reported = message.findings.length
        changed.push({ index: message.index, text, findings: [...message.findings] })
      }
    }
    thread.open = thread.open.filter((message) => message.end > heldStart)
    return changed
  }

  /** Appends the newly settled text to the messages it belongs to. */
  #distribute(thread: SenderThread, { text, from, commit, base, detections }: Settled): void {
    const replacements = detections.map((detection) => renderDetection(this.#policies, detection, text, base))
    const settledFrom = from + base
    const settledTo = commit + base
    for (const message of thread.open) {
      const a = Math.max(message.start, settledFrom)
      const b = Math.min(message.end, settledTo)
      if (a >= b) continue
      message.settled += renderSlice(text, a - base, b - base, detections, replacements)
      for (const detection of detections) {
        const start = detection.start + base
        if (start < message.start || start >= message.end) continue
        message.findings.push({
          ...findingOf(detection, base),
          start: start - message.start,
          end: Math.min(detection.end + base, message.end) - message.start,
        })
      }
    }
  }

}

/** Rejects anything but `{ sender: string, text: string }`, naming only its type. */
function assertChatMessage(method: string, message: unknown): asserts message is ChatMessage {
  const candidate = message as Partial<ChatMessage> | null
  if (typeof candidate === 'object' && candidate !== null && typeof candidate.text === 'string' && typeof candidate.sender === 'string') return
  throw new ChatmaskError('INVALID_INPUT', `${method}() takes { sender: string, text: string }; received ${describeValue(message)}.`)
}

/**
 * Renders `text[a, b)` with the detections in it replaced. A finding that spans
 * two messages is split by position when its replacement keeps the original
 * length (a mask); otherwise the whole replacement goes to the message where the
 * finding starts and the rest of its span is dropped from the later message.
 */
function renderSlice(text: string, a: number, b: number, detections: readonly Detection[], replacements: readonly string[]): string {
  let output = ''
  let position = a
  detections.forEach((detection, index) => {
    if (detection.end <= a || detection.start >= b) return
    const replacement = replacements[index] as string
    if (detection.start >= a) output += text.slice(position, detection.start)
    if (replacement.length === detection.end - detection.start) {
      output += replacement.slice(Math.max(a, detection.start) - detection.start, Math.min(b, detection.end) - detection.start)
    } else if (detection.start >= a) {
      output += replacement
    }
    position = Math.min(b, detection.end)
  })
  return output + text.slice(position, b)
}
