import { CARD_KEYWORD_PHRASES, CARD_WORDS_GLUED_BEFORE, CVV_WORDS_GLUED, EXPIRY_WORDS_GLUED } from '../data/context-keywords.js'
import { MAX_CARD_GAP_CHARS, MAX_GAP_CHARS, MAX_PAN_DIGITS, MIN_PAN_DIGITS } from '../data/limits.js'
import { CharCode } from '../scanner/char-codes.js'
import {
  isCardGapChar,
  isCardSeparator,
  isDigitDecoration,
  isIdentifierLetter,
  isInvisibleFormatChar,
  isLineBreak,
  isWhitespace,
} from '../scanner/char-classes.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../scanner/digit-group.js'
import { gluedWordAfter, gluedWordBefore, isUnderscoreEmphasis } from '../scanner/glued-word.js'
import { KeywordSet, hasKeywordBefore } from '../scanner/context.js'
import { cardBrandOf, cardLengthsStartingLike } from '../validators/iin.js'
import { isLuhnValid } from '../validators/luhn.js'
import { AnswerBit, isAnswering } from './answer-context.js'
import type { Detection, Detector, DetectorContext } from './detector.js'

/** A digit group and what the gap that led to it held (nothing, for the first group). */
interface GroupInRun {
  readonly group: DigitGroup
  readonly dotGap: boolean
  readonly lineBreakGap: boolean
  /** The weak separator in the gap ("/", ",", "_", "|", "+"), or 0. */
  readonly weak: number
  /** The first mark of the gap, or a space for a gap of spaces only: which separator joined the group. */
  readonly kind: number
}

/** The groups that could make one card, and whether more digits follow them than a card can hold. */
interface CardRun {
  readonly groups: readonly GroupInRun[]
  readonly digitsGoOn: boolean
  /** When the digits go on: the separator kind of the gap before the group that did not fit. */
  readonly moreKind: number
  /** The cursor it was read through: a run is reused only within the scan that read it. */
  readonly cursor: Cursor
  /** How many digits its groups hold. */
  readonly digitCount: number
}

/**
 * Payment card numbers (PANs), checked in order: shape (whole digit groups,
 * 12–19 digits, consistent separators) → context (not after "+", not glued to
 * letters, not a decimal or an amount) → issuer prefix and length → Luhn; in card
 * context (a card word before it, an answer to a question for the card) Luhn
 * alone. A card inside a URL is masked in place like any other: a Luhn-valid
 * number with an issuer's prefix and length there is far more likely card data
 * pasted from a checkout link than an order id, and a miss is a leak.
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
    if (!isPlausibleCardStart(cursor, first, context)) return undefined
    // Most digit groups in chat (times, prices, order numbers) stand alone and are
    // too short to be a card: leave before reading any further.
    if (first.digits.length < MIN_PAN_DIGITS && !mayContinueCard(cursor.code(first.end))) return undefined

    const cardRun = readCardRunReusing(context, first)
    context.scratch.cardRun = cardRun
    const { groups: run, digitsGoOn, moreKind } = cardRun
    // "2 people", "12 34": a short run is decided before anything is built for it.
    if (!digitsGoOn && cardRun.digitCount < MIN_PAN_DIGITS) return undefined
    let digits = ''
    const counts: number[] = []
    for (const { group } of run) {
      digits += group.digits
      counts.push(digits.length)
    }
    const windows: RunWindows = { digits, counts, lengthMask: digits.length < MIN_PAN_DIGITS ? 0 : cardLengthsStartingLike(digits) }
    // The issuer table decides first. In card context ("card 6799 …", an answer
    // to "your card number?") a Luhn-valid number is a card whatever its prefix:
    // the table can never be complete, and there a miss is a leak.
    const kinds = run.map((item) => item.kind)
    if (digitsGoOn) kinds.push(moreKind)
    const found = windows.lengthMask === 0 ? undefined : longestCardIn(cursor, run, windows, digitsGoOn, kinds, false)
    if (found !== undefined && found.end === (run[run.length - 1] as GroupInRun).group.end) return found
    if (digits.length < MIN_PAN_DIGITS) return found
    const inContext = isAnswering(context, AnswerBit.Card, first.start) || hasKeywordBefore(cursor, first.start, CARD_KEYWORDS, context.maskChars)
    if (!inContext) return found
    const anyPrefix = longestCardIn(cursor, run, windows, digitsGoOn, kinds, true)
    // "card 9100 0000 0000 0000 18": a listed 16-digit prefix and a Luhn-valid
    // 18-digit whole. Keeping the last four of the shorter reading would show
    // middle digits of the longer, so in card context the longer one is taken
    // and hidden whole.
    if (found === undefined || anyPrefix === undefined || anyPrefix.end <= found.end) return found ?? anyPrefix
    return { ...anyPrefix, reason: `${anyPrefix.reason}+ambiguous-length`, hideAll: true }
  },
}

const CARD_KEYWORDS = new KeywordSet(CARD_KEYWORD_PHRASES)

/** The digits of a run and where each group ends in them: window `last` is the first `counts[last]` digits. */
interface RunWindows {
  readonly digits: string
  readonly counts: readonly number[]
  /** Bit `n` set when some issuer whose prefix the run starts with gives out `n`-digit PANs. */
  readonly lengthMask: number
}

