import { LOOKBEHIND_CHARS, MAX_EMPHASIS_MARKS, MAX_GAP_CHARS, MAX_PAN_DIGITS } from '../data/limits.js'
import { isMaskChar } from './context.js'
import type { AnswerRange } from '../detectors/answer-context.js'
import type { Detection, Detector, DetectorContext, LeadingWords, ScanMemory } from '../detectors/detector.js'
import { CharCode } from './char-codes.js'
import { isCardGapChar, isWhitespace } from './char-classes.js'
import { AstralCursor, Cursor, NEED_MORE_INPUT } from './cursor.js'
import { digitRunEnd, endOfCharAndMarks, isDigitCode, readDigitGroup, splitsDigitGroup, type DigitGroup } from './digit-group.js'
import { LATIN1_DIGIT_CLASS, MAY_HOLD_NON_ASCII_DIGITS, digitValueOfPair, mayStartAstralDigit } from './unicode-digits.js'

/** What a scan needs besides the text: fixed per redactor. */
export interface ScanSettings {
  /** Detectors in precedence order: the first to claim a digit group or trigger wins it. */
  readonly detectors: readonly Detector[]
  readonly now: () => Date
  readonly expiryWindow: { readonly yearsBack: number; readonly yearsAhead: number }
  /**
   * Characters the policies mask with. A number glued to them ("**** 1111") is
   * what is left of an earlier redaction and is skipped, so redacting twice
   * changes nothing.
   */
  readonly maskChars: string
  /** ISO 3166 regions whose national phone formats are recognised (international "+" numbers always are). */
  readonly phoneRegions: readonly string[]
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
export function createScanMemory(answers: readonly AnswerRange[] = NO_ANSWERS): ScanMemory {
  return { lastFinding: undefined, lastCardBrand: undefined, barrier: 0, inLongGroup: false, answers }
}

const NO_ANSWERS: readonly AnswerRange[] = []

/** What the scan loop derives once from the detectors. */
interface DetectorPlan {
  /** The longest digit group any detector wants; longer groups hold nothing. */
  readonly maxGroupDigits: number
  /** The furthest any detection may start before its trigger (0 for cards). */
  readonly spanLookbehind: number
  /** The furthest any detection may start before its first digit regardless of whitespace (3 for "AB 12…"). */
  readonly spanLookbehindAcrossSpaces: number
  /** Words detections may start with before their digits ("Jan 2027"): their trailing start is held back. */
  readonly leadingWords: readonly LeadingWords[]
  /**
   * Finds the next ASCII digit, Latin-1 superscript digit ("²") or trigger character ("@"). A global regular
   * expression with one small character class: linear, and several times faster
   * at skipping plain text than a `charCodeAt` loop. Used when the text holds no
   * character from a block with non-ASCII digits (nearly always).
   */
  readonly nextAsciiCandidate: RegExp
  /** Trigger characters by code, for the `charCodeAt` loop used on text with non-ASCII digits. */
  readonly triggers: Uint8Array
  /** The card detector, when it runs: a phone may not take the first groups of a card (see {@link swallowsCard}). */
  readonly cardDetector: Detector | undefined
}

/** Code units below this are ASCII: the trigger table's size. */
const ASCII_LIMIT = 0x80

const plans = new WeakMap<readonly Detector[], DetectorPlan>()

function planFor(detectors: readonly Detector[]): DetectorPlan {
  let plan = plans.get(detectors)
  if (plan === undefined) {
    let triggerClass = ''
    const triggers = new Uint8Array(ASCII_LIMIT)
    for (const detector of detectors) {
      for (const char of detector.triggers ?? '') {
        triggerClass += `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
        triggers[char.charCodeAt(0)] = 1
      }
    }
    plan = {
      maxGroupDigits: Math.max(MAX_PAN_DIGITS, ...detectors.map((detector) => detector.maxGroupDigits ?? 0)),
      spanLookbehind: Math.max(0, ...detectors.map((detector) => detector.spanLookbehind ?? 0)),
      spanLookbehindAcrossSpaces: Math.max(0, ...detectors.map((detector) => detector.spanLookbehindAcrossSpaces ?? 0)),
      leadingWords: detectors.flatMap((detector) => (detector.leadingWords === undefined ? [] : [detector.leadingWords])),
      nextAsciiCandidate: new RegExp(`[0-9${LATIN1_DIGIT_CLASS}${triggerClass}]`, 'g'),
      triggers,
      cardDetector: detectors.find((detector) => detector.type === 'card_number'),
    }
    plans.set(detectors, plan)
  }
  return plan
}

/**
 * The single left-to-right pass. It skips to the next digit (or trigger
 * character such as "@") with a tight `charCodeAt` loop (most chat text has
 * none), offers each digit group to the detectors in order, and stops at the
 * first candidate it cannot decide yet because the input ends too soon.
 *
 * Batch redaction calls it once with `final: true`; a stream calls it after each
 * write on its held-back text. Because detectors read only through the
 * {@link Cursor}, both see the same characters for every decision and so decide
 * alike, whatever the chunking. `memory` is updated in place.
 *
 * Detections may start before their trigger ("+44…", "GB82…", "jane@…") but
 * only inside the trigger's whitespace-free token, at most `spanLookbehind`
 * characters back, or at most `spanLookbehindAcrossSpaces` characters back
 * whatever stands there ("AB 12 34 56 C"), and never before `memory.barrier`;
 * {@link holdPoint} keeps exactly that much back, so a stream never emits what
 * a later detection needs.
 */
export function scan(request: ScanRequest, settings: ScanSettings): ScanResult {
  const { text, final, memory, base } = request
  const plan = planFor(settings.detectors)
  // Built at the first candidate: most chat messages have no digit at all.
  let context: DetectorContext | undefined
  const contextFor = (): DetectorContext => {
    // Only text that may hold digits above U+FFFF needs the cursor that pairs surrogates up.
    const cursor = asciiDigitsOnly ? new Cursor() : new AstralCursor()
    cursor.text = text
    cursor.final = final
    // The clock is read only if an expiry candidate asks: a Date per redact()
    // call was a tenth of the cost of a short message.
    let now: Date | undefined
    return {
      cursor,
      base,
      memory,
      now: () => (now ??= settings.now()),
      expiryWindow: settings.expiryWindow,
      maskChars: settings.maskChars,
      phoneRegions: settings.phoneRegions,
      minStart: 0,
      scratch: {},
    }
  }
  const detections: Detection[] = []
  const length = text.length
  const { nextAsciiCandidate, triggers } = plan
  // One look decides the hot loop for this call: a regular expression with a
  // long Unicode class runs ~30× slower on two-byte strings, so text that may
  // hold Arabic-Indic, Devanagari, full-width… digits gets a charCodeAt loop.
  const asciiDigitsOnly = !MAY_HOLD_NON_ASCII_DIGITS.test(text)
  let index = request.from

  if (memory.inLongGroup) {
    // The previous call emitted part of a digit group too long to matter; skip the rest of it.
    index = digitRunEnd(text, index)
    if (index === length && !final) return { detections, commit: length }
    memory.inLongGroup = false
    memory.barrier = index + base
  }

  for (;;) {
    // Hot loop: skip to the next digit of any script, or a trigger character.
    if (asciiDigitsOnly) {
      nextAsciiCandidate.lastIndex = index
      index = nextAsciiCandidate.test(text) ? nextAsciiCandidate.lastIndex - 1 : length
    } else {
      while (index < length) {
        const code = text.charCodeAt(index)
        if (code < ASCII_LIMIT ? (code >= CharCode.Zero && code <= CharCode.Nine) || triggers[code] === 1 : isDigitCode(code)) break
        // A digit above U+FFFF ("𝟒") starts with a high surrogate; which one it is
        // depends on the low one, so a pair cut by the end of the input waits for it.
        if (mayStartAstralDigit(code) && (index + 1 < length ? digitValueOfPair(code, text.charCodeAt(index + 1)) >= 0 : !final)) break
        index++
      }
    }
    if (index >= length) return { detections, commit: final ? length : holdPoint(text, request.from, length, plan, memory, base, contextFor) }

    const start = index
    context ??= contextFor()
    const { cursor } = context
    cursor.floor = Math.max(0, start - LOOKBEHIND_CHARS)
    context.minStart = Math.max(cursor.floor, memory.barrier - base)
    try {
      let detection: Detection | undefined
      if (!isDigitCode(cursor.code(start))) {
        for (const detector of settings.detectors) {
          detection = detector.detectAtTrigger?.(start, context)
          if (detection !== undefined) break
        }
        if (detection === undefined) {
          index = start + 1
          continue
        }
      } else {
        const group = readDigitGroup(cursor, start, plan.maxGroupDigits)
        if (group === undefined) {
          // Longer than anything a detector wants: nothing to find in it, and no
          // detection may reach back across it. A stream may emit it as it comes.
          index = digitRunEnd(text, start)
          if (index === length && !final) {
            memory.inLongGroup = true
            return { detections, commit: length }
          }
          memory.barrier = index + base
          continue
        }
        if (isRedactionResidue(cursor, group, settings.maskChars)) {
          index = group.end
          continue
        }
        for (const detector of settings.detectors) {
          detection = detector.detectAt(group, context)
          if (detection !== undefined) break
        }
        if (detection === undefined || (detection.type === 'phone' && plan.cardDetector !== undefined && swallowsCard(cursor, detection, context, plan.cardDetector))) {
          index = group.end
          continue
        }
      }
      detections.push(detection)
      memory.lastFinding = { type: detection.type, end: detection.end + base }
      memory.barrier = detection.end + base
      if (detection.brand !== undefined) memory.lastCardBrand = detection.brand
      index = detection.end
    } catch (error) {
      if (error !== NEED_MORE_INPUT) throw error
      return { detections, commit: holdPoint(text, request.from, start, plan, memory, base, contextFor) }
    }
  }
}

/**
 * Does a card start at one of the later digit groups of a phone detection?
 * "42 5038 4498 5512 3456" (an age, then a card): read from "42", the first
 * groups look like a national phone number, and taking them would leave the
 * card's middle digits visible. One run is two numbers when a card starts
 * inside it: the phone is dropped, the scan moves past its first group, and the
 * card is found when its own group is offered. Runs only for phone detections
 * (rare), reading at most the phone's span plus one card's look-ahead.
 */
function swallowsCard(cursor: Cursor, detection: Detection, context: DetectorContext, cardDetector: Detector): boolean {
  let index = detection.start
  while (index < detection.end && !isDigitCode(cursor.code(index))) index++
  while (index < detection.end && isDigitCode(cursor.code(index))) index++
  while (index < detection.end) {
    if (!isDigitCode(cursor.code(index))) {
      index++
      continue
    }
    const group = readDigitGroup(cursor, index, MAX_PAN_DIGITS)
    if (group === undefined) return false
    if (cardDetector.detectAt(group, context) !== undefined) return true
    index = group.end
  }
  return false
}

/**
 * Where a stream may stop emitting when the scan paused at `stop`: before any
 * character a detection triggered at or after `stop` could still start at. For
 * cards that is `stop` itself; detectors that start earlier ("+", "GB", an email's
 * local part) need the whitespace-free token before it, up to `spanLookbehind`
 * characters, and a few need `spanLookbehindAcrossSpaces` characters whatever
 * they are (a NINO's "AB " before its digits). A detector with `leadingWords`
 * (an expiry's month name) holds the trailing words that could still start one
 * of its detections, and only those. Never splits a digit group, so a resumed
 * scan reads groups whole.
 */
function holdPoint(
  text: string,
  from: number,
  stop: number,
  plan: DetectorPlan,
  memory: ScanMemory,
  base: number,
  contextFor: () => DetectorContext,
): number {
  const limit = Math.max(from, memory.barrier - base)
  if (stop <= limit) return limit
  let point = stop
  if (plan.spanLookbehind > 0) {
    const tokenLimit = Math.max(limit, stop - plan.spanLookbehind)
    while (point > tokenLimit && !isWhitespace(text.charCodeAt(point - 1))) point--
  }
  point = Math.max(limit, Math.min(point, stop - plan.spanLookbehindAcrossSpaces))
  // Words a detection may start with ("exp déc" before its "2029"), held only
  // while the text before `stop` could still become them. Their context is read
  // from where the detector will read it, inside the kept look-behind.
  for (const leading of plan.leadingWords) {
    let wordsStart: number
    try {
      wordsStart = leading.heldFrom(text, stop, () => {
        const context = contextFor()
        context.cursor.floor = Math.max(0, stop - LOOKBEHIND_CHARS)
        context.minStart = Math.max(context.cursor.floor, memory.barrier - base)
        return context
      })
    } catch (error) {
      // It reads only before `stop`; were it ever to ask for more, holding its whole bound is safe.
      if (error !== NEED_MORE_INPUT) throw error
      wordsStart = stop - leading.maxChars
    }
    point = Math.max(limit, Math.min(point, wordsStart))
  }
  while (point > limit && splitsDigitGroup(text, point)) point--
  return point
}

/**
 * The most characters a policy leaves visible after mask characters (PCI DSS
 * 3.4.1: a card's last four digits; an IBAN's last four letters and digits).
 */
const RESIDUE_DIGITS_MAX = 4

/**
 * Mask characters in a row (separators between allowed) that mark an earlier
 * redaction. One is not enough: "* 4111 1111 1111 1111" is a Markdown bullet
 * and "*4111…*" Markdown emphasis, and both are cards.
 */
const RESIDUE_MASK_CHARS_MIN = 2

/**
 * The most mask characters in a row (card gaps between allowed) that may end in
 * Markdown emphasis marks: "* **4111…**", a bullet and bold, has 3. A redaction
 * that keeps a card's last four hides at least 8 digits (12-digit cards).
 */
const EMPHASIS_MARKS_MAX_IN_ROW = 3

/**
 * Are there at least `count` mask characters walking back from `index` over
 * runs of mask characters and the card gaps between them? A run of one or two
 * glued to a word or punctuation before it ("**Card:** **4012…") closes
 * Markdown emphasis there and counts for nothing. Reads at most `count` + 1
 * characters of each run and {@link MAX_GAP_CHARS} of each gap.
 */
function hasMaskCharsBack(cursor: Cursor, index: number, count: number, maskChars: string): boolean {
  let seen = 0
  let at = index
  for (let first = true; ; first = false) {
    let run = 0
    while (run <= count && isMaskChar(cursor.code(at), maskChars)) {
      run++
      at--
    }
    if (run === 0) return false
    const before = cursor.code(at)
    if (!first && run <= MAX_EMPHASIS_MARKS && before !== CharCode.None && !isCardGapChar(before) && !isMaskChar(before, maskChars)) return false
    seen += run
    if (seen >= count) return true
    const gapStart = at
    while (gapStart - at < MAX_GAP_CHARS && isCardGapChar(cursor.code(at))) at--
    if (at === gapStart) return false
  }
}

/**
 * Is `group` part of the digits an earlier redaction left visible
 * ("**** **** **** 1111", "* * * * … 8 8 1 2", an IBAN's "**** **0A 20")?
 * Walking back through its run, the group and the characters before it must fit
 * in the {@link RESIDUE_DIGITS_MAX} kept characters, and before them stand mask
 * characters. Skipping residue is what makes redacting twice change nothing: the
 * kept digits cannot be read again as the start of a card, an expiry or a CVV.
 *
 * Markdown emphasis looks like residue, as "*" is also the mask character:
 * "**4111 1111 1111 1111**", "cvv **737**", "**cvv** 737". One or two marks
 * glued straight to the digits are emphasis when more digits follow than a
 * redaction keeps, or marks close the run (see {@link keptCharsAfter}); two
 * marks glued to a word before them are emphasis too.
 */
function isRedactionResidue(cursor: Cursor, group: DigitGroup, maskChars: string): boolean {
  let digits = group.digits.length
  let index = group.start - 1
  let gluedToMarks = false
  for (;;) {
    if (digits > RESIDUE_DIGITS_MAX) return false
    const gapStart = index
    while (gapStart - index < MAX_GAP_CHARS && isCardGapChar(cursor.code(index))) index--
    const code = cursor.code(index)
    if (isMaskChar(code, maskChars)) {
      gluedToMarks = index === gapStart
      break
    }
    if (!isKeptCode(code)) return false
    while (isKeptCode(cursor.code(index))) {
      // Over the budget: stop at once rather than walk back through a whole word.
      if (++digits > RESIDUE_DIGITS_MAX) return false
      index--
    }
  }
  const marksEnd = index
  let maskRun = 0
  while (maskRun < RESIDUE_MASK_CHARS_MIN) {
    const code = cursor.code(index)
    if (isMaskChar(code, maskChars)) maskRun++
    else if (!isCardGapChar(code)) break
    index--
  }
  if (maskRun < RESIDUE_MASK_CHARS_MIN) return false
  const before = cursor.code(index)
  // Marks glued to the digits: how many, right there ("**4111" two, "****1111" more)?
  let glued = 0
  while (glued <= MAX_EMPHASIS_MARKS && isMaskChar(cursor.code(marksEnd - glued), maskChars)) glued++
  // More masked characters just before them ("**** **** **** **9 6 …": a card's
  // hidden digits, at least 8) make them residue whatever follows; reading on
  // there could split the text differently from the pass that redacted it. A
  // Markdown bullet ("* **4111…**") is one mark more, not a masked number.
  if (gluedToMarks && glued <= MAX_EMPHASIS_MARKS && !hasMaskCharsBack(cursor, marksEnd, EMPHASIS_MARKS_MAX_IN_ROW + 1, maskChars)) {
    return digits + keptCharsAfter(cursor, group.end, RESIDUE_DIGITS_MAX - digits, maskChars) <= RESIDUE_DIGITS_MAX
  }
  // "**cvv** 737", "**CVV:** 737": marks that close a word or a label are
  // emphasis; a redaction's mask run of two is never glued to a letter or a colon
  // before it.
  const closesWord = (isKeptCode(before) && !isDigitCode(before)) || before === CharCode.Colon
  return glued > MAX_EMPHASIS_MARKS || !closesWord
}

/**
 * How many characters a mask policy may have kept follow the group ending at
 * `end` in the same run: letters or digits glued to it, and the digit groups
 * after it joined by card separators or a date's "/". Counted only until it
 * passes `budget`. What a policy keeps ends the text it masked, so mask
 * characters right after it make the run Markdown emphasis ("**737**",
 * "**12/27**"), not residue: that counts as over the budget.
 */
function keptCharsAfter(cursor: Cursor, end: number, budget: number, maskChars: string): number {
  let count = 0
  let index = end
  for (;;) {
    // A kept digit's marks are part of it ("1️⃣"): the gap after it starts after them.
    for (let code = cursor.code(index); isKeptCode(code); code = cursor.code(index)) {
      if (++count > budget) return count
      index = endOfCharAndMarks(cursor, index, code)
    }
    if (isMaskChar(cursor.code(index), maskChars)) return budget + 1
    let gapEnd = index
    while (gapEnd - index < MAX_GAP_CHARS && isCardGapChar(cursor.code(gapEnd))) gapEnd++
    if (gapEnd === index && cursor.code(index) === CharCode.Slash) gapEnd++
    if (gapEnd === index || !isDigitCode(cursor.code(gapEnd))) return count
    index = gapEnd
  }
}

/** A character a mask policy may leave visible: a digit, or an ASCII letter (an IBAN keeps "0A 20" of "…0A 20"). */
function isKeptCode(code: number): boolean {
  return isDigitCode(code) || (code >= CharCode.LowerA && code <= CharCode.LowerZ) || (code >= CharCode.UpperA && code <= CharCode.UpperZ)
}
