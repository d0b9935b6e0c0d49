/**
 * The issuer table: which card network owns which leading digits of a primary
 * account number (PAN), and how long that network's PANs are.
 *
 * ISO/IEC 7812-1 splits a PAN into an issuer identification number (IIN, the
 * first 6 or 8 digits), an account number and a Luhn check digit, 8 to 19 digits
 * in all. The registry of IINs is not public, so each row cites the public source
 * it was taken from. All were reviewed on 2026-11-24; the table was completed
 * (UATP, the national and defunct schemes, Maestro's catch-all) on 2026-12-04
 * from the sources below, each read as stored on that day.
 *
 * Sources, cited by tag in the rows below:
 * - [WP] Wikipedia, "Payment card number", table "Issuer identification number
 *   (IIN)". The 2024-07-19 revision for the first rows. For the rows added on
 *   2026-12-04 the table was read through copies that quote it: the wikitext
 *   diffs that d-edge/Cardizer files as issues for each edit of the table
 *   (#132 BORICA, #175 NPS Pridnestrovie (2023-03-26), #196 GPN 18 and 19 digits
 *   (2023-12-14), #205 UzCard 5614 (2024-03-29), #258 LankaPay (2025-11-27)),
 *   d-edge/Cardidy `src/DEdge.Cardidy/Model/Cards.cs` ("Based on
 *   https://en.wikipedia.org/wiki/Payment_card_number"), and the ldapwiki.com
 *   copy of the table (2024-11-29) for the defunct UK, Irish and Australian
 *   schemes. Where these disagree, the later edit wins.
 * - [BT] braintree/credit-card-type, `src/lib/card-types.ts` (the table behind
 *   Braintree's and many checkout forms' brand detection), commit 0bac61c0.
 * - [CYBS] CyberSource developer guide, "Card Type Identification"
 *   (test-data / best practices), which lists six-digit ranges and lengths.
 * - [MC] Mastercard's 2-series announcement (2016): 222100–272099 are Mastercard.
 * - [RUPAY-LIST] the RuPay six-digit ranges copied by most Indian checkout
 *   scripts (508500–508999, 606985–607984, 608001–608500, 652150–653149). NPCI
 *   does not publish its BIN table; this list is the best public approximation.
 * - [CC-REGEX] "Credit Card Regex Patterns" (gist michaelkeevildown/9096cd3a…,
 *   last active 2024-07-14, and its many forks): the only public source for BC
 *   Global (6541, 6556, 16 digits) and Korean local cards (9, 16 digits), also
 *   named as DLP patterns by Fortinet FortiCASB 23.2 ("Financial Information");
 *   and for JCB's legacy 15-digit 1800 and 2131.
 * - [BIN-CC] renatovico/bin-cc, the Brazilian table started as gist
 *   erikhenrique/5931368 (2013) and the "BINs for Brazilian cards" gists built on
 *   it: Hipercard 38…/60…, 13, 16 or 19 digits; 384100, 384140, 384160, 606282.
 *   Collected from real cards, not from the networks (they say so).
 * - [NAPAS] the Vietnamese domestic card BINs 9704xx (VietQR bank list, pub.dev
 *   `vietqr_gen` `Bank` enum) and their 16 or 19 digits (gist hungtrn75/c1dfd5cb,
 *   2019, card patterns `napas-*`).
 * - [E164] ITU-T E.164: an international phone number has at most 15 digits,
 *   country code included.
 *
 * How a number is matched (`cardBrandOf` in `src/validators/iin.ts`):
 * 1. A row matches when the number's first `start.length` digits lie in
 *    `[start, end]` AND the number's length is one of the row's `lengths`.
 * 2. When several rows match, the one with the LONGEST prefix wins (the most
 *    specific). Networks are nested inside each other: Elo's 401178 sits inside
 *    Visa's 4, Verve's 650002–650027, Elo's 650031–… and RuPay's 6521–6522 inside
 *    Discover's 65, Discover's 622126–622925 inside UnionPay's 62, UnionPay's
 *    8100–8171 inside RuPay's 81, Troy's 9792 inside the Korean local 9. A range
 *    is only ever listed because it is an exception carved out of a broader one.
 * 3. Two rows of different brands with the SAME prefix length never match the
 *    same PAN: their prefixes do not overlap, or (once: RuPay's 60 at 16 digits,
 *    Maestro's 60 at 17–19) their lengths do not. So rule 2 never has to break a
 *    tie. `test/data/iin-ranges.test.ts` checks this.
 *
 * What is deliberately NOT in the table, and why:
 * - Nothing starts with 0 or 7: no network publishes such a range.
 * - Numbers starting with 1 are cards only at 15 digits (UATP, JCB's legacy
 *   1800) or 16, 18 and 19 digits (GPN's 1946), never at 13: an epoch-millisecond
 *   timestamp has 13 digits and starts with 1 from 2001 to 2033. Epoch
 *   microseconds (16 digits) and nanoseconds (19) start with 17 now, not 1946.
 * - Numbers starting with 8 or 9 are cards only at 16 digits or more (RuPay 81
 *   and 82, UnionPay 8100–8171, UzCard 8600, the Korean local 9, Troy, Humo,
 *   Napas): no phone number is that long [E164], and national account numbers
 *   such as STAR's 13-digit 9931939443153 stay out.
 * - Maestro's catch-all 50 and 56–69 [WP, older revisions][BT][CYBS] only at
 *   16–19 digits. At 12–15 digits only Maestro's named ranges count: a phone
 *   number written without its "+" (Malaysia 60, Australia 61, Indonesia 62,
 *   Philippines 63, Chile 56, …) has at most 15 digits [E164], an IMEI has 15
 *   and is Luhn-valid by design, and one in ten phone numbers passes Luhn. In
 *   the SGD corpus below, "+61 1300 633 462" is such a number: a 12–19 digit
 *   catch-all would make its digits a Maestro card (the detector skips digits
 *   after "+", other tools that read the table may not). The catch-all leaves
 *   out 62 and 65 (UnionPay and Discover issue the same lengths there).
 * - Visa is 13, 16 or 19 digits, never 12: a 12-digit phone number such as
 *   441234567890 must not be a Visa. No row with a one- or two-digit prefix
 *   accepts 12 digits.
 * - Co-branded ranges that a source gives to two networks at once keep the row
 *   that was there first; the card is still found, only the brand label
 *   differs: RuPay's 353 and 356 (inside JCB's 3528–3589), RuPay's and Troy's 65
 *   and Troy's 65xxxx list (inside Discover's 65), Switch's 6759 and Laser's 6304
 *   (Maestro's), and GPN's 50, 56, 58 and 60–63 (Maestro's, RuPay's and
 *   UnionPay's rows).
 * - Cardguard EAD BG ILS (5392): no public source with its lengths was found;
 *   its 16-digit cards are Mastercard 51–55 anyway.
 * - Diners Club enRoute (2014, 2149) has no Luhn check digit [WP]; the card
 *   detector asks for Luhn, so only the tenth of enRoute numbers that happen to
 *   pass it are found. UnionPay's cards without a Luhn digit are missed likewise.
 *
 * Measured on the shared corpora (SGD dev+test, 88,494 utterances; STAR, 36,053),
 * every 12–19 digit run (digit groups joined by one space or dash) through
 * `cardBrandOf` + Luhn, before → after the 2026-12-04 completion: SGD 86 runs, 2
 * Luhn-valid, 0 → 0 cards (both Luhn-valid runs are 12-digit phone numbers
 * written after "+": 61… and 44…); STAR 27 runs, 27 Luhn-valid, 0 → 0 cards
 * (all 27 are 9931939443153: 13 digits is no length a 9… row issues). The pci
 * redactor's card findings on both files: 0 → 0.
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

const LENGTHS_15 = [15] as const
const LENGTHS_16 = [16] as const
const LENGTHS_16_19 = [16, 19] as const
const LENGTHS_13_16_19 = [13, 16, 19] as const
const LENGTHS_16_18_19 = [16, 18, 19] as const
const LENGTHS_16_TO_19 = [16, 17, 18, 19] as const
const LENGTHS_17_TO_19 = [17, 18, 19] as const
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
  { brand: 'visa', start: '4', end: '4', lengths: LENGTHS_13_16_19 },

  // Mastercard: 51–55 [WP]; 2221–2720 since 2016 [MC][WP]; 16 digits.
  { brand: 'mastercard', start: '51', end: '55', lengths: LENGTHS_16 },
  { brand: 'mastercard', start: '2221', end: '2720', lengths: LENGTHS_16 },

  // American Express: 34, 37; 15 digits [WP][CYBS].
  { brand: 'amex', start: '34', end: '34', lengths: LENGTHS_15 },
  { brand: 'amex', start: '37', end: '37', lengths: LENGTHS_15 },

  // Discover: 6011, 644–649, 65; 16–19 digits [WP]. 622126–622925 are UnionPay
  // cards co-branded for Discover acceptance [WP]; as the more specific range they
  // win over UnionPay's 62.
  { brand: 'discover', start: '6011', end: '6011', lengths: LENGTHS_16_TO_19 },
  { brand: 'discover', start: '644', end: '649', lengths: LENGTHS_16_TO_19 },
  { brand: 'discover', start: '65', end: '65', lengths: LENGTHS_16_TO_19 },
  { brand: 'discover', start: '622126', end: '622925', lengths: LENGTHS_16_TO_19 },

  // JCB: 3528–3589 [WP]; 16–19 digits [CYBS][BT].
  { brand: 'jcb', start: '3528', end: '3589', lengths: LENGTHS_16_TO_19 },
  // The legacy 15-digit 1800 and 2131 [CC-REGEX][BT].
  { brand: 'jcb', start: '1800', end: '1800', lengths: LENGTHS_15 },
  { brand: 'jcb', start: '2131', end: '2131', lengths: LENGTHS_15 },

  // Diners Club: Carte Blanche 300–305, International 3095, 36, 38–39 [CYBS];
  // 14 digits classically, 14–19 for International [WP].
  { brand: 'diners', start: '300', end: '305', lengths: LENGTHS_14_TO_19 },
  { brand: 'diners', start: '3095', end: '3095', lengths: LENGTHS_14_TO_19 },
  { brand: 'diners', start: '36', end: '36', lengths: LENGTHS_14_TO_19 },
  { brand: 'diners', start: '38', end: '39', lengths: LENGTHS_14_TO_19 },

  // UnionPay: 62, 16–19 digits [WP]; the 81 series 8100–8171 [BT] (also routed
  // as 81000000–81719999 by Discover's acquirers, per Worldpay's card-format
  // appendix), inside RuPay's 81.
  { brand: 'unionpay', start: '62', end: '62', lengths: LENGTHS_16_TO_19 },
  { brand: 'unionpay', start: '8100', end: '8171', lengths: LENGTHS_16_TO_19 },

  // Maestro: 5018, 5020, 5038, 5893, 6304, 6759, 6761–6763; 12–19 digits [WP].
  // Only these named ranges count at 12–15 digits, which keeps ordinary 12–15
  // digit numbers starting with 5 or 6 from passing as cards.
  { brand: 'maestro', start: '5018', end: '5018', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '5020', end: '5020', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '5038', end: '5038', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '5893', end: '5893', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '6304', end: '6304', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '6759', end: '6759', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '6761', end: '6763', lengths: LENGTHS_12_TO_19 },
  // Maestro UK: 676770, 676774 (inside Solo's 6767) [WP].
  { brand: 'maestro', start: '676770', end: '676770', lengths: LENGTHS_12_TO_19 },
  { brand: 'maestro', start: '676774', end: '676774', lengths: LENGTHS_12_TO_19 },
  // The catch-all 50 and 56–69 [WP, older revisions][BT][CYBS], at 16–19 digits
  // only (see "NOT in the table" above), without 62 (UnionPay) and 65 (Discover)
  // and with 60 at 17–19 only (RuPay issues the 16-digit ones there).
  { brand: 'maestro', start: '50', end: '50', lengths: LENGTHS_16_TO_19 },
  { brand: 'maestro', start: '56', end: '59', lengths: LENGTHS_16_TO_19 },
  { brand: 'maestro', start: '60', end: '60', lengths: LENGTHS_17_TO_19 },
  { brand: 'maestro', start: '61', end: '61', lengths: LENGTHS_16_TO_19 },
  { brand: 'maestro', start: '63', end: '64', lengths: LENGTHS_16_TO_19 },
  { brand: 'maestro', start: '66', end: '69', lengths: LENGTHS_16_TO_19 },

  // Mir: 2200–2204, 16–19 digits [WP][BT].
  { brand: 'mir', start: '2200', end: '2204', lengths: LENGTHS_16_TO_19 },

  // RuPay: 508, 60, 6521–6522, 81 and 82 [WP]; 606985–607984, 608001–608500 and
  // 652150–653149 [RUPAY-LIST]; 16 digits [WP]. UnionPay's 8100–8171 and the
  // ranges of other networks inside 60 are more specific and win.
  { brand: 'rupay', start: '508', end: '508', lengths: LENGTHS_16 },
  { brand: 'rupay', start: '606985', end: '607984', lengths: LENGTHS_16 },
  { brand: 'rupay', start: '608001', end: '608500', lengths: LENGTHS_16 },
  { brand: 'rupay', start: '6521', end: '6522', lengths: LENGTHS_16 },
  { brand: 'rupay', start: '652150', end: '653149', lengths: LENGTHS_16 },
  { brand: 'rupay', start: '60', end: '60', lengths: LENGTHS_16 },
  { brand: 'rupay', start: '81', end: '82', lengths: LENGTHS_16 },

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
  { brand: 'verve', start: '506099', end: '506198', lengths: LENGTHS_16_18_19 },
  { brand: 'verve', start: '507865', end: '507964', lengths: LENGTHS_16_18_19 },
  { brand: 'verve', start: '650002', end: '650027', lengths: LENGTHS_16_18_19 },

  // Troy (Turkey): 979200–979289, 16 digits [WP]; inside the Korean local 9.
  { brand: 'troy', start: '979200', end: '979289', lengths: LENGTHS_16 },

  // UATP (airlines' Universal Air Travel Plan): MII 1, 15 digits [WP]. Never 13,
  // the length of an epoch-millisecond timestamp.
  { brand: 'uatp', start: '1', end: '1', lengths: LENGTHS_15 },

  // Visa Electron: 4026, 417500, 4508, 4844, 4913, 4917; 16 digits [WP].
  { brand: 'visa_electron', start: '4026', end: '4026', lengths: LENGTHS_16 },
  { brand: 'visa_electron', start: '417500', end: '417500', lengths: LENGTHS_16 },
  { brand: 'visa_electron', start: '4508', end: '4508', lengths: LENGTHS_16 },
  { brand: 'visa_electron', start: '4844', end: '4844', lengths: LENGTHS_16 },
  { brand: 'visa_electron', start: '4913', end: '4913', lengths: LENGTHS_16 },
  { brand: 'visa_electron', start: '4917', end: '4917', lengths: LENGTHS_16 },

  // Dankort (Denmark): 5019, and 4571 co-branded with Visa; 16 digits [WP].
  { brand: 'dankort', start: '4571', end: '4571', lengths: LENGTHS_16 },
  { brand: 'dankort', start: '5019', end: '5019', lengths: LENGTHS_16 },

  // Switch (UK, became Maestro UK): 4903, 4905, 4911, 4936, 564182, 633110, 6333;
  // 16, 18 or 19 digits [WP]. Its 6759 is Maestro's row.
  { brand: 'switch', start: '4903', end: '4903', lengths: LENGTHS_16_18_19 },
  { brand: 'switch', start: '4905', end: '4905', lengths: LENGTHS_16_18_19 },
  { brand: 'switch', start: '4911', end: '4911', lengths: LENGTHS_16_18_19 },
  { brand: 'switch', start: '4936', end: '4936', lengths: LENGTHS_16_18_19 },
  { brand: 'switch', start: '564182', end: '564182', lengths: LENGTHS_16_18_19 },
  { brand: 'switch', start: '633110', end: '633110', lengths: LENGTHS_16_18_19 },
  { brand: 'switch', start: '6333', end: '6333', lengths: LENGTHS_16_18_19 },

  // Solo (UK, withdrawn 2011): 6334, 6767; 16, 18 or 19 digits [WP].
  { brand: 'solo', start: '6334', end: '6334', lengths: LENGTHS_16_18_19 },
  { brand: 'solo', start: '6767', end: '6767', lengths: LENGTHS_16_18_19 },

  // Laser (Ireland, withdrawn 2014): 6706, 6709, 6771; 16–19 digits [WP]. Its
  // 6304 is Maestro's row.
  { brand: 'laser', start: '6706', end: '6706', lengths: LENGTHS_16_TO_19 },
  { brand: 'laser', start: '6709', end: '6709', lengths: LENGTHS_16_TO_19 },
  { brand: 'laser', start: '6771', end: '6771', lengths: LENGTHS_16_TO_19 },

  // Bankcard (Australia, withdrawn 2006): 5610, 560221–560225; 16 digits [WP].
  { brand: 'bankcard', start: '5610', end: '5610', lengths: LENGTHS_16 },
  { brand: 'bankcard', start: '560221', end: '560225', lengths: LENGTHS_16 },

  // InterPayment 636, 16–19 digits; InstaPayment 637–639, 16 digits [WP].
  // Elo's 636297 and 636368 sit inside InterPayment.
  { brand: 'interpayment', start: '636', end: '636', lengths: LENGTHS_16_TO_19 },
  { brand: 'instapayment', start: '637', end: '639', lengths: LENGTHS_16 },

  // Korean local cards: 9, 16 digits [CC-REGEX]. Troy's 9792, Humo's 9860 and
  // Napas's 9704 are more specific.
  { brand: 'korean_local', start: '9', end: '9', lengths: LENGTHS_16 },

  // BC Global (Korea): 6541, 6556; 16 digits [CC-REGEX]; inside Discover's 65.
  { brand: 'bc_global', start: '6541', end: '6541', lengths: LENGTHS_16 },
  { brand: 'bc_global', start: '6556', end: '6556', lengths: LENGTHS_16 },

  // Hipercard (Brazil): 606282 [BT]; 384100, 384140, 384160 (inside Diners'
  // 38) [BIN-CC]; 13, 16 or 19 digits [BIN-CC].
  { brand: 'hipercard', start: '384100', end: '384100', lengths: LENGTHS_13_16_19 },
  { brand: 'hipercard', start: '384140', end: '384140', lengths: LENGTHS_13_16_19 },
  { brand: 'hipercard', start: '384160', end: '384160', lengths: LENGTHS_13_16_19 },
  { brand: 'hipercard', start: '606282', end: '606282', lengths: LENGTHS_13_16_19 },

  // BORICA (Bulgaria): 2205, 16 digits [WP]; next to Mir's 2200–2204.
  { brand: 'borica', start: '2205', end: '2205', lengths: LENGTHS_16 },

  // LankaPay (Sri Lanka): 357111, co-branded with JCB; 16 digits [WP].
  { brand: 'lankapay', start: '357111', end: '357111', lengths: LENGTHS_16 },

  // Humo (Uzbekistan): 9860; UzCard: 8600 and 5614; 16 digits [WP].
  { brand: 'humo', start: '9860', end: '9860', lengths: LENGTHS_16 },
  { brand: 'uzcard', start: '5614', end: '5614', lengths: LENGTHS_16 },
  { brand: 'uzcard', start: '8600', end: '8600', lengths: LENGTHS_16 },

  // UkrCard (Ukraine): 60400100–60420099, 16–19 digits [WP].
  { brand: 'ukrcard', start: '60400100', end: '60420099', lengths: LENGTHS_16_TO_19 },

  // NPS Pridnestrovie: 6054740–6054744, 16 digits [WP].
  { brand: 'nps_pridnestrovie', start: '6054740', end: '6054744', lengths: LENGTHS_16 },

  // Napas (Vietnam): 9704, 16 or 19 digits [NAPAS].
  { brand: 'napas', start: '9704', end: '9704', lengths: LENGTHS_16_19 },

  // China T-Union (transport cards): 31, 19 digits [WP].
  { brand: 'china_tunion', start: '31', end: '31', lengths: [19] },

  // GPN (Indonesia's national network): 1946; 16, 18 or 19 digits [WP].
  { brand: 'gpn', start: '1946', end: '1946', lengths: LENGTHS_16_18_19 },

  // Diners Club enRoute (withdrawn 1992): 2014, 2149; 15 digits, no Luhn digit
  // [WP] (see "NOT in the table" above).
  { brand: 'enroute', start: '2014', end: '2014', lengths: LENGTHS_15 },
  { brand: 'enroute', start: '2149', end: '2149', lengths: LENGTHS_15 },
]
