/**
 * The issuer table: which card network owns which leading digits of a primary
 * account number (PAN), and how long that network's PANs are.
 *
 * ISO/IEC 7812-1 splits a PAN into an issuer identification number (IIN, the
 * first 6 or 8 digits), an account number and a Luhn check digit, 8 to 19 digits
 * in all. The registry of IINs is not public, so each row cites the public source
 * it was taken from; all were reviewed on 2026-11-24.
 *
 * Sources, cited by tag in the rows below:
 * - [WP] Wikipedia, "Payment card number", table "Issuer identification number
 *   (IIN)", as of the 2024-07-19 revision.
 * - [BT] braintree/credit-card-type, `src/lib/card-types.ts` (the table behind
 *   Braintree's and many checkout forms' brand detection).
 * - [CYBS] CyberSource developer guide, "Card Type Identification"
 *   (test-data / best practices), which lists six-digit ranges and lengths.
 * - [MC] Mastercard's 2-series announcement (2016): 222100–272099 are Mastercard.
 * - [RUPAY-LIST] the RuPay six-digit ranges copied by most Indian checkout
 *   scripts (508500–508999, 606985–607984, 608001–608500, 652150–653149). NPCI
 *   does not publish its BIN table; this list is the best public approximation.
 *
 * How a number is matched (`cardBrandOf` in `src/validators/iin.ts`):
 * 1. A row matches when the number's first `start.length` digits lie in
 *    `[start, end]` AND the number's length is one of the row's `lengths`.
 * 2. When several rows match, the one with the LONGEST prefix wins (the most
 *    specific). Networks are nested inside each other: Elo's 401178 sits inside
 *    Visa's 4, Verve's 650002–650027, Elo's 650031–… and RuPay's 6521–6522 inside
 *    Discover's 65, Discover's 622126–622925 inside UnionPay's 62. A range is
 *    only ever listed because it is an exception carved out of a broader one.
 * 3. Two rows of different brands with the SAME prefix length never overlap, so
 *    rule 2 never has to break a tie. `test/data/iin-ranges.test.ts` checks this.
 *
 * What is deliberately NOT in the table, and why:
 * - Nothing starts with 0, 1, 7 or 9 (except Troy's 9792) or 8 (except
 *   UnionPay's 81): 13-digit epoch-millisecond timestamps start with 1, and
 *   national account and phone numbers fill the rest. UATP (1), RuPay's 81/82 and
 *   Humo/UzCard (9860/8600) are left out for that reason.
 * - Visa is 13, 16 or 19 digits, never 12: a 12-digit phone number such as
 *   441234567890 must not be a Visa.
 * - Co-branded ranges that [WP] gives to two networks at once (RuPay's 353/356
 *   inside JCB, Troy's and RuPay's "65" inside Discover) keep the older owner;
 *   the card is still found, only the brand label differs.
 */
import type { CardBrand } from '../types.js'

/** One range of leading digits that a network issues, and its PAN lengths. */
export interface IinRange {
  readonly brand: CardBrand
  /**
   * First prefix of the range, as digits. `start` and `end` have the same
   * length, which is how many leading digits of a PAN this row looks at.
   */
  readonly start: string
  /** Last prefix of the range, inclusive. */
  readonly end: string
  /** Every total PAN length (check digit included) this range issues. */
  readonly lengths: readonly number[]
}

const LENGTHS_16 = [16] as const
const LENGTHS_16_TO_19 = [16, 17, 18, 19] as const
const LENGTHS_14_TO_19 = [14, 15, 16, 17, 18, 19] as const
const LENGTHS_12_TO_19 = [12, 13, 14, 15, 16, 17, 18, 19] as const

/**
 * Every known range, grouped by network. Order does not matter for matching
 * (see the rule above); it is kept by network for reading.
 *
 * @example
 * ```ts
 * import { IIN_RANGES } from './iin-ranges.js'
 * IIN_RANGES.filter((range) => range.brand === 'amex').map((range) => range.start) // ['34', '37']
 * ```
 */
