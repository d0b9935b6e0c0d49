import { cardNumberDetector } from './card-number.js'
import { cvvDetector } from './cvv.js'
import type { Detector } from './detector.js'
import { emailDetector } from './email.js'
import { expiryDateDetector } from './expiry-date.js'
import { ibanDetector } from './iban.js'
import { phoneDetector } from './phone.js'
import { ukNinoDetector } from './uk-nino.js'
import { usSsnDetector } from './us-ssn.js'

/**
 * Every detector, for the full `chatmask` entry point, in precedence order.
 *
 * One rule: a span is claimed once. The scanner offers each digit group (and
 * each trigger character) to the detectors in this order; the first detection
 * wins, consumes its span, and nothing may start inside it. So the most
 * specific evidence goes first:
 * 1. `iban`: country code, that country's exact length, and MOD 97-10. Its
 *    digits are never a card or a phone.
 * 2. `card_number`, 3. `expiry_date`, 4. `cvv`: as in `chatmask/pci`
 *    (Luhn and issuer prefix; then the card's context). A 16-digit card is not
 *    a phone; the card detector never reads digits after "+" (E.164), so
 *    "+44 20 3908 5000" is left to the phone detector even when it passes Luhn.
 * 5. `us_ssn`: the 3-2-4 shape with the SSA's rules, before phones, which
 *    would otherwise read "123-45-6789" as a grouped number.
 * 6. `uk_nino`: letters, six digits and a suffix; cannot collide with the
 *    others (it also triggers on capitals, before the digits are reached).
 * 7. `phone`: the least specific digit detector, last among them; needs shape
 *    evidence and libphonenumber's verdict.
 * 8. `email`: triggered by "@" only. Digits in a local part are offered to the
 *    digit detectors first, but they all refuse numbers glued to letters, dots
 *    or "@".
 *
 * Text order comes before this order: a detection consumes its span before
 * later candidates are looked at.
 */
export const ALL_DETECTORS: readonly Detector[] = [
  ibanDetector,
  cardNumberDetector,
  expiryDateDetector,
  cvvDetector,
  usSsnDetector,
  ukNinoDetector,
  phoneDetector,
  emailDetector,
]
