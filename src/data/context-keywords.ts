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
