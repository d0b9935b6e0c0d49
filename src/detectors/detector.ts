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
}
