/**
 * Redacts the records of a transcript as messages of their conversations and
 * hands them back in file order, each once it is final.
 *
 * Why records wait: `conversation().add()` returns a message's safe text at
 * once, but a later message of the same sender may amend it (it completed a card
 * number, or showed that a trailing number was harmless). A file is written in
 * order, so a record is held until none of its messages can change, and every
 * record after it waits too.
 *
 * When a message is final: the conversation holds back at most `MAX_HOLD_CHARS`
 * characters of a sender's joined text, and only messages overlapping that
 * held-back tail can be amended. So once the same sender has written more than
 * `MAX_HOLD_CHARS` characters after a message, it is final. (Counting only
 * message text, not the joining spaces, can only undercount, which errs on the
 * side of waiting.) Otherwise it is final when its conversation is settled.
 *
 * The bound: a file does not say when a chat has ended, so a conversation is
 * settled, as if it had ended, once {@link SequencerLimits.maxPendingRecords}
 * records have passed without a message from it, or when it holds the oldest
 * waiting record and more than `maxPendingRecords` records or `maxPendingChars`
 * characters wait behind it. Memory is therefore O(limits), whatever the file's
 * size; a later message with the same key starts a new conversation.
 */
import { MAX_HOLD_CHARS, type Amendment, type Conversation, type Finding, type FindingType, type Redactor } from '../index.js'
import { isExplainedBy } from './file-tally.js'
import { PENDING_CHARS_LIMIT, PENDING_RECORDS_LIMIT } from './pending-limits.js'

/** One text of a record, as a message of a conversation. */
export interface MessageInput {
  /** Messages with the same key are one conversation; messages of different ones are never joined. */
  readonly conversation: string
  readonly sender: string
  readonly text: string
}

/** A message as finally redacted. */
export interface RedactedMessage {
  readonly original: string
  readonly text: string
  /** Findings that start in this message, offsets relative to it. */
  readonly findings: readonly Finding[]
  /**
   * The type of a finding that started in an earlier message of the same sender
   * and reaches into this one (the second half of a split card), when this
   * message's change is not explained by its own findings: the library reports a
   * finding only in the message where it starts, and `--check` still names this line.
   */
  readonly continued?: FindingType
}

/**
 * When a change cannot be traced to a finding (no earlier message of the sender
 * ended inside one), it is listed as the most sensitive type: the change is
 * real, and failing closed means calling it card data.
 */
const UNTRACED_CHANGE_TYPE: FindingType = 'card_number'

export interface SequencerLimits {
  readonly maxPendingRecords: number
  readonly maxPendingChars: number
}

export const DEFAULT_SEQUENCER_LIMITS: SequencerLimits = {
  maxPendingRecords: PENDING_RECORDS_LIMIT,
  maxPendingChars: PENDING_CHARS_LIMIT,
}

/** Receives each record, in the order pushed, with its messages' final texts. */
export type EmitRecord<R> = (record: R, messages: readonly RedactedMessage[]) => void

interface PendingRecord<R> {
  readonly record: R
  readonly sequence: number
  readonly size: number
  readonly messages: MessageState[]
  /** How many of `messages` may still change. */
  unsettled: number
}

interface MessageState {
  readonly original: string
  text: string
  findings: readonly Finding[]
  continued: FindingType | undefined
  final: boolean
  /** The same sender's previous message in the conversation, until this one is emitted (then cleared: no chain is kept). */
  previous: MessageState | undefined
  /** Set when emitted: the type of a finding that reaches this message's end, for the next message of the sender. */
  carried: FindingType | undefined
  readonly owner: PendingRecord<unknown>
  /** Undefined for a message that was final from the start (an empty one). */
  readonly conversation: OpenConversation | undefined
}

interface OpenConversation {
  readonly key: string
  readonly conversation: Conversation
  /** Messages that may still be amended, by their index in the conversation. */
  readonly unsettled: Map<number, MessageState>
  readonly senders: Map<string, SenderProgress>
  /** Sequence number of the last record with a message in it. */
  lastSequence: number
}

