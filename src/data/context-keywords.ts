/**
 * The card-data vocabulary the detectors read, merged from one table per
 * language in `src/data/vocabulary/` (each with its sources). Phrases are kept
 * as written there; `KeywordSet` (src/scanner/context.ts) folds them (lower
 * case, diacritics removed) and reads them into words exactly as it reads the
 * text. The word lists below that are compared with a word already read
 * (linking words, month names, glued keywords) are stored folded.
 */
import { foldText } from './latin-letters.js'
import { DUTCH } from './vocabulary/nl.js'
import { ENGLISH } from './vocabulary/en.js'
import { FRENCH } from './vocabulary/fr.js'
import { GERMAN } from './vocabulary/de.js'
import { ITALIAN } from './vocabulary/it.js'
import { POLISH } from './vocabulary/pl.js'
import { PORTUGUESE } from './vocabulary/pt.js'
import { SPANISH } from './vocabulary/es.js'
import { SWEDISH } from './vocabulary/sv.js'
import type { Vocabulary } from './vocabulary/vocabulary.js'

/** Every language's table, English first. */
export const VOCABULARIES: readonly Vocabulary[] = [ENGLISH, FRENCH, GERMAN, SPANISH, ITALIAN, DUTCH, PORTUGUESE, POLISH, SWEDISH]

function merged(pick: (vocabulary: Vocabulary) => readonly string[]): string[] {
  return [...new Set(VOCABULARIES.flatMap(pick))]
}

function mergedFolded(pick: (vocabulary: Vocabulary) => readonly string[]): string[] {
  return [...new Set(VOCABULARIES.flatMap(pick).map(foldText))]
}

/** Words that make a nearby number an expiry date ("exp", "valid thru", "gültig bis", "fecha de caducidad", …). */
export const EXPIRY_KEYWORD_PHRASES: readonly string[] = merged((vocabulary) => vocabulary.expiry)

/** Words that make a nearby 3–4 digit number a CVV ("cvv", "security code", "Prüfnummer", "código de seguridad", …). */
export const CVV_KEYWORD_PHRASES: readonly string[] = merged((vocabulary) => vocabulary.cvv)

/**
 * Words that make a 3–4 digit number a CVV only when they stand between it and
 * the card or expiry just before it ("4111… code 123"): on their own ("zip
 * code 123", "promo code 123") they name other codes.
 */
export const CVV_KEYWORD_PHRASES_AFTER_CARD: readonly string[] = merged((vocabulary) => vocabulary.cvvAfterCard)

/**
 * Words that make a nearby Luhn-valid 12–19 digit number a card whatever its
 * issuer prefix ("card 6799 …", "charge it to 9…", "numéro de carte …"): in card
 * context chatmask fails closed. Also what makes the other party's message a
 * question for a card.
 */
export const CARD_KEYWORD_PHRASES: readonly string[] = merged((vocabulary) => vocabulary.card)

/**
 * Words that ask for every piece of card data at once ("can I take your card
 * details?", "datos de la tarjeta"): the answer may hold the number, the expiry
 * and the code.
 */
export const CARD_DETAILS_PHRASES: readonly string[] = merged((vocabulary) => vocabulary.cardDetails)

/**
 * Words allowed between a number and a keyword that follows it, so that
 * "737 is my cvv" counts but "room 123 and cvv 456" does not give 123 away.
 * Folded (lower case, no diacritics), as the word reader reads them.
 */
export const LINKING_WORDS: readonly string[] = mergedFolded((vocabulary) => vocabulary.linking)

/**
 * Month names and abbreviations for "Jan 2027"-style expiry dates, January
 * first, every language's forms in one list per month, folded ("déc" is "dec").
 * No folded name stands for two months (test/data/vocabulary.test.ts checks).
 */
export const MONTH_NAMES: readonly (readonly string[])[] = Array.from({ length: 12 }, (_, month) => [
  ...new Set(VOCABULARIES.flatMap((vocabulary) => (vocabulary.months[month] ?? []).map(foldText))),
])

/** A phrase that is one run of letters, maybe with a digit suffix ("cvv2"), once folded. */
const ONE_WORD = /^[a-z]+[0-9]*$/
/** Two runs of letters separated by a space or hyphen ("card number", "EC-Karte"). */
const TWO_WORDS = /^([a-z]+)[ -]([a-z]+)$/

/** The one-word phrases of `phrases`, folded, as letters only ("cvv2" → "cvv"): the forms that can be glued to a number. */
function gluedForms(phrases: readonly string[]): string[] {
  const words = phrases
    .map(foldText)
    .filter((phrase) => ONE_WORD.test(phrase))
    .map((phrase) => phrase.replace(/[0-9]+$/, ''))
  return [...new Set(words)]
}

/**
 * Words a customer may glue straight onto a card number on a phone keyboard
 * ("card4111…", "cc4111…", "visa4111…", "tarjeta4111…", "cardnumber4111…"): the
 * one-word card phrases, the two-word ones run together, and each table's
 * `cardGlued` words. Any other letters glued to digits make an identifier
 * ("ORD4111…", "INV5555…", hex, tracking numbers) and keep the number out.
 */
export const CARD_WORDS_GLUED_BEFORE: readonly string[] = [
  ...new Set([
    ...gluedForms(CARD_KEYWORD_PHRASES),
    ...CARD_KEYWORD_PHRASES.map(foldText).flatMap((phrase) => {
      const words = TWO_WORDS.exec(phrase)
      return words === null ? [] : [`${words[1]}${words[2]}`]
    }),
    ...mergedFolded((vocabulary) => vocabulary.cardGlued),
  ]),
]

/** Expiry keywords that may be glued to a date or to the card before it ("exp1229", "…1111exp", "vencimiento12/29"). Folded. */
export const EXPIRY_WORDS_GLUED: readonly string[] = gluedForms(EXPIRY_KEYWORD_PHRASES)

/** CVV keywords that may be glued to the code or to the number before it ("cvv123", "…1111cvv", "prüfnummer123"). Folded. */
export const CVV_WORDS_GLUED: readonly string[] = gluedForms(CVV_KEYWORD_PHRASES)

