/**
 * A {@link Conversation} saved as plain JSON and carried on elsewhere: the broker
 * stage (`chatmask/redis`) saves it after every batch, and whichever worker owns
 * the conversation next restores it, so a card's first half held by a worker
 * that died is still masked, and its amendment still fires.
 *
 * What the saved state holds, per sender, and why it is bounded:
 * - `holdBack.held`: the undecided tail, as written, at most the entry point's
 *   hold bound (`MAX_HOLD_CHARS`). This is the only raw text. It can hold a whole
 *   card number while that number may still grow (a 16-digit Visa may be the
 *   start of a 19-digit one), until the sender's next message settles it.
 * - `holdBack.lookbehind`: at most `LOOKBEHIND_CHARS` of settled text, kept as
 *   context for keywords, "+", URLs and email local parts. Every digit in it
 *   before the scan's barrier (the end of the last finding: no detection may
 *   start there) is written as "0": a detector reads those digits only as
 *   "a digit", never their value, so restoring decides exactly alike while the
 *   digits of a card already found are not saved.
 * - `open`: messages that may still be amended, with their safe text only.
 * - `lastChar`: the last character of the sender's last message, all that the
 *   message joiner reads ({@link joinerBetween}); never the whole message.
 *
 * The format is a versioned JSON object. A new field of `SenderThread` or of
 * the conversation makes this file fail to compile until it is saved here
 * (see `SAVED_THREAD_FIELDS`), and goes in a new `v` if old states must still load.
 */
import { z } from 'zod'
import { conversationInternals, type Conversation, type ConversationOptions, type OpenMessage, type SenderThread } from './conversation.js'
import { ChatmaskError } from './errors.js'
import type { Redactor } from './redactor.js'
import { digitWidthAt } from './scanner/digit-group.js'
import { HoldBack, type HoldBackState } from './stream/hold-back.js'
import type { Finding } from './types.js'

/** The format's version: bump it when a saved field changes meaning. */
export const CONVERSATION_STATE_VERSION = 1

/** A question for card data, as the conversation remembers it. */
export interface SavedQuestion {
  readonly bits: number
  readonly asker: string
}

/** One open message: offsets in its sender's joined text, and its safe text only. */
export interface SavedMessage {
  readonly index: number
  readonly start: number
  readonly end: number
  readonly settled: string
  readonly findings: readonly Finding[]
  readonly shown: string | null
  readonly reported: number
}

/** One sender's thread. */
export interface SavedThread {
  readonly sender: string
  readonly length: number
  /** The last UTF-16 code unit of the sender's last non-empty message, or "". */
  readonly lastChar: string
  readonly holdBack: HoldBackState
  readonly open: readonly SavedMessage[]
  /** The question this sender's recent messages answered; `answeredIsQuestion` when it is the open one. */
  readonly answered: SavedQuestion | null
  readonly answeredIsQuestion: boolean
  readonly answers: number
  /** The sender has given card data (it is the cardholder, whose questions do not count). */
  readonly gaveCardData: boolean
  /** The conversation's message count just after this sender's last message (for `idleMessages`). */
  readonly lastMessage: number
  /** Another sender asked a question since this sender's last message (its next one starts a new number). */
  readonly afterQuestion: boolean
}

/**
 * A whole conversation as JSON-safe data: `JSON.stringify` it, store it, and
 * give it to {@link restoreConversation}.
 *
 * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * import { restoreConversation, saveConversation } from 'chatmask/redis'
 * const redactor = createRedactor()
 * const chat = redactor.conversation()
 * chat.add({ sender: 'customer', text: 'card 4111 1111' })
 * const saved = JSON.stringify(saveConversation(chat))
 * const again = restoreConversation(redactor, JSON.parse(saved))
 * again.add({ sender: 'customer', text: '1111 1111 thanks' }).text // '**** 1111 thanks'
 * ```
 */
export interface ConversationState {
  readonly v: typeof CONVERSATION_STATE_VERSION
  /** How many messages the conversation has taken: the next message's index. */
  readonly count: number
  readonly question: SavedQuestion | null
  readonly threads: readonly SavedThread[]
}