export const IIN_RANGES: readonly IinRange[] = [
  // Visa: 4, 13/16/19 digits [WP]. 13 is legacy but still valid.
  { brand: 'visa', start: '4', end: '4', lengths: [13, 16, 19] },

  // Mastercard: 51–55 [WP]; 2221–2720 since 2016 [MC][WP]; 16 digits.
  { brand: 'mastercard', start: '51', end: '55', lengths: LENGTHS_16 },
  { brand: 'mastercard', start: '2221', end: '2720', lengths: LENGTHS_16 },

  // American Express: 34, 37; 15 digits [WP][CYBS].
  { brand: 'amex', start: '34', end: '34', lengths: [15] },
  { brand: 'amex', start: '37', end: '37', lengths: [15] },

  // Discover: 6011, 644–649, 65; 16–19 digits [WP]. 622126–622925 are UnionPay
  // cards co-branded for Discover acceptance [WP]; as the more specific range they
  // win over UnionPay's 62.
  { brand: 'discover', start: '6011', end: '6011', lengths: LENGTHS_16_TO_19 },
  { brand: 'discover', start: '644', end: '649', lengths: LENGTHS_16_TO_19 },
  { brand: 'discover', start: '65', end: '65', lengths: LENGTHS_16_TO_19 },
  { brand: 'discover', start: '622126', end: '622925', lengths: LENGTHS_16_TO_19 },

  // JCB: 3528–3589 [WP]; 16–19 digits [CYBS][BT].
  { brand: 'jcb', start: '3528', end: '3589', lengths: LENGTHS_16_TO_19 },

  // Diners Club: Carte Blanche 300–305, International 3095, 36, 38–39 [CYBS];
  // 14 digits classically, 14–19 for International [WP].
  { brand: 'diners', start: '300', end: '305', lengths: LENGTHS_14_TO_19 },
  { brand: 'diners', start: '3095', end: '3095', lengths: LENGTHS_14_TO_19 },
  { brand: 'diners', start: '36', end: '36', lengths: LENGTHS_14_TO_19 },
  { brand: 'diners', start: '38', end: '39', lengths: LENGTHS_14_TO_19 },

  // UnionPay: 62, 16–19 digits [WP]; the 81 series 8100–8171 [BT] (also routed
  // as 81000000–81719999 by Discover's acquirers, per Worldpay's card-format
  // appendix).
  { brand: 'unionpay', start: '62', end: '62', lengths: LENGTHS_16_TO_19 },
  { brand: 'unionpay', start: '8100', end: '8171', lengths: LENGTHS_16_TO_19 },

  // Maestro: 5018, 5020, 5038, 5893, 6304, 6759, 6761–6763; 12–19 digits [WP].
  // [BT] and [CYBS] claim all of 50 and 56–69; the narrow list keeps ordinary
  // 12–15 digit numbers starting with 5 or 6 from passing as cards.
  { brand: 'maestro', start: '5018', end: '5018', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '5020', end: '5020', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '5038', end: '5038', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '5893', end: '5893', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '6304', end: '6304', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '6759', end: '6759', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '6761', end: '6763', lengths: LENGTHS_12_TO_19 },

  // Mir: 2200–2204, 16–19 digits [WP][BT].
  { brand: 'mir', start: '2200', end: '2204', lengths: LENGTHS_16_TO_19 },

  // RuPay: 508 and 6521–6522 [WP]; 606985–607984, 608001–608500 and
  // 652150–653149 [RUPAY-LIST]; 16 digits [WP].
  { brand: 'rupay', start: '508', end: '508', lengths: LENGTHS_16 },
  { brand: 'rupay', start: '606985', end: '607984', lengths: LENGTHS_16 },
  { brand: 'rupay', start: '608001', end: '608500', lengths: LENGTHS_16 },
  { brand: 'rupay', start: '6521', end: '6522', lengths: LENGTHS_16 },
  { brand: 'rupay', start: '652150', end: '653149', lengths: LENGTHS_16 },

  // Elo (Brazil): 16 digits [BT]. Several ranges sit inside Visa's 4, UnionPay's
  // 62 and Discover's 65 and win there by being more specific.
  { brand: 'elo', start: '401178', end: '401179', lengths: LENGTHS_16 },
  { brand: 'elo', start: '431274', end: '431274', lengths: LENGTHS_16 },
  { brand: 'elo', start: '438935', end: '438935', lengths: LENGTHS_16 },
  { brand: 'elo', start: '451416', end: '451416', lengths: LENGTHS_16 },
  { brand: 'elo', start: '457393', end: '457393', lengths: LENGTHS_16 },
  { brand: 'elo', start: '457631', end: '457632', lengths: LENGTHS_16 },
  { brand: 'elo', start: '504175', end: '504175', lengths: LENGTHS_16 },
  { brand: 'elo', start: '506699', end: '506778', lengths: LENGTHS_16 },
  { brand: 'elo', start: '509000', end: '509999', lengths: LENGTHS_16 },
  { brand: 'elo', start: '627780', end: '627780', lengths: LENGTHS_16 },
  { brand: 'elo', start: '636297', end: '636297', lengths: LENGTHS_16 },
  { brand: 'elo', start: '636368', end: '636368', lengths: LENGTHS_16 },
  { brand: 'elo', start: '650031', end: '650033', lengths: LENGTHS_16 },
  { brand: 'elo', start: '650035', end: '650051', lengths: LENGTHS_16 },
  { brand: 'elo', start: '650405', end: '650439', lengths: LENGTHS_16 },
  { brand: 'elo', start: '650485', end: '650538', lengths: LENGTHS_16 },
  { brand: 'elo', start: '650541', end: '650598', lengths: LENGTHS_16 },
  { brand: 'elo', start: '650700', end: '650718', lengths: LENGTHS_16 },
  { brand: 'elo', start: '650720', end: '650727', lengths: LENGTHS_16 },
  { brand: 'elo', start: '650901', end: '650978', lengths: LENGTHS_16 },
  { brand: 'elo', start: '651652', end: '651679', lengths: LENGTHS_16 },
  { brand: 'elo', start: '655000', end: '655019', lengths: LENGTHS_16 },
  { brand: 'elo', start: '655021', end: '655058', lengths: LENGTHS_16 },

  // Verve (Nigeria): 506099–506198, 507865–507964, 650002–650027;
  // 16, 18 or 19 digits [WP].
  { brand: 'verve', start: '506099', end: '506198', lengths: [16, 18, 19] },
  { brand: 'verve', start: '507865', end: '507964', lengths: [16, 18, 19] },
  { brand: 'verve', start: '650002', end: '650027', lengths: [16, 18, 19] },

  // Troy (Turkey): 979200–979289, 16 digits [WP]. The only range starting with 9.
  { brand: 'troy', start: '979200', end: '979289', lengths: LENGTHS_16 },
]
