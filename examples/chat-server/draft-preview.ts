/**
 * The typing preview ("sneak peek") of one sender's drafts: what the agent may
 * see of a message the customer has not sent yet, updated on every keystroke.
 *
 * The rule it keeps: the preview never shows a digit the final redaction would
 * hide, even for a moment. A stream gives that for one text (`write()` returns
 * only final text; `preview()` shows the undecided tail with every digit
 * masked). But a draft is not a text on its own: the conversation reads a
 * sender's messages as one text, so "5555 4444" typed after a sent
 * "my card is 5555 5555" is the end of a card number, while the same draft read
 * alone is two harmless groups of four that a plain stream would release as soon
 * as the customer types a space and a letter. So each draft's stream is first fed
 * the sender's recent sent text (the conversation's own joiner, a space, between
 * them), and the preview is the part of the output after that context.
 */
import { MAX_HOLD_CHARS, type RedactionStream, type Redactor } from '../../src/index.js'

/**
 * How much of the sender's sent text a draft is read after. A card that runs on
 * into the draft starts inside the conversation's held tail (at most
 * MAX_HOLD_CHARS characters), and the detectors read a shorter distance again
 * before it for keywords and URLs; twice the hold-back covers both.
 */
export const PREVIEW_CONTEXT_CHARS = 2 * MAX_HOLD_CHARS

/** How the conversation joins consecutive messages of one sender (see Conversation). */
const MESSAGE_JOINER = ' '

/** Any decimal digit, of any script: the scanner reads them all as digits. */
const ANY_DIGIT = /\p{Nd}/gu

/** One sender's drafts: a stream per draft, rebuilt when the draft is edited rather than extended. */
export class DraftPreview {
  readonly #redactor: Redactor
  /** The tail of what the sender already sent, raw: kept in memory only, never shown or logged. */
  #context = ''
  /** The current draft's stream, and what it was fed (context + draft) and has returned so far. */
  #stream: RedactionStream | undefined
  #written = ''
  #emitted = ''

  constructor(redactor: Redactor) {
    this.#redactor = redactor
  }

  /**
   * What the agent may see of `draft` now. Typing at the end feeds only the new
   * characters to the draft's stream; any other edit (backspace, a paste in the
   * middle) starts a fresh stream fed the whole draft.
   */
  update(draft: string): string {
    if (draft === '') return ''
    const prefix = this.#context === '' ? '' : this.#context + MESSAGE_JOINER
    const full = prefix + draft
    if (this.#stream === undefined || !full.startsWith(this.#written)) {
      this.#stream = this.#redactor.stream()
      this.#written = ''
      this.#emitted = ''
    }
    this.#emitted += this.#stream.write(full.slice(this.#written.length))
    this.#written = full
    const shown = this.#emitted + this.#stream.preview()
    // A policy that changes lengths (replace, remove, hash) leaves no way to cut
    // the context's output off at the right place: hide every digit instead.
    if (shown.length !== full.length) return draft.replace(ANY_DIGIT, '*')
    return shown.slice(prefix.length)
  }

  /** The draft was sent as a message: the next draft continues after it. */
  sent(text: string): void {
    const joined = this.#context === '' ? text : this.#context + MESSAGE_JOINER + text
    this.#context = joined.slice(-PREVIEW_CONTEXT_CHARS)
    this.#stream = undefined
    this.#written = ''
    this.#emitted = ''
  }
}