interface SenderProgress {
  /** Characters of text this sender has written in the conversation (joining spaces not counted). */
  written: number
  /** The sender's last message, for {@link MessageState.previous}. */
  last: MessageState | undefined
  /** This sender's unsettled messages, oldest first, with `written` at their end. */
  readonly waiting: { readonly end: number; readonly index: number }[]
}

/**
 * @example
 * ```ts
 * const lines: string[] = []
 * const sequencer = new MessageSequencer<number>(createRedactor(), (line, [message]) => lines.push(message.text))
 * sequencer.push(1, [{ conversation: 'c1', sender: 'customer', text: 'card 4111 1111' }], 14)
 * sequencer.push(2, [{ conversation: 'c1', sender: 'customer', text: '1111 1111' }], 9)
 * sequencer.end()
 * // lines: ['card **** ****', '**** 1111']
 * ```
 */
export class MessageSequencer<R> {
  readonly #redactor: Redactor
  readonly #emit: EmitRecord<R>
  readonly #limits: SequencerLimits
  /** Records not yet emitted, oldest first; `#head` is the first live slot (a queue without O(n) shifts). */
  #pending: (PendingRecord<R> | undefined)[] = []
  #head = 0
  #pendingChars = 0
  /** Open conversations, least recently active first: a Map keeps insertion order, and activity re-inserts. */
  readonly #conversations = new Map<string, OpenConversation>()
  #sequence = 0
  /** The most recently active conversation (the last entry of `#conversations`). */
  #recent: OpenConversation | undefined

  constructor(redactor: Redactor, emit: EmitRecord<R>, limits: SequencerLimits = DEFAULT_SEQUENCER_LIMITS) {
    this.#redactor = redactor
    this.#emit = emit
    this.#limits = limits
  }

  /**
   * Adds the next record with the texts to redact in it (none: it passes through
   * in order). `size` is what the record weighs in memory, in characters.
   */
  push(record: R, messages: readonly MessageInput[], size: number): void {
    const pending: PendingRecord<R> = { record, sequence: this.#sequence++, size, messages: [], unsettled: 0 }
    this.#pending.push(pending)
    this.#pendingChars += size
    for (const message of messages) this.#add(pending, message)
    this.#settleIdle()
    this.#settleOverflow()
    this.#flush()
  }

  /** Ends the input: settles every conversation and emits every record left. */
  end(): void {
    for (const open of [...this.#conversations.values()]) this.#settle(open)
    this.#flush()
  }

  #add(pending: PendingRecord<R>, input: MessageInput): void {
    // An empty message has nothing to redact; adding it would only insert a joining space.
    if (input.text === '') {
      pending.messages.push({
        original: '',
        text: '',
        findings: [],
        continued: undefined,
        final: true,
        previous: undefined,
        carried: undefined,
        owner: pending,
        conversation: undefined,
      })
      return
    }
    const open = this.#touch(input.conversation, pending.sequence)
    const result = open.conversation.add({ sender: input.sender, text: input.text })
    let progress = open.senders.get(input.sender)
    if (progress === undefined) {
      progress = { written: 0, last: undefined, waiting: [] }
      open.senders.set(input.sender, progress)
    }
    const message: MessageState = {
      original: input.text,
      text: result.text,
      findings: result.findings,
      continued: undefined,
      final: false,
      previous: progress.last,
      carried: undefined,
      owner: pending,
      conversation: open,
    }
    progress.last = message
    pending.messages.push(message)
    pending.unsettled++
    open.unsettled.set(result.index, message)
    for (const amendment of result.amendments) this.#amend(open, amendment)

    progress.written += input.text.length
    progress.waiting.push({ end: progress.written, index: result.index })
    let settled = 0
    for (const waiting of progress.waiting) {
      if (progress.written - waiting.end <= MAX_HOLD_CHARS) break
      this.#finalize(open, waiting.index)
      settled++
    }
    if (settled > 0) progress.waiting.splice(0, settled)
  }

  /** The open conversation for `key`, created if needed, moved to the most-recent end. */
  #touch(key: string, sequence: number): OpenConversation {
    // Most records continue the conversation of the record before: no Map work then.
    const recent = this.#recent
    if (recent !== undefined && recent.key === key && this.#conversations.get(key) === recent) {
      recent.lastSequence = sequence
      return recent
    }
    let open = this.#conversations.get(key)
    if (open === undefined) {
      open = { key, conversation: this.#redactor.conversation(), unsettled: new Map(), senders: new Map(), lastSequence: sequence }
    } else {
      this.#conversations.delete(key)
    }
    open.lastSequence = sequence
    this.#conversations.set(key, open)
    this.#recent = open
    return open
  }

  #amend(open: OpenConversation, amendment: Amendment): void {
    const message = open.unsettled.get(amendment.index)
    if (message === undefined) {
      // The finality rule above let this message be written already. Its written
      // text still hid every digit (provisional text masks them all), but it is
      // not what the library decided: fail loudly rather than differ silently.
      throw new Error(`amendment to message ${amendment.index} of a conversation after it was written (MAX_HOLD_CHARS bound broken)`)
    }
    message.text = amendment.text
    message.findings = amendment.findings
  }

  #finalize(open: OpenConversation, index: number): void {
    const message = open.unsettled.get(index)
    if (message === undefined) return
    open.unsettled.delete(index)
    message.final = true
    message.owner.unsettled--
  }

