/**
 * What the stage saves per conversation: the conversation's own state
 * (`saveConversation`) plus the ids of its messages that may still be amended,
 * so an amendment can name the message it replaces. One JSON string per key.
 */
import { restoreConversation, saveConversation } from '../conversation-state.js'
import type { Conversation } from '../conversation.js'
import type { Redactor } from '../redactor.js'

/** The format's version, bumped when a field changes meaning. */
const SAVED_STATE_VERSION = 1

/** A message that may still be amended: its index, id and sender. */
export interface OpenMessageId {
  readonly id: string
  readonly sender: string
}

/** A conversation as one worker holds it in memory. */
export interface LiveConversation {
  readonly conversation: Conversation
  /** By message index; only messages that may still be amended are saved. */
  readonly messages: Map<number, OpenMessageId>
}

/** The JSON string saved under the conversation's state key. */
export function serialiseConversation(live: LiveConversation): string {
  const state = saveConversation(live.conversation)
  const open = new Set<number>()
  for (const thread of state.threads) for (const message of thread.open) open.add(message.index)
  const messages: Array<[number, string, string]> = []
  for (const [index, message] of live.messages) {
    if (open.has(index)) messages.push([index, message.id, message.sender])
    else live.messages.delete(index)
  }
  return JSON.stringify({ v: SAVED_STATE_VERSION, conversation: state, messages })
}

/**
 * The conversation saved in `text`; a fresh one when there is none. Throws
 * (naming the field only, never quoting) when the saved text is not a state.
 */
export function deserialiseConversation(redactor: Redactor, text: string | null): LiveConversation {
  if (text === null) return { conversation: redactor.conversation(), messages: new Map() }
  let saved: { v?: unknown; conversation?: unknown; messages?: unknown }
  try {
    saved = JSON.parse(text) as typeof saved
  } catch {
    // V8's message quotes the text, and the text holds a hold-back of raw input.
    throw new TypeError('saved conversation: not JSON')
  }
  if (saved.v !== SAVED_STATE_VERSION || !Array.isArray(saved.messages)) throw new TypeError(`saved conversation: not a v${SAVED_STATE_VERSION} state`)
  const conversation = restoreConversation(redactor, saved.conversation)
  const messages = new Map<number, OpenMessageId>()
  for (const entry of saved.messages as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'number' || typeof entry[1] !== 'string' || typeof entry[2] !== 'string') {
      throw new TypeError('saved conversation: messages is not a list of [index, id, sender]')
    }
    messages.set(entry[0], { id: entry[1], sender: entry[2] })
  }
  return { conversation, messages }
}