function windowDigits(windows: RunWindows, last: number): string {
  return windows.digits.slice(0, windows.counts[last])
}

/**
 * The longest window of `run` from its first group that is a card, as a
 * detection. `anyPrefix`: card context says it is a card, so only Luhn and the
 * shape decide (the finding's reason says `luhn+context`).
 */
function longestCardIn(
  cursor: Cursor,
  run: readonly GroupInRun[],
  windows: RunWindows,
  digitsGoOn: boolean,
  kinds: readonly number[],
  anyPrefix: boolean,
): Detection | undefined {
  const first = (run[0] as GroupInRun).group
  const evidence = anyPrefix ? 'luhn+context' : 'luhn+iin'
  // Longest first: a 19-digit card must not be reported as its 16-digit prefix.
  let longerAcrossLineBreak = false
  for (let last = run.length - 1; last >= 0; last--) {
    if (startsNumberOfItsOwn(run, kinds, last)) continue
    if (!isValidCardWindow(cursor, run, windows, last, anyPrefix)) continue
    if (cutsNumberOnNextLine(cursor, run, windows, last, digitsGoOn, anyPrefix)) {
      longerAcrossLineBreak = true
      continue
    }
    const canonical = windowDigits(windows, last)
    // "4111 1111 1111 1111 110": a 16-digit card and its CVV, or a 19-digit card?
    // Both pass Luhn 1 time in 10. Keeping "last four" of either reading could
    // show the CVV or middle digits of the other, so such a card is hidden whole.
    // The same holds for a card cut at a line break while a longer one ran on.
    const ambiguousTail = endsWithCvvGroup(run, last) && isValidCardWindow(cursor, run, windows, last - 1, anyPrefix)
    const ambiguous = ambiguousTail || longerAcrossLineBreak
    const reason = ambiguousTail ? `${evidence}+ambiguous-tail` : longerAcrossLineBreak ? `${evidence}+ambiguous-line-break` : evidence
    const brand = cardBrandOf(canonical)
    return {
      type: 'card_number',
      start: first.start,
      end: (run[last] as GroupInRun).group.end,
      ...(brand !== undefined ? { brand } : {}),
      reason,
      canonical,
      ...(ambiguous ? { hideAll: true } : {}),
    }
  }
  return undefined
}