  #settle(open: OpenConversation): void {
    for (const amendment of open.conversation.settle()) this.#amend(open, amendment)
    for (const index of [...open.unsettled.keys()]) this.#finalize(open, index)
    this.#conversations.delete(open.key)
  }

  /** Settles conversations that have had no message for `maxPendingRecords` records. */
  #settleIdle(): void {
    for (const open of this.#conversations.values()) {
      if (this.#sequence - open.lastSequence <= this.#limits.maxPendingRecords) break
      this.#settle(open)
    }
  }

  /** While too much waits, settles the conversations holding the oldest record. */
  #settleOverflow(): void {
    for (;;) {
      const head = this.#pending[this.#head]
      const waiting = this.#pending.length - this.#head
      if (head === undefined || head.unsettled === 0) return
      if (waiting <= this.#limits.maxPendingRecords && this.#pendingChars <= this.#limits.maxPendingChars) return
      for (const message of head.messages) if (!message.final && message.conversation !== undefined) this.#settle(message.conversation)
    }
  }

  #flush(): void {
    for (;;) {
      const head = this.#pending[this.#head]
      if (head === undefined || head.unsettled > 0) break
      this.#pending[this.#head++] = undefined
      this.#pendingChars -= head.size
      for (const message of head.messages) traceContinuation(message)
      this.#emit(head.record, head.messages)
    }
    // Drop emitted slots once they are the bigger part of the array.
    if (this.#head > 0 && this.#head * 2 >= this.#pending.length) {
      this.#pending = this.#pending.slice(this.#head)
      this.#head = 0
    }
  }
}

/**
 * Fills in {@link RedactedMessage.continued} as the message is emitted (its
 * predecessor, emitted before it, already knows what it carried over), then
 * drops the link so emitted messages are not kept alive by their successors.
 */
function traceContinuation(message: MessageState): void {
  const previous = message.previous
  message.previous = undefined
  if (message.text === message.original) return
  const unexplained = !isExplainedBy(message.original, message.text, message.findings)
  if (unexplained) message.continued = previous?.carried ?? UNTRACED_CHANGE_TYPE
  let carried: FindingType | undefined
  for (const finding of message.findings) if (finding.end >= message.original.length) carried = finding.type
  message.carried = carried ?? (unexplained ? message.continued : undefined)
}