/**
 * Every field of `SenderThread`, and where it is saved. Adding a field to
 * `SenderThread` without adding it here is a type error: the state would
 * otherwise silently lose it.
 */
const SAVED_THREAD_FIELDS = {
  holdBack: 'holdBack',
  open: 'open',
  length: 'length',
  lastText: 'lastChar',
  answered: 'answered + answeredIsQuestion',
  answers: 'answers',
  gaveCardData: 'gaveCardData',
  afterQuestion: 'afterQuestion',
  lastMessage: 'lastMessage',
} as const satisfies Record<keyof SenderThread, string>
void SAVED_THREAD_FIELDS

/**
 * The conversation's state now, as JSON-safe data, scrubbed as the file comment
 * says. The conversation itself is not changed and may go on.
 *
 * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * import { saveConversation } from 'chatmask/redis'
 * const chat = createRedactor().conversation()
 * chat.add({ sender: 'customer', text: 'hello' })
 * saveConversation(chat).count // 1
 * ```
 */
export function saveConversation(conversation: Conversation): ConversationState {
  const internals = conversationInternals(conversation)
  if (internals.ended()) throw new ChatmaskError('STREAM_ENDED', 'saveConversation() after settle(): an ended conversation has nothing to carry on.')
  const question = internals.question()
  const threads: SavedThread[] = []
  for (const [sender, thread] of internals.threads) {
    threads.push({
      sender,
      length: thread.length,
      lastChar: thread.lastText.slice(-1),
      holdBack: scrubbed(thread.holdBack.toState()),
      open: thread.open.map(savedMessage),
      answered: thread.answered === undefined ? null : { bits: thread.answered.bits, asker: thread.answered.asker },
      answeredIsQuestion: thread.answered !== undefined && thread.answered === question,
      answers: thread.answers,
      gaveCardData: thread.gaveCardData,
      lastMessage: thread.lastMessage,
      afterQuestion: thread.afterQuestion,
    })
  }
  return {
    v: CONVERSATION_STATE_VERSION,
    count: internals.count(),
    question: question === undefined ? null : { bits: question.bits, asker: question.asker },
    threads,
  }
}

/**
 * A conversation that goes on exactly where the saved one stopped: the same
 * messages held, the same amendments to come. `redactor` (and `options`, the
 * conversation's own, such as `idleMessages`) must be configured as the ones
 * that saved it. Threads keep their order (senders by last message). A state that is not one
 * (a corrupted key, a newer version) throws `INVALID_INPUT`, naming the field.
 *
 * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * import { restoreConversation, saveConversation } from 'chatmask/redis'
 * const redactor = createRedactor()
 * const first = redactor.conversation()
 * first.add({ sender: 'customer', text: 'cvv' })
 * const second = restoreConversation(redactor, saveConversation(first))
 * second.add({ sender: 'customer', text: '737' }).text // '***'
 * ```
 */
export function restoreConversation(redactor: Redactor, state: unknown, options?: ConversationOptions): Conversation {
  const parsed = conversationStateSchema.safeParse(state)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    // Path and code only: a zod message may quote the value it received.
    const where = issue === undefined || issue.path.length === 0 ? 'the state' : issue.path.join('.')
    throw new ChatmaskError('INVALID_INPUT', `restoreConversation() takes a state saved by saveConversation() (v${CONVERSATION_STATE_VERSION}); ${where} is ${issue?.code ?? 'invalid'}.`)
  }
  // The memory schema is loose (a newer scanner's fields load as saved), hence the cast.
  const saved = parsed.data as unknown as ConversationState
  const conversation = redactor.conversation(options)
  const internals = conversationInternals(conversation)
  const question = saved.question === null ? undefined : { bits: saved.question.bits, asker: saved.question.asker }
  internals.setCount(saved.count)
  internals.setQuestion(question)
  for (const thread of saved.threads) {
    internals.threads.set(thread.sender, {
      holdBack: HoldBack.fromState(internals.settings, thread.holdBack),
      open: thread.open.map((message): OpenMessage => ({ ...message, findings: [...message.findings], shown: message.shown ?? undefined })),
      length: thread.length,
      lastText: thread.lastChar,
      answered: thread.answeredIsQuestion ? question : thread.answered === null ? undefined : { ...thread.answered },
      answers: thread.answers,
      gaveCardData: thread.gaveCardData,
      lastMessage: thread.lastMessage,
      afterQuestion: thread.afterQuestion,
    })
  }
  return conversation
}

