/**
 * The shape of one language's card-data vocabulary. Each language has its own
 * file beside this one, with its sources in a comment; `src/data/context-keywords.ts`
 * merges them into the tables the detectors read.
 *
 * How a phrase is written here is how a person writes it (accents, capitals,
 * hyphens and all): matching folds both the phrase and the text the same way
 * (lower case, diacritics removed, see `src/data/latin-letters.ts`) and reads
 * both into words with the same reader (`src/scanner/context.ts`), so
 * "Prüfnummer", "prufnummer" and "PRÜFNUMMER" are one keyword, "CVV-Code" is the
 * two words "cvv code", and "t.o.m." the three words "t o m".
 *
 * A phrase may hold a one-digit numeral ("3 digits", "4 digit code"): a number
 * otherwise ends the text read for a keyword (a keyword belongs to the nearest
 * number), but a lone digit right where that reading stops is read as a word.
 */
export interface Vocabulary {
  /** BCP 47 language tag. */
  readonly language: string
  /**
   * Phrases that make a nearby number card data: "card", "card number",
   * "numéro de carte". In card context a Luhn-valid number is a card whatever
   * its issuer prefix, and the other party asking with one of these asked for
   * card data.
   */
  readonly card: readonly string[]
  /**
   * Words typed straight onto a card number besides the one-word card phrases
   * ("visa4111…", "no4111…"). Two-word card phrases are added run together
   * ("cardnumber4111…"). Any other letters glued to digits make an identifier.
   */
  readonly cardGlued: readonly string[]
  /**
   * Phrases that name all of a card's data at once ("card details", "payment
   * information"): the other party asking for them asked for the number, the
   * expiry and the code.
   */
  readonly cardDetails: readonly string[]
  /** Phrases that make a nearby date an expiry date: "exp", "valid thru", "gültig bis". */
  readonly expiry: readonly string[]
  /** Phrases that make a nearby 3–4 digit number a card security code: "cvv", "Prüfnummer", "código de seguridad". */
  readonly cvv: readonly string[]
  /**
   * Words too common to name a security code anywhere ("code", "kod"), which
   * do when they stand between a card (or its expiry) and the code:
   * "4111… code 123".
   */
  readonly cvvAfterCard: readonly string[]
  /** Short words allowed between a number and the keyword after it: "737 ist die Prüfnummer". */
  readonly linking: readonly string[]
  /**
   * Month names, January first: each entry the wide and abbreviated forms,
   * format and stand-alone, as CLDR gives them (without a trailing dot: an
   * abbreviation is matched with or without one).
   */
  readonly months: readonly (readonly string[])[]
}
