import type { Vocabulary } from './vocabulary.js'

/**
 * Italian. Sources:
 * - Cartier Italia, "Cos'è il codice CVV?" (cartier.com/it-it/services/…/what-is-a-cvv):
 *   "codice CVV", "codice di tre o quattro cifre … sul retro della carta", "carta di credito".
 * - cartedicredito24.it, "A cosa servono i 3 numeri sulla parte posteriore delle carte di credito":
 *   "CVV o CVC", "Card Security Code (CSC)".
 * - nelportafoglio.com, "Numero carta di credito": "numero della carta", "data di scadenza", "codice CVC".
 * - pagare.online, "CVV e CVC": "codici di sicurezza".
 * - Months: Unicode CLDR 48, common/main/it.xml, Gregorian calendar, wide and abbreviated.
 *
 * Left out of the linking words: "è" ("is"), which folds onto "e" ("and"):
 * "stanza 123 e cvv 456" must not lend the keyword of 456 to 123.
 */
export const ITALIAN: Vocabulary = {
  language: 'it',
  card: [
    'carta',
    'numero carta',
    'numero della carta',
    'numero di carta',
    'carta di credito',
    'carta di debito',
    'carta prepagata',
    'bancomat',
    'postepay',
  ],
  cardGlued: ['visa', 'mastercard', 'amex'],
  cardDetails: ['dati della carta', 'dati carta', 'dettagli della carta', 'dati di pagamento'],
  expiry: ['scadenza', 'data di scadenza', 'scade', 'scad', 'valida fino al', 'valida fino a', 'valido fino al', 'MM/AA'],
  cvv: [
    'codice di sicurezza',
    'codice di verifica',
    'codice di controllo',
    'codice sul retro',
    'cifre sul retro',
    '3 cifre',
    'tre cifre',
    'ultime 3 cifre',
    'codice a 3 cifre',
  ],
  cvvAfterCard: ['codice'],
  linking: ['il', 'la', 'lo', 'mio', 'mia', 'sono', 'per', 'come', 'del', 'della', 'di'],
  months: [
    ['gennaio', 'gen'],
    ['febbraio', 'feb'],
    ['marzo', 'mar'],
    ['aprile', 'apr'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    ['agosto', 'ago'],
    ['settembre', 'set'],
    ['ottobre', 'ott'],
    ['novembre', 'nov'],
    ['dicembre', 'dic'],
  ],
}
