import { MAX_HOLD_CHARS } from '../data/limits.js'
import { applyPolicies, type PolicyTable } from '../apply-policies.js'
import { ChatmaskError } from '../errors.js'
import type { ScanSettings } from '../scanner/scanner.js'
import type { Finding } from '../types.js'
import { describeValue } from '../policies/describe-value.js'
import { HoldBack } from './hold-back.js'
import { answerRangesOf, assertOptionsObject, type AnswerableType } from '../answering.js'
import { maskHeldText } from './preview.js'
import { checkStreamOptions } from './options-check.js'

/** Options for {@link RedactionStream}.  * @example
 * ```ts
 * import { createRedactor, type Finding } from 'chatmask'
 * const found: Finding[] = []
 * const stream = createRedactor().stream({ onFinding: (finding) => found.push(finding) })
 * stream.write('cvv 737 ')
 * stream.end()
 * // found.map((f) => f.type) → ['cvv']
 * ```
 */
export interface StreamOptions {
  /**
   * Called with each finding as soon as it is final (absolute offsets into
   * everything written). The stream keeps no list itself, so its memory stays
   * constant however long the conversation runs.
   *
   * If it throws, the `write()` or `end()` that reported the finding rethrows the
   * first error, after every other finding of that call has been reported; the
   * text that call had settled is not lost (and was not shown): the next
   * `write()` (an empty chunk will do) or `end()` returns it first. After `end()`
   * threw, call `end()` again for the rest. So the outputs still add up to
   * `redact(whole).text`.
   */
  readonly onFinding?: (finding: Finding) => void
  /**
   * The whole stream answers a question for this card data (see
   * `RedactOptions.answering`): a bare "123" in it is a CVV.
   */
  readonly answering?: readonly AnswerableType[]
}

/**
 * Redacts text that arrives in pieces: keystrokes, message fragments, tokens of
 * an LLM reply. Each `write()` returns the text that is now final and safe to
 * show; `end()` returns the rest. Concatenated, they equal
 * `redactor.redact(wholeText).text` for every way of splitting the text.
 *
 * Only the undecided tail is held back: from the first digit whose meaning still
 * depends on what comes next, never more than {@link MAX_HOLD_CHARS} characters.
 * Text with no digits in it is returned at once, but for the first half of a
 * surrogate pair a chunk ends with ("😀" cut in two): a write never returns
 * half a character.
 *
 * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * const stream = createRedactor().stream()
 * let shown = ''
 * for (const key of 'card 4111 1111 1111 1111 thanks') shown += stream.write(key)
 * shown += stream.end()
 * // shown === 'card **** **** **** 1111 thanks'
 * ```
 */
export class RedactionStream {
  readonly #holdBack: HoldBack
  readonly #policies: PolicyTable
  readonly #onFinding: ((finding: Finding) => void) | undefined
  /**
   * Output a call settled but could not return because `onFinding` threw: the
   * next `write()` or `end()` returns it first, so no text is lost and none is
   * returned twice.
   */
  #unreturned = ''
  #ended = false

  /** @internal Use `redactor.stream()`. */
  constructor(settings: ScanSettings, policies: PolicyTable, options: StreamOptions = {}) {
    assertOptionsObject('stream()', options)
    checkStreamOptions(options)
    this.#holdBack = new HoldBack(settings, answerRangesOf('stream()', options.answering))
    this.#policies = policies
    this.#onFinding = options.onFinding
  }

  /** Feeds the next piece of input; returns the text that is now final. */
  write(chunk: string): string {
    if (this.#ended) throw new ChatmaskError('STREAM_ENDED', 'write() after end(): create a new stream with redactor.stream().')
    if (typeof chunk !== 'string') {
      throw new ChatmaskError('INVALID_INPUT', `write() takes a string; received ${describeValue(chunk)}.`)
    }
    if (chunk === '' && this.#unreturned === '') return ''
    this.#holdBack.append(chunk)
    return this.#settle(false)
  }

  /** Signals the end of input and returns everything still held, redacted. */
  end(): string {
    if (this.#ended) throw new ChatmaskError('STREAM_ENDED', 'end() called twice: create a new stream with redactor.stream().')
    const output = this.#settle(true)
    this.#ended = true
    return output
  }

  /**
   * The held-back text as a typing preview may show it: every digit replaced by
   * `*`, since any of them may still belong to a card. Emitted text plus this
   * preview never shows a digit the final redaction would hide.
   */
  preview(): string {
    return maskHeldText(this.#holdBack.held)
  }

  /** How many characters are held back now (never more than {@link MAX_HOLD_CHARS} after a write). */
  get heldLength(): number {
    return this.#holdBack.held.length
  }

  /**
   * Settles what can be settled and returns it. If `onFinding` throws, every
   * finding of this call is still reported, then the first error is rethrown and
   * the settled text waits in `#unreturned` (see {@link StreamOptions.onFinding}).
   */
  #settle(final: boolean): string {
    const { text, from, commit, base, detections } = this.#holdBack.settle(final)
    let output = this.#unreturned
    this.#unreturned = ''
    if (commit === from) return output
    const applied = applyPolicies(text, from, commit, detections, base, this.#policies)
    output += applied.text
    const onFinding = this.#onFinding
    if (onFinding === undefined) return output
    let failed = false
    let failure: unknown
    for (const finding of applied.findings) {
      try {
        onFinding(finding)
      } catch (error) {
        if (!failed) failure = error
        failed = true
      }
    }
    if (failed) {
      this.#unreturned = output
      throw failure
    }
    return output
  }
}
