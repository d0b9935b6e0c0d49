/**
 * Which fields of a record (a JSONL line, a JSON array item, a CSV row) hold the
 * message text, the conversation it belongs to and who sent it. Defaults cover the
 * usual exports (Zendesk, Intercom, LLM chat logs, SGD/STAR dialogue corpora);
 * `--field`, `--conversation-key` and `--speaker-key` override them.
 */

/** Text fields tried in this order; the first present is the message. */
export const DEFAULT_TEXT_FIELDS: readonly string[] = ['text', 'message', 'body', 'content']
/** Conversation-key fields tried in this order. */
export const DEFAULT_CONVERSATION_FIELDS: readonly string[] = ['conversation', 'conversation_id', 'chat_id', 'session_id']
/** Sender fields tried in this order. */
export const DEFAULT_SPEAKER_FIELDS: readonly string[] = ['speaker', 'author', 'role', 'from', 'sender']

/** The field names as given on the command line; absent means "use the defaults". */
export interface FieldNames {
  /** `--field` (repeatable): redact exactly these fields. Empty: the first default text field present. */
  readonly text: readonly string[]
  /** `--conversation-key`. */
  readonly conversation: string | undefined
  /** `--speaker-key`. */
  readonly speaker: string | undefined
}

/**
 * The conversation a message of `field` belongs to. With several --field names,
 * each field is its own conversation: a card split between a message's "text"
 * and the next message's "note" is not one number.
 */
export function conversationKey(fields: FieldNames, field: string, conversation: string): string {
  return fields.text.length > 1 ? `${field}\u0000${conversation}` : conversation
}
