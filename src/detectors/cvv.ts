import { CVV_KEYWORD_PHRASES, CVV_WORDS_GLUED } from '../data/context-keywords.js'
import { MAX_GAP_CHARS, MAX_PAN_DIGITS } from '../data/limits.js'
import { CharCode } from '../scanner/char-codes.js'
import { isCardSeparator, isCurrencySymbol, isIdentifierLetter } from '../scanner/char-classes.js'
import { KeywordSet, hasKeywordAfter, hasKeywordBefore, isMaskChar } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../scanner/digit-group.js'
import { gluedWordBefore, isUnderscoreEmphasis } from '../scanner/glued-word.js'
import { cardNumberDetector } from './card-number.js'
import { isSeparatedExpiryAt } from './expiry-date.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { continuesIntoEmailAddress } from './email-local-part.js'
import { followsFinding } from './near-finding.js'

const CVV_KEYWORDS = new KeywordSet(CVV_KEYWORD_PHRASES)
const CVV_WORDS: ReadonlySet<string> = new Set(CVV_WORDS_GLUED)

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
    if (length !== CVV_DIGITS && length !== AMEX_CID_DIGITS) return undefined
    const { cursor } = context
    if (!standsAlone(cursor, group, context)) return undefined

    const afterCard = followsFinding(context, group.start, ['card_number', 'expiry_date'])
    const lastBrand = context.memory.lastCardBrand
    let reason: string
    if (afterCard && (length === CVV_DIGITS || lastBrand === 'amex')) reason = 'after-card'
    else if (hasKeywordBefore(cursor, group.start, CVV_KEYWORDS, context.maskChars)) reason = 'keyword'
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
  } else if (isIdentifierLetter(before) && !CVV_WORDS.has(gluedWordBefore(cursor, group.start) ?? '')) return false
  if (isCurrencySymbol(before)) return false
  if (before === CharCode.Hash || before === CharCode.Plus) return false
  if ((before === CharCode.Dot || before === CharCode.Comma || before === CharCode.Colon) && isDigitCode(cursor.code(group.start - 2))) {
    return false
  }
  const after = cursor.code(group.end)
  if (after === CharCode.Underscore ? !isUnderscoreEmphasis(cursor, group.end, 1) : isIdentifierLetter(after)) return false
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
  const next = readDigitGroup(cursor, index, MAX_PAN_DIGITS)
  return next !== undefined && (isSeparatedExpiryAt(next, context) || cardNumberDetector.detectAt(next, context) !== undefined)
}

/** Is the digit at `index` the tail of a word such as "cvv2" (digits glued to letters before them)? */
function endsWordWithDigits(cursor: Cursor, index: number): boolean {
  let at = index
  while (isDigitCode(cursor.code(at))) at--
  return isIdentifierLetter(cursor.code(at))
}