function savedMessage(message: OpenMessage): SavedMessage {
  return {
    index: message.index,
    start: message.start,
    end: message.end,
    settled: message.settled,
    findings: message.findings.map((finding) => ({ ...finding })),
    shown: message.shown ?? null,
    reported: message.reported,
  }
}

/** DIGIT ZERO: what a digit the scan can no longer use is saved as. */
const SCRUBBED_DIGIT = '0'
/** What the second code unit of a scrubbed digit above U+FFFF is saved as. */
const SCRUBBED_LOW_SURROGATE = '\udc00'

/**
 * The hold-back's state with every digit of its look-behind that lies before
 * the scan's barrier written as "0". Nothing may start before the barrier
 * (`minStart` in the scanner), and what reads back across it (residue, number
 * boundaries) asks only whether a character is a digit: the scrubbed state
 * decides exactly as the live one. Property-tested in `conversation-state.test.ts`.
 */
function scrubbed(state: HoldBackState): HoldBackState {
  const { lookbehind, heldStart, memory } = state
  const lookbehindStart = heldStart - lookbehind.length
  const scrubTo = Math.min(lookbehind.length, memory.barrier - lookbehindStart)
  let text = ''
  let copiedTo = 0
  for (let index = 0; index < scrubTo; index++) {
    const width = digitWidthAt(lookbehind, index)
    if (width === 0) continue
    // A digit above U+FFFF ("𝟒") keeps its two code units, the second a fixed
    // low surrogate: it reads as it did (no digit, no separator) and tells nothing.
    text += lookbehind.slice(copiedTo, index) + (width === 1 ? SCRUBBED_DIGIT : SCRUBBED_DIGIT + SCRUBBED_LOW_SURROGATE)
    copiedTo = index + width
    index += width - 1
  }
  return { ...state, memory: { ...memory }, lookbehind: copiedTo === 0 ? lookbehind : text + lookbehind.slice(copiedTo) }
}

const offset = z.number().int().nonnegative()
const questionSchema = z.object({ bits: z.number().int(), asker: z.string() })
const findingSchema = z.looseObject({ type: z.string(), start: offset, end: offset, reason: z.string() })
/** Loose: fields a newer scanner adds to its memory load as they were saved. */
const memorySchema = z.looseObject({
  barrier: z.number().int(),
  inLongGroup: z.boolean(),
  lastFinding: z.object({ type: z.string(), end: z.number().int() }).optional(),
  lastCardBrand: z.string().optional(),
  answers: z.array(z.object({ bits: z.number().int(), start: offset, end: offset })).optional(),
})
const conversationStateSchema = z.object({
  v: z.literal(CONVERSATION_STATE_VERSION),
  count: offset,
  question: questionSchema.nullable(),
  threads: z.array(
    z.object({
      sender: z.string(),
      length: offset,
      lastChar: z.string().max(1),
      holdBack: z.object({ memory: memorySchema, lookbehind: z.string(), held: z.string(), heldStart: offset }),
      open: z.array(
        z.object({
          index: offset,
          start: offset,
          end: offset,
          settled: z.string(),
          findings: z.array(findingSchema),
          shown: z.string().nullable(),
          reported: offset,
        }),
      ),
      answered: questionSchema.nullable(),
      answeredIsQuestion: z.boolean(),
      answers: offset,
      gaveCardData: z.boolean(),
      lastMessage: offset,
      afterQuestion: z.boolean(),
    }),
  ),
})
