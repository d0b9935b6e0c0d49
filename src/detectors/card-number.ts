import { CARD_WORDS_GLUED_BEFORE, CVV_WORDS_GLUED, EXPIRY_WORDS_GLUED } from '../data/context-keywords.js'
import { MAX_GAP_CHARS, MAX_PAN_DIGITS, MIN_PAN_DIGITS } from '../data/limits.js'
import { CharCode } from '../scanner/char-codes.js'
import { isCardGapChar, isIdentifierLetter, isLineBreak } from '../scanner/char-classes.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../scanner/digit-group.js'
import { gluedWordAfter, gluedWordBefore, isUnderscoreEmphasis } from '../scanner/glued-word.js'
import { isInsideUrl } from '../scanner/url.js'
import { cardBrandOf } from '../validators/iin.js'
import { isLuhnValid } from '../validators/luhn.js'
import type { CardBrand } from '../types.js'
import type { Detection, Detector, DetectorContext } from './detector.js'

/** A digit group and what the gap that led to it held (nothing, for the first group). */
interface GroupInRun {
  readonly group: DigitGroup
  readonly dotGap: boolean
  readonly lineBreakGap: boolean
}

/** The groups that could make one card, and whether more digits follow them than a card can hold. */
interface CardRun {
  readonly groups: readonly GroupInRun[]
  readonly digitsGoOn: boolean
}

/**
 * Payment card numbers (PANs), checked in order: shape (whole digit groups,
 * 12–19 digits, consistent separators) → context (not after "+", not glued to
 * letters, not a decimal, not in a URL) → issuer prefix and length → Luhn.
 *
 * A card is made of whole digit groups starting at the group offered, and the
 * longest valid one wins, so "4111 1111 1111 1111 1227" is a card followed by an
 * expiry, and two cards in a row are two findings.
 *
 * > | pay 4111 1111 1111 1111 now
 *         ^ offered here; the walk reads to "now" to see the run has ended
 */
export const cardNumberDetector: Detector = {
  type: 'card_number',
  detectAt(first: DigitGroup, context: DetectorContext): Detection | undefined {
    const { cursor } = context
    if (first.digits.length > MAX_PAN_DIGITS) return undefined
    if (!isPlausibleCardStart(cursor, first.start)) return undefined
    // Most digit groups in chat (times, prices, order numbers) stand alone and are
    // too short to be a card: leave before reading any further.
    if (first.digits.length < MIN_PAN_DIGITS && !isCardGapChar(cursor.code(first.end))) return undefined

    const { groups: run, digitsGoOn } = readCardRun(cursor, first)
    let digits = ''
    const prefixes: string[] = []
    for (const { group } of run) {
      digits += group.digits
      prefixes.push(digits)
    }
    // Longest first: a 19-digit card must not be reported as its 16-digit prefix.
    let longerAcrossLineBreak = false
    for (let last = run.length - 1; last >= 0; last--) {
      if (!isValidCardWindow(cursor, run, prefixes, last)) continue
      if (cutsNumberOnNextLine(cursor, run, prefixes, last, digitsGoOn)) {
        longerAcrossLineBreak = true
        continue
      }
      // Checked last, as it reads furthest back and a valid card is rare.
      if (isInsideUrl(cursor, first.start)) return undefined
      const canonical = prefixes[last] as string
      // "4111 1111 1111 1111 110": a 16-digit card and its CVV, or a 19-digit card?
      // Both pass Luhn 1 time in 10. Keeping "last four" of either reading could
      // show the CVV or middle digits of the other, so such a card is hidden whole.
      // The same holds for a card cut at a line break while a longer one ran on.
      const ambiguousTail = endsWithCvvGroup(run, last) && isValidCardWindow(cursor, run, prefixes, last - 1)
      const ambiguous = ambiguousTail || longerAcrossLineBreak
      const reason = ambiguousTail ? 'luhn+iin+ambiguous-tail' : longerAcrossLineBreak ? 'luhn+iin+ambiguous-line-break' : 'luhn+iin'
      return {
        type: 'card_number',
        start: first.start,
        end: (run[last] as GroupInRun).group.end,
        brand: cardBrandOf(canonical) as CardBrand,
        reason,
        canonical,
        ...(ambiguous ? { hideAll: true } : {}),
      }
    }
    return undefined
  },
}

/** Is `run[0..last]` a card: 12–19 digits, consistent separators, plausible end, known issuer, Luhn? */
function isValidCardWindow(cursor: Cursor, run: readonly GroupInRun[], prefixes: readonly string[], last: number): boolean {
  if (last < 0) return false
  const candidate = prefixes[last] as string
  if (candidate.length < MIN_PAN_DIGITS || candidate.length > MAX_PAN_DIGITS) return false
  if (!hasConsistentSeparators(run.slice(0, last + 1))) return false
  if (!isPlausibleCardEnd(cursor, (run[last] as GroupInRun).group)) return false
  return cardBrandOf(candidate) !== undefined && isLuhnValid(candidate)
}

/**
 * "6516 5215 2221 6331⏎4 3 1 2 7 4 …": a card, then another card on the next
 * line. A window that crosses the line break and stops before the digits end
 * would take the head of the next line's number as its own last digits, and
 * leave the rest of that number visible. So when the digits before the break are
 * a card on their own, the break ends the card there (hidden whole: a 19-digit
 * card wrapped before its last three digits reads the same way, and its "last
 * four" would be middle digits); the next line is then scanned as a number of
 * its own. A card wrapped over two lines ends where the digits end
 * ("4111 1111 1111⏎1111 exp …") and is not affected.
 */