/** Is `run[0..last]` a card: 12–19 digits, consistent separators, plausible end, known issuer (unless `anyPrefix`), Luhn? */
function isValidCardWindow(cursor: Cursor, run: readonly GroupInRun[], windows: RunWindows, last: number, anyPrefix: boolean): boolean {
  if (last < 0) return false
  const count = windows.counts[last] as number
  if (count < MIN_PAN_DIGITS || count > MAX_PAN_DIGITS) return false
  // Cheapest and most selective first: on digit-dense text most windows have
  // a length no issuer of their prefix gives out, decided without a string.
  if (!anyPrefix && (windows.lengthMask & (1 << count)) === 0) return false
  const candidate = windowDigits(windows, last)
  if (!anyPrefix && cardBrandOf(candidate) === undefined) return false
  if (!isLuhnValid(candidate)) return false
  if (!hasConsistentSeparators(run, last)) return false
  return isPlausibleCardEnd(cursor, (run[last] as GroupInRun).group, isThousandsGrouped(run, last)) && !endsInsideWeakSequence(cursor, run, last)
}

/**
 * Is `run[0..last]` written as an amount's thousands ("1 234 567 890 123",
 * French-style, whose comma then starts the decimals): a first group of at most
 * three digits and exactly three in every other? A card's groups are not.
 */
function isThousandsGrouped(run: readonly GroupInRun[], last: number): boolean {
  if ((run[0] as GroupInRun).group.digits.length > THOUSANDS_GROUP_DIGITS) return false
  for (let index = 1; index <= last; index++) if ((run[index] as GroupInRun).group.digits.length !== THOUSANDS_GROUP_DIGITS) return false
  return true
}

/**
 * A card written with a weak separator ends where that separator stops
 * ("4222+2222+2222+2" is the 13-digit Visa, not a 12-digit card and a "2"),
 * unless what follows is its expiry or code: a group of 2–4 digits
 * ("4111,1111,1111,1111,12/29", "…/1111/123").
 */
function endsInsideWeakSequence(cursor: Cursor, run: readonly GroupInRun[], last: number): boolean {
  const weak = last > 0 ? (run[last] as GroupInRun).weak : 0
  if (weak === 0) return false
  const next = run[last + 1]
  if (next !== undefined) return next.weak === weak && next.group.digits.length < MONTH_DIGITS_MAX
  // The run stopped there: a group that did not fit, or none.
  const end = (run[last] as GroupInRun).group.end
  return cursor.code(end) === weak && isDigitCode(cursor.code(end + 1)) && !isDigitCode(cursor.code(end + 2))
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
  windows: RunWindows,
  last: number,
  digitsGoOn: boolean,
  anyPrefix: boolean,
): boolean {
  if (last === run.length - 1 && !digitsGoOn) return false
  let lineBreakAt = last
  while (lineBreakAt > 0 && !(run[lineBreakAt] as GroupInRun).lineBreakGap) lineBreakAt--
  return lineBreakAt > 0 && isValidCardWindow(cursor, run, windows, lineBreakAt - 1, anyPrefix)
}

/** Two dots at least: one dot between digits is a decimal or a version. */
const MIN_DOT_GAPS = 2

/**
 * When one run of digits is two numbers: a card window may not end inside a
 * sequence of {@link OWN_NUMBER_MIN_GROUPS} or more groups joined by hyphens or
 * dots (how phone numbers are written) that began after another separator.
 * "4155550123 408-247-8880" is a number and then a phone, not a 13-digit card
 * "4155550123 408" (Luhn-valid by chance) followed by "-247-8880"; nor is
 * "650-209-7861 415-996-…" a card that ends at "996". A card and its expiry
 * ("… 0194 12-29") have only two groups after the change.
 * `kinds[i]` is the separator kind before group `i` (and, when the digits go
 * on, before the group that did not fit).
 */
