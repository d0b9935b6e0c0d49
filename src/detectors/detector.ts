import type { CardBrand, FindingType } from '../types.js'
import type { Cursor } from '../scanner/cursor.js'
import type { DigitGroup } from '../scanner/digit-group.js'

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
}

/** Everything a detector may consult, besides the digit group it is asked about. */
export interface DetectorContext {
  readonly cursor: Cursor
  /** Absolute offset of `cursor.text[0]`. */
  readonly base: number
  readonly memory: ScanMemory
  /** The clock for "is this expiry plausible", injectable for tests. */
  readonly now: Date
  readonly expiryWindow: { readonly yearsBack: number; readonly yearsAhead: number }
  /** Characters the policies mask with: a run of them is a number already redacted. */
  readonly maskChars: string
}

/**
 * One kind of sensitive data. The scanner offers every detector each digit group
 * in turn, in precedence order; the first detection wins and consumes its span.
 * Detectors read only through the cursor, which is what keeps them chunk-blind.
 */
export interface Detector {
  readonly type: FindingType
  detectAt(group: DigitGroup, context: DetectorContext): Detection | undefined
}
