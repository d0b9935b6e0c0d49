import { LOOKBEHIND_CHARS, MAX_HOLD_CHARS } from '../data/limits.js'
import type { AnswerRange } from '../detectors/answer-context.js'
import type { Detection, ScanMemory } from '../detectors/detector.js'
import { createScanMemory, scan, type ScanSettings } from '../scanner/scanner.js'
import { isHighSurrogate, isLowSurrogate } from '../scanner/unicode-digits.js'

/** What one {@link HoldBack.settle} decided. */
export interface Settled {
  /** Look-behind context followed by the text that was held. */
  readonly text: string
  /** Where the newly decided text starts in `text`. */
  readonly from: number
  /** Where it ends: `text[from, commit)` is final. */
  readonly commit: number
  /** Absolute offset of `text[0]`. */
  readonly base: number
  /** Findings inside `text[from, commit)`, offsets into `text`. */
  readonly detections: readonly Detection[]
}

/** Everything a {@link HoldBack} holds, as plain data (see {@link HoldBack.toState}). */
export interface HoldBackState {
  readonly memory: ScanMemory
  /** Settled text kept as context (at most `LOOKBEHIND_CHARS`). */
  readonly lookbehind: string
  /** Undecided input (at most the entry point's hold bound). */
  readonly held: string
  readonly heldStart: number
}

/**
 * The one place chunk bookkeeping lives. Input is appended as it arrives;
 * `settle()` runs the scanner over what is held and gives back the part that is
 * now decided, keeping only the undecided tail (at most {@link MAX_HOLD_CHARS})
 * plus {@link LOOKBEHIND_CHARS} of decided text as context. Memory per instance
 * is therefore constant, whatever the length of the input.
 */
export class HoldBack {
  readonly #settings: ScanSettings
  /** The last card or expiry seen, so a CVV in a later chunk can join it. */
  #memory: ScanMemory
  /**
   * The last {@link LOOKBEHIND_CHARS} characters already settled, as written.
   * Detectors read this far back for keywords, "+" and URLs; keeping it is what
   * lets a chunk boundary fall anywhere without changing a decision.
   */
  #lookbehind = ''
  /** Input received and not yet settled. */
  #held = ''
  /** Absolute offset of the first held character. */
  #heldStart = 0

  /** `answers`: ranges of the input known up front to answer a question for card data (a stream's `answering` option). */
  constructor(settings: ScanSettings, answers?: readonly AnswerRange[]) {
    this.#settings = settings
    this.#memory = createScanMemory(answers)
  }

  /** The undecided input, as written. */
  get held(): string {
    return this.#held
  }

  /** Absolute offset of the first held character. */
  get heldStart(): number {
    return this.#heldStart
  }

  /** An independent copy: what-if scans (a typing preview) must not move the real state. */
  clone(): HoldBack {
    const copy = new HoldBack(this.#settings)
    copy.#memory = { ...this.#memory }
    copy.#lookbehind = this.#lookbehind
    copy.#held = this.#held
    copy.#heldStart = this.#heldStart
    return copy
  }

  /**
   * The whole state as plain, JSON-safe data, for `conversation-state.ts` (a
   * conversation saved by one process and carried on by another). Scrubbing of
   * raw digits is the caller's job: this is the state exactly.
   */
  toState(): HoldBackState {
    return { memory: { ...this.#memory }, lookbehind: this.#lookbehind, held: this.#held, heldStart: this.#heldStart }
  }

  /** The inverse of {@link toState}: a hold-back that goes on exactly where the saved one stopped. */
  static fromState(settings: ScanSettings, state: HoldBackState): HoldBack {
    const restored = new HoldBack(settings)
    restored.#memory = { ...restored.#memory, ...state.memory }
    restored.#lookbehind = state.lookbehind
    restored.#held = state.held
    restored.#heldStart = state.heldStart
    return restored
  }

  append(chunk: string): void {
    this.#held += chunk
  }

  /**
   * Marks `[range.start, range.end)` (absolute offsets, usually the message about
   * to be appended) as answering a question for card data. Ranges wholly before
   * the undecided text can no longer matter and are dropped; a range that
   * continues the last one with the same bits is merged into it, so the list
   * stays a handful long however long the conversation runs.
   */
  addAnswer(range: AnswerRange): void {
    if (range.end <= range.start) return
    const kept = this.#memory.answers.filter((answer) => answer.end > this.#heldStart)
    const last = kept[kept.length - 1]
    if (last !== undefined && last.bits === range.bits && last.end >= range.start) {
      kept[kept.length - 1] = { bits: last.bits, start: last.start, end: Math.max(last.end, range.end) }
    } else {
      kept.push(range)
    }
    this.#memory.answers = kept
  }

  /**
   * Decides as much of the held text as can be decided; `final` means no more input will come.
   * Never cuts a surrogate pair: what is settled never ends with the first half
   * of a character above U+FFFF ("𝟒", "😀") whose second half is held.
   */
  settle(final: boolean): Settled {
    const from = this.#lookbehind.length
    const text = this.#lookbehind + this.#held
    const base = this.#heldStart - from
    // Input that ends with a high surrogate (a chunk cut a pair in two) ends one
    // character early for now: whether it is a digit ("𝟒") depends on its low
    // surrogate, and emitting it alone would split the character.
    const scanned = !final && isHighSurrogate(text.charCodeAt(text.length - 1)) ? text.slice(0, -1) : text
    const result = scan({ text: scanned, base, from, final, memory: this.#memory }, this.#settings)
    const { detections } = result
    let { commit } = result
    // A hold point may fall inside a pair that is no digit (an emoji before an
    // email's local part): its low surrogate starts no detection, so it goes out
    // with its high one.
    if (commit > from && commit < scanned.length && isHighSurrogate(scanned.charCodeAt(commit - 1)) && isLowSurrogate(scanned.charCodeAt(commit))) commit++
    if (commit > from) {
      this.#lookbehind = text.slice(Math.max(0, commit - LOOKBEHIND_CHARS), commit)
      this.#held = text.slice(commit)
      this.#heldStart += commit - from
    }
    return { text, from, commit, base, detections }
  }
}
