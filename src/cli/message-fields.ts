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

/** A record's message parts, read with {@link FieldNames}. */
export interface MessageFields {
  /** The text fields to redact, in record order of `--field` (or the one default found). */
  readonly texts: readonly { readonly field: string; readonly text: string }[]
  /** The conversation key ('' when the record has none: the whole file is one conversation). */
  readonly conversation: string
  /** Who sent it ('' when unknown: all such messages read as one sender's). */
  readonly sender: string
}

/**
 * Reads the message parts of a record whose fields are looked up with `valueOf`.
 *
 * With `--field`, the named fields that hold strings are the texts (none: the
 * record is not a message and is left alone; the user said which fields matter).
 * With the defaults, the first default field that holds a string is the text; if
 * none does, this returns undefined and the caller redacts every string in the
 * record. A text that is not a string (`null`, or an LLM-style
 * `content: [{ type: 'text', text: '…' }]` array) must not let the record through.
 */
export function messageFieldsOf(names: FieldNames, valueOf: (field: string) => unknown): MessageFields | undefined {
  const texts: { field: string; text: string }[] = []
  if (names.text.length > 0) {
    for (const field of names.text) {
      const value = valueOf(field)
      if (typeof value === 'string') texts.push({ field, text: value })
    }
  } else {
    // Only the first default counts: "content" beside "text" is metadata.
    const field = DEFAULT_TEXT_FIELDS.find((name) => typeof valueOf(name) === 'string')
    if (field === undefined) return undefined
    texts.push({ field, text: valueOf(field) as string })
  }
  return {
    texts,
    conversation: keyOf(names.conversation === undefined ? DEFAULT_CONVERSATION_FIELDS : [names.conversation], valueOf),
    sender: keyOf(names.speaker === undefined ? DEFAULT_SPEAKER_FIELDS : [names.speaker], valueOf),
  }
}

/** The first present field as a key: `3` and `"3"` name the same conversation, as a person would read them. */
function keyOf(fields: readonly string[], valueOf: (field: string) => unknown): string {
  for (const field of fields) {
    const value = valueOf(field)
    if (value === undefined || value === null) continue
    return typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
  return ''
}
