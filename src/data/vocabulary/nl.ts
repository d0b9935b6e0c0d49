import type { Vocabulary } from './vocabulary.js'

/**
 * Dutch. Sources:
 * - ICS (International Card Services), "Creditcardnummer" (icscards.nl/tips/creditcardnummer):
 *   "creditcardnummer", "de vervaldatum", "de CVV/CVC-code … op de achterkant".
 * - bunq, "Wat is een CVV-nummer voor een bankpas?" (bunq.com/nl-nl/blog/…):
 *   "beveiligingscode", "veiligheidscode", "bankpas", "kaartverificatiewaarde".
 * - ExpressVPN checkout (expressvpn.com/nl/order): "beveiligingscode of kaartverificatienummer",
 *   "verificatiecode", "de code van 3 cijfers staat op de achterkant".
 * - Checkout labels: "Geldig t/m", "Geldig tot", "Vervaldatum (MM/JJ)".
 * - Months: Unicode CLDR 48, common/main/nl.xml, Gregorian calendar, wide and abbreviated.
 */
export const DUTCH: Vocabulary = {
  language: 'nl',
  card: ['kaart', 'kaartnummer', 'creditcard', 'creditcardnummer', 'betaalpas', 'bankpas', 'pinpas', 'debetkaart', 'pasnummer'],
  cardGlued: ['visa', 'mastercard', 'amex', 'nr'],
  cardDetails: ['kaartgegevens', 'creditcardgegevens', 'betaalgegevens', 'betalingsgegevens'],
  expiry: ['vervaldatum', 'geldig tot', 'geldig t/m', 'geldig tot en met', 'verloopt', 'verloopdatum', 'vervalt', 'einddatum', 'MM/JJ'],
  cvv: [
    'beveiligingscode',
    'veiligheidscode',
    'verificatiecode',
    'kaartverificatiecode',
    'kaartverificatienummer',
    'controlecode',
    'CVC-code',
    'CVV-code',
    'cijfers op de achterkant',
    'code op de achterkant',
    '3 cijfers',
    'drie cijfers',
    'laatste 3 cijfers',
  ],
  cvvAfterCard: ['code'],
  linking: ['is', 'de', 'het', 'mijn', 'mn', 'als', 'voor', 'zijn'],
  months: [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['maart', 'mrt'],
    ['april', 'apr'],
    ['mei'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['augustus', 'aug'],
    ['september', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
}
