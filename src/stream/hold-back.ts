import { LOOKBEHIND_CHARS, MAX_HOLD_CHARS } from '../data/limits.js'
import type { Detection, ScanMemory } from '../detectors/detector.js'
import { createScanMemory, scan, type ScanSettings } from '../scanner/scanner.js'

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
  #memory: ScanMemory = createScanMemory()
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

  constructor(settings: ScanSettings) {
    this.#settings = settings
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

  append(chunk: string): void {
    this.#held += chunk
  }

  /** Decides as much of the held text as can be decided; `final` means no more input will come. */
  settle(final: boolean): Settled {
    const from = this.#lookbehind.length
    const text = this.#lookbehind + this.#held
    const base = this.#heldStart - from
    const { detections, commit } = scan({ text, base, from, final, memory: this.#memory }, this.#settings)
    if (commit > from) {
      this.#lookbehind = text.slice(Math.max(0, commit - LOOKBEHIND_CHARS), commit)
      this.#held = text.slice(commit)
      this.#heldStart += commit - from
    }
    return { text, from, commit, base, detections }
  }
}
