import type { CardBrand, FindingType } from '../types.js'
import type { Cursor } from '../scanner/cursor.js'
import type { DigitGroup } from '../scanner/digit-group.js'
import type { AnswerRange } from './answer-context.js'

/**
 * A detector's answer: a finding plus the canonical value the policy needs
 * (ASCII digits of a card, say). `start`/`end` index the cursor's text; the
 * scanner turns them into absolute offsets. `canonical` never leaves the library:
 * the public {@link Finding} has no such field.
 */
export interface Detection {
  readonly type: FindingType
  readonly start: number
  readonly end: number
  readonly reason: string
  readonly canonical: string
  readonly brand?: CardBrand
  /**
   * Mask every character whatever the policy keeps: set when two readings of
   * the digits disagree about which are the card's last four.
   */
  readonly hideAll?: boolean
}

/**
 * What the scan remembers across candidates (and a stream across writes):
 * only the last card or expiry, so a CVV or expiry right after it can join it.
 * Offsets are absolute so they survive the stream trimming its buffer.
 */
export interface ScanMemory {
  lastFinding: { readonly type: FindingType; readonly end: number } | undefined
  /** Brand of the last card: a 4-digit code after an Amex card and its expiry is its CID. */
  lastCardBrand: CardBrand | undefined
  /**
   * Absolute offset no detection may start before: the end of the last finding
   * or of the last digit group too long to matter.
   */
  barrier: number
  /** A stream emitted part of an over-long digit group; the next call skips the rest. */
  inLongGroup: boolean
  /**
   * Where the input answers a question for card data (see `answer-context.ts`).
   * Replaced, never mutated, so a cloned memory (a typing preview) shares it
   * safely. Ranges that end before the undecided text are dropped, so it stays
   * a handful long.
   */
  answers: readonly AnswerRange[]
}

/** Everything a detector may consult, besides the digit group it is asked about. */
export interface DetectorContext {
  readonly cursor: Cursor
  /** Absolute offset of `cursor.text[0]`. */
  readonly base: number
  readonly memory: ScanMemory
  /** The clock for "is this expiry plausible", injectable for tests. */
  readonly now: () => Date
  readonly expiryWindow: { readonly yearsBack: number; readonly yearsAhead: number }
  /** Characters the policies mask with: a run of them is a number already redacted. */
  readonly maskChars: string
  /** ISO 3166 regions whose national phone formats are recognised. */
  readonly phoneRegions: readonly string[]
  /**
   * The earliest index (into the cursor's text) a detection may start at: after
   * the previous finding, and inside the look-behind window.
   */
  minStart: number
  /**
   * Scratch space for one scan: what a detector read for one candidate that the
   * next candidate may reuse (the card detector's digit run, which the next
   * group's run continues). Created per scan, so nothing outlives the text.
   */
  readonly scratch: { cardRun?: unknown }
}

/**
 * One kind of sensitive data. The scanner offers every detector each digit group
 * in turn, in precedence order; the first detection wins and consumes its span.
 * Detectors read only through the cursor, which is what keeps them chunk-blind.
 */
export interface Detector {
  readonly type: FindingType
  /** Offered every digit group (of at most {@link maxGroupDigits} digits) not yet claimed. */
  detectAt(group: DigitGroup, context: DetectorContext): Detection | undefined
  /** ASCII characters besides digits that should be offered to {@link detectAtTrigger} ("@" for emails). */
  readonly triggers?: string
  /** Offered each trigger character not inside an earlier finding. */
  detectAtTrigger?(index: number, context: DetectorContext): Detection | undefined
  /** The longest contiguous digit group this detector needs to see (an IBAN's 30). Cards need 19. */
  readonly maxGroupDigits?: number
  /**
   * How far before its trigger a detection may start, inside the same
   * whitespace-free token ("+" of a phone, "GB" of an IBAN, an email's local part).
   * The stream holds that much back. 0 or absent for detectors that start at the trigger.
   */
  readonly spanLookbehind?: number
  /**
   * How far before its first digit a detection may start even across
   * whitespace: "AB 12 34 56 C" (a UK National Insurance number) starts three
   * characters, one of them a space, before its first digit. The stream always
   * keeps this many characters back. Keep it tiny: it is held after every write.
   */
  readonly spanLookbehindAcrossSpaces?: number
  /**
   * Words a detection may start with, before its first digit group ("Jan 2027":
   * the month belongs to the expiry). The stream asks, before it emits the end
   * of what it holds, whether that end could still become such a start.
   */
  readonly leadingWords?: LeadingWords
}

/**
 * How a detector that may start with words before its digits tells the stream
 * what to hold back: only a trailing stretch that could still become such a
 * start ("exp déc" while the year has not come), never a fixed number of
 * characters after every write, so plain text streams out at once.
 */
export interface LeadingWords {
  /** The most characters such words take before the first digit (a named bound in `src/data/limits.ts`). */
  readonly maxChars: number
  /**
   * Where, in the last {@link maxChars} characters before `end`, a detection
   * could start if digits came at `end` or after it: the start of those words,
   * or `end` when nothing there could be. Reads only `text` before `end`, and
   * asks for the context (built on demand) only when the words are there. Must
   * hold back every start the detector would take, or a stream would already
   * have shown what a batch masks.
   */
  heldFrom(text: string, end: number, context: () => DetectorContext): number
}
