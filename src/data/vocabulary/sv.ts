import type { Vocabulary } from './vocabulary.js'

/**
 * Swedish. Sources:
 * - Aktia Bank, "Vad betyder de olika siffrorna på mitt kort?" (aktia.fi/sv/…):
 *   "Säkerhetskoden (CVC-kod) är ett tresiffrigt tal som står på kreditkortets baksida".
 * - Remember (Swedish card issuer), "Vad är kortnummer?" (remember.se/kreditkort/faq/…):
 *   "kortnumret", "kortets utgångsdatum", "CVC-kod, den tresiffriga säkerhetskod".
 * - SAS EuroBonus Mastercard FAQ (saseurobonusmastercard.se): "Giltighetstiden … går ut",
 *   "giltigt till och med".
 * - Duracell Direct checkout help (duracelldirect.se/hjalp/cv2.html): "Verifieringskod / CV2 nummer",
 *   "3 eller 4 siffror skrivna på baksidan av kortet".
 * - kreditkortsval.se, "Vad är CVV, CVC och CSC-koden?": "säkerhetskoder", "kontrollsiffror".
 * - Months: Unicode CLDR 48, common/main/sv.xml, Gregorian calendar, wide and abbreviated.
 *
 * Left out: "kort" on its own. It is "card", but also "short" (Swedish, Dutch,
 * Danish, Norwegian), so the definite and possessive forms stand in for it.
 */
export const SWEDISH: Vocabulary = {
  language: 'sv',
  card: ['kortet', 'ditt kort', 'mitt kort', 'kortnummer', 'kortnumret', 'kreditkort', 'betalkort', 'bankkort', 'kontokort'],
  cardGlued: ['visa', 'mastercard', 'amex'],
  cardDetails: ['kortuppgifter', 'kortuppgifterna', 'kortinformation', 'betalningsuppgifter'],
  expiry: [
    'giltig till',
    'giltigt till',
    'giltig t.o.m.',
    'giltig tom',
    'utgångsdatum',
    // Swedish nouns take their article as a suffix: "utgångsdatumet", "giltighetstiden".
    'utgångsdatumet',
    'går ut',
    'förfallodatum',
    'förfallodatumet',
    'giltighetstid',
    'giltighetstiden',
    'MM/ÅÅ',
  ],
  cvv: [
    'säkerhetskod',
    'säkerhetskoden',
    'CVV-kod',
    'CVC-kod',
    'kontrollsiffror',
    'kontrollsiffrorna',
    'verifieringskod',
    'koden på baksidan',
    'siffrorna på baksidan',
    '3 siffror',
    'tre siffror',
    'sista 3 siffrorna',
  ],
  cvvAfterCard: ['kod', 'koden'],
  linking: ['är', 'min', 'mitt', 'mina', 'det', 'som', 'för'],
  months: [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['mars'],
    ['april', 'apr'],
    ['maj'],
    ['juni'],
    ['juli'],
    ['augusti', 'aug'],
    ['september', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
}