function startsNumberOfItsOwn(run: readonly GroupInRun[], kinds: readonly number[], last: number): boolean {
  const next = kinds[last + 1]
  if (next !== CharCode.HyphenMinus && next !== CharCode.Dot) return false
  // The first group of the sequence the next group belongs to.
  let first = last
  while (first > 0 && kinds[first] === next) first--
  // The card itself is written with these separators ("4111-1111-1111-1111-1227").
  if (first === 0) return false
  let end = last + 1
  while (end + 1 < kinds.length && kinds[end + 1] === next) end++
  if (end - first + 1 < OWN_NUMBER_MIN_GROUPS) return false
  // "…1111/12/27", "…0194-12-29": a month after the card is its expiry, not a new number.
  const following = run[last + 1]
  return !(first === last && following !== undefined && following.group.digits.length < OWN_NUMBER_MIN_FIRST_DIGITS)
}

/** The second group of a number of its own has a phone's three digits or more ("408-247-8880"). */
const OWN_NUMBER_MIN_FIRST_DIGITS = 3

/** A phone or an SSN written in three groups ("408-247-8880") is the shortest number that claims its groups. */
const OWN_NUMBER_MIN_GROUPS = 3

/** A CVV is written as a group of its own: three digits after a gap. */
const CVV_GROUP_DIGITS = 3

function endsWithCvvGroup(run: readonly GroupInRun[], last: number): boolean {
  return last > 0 && (run[last] as GroupInRun).group.digits.length === CVV_GROUP_DIGITS
}

/**
 * Reads the groups that could continue a card from `first`, until the digits
 * would pass {@link MAX_PAN_DIGITS} or the run ends. A gap between two groups is
 * at most {@link MAX_CARD_GAP_CHARS} characters, of which at most
 * {@link MAX_GAP_CHARS} are marks (dashes, dots, a line break, a weak separator):
 * the rest are spaces and characters that take no room on screen, so
 * "4111    1111" (aligned text) and "4111\u200b\u200b\u200b\u200b1111" are one
 * card, "4111 -- 1111" too. At most one line break per gap ("\r\n" is one): a
 * blank line ends the run, as two paragraphs are two numbers. A first group in
 * parentheses, "(4111) 1111 …", reads on past its ")".
 */
function readCardRun(
  cursor: Cursor,
  first: DigitGroup,
  run: GroupInRun[] = [{ group: first, dotGap: false, lineBreakGap: false, weak: 0, kind: 0 }],
  total = first.digits.length,
  from = first.end,
): CardRun {
  let index = from
  if (run.length === 1 && cursor.code(index) === CharCode.RightParenthesis && cursor.code(first.start - 1) === CharCode.LeftParenthesis) index++
  for (;;) {
    let gapEnd = index
    let dotGap = false
    let lineBreaks = 0
    let marks = 0
    let weak = 0
    let kind = 0
    while (gapEnd - index <= MAX_CARD_GAP_CHARS) {
      const code = cursor.code(gapEnd)
      if (isWeakCardSeparator(code)) {
        if (weak !== 0) break
        weak = code
      } else if (!isCardGapChar(code) && !isOtherCardGapChar(code)) break
      if (code === CharCode.Dot) dotGap = true
      // The "\n" of "\r\n" ends the same line as its "\r".
      else if (isAnyLineBreak(code) && !(code === CharCode.LineFeed && cursor.code(gapEnd - 1) === CharCode.CarriageReturn)) lineBreaks++
      if (!isQuietGapChar(code)) {
        marks++
        if (kind === 0) kind = code
      }
      gapEnd++
    }
    const gapLength = gapEnd - index
    if (gapLength === 0 || gapLength > MAX_CARD_GAP_CHARS || marks > MAX_GAP_CHARS || lineBreaks > 1) break
    // A dot joins card groups only on its own: "4111.1111…", never "4111 . 1111".
    if (dotGap && gapLength !== 1) break
    if (!isDigitCode(cursor.code(gapEnd))) break
    const group = readDigitGroup(cursor, gapEnd, MAX_PAN_DIGITS - total)
    // More digits than a card can hold: the run stops, but the digits go on.
    if (group === undefined) return { groups: run, digitsGoOn: true, moreKind: kind === 0 ? CharCode.Space : kind, cursor, digitCount: total }
    run.push({ group, dotGap, lineBreakGap: lineBreaks > 0, weak, kind: kind === 0 ? CharCode.Space : kind })
    total += group.digits.length
    index = group.end
  }
  return { groups: run, digitsGoOn: false, moreKind: 0, cursor, digitCount: total }
}

