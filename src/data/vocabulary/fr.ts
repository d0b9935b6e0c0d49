import type { Vocabulary } from './vocabulary.js'

/**
 * French. Sources:
 * - PayPal France, "Code CVV d'une carte bancaire" (paypal.com/fr/money-hub/article/credit-card-cvv-number):
 *   "cryptogramme visuel", "code de sécurité de la carte", "code de vérification", "date d'expiration".
 * - FLOA Bank (floabank.fr/mastercard/guide-pratique-cryptogramme-visuel-carte-bancaire):
 *   "cryptogramme", "code CVV ou CVC2", "numéro de votre carte et sa date d'expiration".
 * - PagesJaunes Banque (banque.pagesjaunes.fr): "code à 3 chiffres imprimé … au verso de la carte".
 * - Checkout labels of French merchants: "Carte bancaire" / "CB", "Date de validité", "Expire fin".
 * - Months: Unicode CLDR 48, common/main/fr.xml (and fr_CA for "juill."), Gregorian calendar,
 *   wide and abbreviated.
 */
export const FRENCH: Vocabulary = {
  language: 'fr',
  card: [
    'carte',
    'numéro de carte',
    'numéro de la carte',
    'carte bancaire',
    'carte de crédit',
    'carte de débit',
    'carte bleue',
    'cb',
  ],
  cardGlued: ['visa', 'mastercard', 'amex'],
  cardDetails: ['coordonnées bancaires', 'informations de carte', 'données de carte', 'détails de la carte', 'informations de paiement'],
  expiry: [
    'échéance',
    "date d'échéance",
    'expiration',
    'date d’expiration',
    'd’expiration',
    'expire',
    'expire le',
    'expire fin',
    'expire à fin',
    'expire en',
    'date de validité',
    'validité',
    'fin de validité',
    'valable jusqu’au',
    'valable jusqu’à',
    'valide jusqu’au',
    'date d’échéance',
    'MM/AA',
  ],
  cvv: [
    'cryptogramme',
    'cryptogramme visuel',
    'crypto',
    'code de sécurité',
    'code de vérification',
    'code de validation',
    'numéro de sécurité',
    'code cryptogramme',
    'chiffres au dos',
    'code au dos',
    '3 chiffres au dos',
    '3 derniers chiffres',
    'trois chiffres',
    'code à 3 chiffres',
  ],
  cvvAfterCard: ['code'],
  linking: ['est', 'c’est', 'le', 'la', 'les', 'mon', 'ma', 'mes', 'du', 'de', 'pour'],
  months: [
    ['janvier', 'janv'],
    ['février', 'févr'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil', 'juill'],
    ['août'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'déc'],
  ],
}
