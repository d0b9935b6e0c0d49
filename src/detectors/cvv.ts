import { CVV_KEYWORD_PHRASES, CVV_KEYWORD_PHRASES_AFTER_CARD, CVV_WORDS_GLUED, EXPIRY_WORDS_GLUED } from '../data/context-keywords.js'
import { MAX_GAP_CHARS, MAX_PAN_DIGITS } from '../data/limits.js'
import { CharCode } from '../scanner/char-codes.js'
import { isCardSeparator, isCurrencySymbol, isIdentifierLetter } from '../scanner/char-classes.js'
import { KeywordSet, hasKeywordAfter, hasKeywordBefore, isMaskChar } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../scanner/digit-group.js'
import { gluedWordAfter, gluedWordBefore, isUnderscoreEmphasis } from '../scanner/glued-word.js'
import { cardNumberDetector } from './card-number.js'
import { isSeparatedExpiryAt } from './expiry-date.js'
import { AnswerBit, answerEndAt, isAnswering } from './answer-context.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { continuesIntoEmailAddress } from './email-local-part.js'
import { followsFinding } from './near-finding.js'

const CVV_KEYWORDS = new KeywordSet(CVV_KEYWORD_PHRASES)
const CVV_WORDS: ReadonlySet<string> = new Set(CVV_WORDS_GLUED)
/** "code", "kod", …: keywords only between the card (or expiry) and the code, "4111… code 123". */
const CVV_KEYWORDS_AFTER_CARD = new KeywordSet(CVV_KEYWORD_PHRASES_AFTER_CARD)
/** Keywords that may be glued after a code: its own ("123cvv") or the expiry's that follows ("cvv123exp12/29"). */
const WORDS_AFTER_CODE: ReadonlySet<string> = new Set([...CVV_WORDS_GLUED, ...EXPIRY_WORDS_GLUED])

/** Visa, Mastercard, Discover, JCB, UnionPay print 3 digits; Amex prints a 4-digit CID. */
const CVV_DIGITS = 3
const AMEX_CID_DIGITS = 4

/**
 * Card security codes (CVV2, CVC2, CID…): 3 digits (4 for Amex) that stand on
 * their own and have card context: a keyword before or after ("cvv 737",
 * "737 is the security code") or right after a card or expiry. "room 123",
 * "$123" and "promo code 123" are not CVVs.
 *
 * > | cvv: 737
 *          ^ offered here
 */
export const cvvDetector: Detector = {
  type: 'cvv',
  detectAt(group: DigitGroup, context: DetectorContext): Detection | undefined {
    const length = group.digits.length
    const { cursor } = context
    if (length !== CVV_DIGITS && length !== AMEX_CID_DIGITS) {
      return length === 1 && isAnswering(context, AnswerBit.Cvv, group.start) ? spacedCodeAt(cursor, group, context) : undefined
    }
    if (!standsAlone(cursor, group, context)) return undefined
    // The other party just asked for the code: "it's 123", a bare "123".
    if (isAnswering(context, AnswerBit.Cvv, group.start)) return { type: 'cvv', start: group.start, end: group.end, reason: 'answer', canonical: group.digits }

    const afterCard = followsFinding(context, group.start, ['card_number', 'expiry_date'])
    const lastBrand = context.memory.lastCardBrand
    let reason: string
    if (afterCard && (length === CVV_DIGITS || lastBrand === 'amex')) reason = 'after-card'
    else if (hasKeywordBefore(cursor, group.start, CVV_KEYWORDS, context.maskChars)) reason = 'keyword'
    else if ((length === CVV_DIGITS || lastBrand === 'amex') && hasKeywordSinceCard(cursor, group, context)) reason = 'after-card+keyword'
    else if (hasKeywordAfter(cursor, group.end, CVV_KEYWORDS, context.maskChars)) reason = 'keyword-after'
    else return undefined
    return { type: 'cvv', start: group.start, end: group.end, reason, canonical: group.digits }
  },
}

/**
 * A CVV is a number of its own: not glued to letters (but for its own keyword,
 * "cvv123", and Markdown's "_737_"), not an amount, a decimal or a "#123" reference, and not one group
 * of a longer number, except that it may follow the card or expiry it belongs to.
 */