/** Can a card's next group follow a group that ends before `code`? */
function mayContinueCard(code: number): boolean {
  return isCardGapChar(code) || isWeakCardSeparator(code) || code === CharCode.RightParenthesis || isOtherCardGapChar(code)
}

/**
 * Characters that only the card detector reads as a gap, found where people
 * and software put them between a card's groups: bullets and middle dots
 * ("4111•1111•…", "4111·1111", the katakana "・" and the ideographic full stop
 * "。" of Japanese and Chinese input), the invisible operators (U+2061–U+2064)
 * and the Hangul fillers that render as nothing, and the Unicode line and
 * paragraph separators and NEL (line breaks of their own).
 */
function isOtherCardGapChar(code: number): boolean {
  switch (code) {
    case CharCode.MiddleDot:
    case CharCode.Bullet:
    case CharCode.HyphenationPoint:
    case CharCode.BulletOperator:
    case CharCode.KatakanaMiddleDot:
    case CharCode.HalfwidthKatakanaMiddleDot:
    case CharCode.IdeographicFullStop:
      return true
    default:
      return isAnyLineBreak(code) || isInvisibleFiller(code)
  }
}

/** The invisible operators and the Hangul fillers: they render as nothing, so they widen a gap without marking it. */
function isInvisibleFiller(code: number): boolean {
  return (
    (code >= CharCode.FirstInvisibleOperator && code <= CharCode.LastInvisibleOperator) ||
    code === CharCode.HangulFiller ||
    code === CharCode.HalfwidthHangulFiller
  )
}

/** A line break, including the Unicode line and paragraph separators and NEL. */
function isAnyLineBreak(code: number): boolean {
  return isLineBreak(code) || code === CharCode.LineSeparator || code === CharCode.ParagraphSeparator || code === CharCode.NextLine
}

/**
 * The run from `first`, reusing the run read for the previous candidate when
 * `first` was its second group: the scanner offers the groups of one run one
 * after another ("4 1 1 1 …", "1 1 1 …"), and without this each would re-read
 * the next eighteen groups, 19× the work on digit-dense and adversarial text.
 * A run's gaps after its first group read the same whichever group it starts
 * at, so the suffix is exactly what a fresh read would give; only a run that
 * stopped because the digits passed {@link MAX_PAN_DIGITS} reads on.
 */
function readCardRunReusing(context: DetectorContext, first: DigitGroup): CardRun {
  const previous = context.scratch.cardRun as CardRun | undefined
  const second = previous?.groups[1]
  if (previous === undefined || second === undefined || second.group.start !== first.start || previous.cursor !== context.cursor) {
    return readCardRun(context.cursor, first)
  }
  const groups = previous.groups.slice(1)
  groups[0] = { group: first, dotGap: false, lineBreakGap: false, weak: 0, kind: 0 }
  const total = previous.digitCount - (previous.groups[0] as GroupInRun).group.digits.length
  if (!previous.digitsGoOn) return { groups, digitsGoOn: false, moreKind: 0, cursor: context.cursor, digitCount: total }
  const last = groups[groups.length - 1] as GroupInRun
  return readCardRun(context.cursor, first, groups, total, last.group.end)
}

/** Spaces and characters that take no room on screen: they widen a gap without marking it. */
function isQuietGapChar(code: number): boolean {
  return (
    code === CharCode.Space ||
    code === CharCode.Tab ||
    isInvisibleFormatChar(code) ||
    isDigitDecoration(code) ||
    (isWhitespace(code) && !isLineBreak(code)) ||
    isInvisibleFiller(code)
  )
}

