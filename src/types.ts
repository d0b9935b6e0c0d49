/**
 * The shapes every layer shares. Nothing here holds a detected value: a
 * {@link Finding} says *where* and *what kind*, never the characters themselves.
 */

/** Every kind of sensitive data chatmask can find. */
export type FindingType =
  | 'card_number'
  | 'expiry_date'
  | 'cvv'
  | 'phone'
  | 'email'
  | 'iban'
  | 'uk_nino'
  | 'us_ssn'

/** Payment-card networks known to the issuer table in `src/data/iin-ranges.ts`. */
export type CardBrand =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'jcb'
  | 'diners'
  | 'unionpay'
  | 'maestro'
  | 'mir'
  | 'rupay'
  | 'elo'
  | 'verve'
  | 'troy'

/**
 * One piece of sensitive data found in the input.
 *
 * Offsets are half-open UTF-16 code-unit offsets `[start, end)` into the text the
 * caller passed (absolute across all chunks of a stream), so
 * `input.slice(start, end)` is the span that was replaced.
 */
export interface Finding {
  readonly type: FindingType
  readonly start: number
  readonly end: number
  /** Card network, for `card_number` findings. */
  readonly brand?: CardBrand
  /**
   * Why it was flagged, as `+`-joined evidence: `luhn+iin` for a card,
   * `keyword` / `after-card` / `after-expiry` for an expiry or CVV, and so on.
   */
  readonly reason: string
}

/** The result of redacting one whole text. */
export interface RedactionResult {
  /** The text with every finding replaced according to its policy. */
  readonly text: string
  /** What was found, in order of `start`. */
  readonly findings: readonly Finding[]
}