function standsAlone(cursor: Cursor, group: DigitGroup, context: DetectorContext): boolean {
  const before = cursor.code(group.start - 1)
  if (before === CharCode.Underscore) {
    if (!isUnderscoreEmphasis(cursor, group.start - 1, -1)) return false
  } else if (isIdentifierLetter(before) && !CVV_WORDS.has(gluedWordBefore(cursor, group.start, lastFindingEnd(context)) ?? '')) return false
  if (isCurrencySymbol(before)) return false
  if (before === CharCode.Hash || before === CharCode.Plus) return false
  // "1.234", "12:30": the tail of a decimal or a time, unless the number before
  // the mark is the card or expiry this code belongs to ("4111…,12/29,123"), or
  // the digit is the end of a keyword ("CVV2:123").
  const markAfterDigit = before === CharCode.Dot || before === CharCode.Comma || before === CharCode.Colon
  if (markAfterDigit && isDigitCode(cursor.code(group.start - 2)) && !endsWordWithDigits(cursor, group.start - 2)) {
    const last = context.memory.lastFinding
    if (last === undefined || last.end - context.base !== group.start - 1) return false
  }
  const after = cursor.code(group.end)
  if (after === CharCode.Underscore) {
    if (!isUnderscoreEmphasis(cursor, group.end, 1)) return false
  } else if (isIdentifierLetter(after) && !WORDS_AFTER_CODE.has(gluedWordAfter(cursor, group.end) ?? '')) return false
  if (after === CharCode.Percent) return false
  // "cvv a-489@example.com": digits of an email's local part belong to the email.
  if (continuesIntoEmailAddress(cursor, group.end)) return false
  if ((after === CharCode.Dot || after === CharCode.Comma || after === CharCode.Colon) && isDigitCode(cursor.code(group.end + 1))) {
    return false
  }

  // Joined to a number before it: allowed only when that number was the finding it belongs to.
  let index = group.start - 1
  while (index >= group.start - MAX_GAP_CHARS && isCardSeparator(cursor.code(index))) index--
  // A digit at the end of a word ("cvv2 115") is part of the keyword, not a number.
  if (index < group.start - 1 && isDigitCode(cursor.code(index)) && !endsWordWithDigits(cursor, index)) {
    const last = context.memory.lastFinding
    if (last === undefined || last.end - context.base !== index + 1) return false
  }
  // Joined to a number after it: "123 456" is one longer number, unless that
  // number is a card ("cvv 737 4111 1111 1111 1111": the code, then the card)
  // or an expiry ("4111… 737 12/27": the card, the code, then the expiry).
  index = group.end
  while (index < group.end + MAX_GAP_CHARS && isCardSeparator(cursor.code(index))) index++
  // A number another finding has masked ("cvv 737 ***-***-****" was "… 408-247-8880"):
  // still a longer number, or redacting twice would find a CVV the first pass did not.
  if (index > group.end && isMaskChar(cursor.code(index), context.maskChars)) return false
  if (index === group.end || !isDigitCode(cursor.code(index))) return true
  // An answer ends with its message: the number after it answers something else.
  const answerEnd = answerEndAt(context, AnswerBit.Cvv, group.start)
  if (answerEnd >= 0 && index + context.base >= answerEnd) return true
  const next = readDigitGroup(cursor, index, MAX_PAN_DIGITS)
  return next !== undefined && (isSeparatedExpiryAt(next, context) || cardNumberDetector.detectAt(next, context) !== undefined)
}

/** Where the last card or expiry ends, as an index into the cursor's text ("…1111cvv123": the "cvv" is glued to it). */
function lastFindingEnd(context: DetectorContext): number | undefined {
  const last = context.memory.lastFinding
  return last === undefined ? undefined : last.end - context.base
}

/**
 * "4111… code 123", "4111… 12/29 security 123": a word too common to name the
 * code anywhere ("zip code 123", "promo code 123") does between the card or
 * expiry it follows and the code, with no other number between.
 */
function hasKeywordSinceCard(cursor: Cursor, group: DigitGroup, context: DetectorContext): boolean {
  const last = context.memory.lastFinding
  if (last === undefined || (last.type !== 'card_number' && last.type !== 'expiry_date')) return false
  return hasKeywordBefore(cursor, group.start, CVV_KEYWORDS_AFTER_CARD, context.maskChars, last.end - context.base)
}

/** Is the digit at `index` the tail of a word such as "cvv2" (digits glued to letters before them)? */
function endsWordWithDigits(cursor: Cursor, index: number): boolean {
  let at = index
  while (isDigitCode(cursor.code(at))) at--
  return isIdentifierLetter(cursor.code(at))
}

/**
 * "1 2 3", "1-2-3-4": a code answered one digit at a time, as a person reads it
 * off the card. Only as an answer to a question for the code; exactly 3 or 4
 * single digits, each gap one separator, and nothing digit-like around them.
 */
function spacedCodeAt(cursor: Cursor, first: DigitGroup, context: DetectorContext): Detection | undefined {
  // One digit of a longer number ("4 1 1 1 …"), unless that number was the card this code follows.
  if (isDigitCode(cursor.code(first.start - 2)) && isCardSeparator(cursor.code(first.start - 1))) {
    const last = context.memory.lastFinding
    if (last === undefined || last.end - context.base !== first.start - 1) return undefined
  }
  if (isIdentifierLetter(cursor.code(first.start - 1))) return undefined
  let digits = first.digits
  let end = first.end
  while (digits.length <= AMEX_CID_DIGITS && isCardSeparator(cursor.code(end)) && isDigitCode(cursor.code(end + 1))) {
    const next = readDigitGroup(cursor, end + 1, 1)
    if (next === undefined) return undefined
    digits += next.digits
    end = next.end
  }
  if (digits.length !== CVV_DIGITS && digits.length !== AMEX_CID_DIGITS) return undefined
  if (isIdentifierLetter(cursor.code(end)) || isDigitCode(cursor.code(end))) return undefined
  return { type: 'cvv', start: first.start, end, reason: 'answer+spaced', canonical: digits }
}
