import type { Vocabulary } from './vocabulary.js'

/**
 * German. Sources:
 * - CHECK24 Kreditkarten-Lexikon, "Prüfziffer" (check24.de/kreditkarte/lexikon/pruefziffer):
 *   "Kreditkartenprüfnummer", "Kartenprüfnummer", "Security Code", "Ablaufdatum", "MM/JJ".
 * - shirtlabor Hilfe, "Wo ist die Kartenprüfnummer auf meiner Kreditkarte?"
 *   (help.shirtlabor.de): "Kartenprüfnummer", "Sicherheitsnummer", "die letzten drei Ziffern".
 * - awa7 Visa Kreditkarte (awa7.de/seite/kreditkartennummer): "valid thru (gültig bis)",
 *   "Kreditkartennummer", "Prüfziffer".
 * - kreditkartenfibel.de: "Sicherheitscode", "dreistellige Prüfnummer".
 * - PayLife (Austria) FAQ "Gültigkeit der Kreditkarte" (hilfe.paylife.at).
 * - Months: Unicode CLDR 48, common/main/de.xml (and de_AT for "Jänner"), Gregorian
 *   calendar, wide and abbreviated, format and stand-alone ("März", "Mär").
 */
export const GERMAN: Vocabulary = {
  language: 'de',
  card: [
    'Karte',
    'Kartennummer',
    'Kartennr',
    'Karten-Nr',
    'Kreditkarte',
    'Kreditkartennummer',
    'Debitkarte',
    'EC-Karte',
    'Girocard',
    'Bankkarte',
  ],
  cardGlued: ['visa', 'mastercard', 'amex', 'nr'],
  cardDetails: ['Kartendaten', 'Kreditkartendaten', 'Kartendetails', 'Zahlungsdaten', 'Zahlungsinformationen'],
  expiry: [
    'gültig bis',
    'gültig bis Ende',
    'Ablaufdatum',
    'Ablauf',
    'Verfallsdatum',
    'Verfalldatum',
    'läuft ab',
    'Gültigkeit',
    'Gültigkeitsdatum',
    'Gültigkeitsende',
    'MM/JJ',
    'MM/JJJJ',
  ],
  cvv: [
    'Prüfnummer',
    'Kartenprüfnummer',
    'Kreditkartenprüfnummer',
    'Prüfziffer',
    'Kartenprüfziffer',
    'Prüfcode',
    'Sicherheitscode',
    'Sicherheitsnummer',
    'Kartensicherheitscode',
    'CVV-Code',
    'CVC-Code',
    '3 Ziffern',
    'drei Ziffern',
    'letzten 3 Ziffern',
    'Ziffern auf der Rückseite',
    'Code auf der Rückseite',
  ],
  cvvAfterCard: ['Code'],
  linking: ['ist', 'sind', 'der', 'die', 'das', 'mein', 'meine', 'als', 'für', 'lautet', 'lauten'],
  months: [
    ['Januar', 'Jan', 'Jänner', 'Jän'],
    ['Februar', 'Feb'],
    ['März', 'Mär'],
    ['April', 'Apr'],
    ['Mai'],
    ['Juni', 'Jun'],
    ['Juli', 'Jul'],
    ['August', 'Aug'],
    ['September', 'Sep', 'Sept'],
    ['Oktober', 'Okt'],
    ['November', 'Nov'],
    ['Dezember', 'Dez'],
  ],
}
