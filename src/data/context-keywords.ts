/**
 * Words that make a nearby number an expiry date or a CVV. Lower-case ASCII;
 * matched on word boundaries in the digit-free text beside a candidate.
 * Sources: the labels printed on cards and used by checkout forms (Visa "CVV2",
 * Mastercard "CVC2", Amex "CID", Discover "CID", JCB "CAV2", UnionPay "CVN2"),
 * and how customers write them in chat.
 */
export const EXPIRY_KEYWORD_PHRASES: readonly string[] = [
  'exp',
  'expiry',
  'expires',
  'expire',
  'expiring',
  'expiration',
  'exp date',
  'expiry date',
  'valid thru',
  'valid through',
  'valid until',
  'good thru',
  'good through',
  'mm/yy',
  'mm/yyyy',
  'end date',
]

export const CVV_KEYWORD_PHRASES: readonly string[] = [
  'cvv',
  'cvv2',
  'cvc',
  'cvc2',
  'cid',
  'csc',
  'cav2',
  'cvn2',
  'cvd',
  'security code',
  'security number',
  'card code',
  'verification code',
  'verification number',
  'digits on the back',
  'digit code on the back',
  'numbers on the back',
  'back of the card',
  'back of my card',
  'code on the back',
  'code on the front',
  'digit code',
  'code on back',
]

/**
 * Words allowed between a number and a keyword that follows it, so that
 * "737 is my cvv" counts but "room 123 and cvv 456" does not give 123 away.
 */
export const LINKING_WORDS: readonly string[] = [
  'is',
  'was',
  'are',
  'the',
  'my',
  'it',
  'its',
  "it's",
  'thats',
  "that's",
  'as',
  'for',
  'being',
  'when',
]

/** Month names and abbreviations for "Jan 2027"-style expiry dates, January first. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'january'],
  ['feb', 'february'],
  ['mar', 'march'],
  ['apr', 'april'],
  ['may'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
]

/**
 * Words a customer may glue straight onto a card number on a phone keyboard
 * ("card4111…", "cc4111…", "visa4111…"). Any other letters glued to digits make
 * an identifier ("ORD4111…", "INV5555…", hex, tracking numbers) and keep the
 * number out, so the list is short and names only cards.
 */
export const CARD_WORDS_GLUED_BEFORE: readonly string[] = [
  'card',
  'cardno',
  'cardnum',
  'cardnumber',
  'cc',
  'ccn',
  'ccnum',
  'pan',
  'visa',
  'mastercard',
  'mc',
  'amex',
  'discover',
  'debit',
  'credit',
  'number',
  'num',
  'no',
]

/** The one-word keywords of `phrases` as letters only ("cvv2" → "cvv"): the forms that can be glued to a number. */
function gluedForms(phrases: readonly string[]): string[] {
  const words = phrases.filter((phrase) => /^[a-z]+[0-9]*$/.test(phrase)).map((phrase) => phrase.replace(/[0-9]+$/, ''))
  return [...new Set(words)]
}

/** Expiry keywords that may be glued to a date or to the card before it ("exp1229", "…1111exp"). */
export const EXPIRY_WORDS_GLUED: readonly string[] = gluedForms(EXPIRY_KEYWORD_PHRASES)

/** CVV keywords that may be glued to the code or to the card before it ("cvv123", "…1111cvv"). */
export const CVV_WORDS_GLUED: readonly string[] = gluedForms(CVV_KEYWORD_PHRASES)
