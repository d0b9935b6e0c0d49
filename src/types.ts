/**
 * The shapes every layer shares. Nothing here holds a detected value: a
 * {@link Finding} says *where* and *what kind*, never the characters themselves.
 */

/** Every kind of sensitive data chatmask can find.  * @example
 * ```ts
 * import { createRedactor, type FindingType } from 'chatmask'
 * const types: FindingType[] = createRedactor().redact('cvv 123').findings.map((finding) => finding.type)
 * // types → ['cvv']
 * ```
 */
export type FindingType =
  | 'card_number'
  | 'expiry_date'
  | 'cvv'
  | 'phone'
  | 'email'
  | 'iban'
  | 'uk_nino'
  | 'us_ssn'

/** Payment-card networks known to the issuer table in `src/data/iin-ranges.ts`.  * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * createRedactor().redact('3782 822463 10005').findings[0]?.brand // 'amex'
 * ```
 */
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
  | 'uatp'
  | 'dankort'
  | 'bankcard'
  | 'switch'
  | 'solo'
  | 'laser'
  | 'instapayment'
  | 'interpayment'
  | 'korean_local'
  | 'bc_global'
  | 'hipercard'
  | 'borica'
  | 'lankapay'
  | 'humo'
  | 'uzcard'
  | 'ukrcard'
  | 'napas'
  | 'china_tunion'
  | 'gpn'
  | 'nps_pridnestrovie'
  | 'enroute'
  | 'visa_electron'

/**
 * One piece of sensitive data found in the input.
 *
 * Offsets are half-open UTF-16 code-unit offsets `[start, end)` into the text the
 * caller passed (absolute across all chunks of a stream), so
 * `input.slice(start, end)` is the span that was replaced.
 * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * const { findings } = createRedactor().redact('pay 4111111111111111')
 * // findings → [{ type: 'card_number', start: 4, end: 20, brand: 'visa', reason: 'luhn+iin' }]
 * ```
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

/** The result of redacting one whole text.  * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * const result = createRedactor().redact('no card here')
 * // result → { text: 'no card here', findings: [] }
 * ```
 */
export interface RedactionResult {
  /** The text with every finding replaced according to its policy. */
  readonly text: string
  /** What was found, in order of `start`. */
  readonly findings: readonly Finding[]
}
