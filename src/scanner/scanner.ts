import { LOOKBEHIND_CHARS, MAX_GAP_CHARS, MAX_PAN_DIGITS } from '../data/limits.js'
import { isMaskChar } from './context.js'
import type { Detection, Detector, DetectorContext, ScanMemory } from '../detectors/detector.js'
import { CharCode } from './char-codes.js'
import { isCardSeparator } from './char-classes.js'
import { Cursor, NEED_MORE_INPUT } from './cursor.js'
import { isDigitCode, readDigitGroup } from './digit-group.js'

/** What a scan needs besides the text: fixed per redactor. */
export interface ScanSettings {
  /** Detectors in precedence order: the first to claim a digit group wins it. */
  readonly detectors: readonly Detector[]
  readonly now: () => Date
  readonly expiryWindow: { readonly yearsBack: number; readonly yearsAhead: number }
  /**
   * Characters the policies mask with. A number glued to them ("**** 1111") is
   * what is left of an earlier redaction and is skipped, so redacting twice
   * changes nothing.
   */
  readonly maskChars: string
}

/** One call's input. `text[0]` is at absolute offset `base`. */
export interface ScanRequest {
  readonly text: string
  readonly base: number
  /** Index in `text` where undecided input begins; what is before it is look-behind only. */
  readonly from: number
  readonly final: boolean
  readonly memory: ScanMemory
}

export interface ScanResult {
  /** Decided findings, in order, with offsets into `text`. */
  readonly detections: Detection[]
  /** Everything in `text` before this index is decided and may be emitted. */
  readonly commit: number
}

/** A scanner with no findings yet remembered. */
export function createScanMemory(): ScanMemory {
  return { lastFinding: undefined, lastCardBrand: undefined }
}

/**
 * The single left-to-right pass. It skips to the next digit with a tight
 * `charCodeAt` loop (most chat text has none), offers each digit group to the
 * detectors in order, and stops at the first group it cannot decide yet because
 * the input ends too soon; `commit` then points at that group's first digit.
 *
 * Batch redaction calls it once with `final: true`; a stream calls it after each
 * write on its held-back text. Because detectors read only through the
 * {@link Cursor}, both see the same characters for every decision and so decide
 * alike, whatever the chunking. `memory` is updated in place.
 */
export function scan(request: ScanRequest, settings: ScanSettings): ScanResult {
  const { text, final, memory } = request
  const cursor = new Cursor()
  cursor.text = text
  cursor.final = final
  const context: DetectorContext = {
    cursor,
    base: request.base,
    memory,
    now: settings.now(),
    expiryWindow: settings.expiryWindow,
    maskChars: settings.maskChars,
  }
  const detections: Detection[] = []
  const length = text.length
  let index = skipRestOfLongGroup(text, request.from)
  if (index === length && !final && index > request.from) return { detections, commit: length }

  for (;;) {
    // Hot loop: find the next digit of any script.
    while (index < length) {
      const code = text.charCodeAt(index)
      if (code <= CharCode.Nine ? code >= CharCode.Zero : code >= CharCode.FirstNonAsciiDigitBlock && isDigitCode(code)) break
      index++
    }
    if (index >= length) return { detections, commit: length }

    const start = index
    cursor.floor = Math.max(0, start - LOOKBEHIND_CHARS)
    try {
      const group = readDigitGroup(cursor, start, MAX_PAN_DIGITS)
      if (group === undefined) {
        // Longer than any card: nothing to find in it. A stream may emit it as it
        // comes; skipRestOfLongGroup() finds where it ends on the next write.
        index = skipRestOfLongGroup(text, start + MAX_PAN_DIGITS + 1)
        if (index === length && !final) return { detections, commit: length }
        continue
      }
      if (isRedactionResidue(cursor, start, group.digits.length, settings.maskChars)) {
        index = group.end
        continue
      }
      let detection: Detection | undefined
      for (const detector of settings.detectors) {
        detection = detector.detectAt(group, context)
        if (detection !== undefined) break
      }
      if (detection === undefined) {
        index = group.end
        continue
      }
      detections.push(detection)
      memory.lastFinding = { type: detection.type, end: detection.end + request.base }
      if (detection.brand !== undefined) memory.lastCardBrand = detection.brand
      index = detection.end
    } catch (error) {
      if (error !== NEED_MORE_INPUT) throw error
      return { detections, commit: start }
    }
  }
}

/**
 * The most digits a policy leaves visible after mask characters (PCI DSS 3.4.1:
 * the last four).
 */
const RESIDUE_DIGITS_MAX = 4

/**
 * Mask characters in a row (separators between allowed) that mark an earlier
 * redaction. One is not enough: "* 4111 1111 1111 1111" is a Markdown bullet
 * and "*4111…*" Markdown emphasis, and both are cards.
 */
const RESIDUE_MASK_CHARS_MIN = 2

/** Index after the digits that continue a group begun before `index`. */
function skipRestOfLongGroup(text: string, index: number): number {
  if (index === 0 || !isDigitCode(text.charCodeAt(index - 1))) return index
  while (index < text.length && isDigitCode(text.charCodeAt(index))) index++
  return index
}

/**
 * Is the group at `start` part of the digits an earlier redaction left visible
 * ("**** **** **** 1111", "* * * * … 8 8 1 2")? Walking back through its run,
 * the group and the digits before it must fit in the {@link RESIDUE_DIGITS_MAX}
 * kept digits, and before them stand mask characters. Skipping residue is what
 * makes redacting twice change nothing: the kept digits cannot be read again as
 * the start of a card, an expiry or a CVV.
 */
function isRedactionResidue(cursor: Cursor, start: number, groupDigits: number, maskChars: string): boolean {
  let digits = groupDigits
  let index = start - 1
  for (;;) {
    if (digits > RESIDUE_DIGITS_MAX) return false
    const gapStart = index
    while (gapStart - index < MAX_GAP_CHARS && isCardSeparator(cursor.code(index))) index--
    const code = cursor.code(index)
    if (isMaskChar(code, maskChars)) break
    if (!isDigitCode(code)) return false
    while (isDigitCode(cursor.code(index))) {
      digits++
      index--
    }
  }
  let maskRun = 0
  while (maskRun < RESIDUE_MASK_CHARS_MIN) {
    const code = cursor.code(index)
    if (isMaskChar(code, maskChars)) maskRun++
    else if (!isCardSeparator(code)) break
    index--
  }
  return maskRun >= RESIDUE_MASK_CHARS_MIN
}
