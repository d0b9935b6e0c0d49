import type { Vocabulary } from './vocabulary.js'

/**
 * Polish. Sources:
 * - Avafin, "Kod CVV – co to jest?" (avafin.pl/blog/kod-cvv-co-to-jest): "kod CVV/CVC",
 *   "zabezpieczenie karty", "na rewersie karty".
 * - Poland IT Hub, "Gdzie znaleźć kod CVV/CVC na karcie płatniczej" (polandithub.pl):
 *   "kod bezpieczeństwa karty", "numer karty, data ważności".
 * - super-pozyczka.pl: "numer karty, nazwisko posiadacza, datę ważności oraz zabezpieczający kod CVV/CVC".
 * - Interia, "Kiedy trzeba wymienić kartę płatniczą" (wydarzenia.interia.pl): "termin ważności",
 *   "karta płatnicza jest ważna do ostatniego dnia miesiąca".
 * - Months: Unicode CLDR 48, common/main/pl.xml, Gregorian calendar: wide stand-alone
 *   ("grudzień"), wide format, i.e. genitive ("grudnia"), abbreviated ("gru").
 */
export const POLISH: Vocabulary = {
  language: 'pl',
  card: ['karta', 'karty', 'kartę', 'numer karty', 'nr karty', 'karta kredytowa', 'karta debetowa', 'karta płatnicza'],
  cardGlued: ['visa', 'mastercard', 'amex', 'nr'],
  cardDetails: ['dane karty', 'dane płatności', 'szczegóły karty'],
  expiry: ['data ważności', 'ważna do', 'ważny do', 'ważność', 'termin ważności', 'wygasa', 'data wygaśnięcia', 'MM/RR'],
  cvv: [
    'kod CVC',
    'kod bezpieczeństwa',
    'kod zabezpieczający',
    'kod weryfikacyjny',
    'kod na odwrocie',
    'kod z tyłu karty',
    'cyfry na odwrocie',
    '3 cyfry',
    'trzy cyfry',
    'ostatnie 3 cyfry',
  ],
  cvvAfterCard: ['kod'],
  linking: ['to', 'jest', 'mój', 'moja', 'moje', 'jako', 'dla', 'ten'],
  months: [
    ['styczeń', 'stycznia', 'sty'],
    ['luty', 'lutego', 'lut'],
    ['marzec', 'marca', 'mar'],
    ['kwiecień', 'kwietnia', 'kwi'],
    ['maj', 'maja'],
    ['czerwiec', 'czerwca', 'cze'],
    ['lipiec', 'lipca', 'lip'],
    ['sierpień', 'sierpnia', 'sie'],
    ['wrzesień', 'września', 'wrz'],
    ['październik', 'października', 'paź'],
    ['listopad', 'listopada', 'lis'],
    ['grudzień', 'grudnia', 'gru'],
  ],
}
