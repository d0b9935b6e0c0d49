import { findingOf, renderDetection, type PolicyTable } from './apply-policies.js'
import type { Detection } from './detectors/detector.js'
import { cardFieldsNamedIn } from './detectors/card-question.js'
import { ANSWER_WINDOW_MESSAGES, DEFAULT_IDLE_MESSAGES, MAX_PAN_DIGITS } from './data/limits.js'
import { ALL_ANSWER_BITS, AnswerBit } from './detectors/answer-context.js'
import { isDigitCode } from './scanner/digit-group.js'
import { parseConversationOptions } from './stream/options-check.js'
import { ChatmaskError } from './errors.js'
import { describeValue } from './policies/describe-value.js'
import type { ScanSettings } from './scanner/scanner.js'
import { HoldBack, type Settled } from './stream/hold-back.js'
import { maskHeldText } from './stream/preview.js'
import { isCardSeparator, isDigitDecoration, isWhitespace } from './scanner/char-classes.js'
import type { Finding, FindingType } from './types.js'

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

/** Options of `redactor.conversation()`.  * @example
 * ```ts
 * import { createRedactor, type ConversationOptions } from 'chatmask'
 * const options: ConversationOptions = { idleMessages: 200 }
 * createRedactor().conversation(options).activeSenders // 0
 * ```
 */
export interface ConversationOptions {
  /**
   * A sender with no message among the last `idleMessages` messages is ended as
   * by `endSender()`: its state is released and the amendments come back with
   * the `add()` that made it idle. Default 1,000 (`DEFAULT_IDLE_MESSAGES`).
   */
  readonly idleMessages?: number
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

/**
 * What stands between a sender's messages when another sender asked a question
 * in between ("what is your room number?", "and the security code?"): a blank
 * line, which ends every digit run. The answer is a new number: without it, "100"
 * after a card would read as the card's 19-digit tail or its CVV, and a CVV
 * followed by the next answer ("123", then "119190") as one longer number.
 */
const AFTER_QUESTION_JOINER = '\n\n'


/** The text put between a sender's previous text and its next message. */
export function joinerBetween(previous: string, next: string): string {
  if (previous === '' || next === '') return ''
  const last = previous.charCodeAt(previous.length - 1)
  const first = next.charCodeAt(0)
  const joined = isWhitespace(last) || isCardSeparator(last) || isWhitespace(first) || isCardSeparator(first)
  return joined ? '' : MESSAGE_JOINER
}

/** @internal An open message, as `conversation-state.ts` saves it. */
export interface OpenMessage {
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

/** A question for card data, open until its window closes (see {@link ANSWER_WINDOW_MESSAGES}). */
interface OpenQuestion {
  /** The {@link AnswerBit}s of what was asked. */
  readonly bits: number
  readonly asker: string
}

/** What {@link Conversation.preview} keeps between keystrokes. */
interface PreviewState {
  readonly sender: string
  /** How many messages the conversation had: any new message makes the state stale. */
  readonly count: number
  /** The draft last previewed. */
  draft: string
  /** Absolute offset of the draft in its sender's joined text. */
  readonly start: number
  readonly answerBits: number
  /** A copy of the sender's hold-back with the draft appended and settled as far as it goes. */
  readonly holdBack: HoldBack
  /** The settled part of the draft, rendered. */
  shown: string
}

/** @internal One sender's stream, as `conversation-state.ts` saves it. */
export interface SenderThread {
  readonly holdBack: HoldBack
  /** The question this sender's recent messages answered, and how many of them did. */
  answered: OpenQuestion | undefined
  answers: number
  /** Has this sender given a card number, expiry or CVV? Then it is the cardholder, who does not ask for them. */
  gaveCardData: boolean
  /** The conversation's message count after this sender's last message: how long it has been silent. */
  lastMessage: number
  /** Has another sender asked a question since this sender's last message? Then the next one starts a new number. */
  afterQuestion: boolean
  /** Messages with text not yet settled, oldest first (bounded: they overlap the held text). */
  open: OpenMessage[]
  /** Length of the sender's joined text so far. */
  length: number
  /** The sender's last message, for {@link joinerBetween}. */
  lastText: string
}

/** @internal What `conversation-state.ts` reads and writes of a {@link Conversation}; not public API. */
export interface ConversationInternals {
  readonly settings: ScanSettings
  readonly threads: Map<string, SenderThread>
  readonly count: () => number
  readonly setCount: (count: number) => void
  readonly ended: () => boolean
  readonly question: () => SenderThread['answered']
  readonly setQuestion: (question: SenderThread['answered']) => void
}

/** @internal Set by {@link Conversation}'s static block, the only code that can read its private fields. */
export let conversationInternals: (conversation: Conversation) => ConversationInternals

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
  /**
   * The last question for card data and who asked it: the next messages of
   * every other sender answer it. Cleared when the asker says something that
   * asks for nothing.
   */
  #question: OpenQuestion | undefined
  /** The last typing preview's state, to go on from when the next draft extends it. */
  #preview: PreviewState | undefined
  #count = 0
  #ended = false