/**
 * Marks that join card groups only when a whole card is written with them:
 * "4111/1111/1111/1111", "4111,1111,1111,1111", "4111_1111_…", "4111|1111|…",
 * "4111+1111+…" (a form-encoded space). Elsewhere they join dates, amounts,
 * identifiers and sums, so {@link hasConsistentSeparators} asks more of them.
 */
function isWeakCardSeparator(code: number): boolean {
  return (
    code === CharCode.Slash || code === CharCode.Comma || code === CharCode.Underscore || code === CharCode.VerticalLine || code === CharCode.Plus
  )
}

/**
 * No dots between groups, or at least two: "0.25" and "1.5 2" are not cards;
 * "4111.1111.1111.1111" is, and stays one when a space creeps in (a dotted card
 * split over two messages is joined with a space). A weak separator (see
 * {@link isWeakCardSeparator}) must stand in every gap, the same one, between
 * groups of three digits or more, in three groups or more, and commas between
 * groups of exactly three digits are an amount ("123,456,789,012").
 */
function hasConsistentSeparators(run: readonly GroupInRun[], last: number): boolean {
  let dots = 0
  const weak = last > 0 ? (run[1] as GroupInRun).weak : 0
  let thousands = true
  let shortGroup = (run[0] as GroupInRun).group.digits.length < WEAK_SEPARATOR_MIN_GROUP_DIGITS
  let dashes = 0
  for (let index = 1; index <= last; index++) {
    const item = run[index] as GroupInRun
    if (item.dotGap) dots++
    else if (item.kind !== CharCode.Space) dashes++
    if (item.weak !== weak) return false
    if (item.group.digits.length !== THOUSANDS_GROUP_DIGITS) thousands = false
    // The last group may be short: "4222+2222+2222+2" is a 13-digit Visa.
    if (index < last && item.group.digits.length < WEAK_SEPARATOR_MIN_GROUP_DIGITS) shortGroup = true
  }
  const groups = last + 1
  if (weak !== 0 && (groups < WEAK_SEPARATOR_MIN_GROUPS || shortGroup || (weak === CharCode.Comma && thousands))) return false
  // "3583.9426 3345-0194", "6524-4890.3315-7974": in four groups or more a lone
  // dot is one separator among several, not a decimal point ("1.5 2" has two).
  // "3782.822463-10005": a dot beside a dash in an Amex's three groups is a separator too.
  return dots === 0 || dots >= MIN_DOT_GAPS || groups >= MIXED_SEPARATOR_MIN_GROUPS || (groups >= WEAK_SEPARATOR_MIN_GROUPS && dashes > 0)
}

/** A card written with a weak separator has at least three groups of at least three digits ("3782/822463/10005"). */
const WEAK_SEPARATOR_MIN_GROUPS = 3
const WEAK_SEPARATOR_MIN_GROUP_DIGITS = 3

/** The fewest groups in which a single dot may stand among other separators. */
const MIXED_SEPARATOR_MIN_GROUPS = 4

/** What may stand right before a card's first digit. */
function isPlausibleCardStart(cursor: Cursor, first: DigitGroup, context: DetectorContext): boolean {
  const start = first.start
  const before = cursor.code(start - 1)
  // "+44 20 3908 5000": digits after a plus sign are a phone number (E.164),
  // and so are the groups right after its country code ("+43 463 9955651444").
  if (before === CharCode.Plus || followsPlusGroup(cursor, start)) return false
  // "a716-4466…", "order_4111…", "ORD4111…": part of an identifier, hex or a
  // UUID, unless the letters are a card word typed without a space ("card4111…")
  // or the underscores of Markdown emphasis ("_4111…_", "__4111…__").
  if (before === CharCode.Underscore) return isUnderscoreEmphasis(cursor, start - 1, -1)
  if (isIdentifierLetter(before)) return CARD_WORDS_BEFORE.has(gluedWordBefore(cursor, start) ?? '')
  // "0.250750683890174": the tail of a decimal.
  if (before === CharCode.Dot) return !isDigitCode(cursor.code(start - 2))
  // "1,234,567", "1,4111…": the tail of an amount or a decimal comma, whose
  // integer part is a group of at most three digits. After a longer number the
  // comma is a list: "4111111111111111,5500…" is two cards.
  // A comma right after the previous card or code is a list ("…1111 003,5555 …").
  if (before === CharCode.Comma) return !endsThousandsGroup(cursor, start - 1) || endsLastFinding(context, start - 1)
  return true
}

