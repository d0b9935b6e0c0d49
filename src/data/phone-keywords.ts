/**
 * Phone context, one table per language: words and phrases people write next
 * to a phone number they give ("call me on …", "mon portable : …", "meine
 * Handynummer ist …"). A phrase here makes a nearby digit run a phone at the
 * `possible` level (its length fits a configured region), where without it the
 * run needs a grouping its region writes, or a "+" (see `src/detectors/phone.ts`).
 *
 * Written as people write them, accents included; where chat often drops the
 * accents ("numero", "llamame") that spelling is listed too, so the table
 * works whether or not the shared word reader (`src/scanner/context.ts`) folds
 * diacritics. A hyphenated phrase ("appelle-moi") is written with a space: the
 * reader splits words at the hyphen.
 *
 * Left out on purpose, in every language: the bare word for "number"
 * ("number", "numéro", "Nummer", "número", "numer"): "account number
 * 84318931431", "Kundennummer", "numéro de commande" are the commonest bare
 * numbers in support chat, and none is a phone. "My number" and its
 * translations stay: that is how people give a phone number when they give it
 * bare.
 *
 * Sources, consulted 2026-12: the dictionaries and usage notes below (one per
 * language), and each regulator's or operator's own wording where it names
 * the kinds of number (PTS for Swedish, ACM/EZK's numbering plan as quoted by
 * Bellen.com for Dutch).
 */

/**
 * English. Source: the terms of the ITU-T E.164 world (telephone, mobile,
 * landline, fax) and how chat asks for them; "cell"/"cellphone" is US usage,
 * "mobile"/"mob" UK usage.
 */
export const ENGLISH_PHONE_PHRASES: readonly string[] = [
  'phone',
  'telephone',
  'tel',
  'tel no',
  'call',
  'call me',
  'ring',
  'dial',
  'cell',
  'cellphone',
  'mobile',
  'mob',
  'sms',
  'text me',
  'whatsapp',
  'fax',
  'landline',
  'my number',
  'our number',
  'your number',
  'his number',
  'her number',
  'their number',
  'contact number',
  'reach me',
  'reach us',
  'reach them',
  'reach him',
  'reach her',
  'contact me',
  'contact us',
  'contact them',
]

/**
 * French. Sources: de.wikipedia.org "Mobiltelefon" (names in other languages:
 * French "portable"), as quoted on mucforum.de; "fixe" for a landline, "GSM"
 * for a mobile in Belgium.
 */
export const FRENCH_PHONE_PHRASES: readonly string[] = [
  'téléphone',
  'portable',
  'mobile',
  'gsm',
  'ligne fixe',
  'téléphone fixe',
  'telephone fixe',
  'appelle moi',
  'appelez moi',
  'rappelle moi',
  'rappelez moi',
  'mon numéro',
  'mon numero',
  'votre numéro',
  'votre numero',
  'joignable au',
  'texto',
]

/**
 * German. Sources: onadiko.com "The Diverse Naming of Mobile Phones Across
 * Cultures" (Germany: "Handy"); de.wikipedia.org "Mobiltelefon" via
 * mucforum.de ("Mobiltelefon"); "Festnetz" for a landline.
 */
export const GERMAN_PHONE_PHRASES: readonly string[] = [
  'telefon',
  'telefonnummer',
  'handy',
  'handynummer',
  'mobil',
  'mobiltelefon',
  'mobilnummer',
  'rufnummer',
  'festnetz',
  'festnetznummer',
  'ruf mich an',
  'rufen sie mich an',
  'anrufen',
  'meine nummer',
  'erreichbar unter',
]

/**
 * Spanish. Source: howtosayguide.com "How to say mobile phone in Spanish"
 * ("teléfono móvil", "móvil", "celular"); "fijo" for a landline.
 */
export const SPANISH_PHONE_PHRASES: readonly string[] = [
  'teléfono',
  'telefono',
  'móvil',
  'movil',
  'celular',
  'teléfono fijo',
  'telefono fijo',
  'llámame',
  'llamame',
  'llámeme',
  'llameme',
  'mi número',
  'mi numero',
  'su número',
  'su numero',
]

/**
 * Italian. Source: Zanichelli, "Le parole del giorno: cellulare / telefono"
 * (dizionaripiu.zanichelli.it): "cellulare", "telefonino", "numero di
 * telefono", "telefono fisso".
 */
export const ITALIAN_PHONE_PHRASES: readonly string[] = [
  'telefono',
  'cellulare',
  'telefonino',
  'numero di telefono',
  'telefono fisso',
  'chiamami',
  'mi chiami',
  'il mio numero',
]

/**
 * Dutch. Sources: Bellen.com "Telefoonnummers in Nederland" (quoting the EZK
 * numbering plans: "vaste telefoonnummers", "mobiele telefoonnummers");
 * "GSM" is the Flemish word for a mobile; "bel me" is "call me".
 */
export const DUTCH_PHONE_PHRASES: readonly string[] = [
  'telefoon',
  'telefoonnummer',
  'mobiel',
  'mobiele nummer',
  'mobiel nummer',
  'vaste nummer',
  'vast nummer',
  'gsm',
  'bel me',
  'bel mij',
  'mijn nummer',
]

/**
 * Portuguese. Source: "EP word of the week: telemóvel"
 * (theepexperience.com): "telemóvel" (Portugal), "celular" (Brazil),
 * "telefone"; "fixo" for a landline.
 */
export const PORTUGUESE_PHONE_PHRASES: readonly string[] = [
  'telefone',
  'telemóvel',
  'telemovel',
  'celular',
  'telefone fixo',
  'liga me',
  'ligue me',
  'ligue para',
  'o meu número',
  'o meu numero',
  'meu número',
  'meu numero',
]

/**
 * Polish. Source: onadiko.com (Poland: "telefon komórkowy", short
 * "komórka"); "stacjonarny" for a landline, "zadzwoń" is "call".
 */
export const POLISH_PHONE_PHRASES: readonly string[] = [
  'telefon',
  'numer telefonu',
  'komórka',
  'komorka',
  'komórkowy',
  'komorkowy',
  'stacjonarny',
  'zadzwoń',
  'zadzwon',
  'mój numer',
  'moj numer',
]

/**
 * Swedish. Sources: PTS, "Telefonnummer och adressering" (pts.se:
 * "telefonnummer"), Telia's support pages (telia.se: "mobil", "mobilnummer",
 * "ring", "sms"); "ring mig" is "call me".
 */
export const SWEDISH_PHONE_PHRASES: readonly string[] = [
  'telefon',
  'telefonnummer',
  'mobil',
  'mobilnummer',
  'mobiltelefon',
  'hemtelefon',
  'ring mig',
  'mitt nummer',
]

/** Every language's phrases, English first, without duplicates. */
export const PHONE_PHRASES_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ENGLISH_PHONE_PHRASES,
  fr: FRENCH_PHONE_PHRASES,
  de: GERMAN_PHONE_PHRASES,
  es: SPANISH_PHONE_PHRASES,
  it: ITALIAN_PHONE_PHRASES,
  nl: DUTCH_PHONE_PHRASES,
  pt: PORTUGUESE_PHONE_PHRASES,
  pl: POLISH_PHONE_PHRASES,
  sv: SWEDISH_PHONE_PHRASES,
}