  /** @internal The live fields, by reference, for `conversation-state.ts` (save and restore). */
  static {
    conversationInternals = (conversation) => ({
      settings: conversation.#settings,
      threads: conversation.#threads,
      count: () => conversation.#count,
      setCount: (count) => {
        conversation.#count = count
      },
      ended: () => conversation.#ended,
      question: () => conversation.#question,
      setQuestion: (question) => {
        conversation.#question = question
      },
    })
  }

  /** A sender with no message among the last this many is ended (see {@link ConversationOptions}). */
  readonly #idleMessages: number

  /** @internal Use `redactor.conversation()`. */
  constructor(settings: ScanSettings, policies: PolicyTable, options?: ConversationOptions) {
    this.#settings = settings
    this.#policies = policies
    this.#idleMessages = parseConversationOptions(options, DEFAULT_IDLE_MESSAGES).idleMessages
  }

  /** How many senders' state the conversation holds now (bounded by `idleMessages`). */
  get activeSenders(): number {
    return this.#threads.size
  }

  /**
   * That sender is done: its held tail is decided as final (as {@link settle}
   * does for everyone), its state is released, and the amendments this causes
   * are returned. A later message from the same sender starts afresh, not
   * joined to its earlier text. An unknown sender gives `[]`.
   *
   * @example
   * ```ts
   * import { createRedactor } from 'chatmask'
   * const chat = createRedactor().conversation()
   * chat.add({ sender: 'customer', text: 'room 404' }).text // 'room ***'
   * chat.endSender('customer') // [{ index: 0, text: 'room 404', findings: [] }]
   * ```
   */
  endSender(sender: string): Amendment[] {
    if (this.#ended) throw new ChatmaskError('STREAM_ENDED', 'endSender() after settle(): start a new conversation().')
    if (typeof sender !== 'string') throw new ChatmaskError('INVALID_INPUT', `endSender() takes a sender string; received ${describeValue(sender)}.`)
    return this.#release(sender)
  }

  /** Decides `sender`'s held tail as final and forgets the sender. */
  #release(sender: string): Amendment[] {
    const thread = this.#threads.get(sender)
    if (thread === undefined) return []
    const amendments = this.#advance(thread, true)
    this.#threads.delete(sender)
    if (this.#preview?.sender === sender) this.#preview = undefined
    return amendments
  }

  /**
   * Ends the senders silent for `idleMessages` messages. The map of threads is
   * kept in order of each sender's last message, so the idle ones are at its
   * front and this costs nothing while none is.
   */
  #releaseIdle(): Amendment[] {
    const amendments: Amendment[] = []
    for (const [sender, thread] of this.#threads) {
      if (this.#count - thread.lastMessage < this.#idleMessages) break
      amendments.push(...this.#release(sender))
    }
    return amendments
  }

  /** Adds the next message; returns its safe text and any amendments to earlier ones. */
  add(message: ChatMessage): MessageResult {
    if (this.#ended) throw new ChatmaskError('STREAM_ENDED', 'add() after settle(): start a new conversation().')
    assertChatMessage('add', message)
    let thread = this.#threads.get(message.sender)
    if (thread === undefined) {
      thread = { holdBack: new HoldBack(this.#settings), answered: undefined, answers: 0, gaveCardData: false, afterQuestion: false, open: [], length: 0, lastText: '', lastMessage: 0 }
    } else {
      // Re-inserted at the back: the map stays ordered by each sender's last message.
      this.#threads.delete(message.sender)
    }
    this.#threads.set(message.sender, thread)
    thread.lastMessage = this.#count + 1
    const joiner = joinerFor(thread, message.text)
    if (message.text !== '') {
      thread.lastText = message.text
      thread.afterQuestion = false
    }
    const start = thread.length + joiner.length
    const open: OpenMessage = { index: this.#count++, start, end: start + message.text.length, settled: '', findings: [], shown: undefined, reported: 0 }
    thread.open.push(open)
    thread.length = open.end
    this.#answerQuestion(thread, message.sender, start, open.end)
    thread.holdBack.append(joiner + message.text)

    const amendments = this.#advance(thread, false)
    this.#noteQuestion(thread, message)
    amendments.push(...this.#releaseIdle())
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
    const cached = this.#preview
    // Typing appends: go on from the last preview's state, so a keystroke costs
    // what a stream write costs, not a rescan of the whole draft. The cache is
    // only valid while no message was added since.
    if (
      cached !== undefined &&
      cached.sender === draft.sender &&
      cached.count === this.#count &&
      cached.draft !== '' &&
      draft.text.length >= cached.draft.length &&
      draft.text.startsWith(cached.draft)
    ) {
      const end = cached.start + draft.text.length
      if (cached.answerBits !== 0) cached.holdBack.addAnswer({ bits: cached.answerBits, start: cached.start + cached.draft.length, end })
      cached.holdBack.append(draft.text.slice(cached.draft.length))
      cached.draft = draft.text
      cached.shown += this.#renderSettled(cached.holdBack, cached.start, end)
      return cached.shown + heldPreview(cached.holdBack, cached.start, end)
    }
    const thread = this.#threads.get(draft.sender)
    const holdBack = thread === undefined ? new HoldBack(this.#settings) : thread.holdBack.clone()
    const joiner = thread === undefined ? '' : joinerFor(thread, draft.text)
    const start = (thread?.length ?? 0) + joiner.length
    const end = start + draft.text.length
    const answerBits = this.#answerBitsFor(thread, draft.sender)
    if (answerBits !== 0) holdBack.addAnswer({ bits: answerBits, start, end })
    holdBack.append(joiner + draft.text)
    const shown = this.#renderSettled(holdBack, start, end)
    this.#preview = { sender: draft.sender, count: this.#count, draft: draft.text, start, answerBits, holdBack, shown }
    return shown + heldPreview(holdBack, start, end)
  }

  /** Settles what `holdBack` can decide and renders the part of it inside `[start, end)`. */
  #renderSettled(holdBack: HoldBack, start: number, end: number): string {
    const { text, from, commit, base, detections } = holdBack.settle(false)
    const settledTo = Math.min(end, commit + base)
    const settledFrom = Math.max(start, from + base)
    if (settledTo <= settledFrom) return ''
    const replacements = detections.map((detection) => renderDetection(this.#policies, detection, text, base))
    return renderSlice(text, settledFrom - base, settledTo - base, detections, replacements)
  }

  /** The answer bits a next message of `sender` would get, without using up its window. */
  #answerBitsFor(thread: SenderThread | undefined, sender: string): number {
    const question = this.#question
    if (question === undefined || question.asker === sender) return 0
    const answers = thread !== undefined && thread.answered === question ? thread.answers : 0
    return answers < ANSWER_WINDOW_MESSAGES ? question.bits : 0
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
    this.#threads.clear()
    this.#preview = undefined
    return amendments.sort((a, b) => a.index - b.index)
  }

  /**
   * Marks `[start, end)` of `sender`'s text as an answer when another sender's
   * question is open and this sender has not yet used up its window.
   */
  #answerQuestion(thread: SenderThread, sender: string, start: number, end: number): void {
    const bits = this.#answerBitsFor(thread, sender)
    if (bits === 0) return
    thread.holdBack.addAnswer({ bits, start, end })
    const question = this.#question as OpenQuestion
    thread.answers = thread.answered === question ? thread.answers + 1 : 1
    thread.answered = question
  }

  /**
   * A message that asks for card data opens a question; one from the asker that
   * asks nothing closes it. Whoever has given card data is the cardholder, and
   * a cardholder's questions ("do you need the cvv?") are not requests for it:
   * otherwise the agent's "card ending 0005" would become the answer.
   */
  #noteQuestion(thread: SenderThread, message: ChatMessage): void {
    const named = cardFieldsNamedIn(message.text)
    const asked = (named & AnswerBit.Card) !== 0 ? ALL_ANSWER_BITS : named
    // A question for the code or the date is answered by a new number; one that
    // names only the card ("the rest of the card?") may be answered by its rest.
    const asksForAnotherField = (named & (AnswerBit.Cvv | AnswerBit.Expiry)) !== 0
    if (asksForAnotherField || (asked === 0 && message.text.includes('?'))) {
      for (const [sender, other] of this.#threads) {
        // "got it, and the rest?" after half a card asks for its other half: that joins.
        if (sender !== message.sender && (asksForAnotherField || !endsWithCardPrefix(other.holdBack.held))) other.afterQuestion = true
      }
    }
    const bits = thread.gaveCardData ? 0 : asked
    if (bits !== 0) this.#question = { bits, asker: message.sender }
    else if (this.#question?.asker === message.sender) this.#question = undefined
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
        if (isCardData(detection.type)) thread.gaveCardData = true
        message.findings.push({
          ...findingOf(detection, base),
          start: start - message.start,
          end: Math.min(detection.end + base, message.end) - message.start,
        })
      }
    }
  }

}

function isCardData(type: FindingType): boolean {
  return type === 'card_number' || type === 'expiry_date' || type === 'cvv'
}

/**
 * Does `held` end with digits a card could still go on from ("my card is 4111
 * 1111", or 16 digits of a 19-digit card), so that a question without card
 * words ("got it, and the rest?") may be asking for the rest? Then the answer
 * joins: splitting a card there would show its first part in full, while
 * joining an unrelated answer ("what is your room number?" … "100") at worst
 * masks it. Reads back over the last digit run (digits and card gaps) only.
 */
function endsWithCardPrefix(held: string): boolean {
  let index = held.length - 1
  while (index >= 0 && isWhitespace(held.charCodeAt(index))) index--
  let digits = 0
  while (index >= 0 && digits < MAX_PAN_DIGITS) {
    const code = held.charCodeAt(index)
    if (isDigitCode(code)) digits++
    else if (!isCardSeparator(code) && !isDigitDecoration(code)) break
    index--
  }
  return digits > 0 && digits < MAX_PAN_DIGITS
}

/** The joiner before `next` in `thread`: a blank line after another sender's question, else {@link joinerBetween}. */
function joinerFor(thread: SenderThread, next: string): string {
  if (thread.afterQuestion && thread.lastText !== '' && next !== '') return AFTER_QUESTION_JOINER
  return joinerBetween(thread.lastText, next)
}

/** The undecided part of `[start, end)` as a preview shows it: every digit masked. */
function heldPreview(holdBack: HoldBack, start: number, end: number): string {
  const heldStart = holdBack.heldStart
  const unsettledFrom = Math.max(start, heldStart)
  return unsettledFrom >= end ? '' : maskHeldText(holdBack.held.slice(unsettledFrom - heldStart, end - heldStart))
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