function cutsNumberOnNextLine(
  cursor: Cursor,
  run: readonly GroupInRun[],
  prefixes: readonly string[],
  last: number,
  digitsGoOn: boolean,
): boolean {
  if (last === run.length - 1 && !digitsGoOn) return false
  let lineBreakAt = last
  while (lineBreakAt > 0 && !(run[lineBreakAt] as GroupInRun).lineBreakGap) lineBreakAt--
  return lineBreakAt > 0 && isValidCardWindow(cursor, run, prefixes, lineBreakAt - 1)
}

/** Two dots at least: one dot between digits is a decimal or a version. */
const MIN_DOT_GAPS = 2

/** A CVV is written as a group of its own: three digits after a gap. */
const CVV_GROUP_DIGITS = 3

function endsWithCvvGroup(run: readonly GroupInRun[], last: number): boolean {
  return last > 0 && (run[last] as GroupInRun).group.digits.length === CVV_GROUP_DIGITS
}

/**
 * Reads the groups that could continue a card from `first`: each joined by
 * 1–{@link MAX_GAP_CHARS} separators, with at most one line break among them
 * ("\r\n" is one), until the digits would pass {@link MAX_PAN_DIGITS} or the run
 * ends. A blank line ends the run: two paragraphs are two numbers.
 */
function readCardRun(cursor: Cursor, first: DigitGroup): CardRun {
  const run: GroupInRun[] = [{ group: first, dotGap: false, lineBreakGap: false }]
  let total = first.digits.length
  let index = first.end
  for (;;) {
    let gapEnd = index
    let dotGap = false
    let lineBreaks = 0
    while (gapEnd - index <= MAX_GAP_CHARS) {
      const code = cursor.code(gapEnd)
      if (!isCardGapChar(code)) break
      if (code === CharCode.Dot) dotGap = true
      // The "\n" of "\r\n" ends the same line as its "\r".
      else if (isLineBreak(code) && !(code === CharCode.LineFeed && cursor.code(gapEnd - 1) === CharCode.CarriageReturn)) lineBreaks++
      gapEnd++
    }
    const gapLength = gapEnd - index
    if (gapLength === 0 || gapLength > MAX_GAP_CHARS || lineBreaks > 1) break
    // A dot joins card groups only on its own: "4111.1111…", never "4111 . 1111".
    if (dotGap && gapLength !== 1) break
    if (!isDigitCode(cursor.code(gapEnd))) break
    const group = readDigitGroup(cursor, gapEnd, MAX_PAN_DIGITS - total)
    // More digits than a card can hold: the run stops, but the digits go on.
    if (group === undefined) return { groups: run, digitsGoOn: true }
    run.push({ group, dotGap, lineBreakGap: lineBreaks > 0 })
    total += group.digits.length
    index = group.end
  }
  return { groups: run, digitsGoOn: false }
}

/**
 * No dots between groups, or at least two: "0.25" and "1.5 2" are not cards;
 * "4111.1111.1111.1111" is, and stays one when a space creeps in (a dotted card
 * split over two messages is joined with a space).
 */
function hasConsistentSeparators(window: readonly GroupInRun[]): boolean {
  let dots = 0
  for (let index = 1; index < window.length; index++) {
    if ((window[index] as GroupInRun).dotGap) dots++
  }
  return dots === 0 || dots >= MIN_DOT_GAPS
}

/**
 * What may stand right before a card's first digit. (A URL is checked too, but
 * only once a valid card is found: "https://shop.example/orders/4111…" is an ID.)
 */
function isPlausibleCardStart(cursor: Cursor, start: number): boolean {
  const before = cursor.code(start - 1)
  // "+44 20 3908 5000": digits after a plus sign are a phone number (E.164).
  if (before === CharCode.Plus) return false
  // "a716-4466…", "order_4111…", "ORD4111…": part of an identifier, hex or a
  // UUID, unless the letters are a card word typed without a space ("card4111…")
  // or the underscores of Markdown emphasis ("_4111…_", "__4111…__").
  if (before === CharCode.Underscore) return isUnderscoreEmphasis(cursor, start - 1, -1)
  if (isIdentifierLetter(before)) return CARD_WORDS_BEFORE.has(gluedWordBefore(cursor, start) ?? '')
  // "0.250750683890174", "1,234…": the tail of a decimal or a grouped amount.
  return !((before === CharCode.Dot || before === CharCode.Comma) && isDigitCode(cursor.code(start - 2)))
}

const CARD_WORDS_BEFORE: ReadonlySet<string> = new Set(CARD_WORDS_GLUED_BEFORE)
const CARD_WORDS_AFTER: ReadonlySet<string> = new Set([...EXPIRY_WORDS_GLUED, ...CVV_WORDS_GLUED])

/** A month is one or two digits: the most a card's last group can share with a date after it. */
const MONTH_DIGITS_MAX = 2

/** What may stand right after a card's last digit group. */
function isPlausibleCardEnd(cursor: Cursor, last: DigitGroup): boolean {
  const end = last.end
  const after = cursor.code(end)
  // "…1111abc" is an identifier; "…1111exp 12/29" and "…1111cvv 123" are a card and its keyword.
  if (after === CharCode.Underscore) return isUnderscoreEmphasis(cursor, end, 1)
  if (isIdentifierLetter(after)) return CARD_WORDS_AFTER.has(gluedWordAfter(cursor, end) ?? '')
  // "…1111.25" or "…1111,25": the number goes on as a decimal or an amount;
  // "…1117 12/27": a last group of one or two digits is the month of an expiry
  // date, not card digits. A longer group before a slash ends the card:
  // "4111111111111111/12/29" is a card and its expiry.
  const slashAfterMonth = after === CharCode.Slash && last.digits.length <= MONTH_DIGITS_MAX
  const continues = after === CharCode.Dot || after === CharCode.Comma || slashAfterMonth
  return !(continues && isDigitCode(cursor.code(end + 1)))
}