/** Is the group before `start`, across one card gap, written right after a "+"? */
function followsPlusGroup(cursor: Cursor, start: number): boolean {
  let index = start - 1
  while (start - index <= MAX_GAP_CHARS && isCardSeparator(cursor.code(index))) index--
  if (index === start - 1 || !isDigitCode(cursor.code(index))) return false
  let digits = 0
  while (digits <= MAX_COUNTRY_CODE_DIGITS && isDigitCode(cursor.code(index))) {
    index--
    digits++
  }
  return digits <= MAX_COUNTRY_CODE_DIGITS && cursor.code(index) === CharCode.Plus
}

/** Does the last finding end at `index` (into the cursor's text)? */
function endsLastFinding(context: DetectorContext, index: number): boolean {
  const last = context.memory.lastFinding
  return last !== undefined && last.end - context.base === index
}

/** ITU-T E.164: a country calling code has one to three digits. */
const MAX_COUNTRY_CODE_DIGITS = 3

/** An amount's digit groups between thousands separators have at most three digits ("1,234,567"). */
const THOUSANDS_GROUP_DIGITS = 3

/** Does a group of 1–{@link THOUSANDS_GROUP_DIGITS} digits end just before `index`? */
function endsThousandsGroup(cursor: Cursor, index: number): boolean {
  let digits = 0
  while (digits <= THOUSANDS_GROUP_DIGITS && isDigitCode(cursor.code(index - 1 - digits))) digits++
  return digits > 0 && digits <= THOUSANDS_GROUP_DIGITS
}

const CARD_WORDS_BEFORE: ReadonlySet<string> = new Set(CARD_WORDS_GLUED_BEFORE)
const CARD_WORDS_AFTER: ReadonlySet<string> = new Set([...EXPIRY_WORDS_GLUED, ...CVV_WORDS_GLUED])

/** A month is one or two digits: the most a card's last group can share with a date after it. */
const MONTH_DIGITS_MAX = 2

/** What may stand right after a card's last digit group. */
function isPlausibleCardEnd(cursor: Cursor, last: DigitGroup, thousandsGrouped: boolean): boolean {
  const end = last.end
  const after = cursor.code(end)
  // "…1111abc" is an identifier; "…1111exp 12/29" and "…1111cvv 123" are a card and its keyword.
  if (after === CharCode.Underscore) return isUnderscoreEmphasis(cursor, end, 1)
  if (isIdentifierLetter(after)) return CARD_WORDS_AFTER.has(gluedWordAfter(cursor, end) ?? '')
  // "…1111.25" or "…1111,25": the number goes on as a decimal or an amount;
  // "…1117 12/27": a last group of one or two digits is the month of an expiry
  // date, not card digits. A longer group before a slash ends the card:
  // "4111111111111111/12/29" is a card and its expiry.
  // A comma goes on into an amount only after a group an amount can have
  // ("1,234"): "4111111111111111,12/29,123" is a card, its expiry and its code.
  const slashAfterMonth = after === CharCode.Slash && last.digits.length <= MONTH_DIGITS_MAX
  const commaInAmount = after === CharCode.Comma && last.digits.length <= THOUSANDS_GROUP_DIGITS && thousandsGrouped
  const continues = after === CharCode.Dot || commaInAmount || slashAfterMonth
  return !(continues && isDigitCode(cursor.code(end + 1)))
}
