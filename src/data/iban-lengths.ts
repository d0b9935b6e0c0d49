/**
 * The total length of an IBAN (country code, check digits and BBAN) for every
 * country in the ISO 13616 IBAN Registry that SWIFT publishes as Registration
 * Authority: 89 countries as of Release 100 (October 2025), reviewed 2026-11-24.
 *
 * Dependent territories use their parent's code and length (an IBAN from
 * Jersey starts GB, from Guadeloupe FR, from the Åland Islands FI), so they
 * have no rows of their own. Countries that use IBAN-like numbers outside the
 * registry (several West and Central African states, Algeria, Iran) are left
 * out: a detector that trusted them would mask more ordinary text.
 *
 * @example
 * ```ts
 * import { IBAN_LENGTH_BY_COUNTRY } from './iban-lengths.js'
 * IBAN_LENGTH_BY_COUNTRY['DE'] // 22
 * IBAN_LENGTH_BY_COUNTRY['US'] // undefined: the US does not use IBANs
 * ```
 */
// The annotation tells bundlers the call has no side effect, so chatmask/pci,
// which imports this module only for MAX_IBAN_LENGTH (via limits.ts), drops the table.
export const IBAN_LENGTH_BY_COUNTRY: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({
  AD: 24, // Andorra
  AE: 23, // United Arab Emirates
  AL: 28, // Albania
  AT: 20, // Austria
  AZ: 28, // Azerbaijan
  BA: 20, // Bosnia and Herzegovina
  BE: 16, // Belgium
  BG: 22, // Bulgaria
  BH: 22, // Bahrain
  BI: 27, // Burundi
  BR: 29, // Brazil
  BY: 28, // Belarus
  CH: 21, // Switzerland
  CR: 22, // Costa Rica
  CY: 28, // Cyprus
  CZ: 24, // Czechia
  DE: 22, // Germany
  DJ: 27, // Djibouti
  DK: 18, // Denmark
  DO: 28, // Dominican Republic
  EE: 20, // Estonia
  EG: 29, // Egypt
  ES: 24, // Spain
  FI: 18, // Finland
  FK: 18, // Falkland Islands
  FO: 18, // Faroe Islands
  FR: 27, // France
  GB: 22, // United Kingdom
  GE: 22, // Georgia
  GI: 23, // Gibraltar
  GL: 18, // Greenland
  GR: 27, // Greece
  GT: 28, // Guatemala
  HN: 28, // Honduras
  HR: 21, // Croatia
  HU: 28, // Hungary
  IE: 22, // Ireland
  IL: 23, // Israel
  IQ: 23, // Iraq
  IS: 26, // Iceland
  IT: 27, // Italy
  JO: 30, // Jordan
  KW: 30, // Kuwait
  KZ: 20, // Kazakhstan
  LB: 28, // Lebanon
  LC: 32, // Saint Lucia
  LI: 21, // Liechtenstein
  LT: 20, // Lithuania
  LU: 20, // Luxembourg
  LV: 21, // Latvia
  LY: 25, // Libya
  MC: 27, // Monaco
  MD: 24, // Moldova
  ME: 22, // Montenegro
  MK: 19, // North Macedonia
  MN: 20, // Mongolia
  MR: 27, // Mauritania
  MT: 31, // Malta
  MU: 30, // Mauritius
  NI: 28, // Nicaragua
  NL: 18, // Netherlands
  NO: 15, // Norway
  OM: 23, // Oman
  PK: 24, // Pakistan
  PL: 28, // Poland
  PS: 29, // Palestine
  PT: 25, // Portugal
  QA: 29, // Qatar
  RO: 24, // Romania
  RS: 22, // Serbia
  RU: 33, // Russia
  SA: 24, // Saudi Arabia
  SC: 31, // Seychelles
  SD: 18, // Sudan
  SE: 24, // Sweden
  SI: 19, // Slovenia
  SK: 24, // Slovakia
  SM: 27, // San Marino
  SO: 23, // Somalia
  ST: 25, // Sao Tome and Principe
  SV: 28, // El Salvador
  TL: 23, // Timor-Leste
  TN: 24, // Tunisia
  TR: 26, // Turkey
  UA: 29, // Ukraine
  VA: 22, // Vatican City State
  VG: 24, // British Virgin Islands
  XK: 20, // Kosovo
  YE: 30, // Yemen
})

/**
 * The structure of every registry country's BBAN (the part after the country
 * code and check digits): runs of `n` digits, `a` upper-case letters, `c`
 * letters or digits, in the IBAN Registry's notation with adjacent runs of one
 * kind merged ("4a14n" is the registry's "4!a6!n8!n": a bank code of four
 * letters, then 14 digits). Transcribed from the `countrySpecs` of the npm
 * package ibantools 4.5.4 (MPL-2.0 or MIT; it follows the SWIFT IBAN Registry),
 * checked 2026-12-04 against {@link IBAN_LENGTH_BY_COUNTRY}: every structure adds up
 * to that country's length less 4.
 *
 * It is what lets the detector read IBANs grouped any way people group them
 * ("GB82 WEST 123456 98765432", "GB82-WEST-…") without reading the words after
 * one into it: a German IBAN has no letter after its check digits, so "DE89 3704
 * 0044 0532 0130 00 and" can never take "and".
 *
 * @example
 * ```ts
 * import { IBAN_BBAN_STRUCTURE_BY_COUNTRY } from './iban-lengths.js'
 * IBAN_BBAN_STRUCTURE_BY_COUNTRY['GB'] // '4a14n'
 * ```
 */
export const IBAN_BBAN_STRUCTURE_BY_COUNTRY: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  AD: '8n12c', // Andorra
  AE: '19n', // United Arab Emirates
  AL: '8n16c', // Albania
  AT: '16n', // Austria
  AZ: '4a20c', // Azerbaijan
  BA: '16n', // Bosnia and Herzegovina
  BE: '12n', // Belgium
  BG: '4a6n8c', // Bulgaria
  BH: '4a14c', // Bahrain
  BI: '23n', // Burundi
  BR: '23n1a1c', // Brazil
  BY: '4a4n16c', // Belarus
  CH: '5n12c', // Switzerland
  CR: '18n', // Costa Rica
  CY: '8n16c', // Cyprus
  CZ: '20n', // Czechia
  DE: '18n', // Germany
  DJ: '23n', // Djibouti
  DK: '14n', // Denmark
  DO: '4a20n', // Dominican Republic
  EE: '16n', // Estonia
  EG: '25n', // Egypt
  ES: '20n', // Spain
  FI: '14n', // Finland
  FK: '2a12n', // Falkland Islands
  FO: '14n', // Faroe Islands
  FR: '10n11c2n', // France
  GB: '4a14n', // United Kingdom
  GE: '2c16n', // Georgia
  GI: '4a15c', // Gibraltar
  GL: '14n', // Greenland
  GR: '7n16c', // Greece
  GT: '24c', // Guatemala
  HN: '4a20n', // Honduras
  HR: '17n', // Croatia
  HU: '24n', // Hungary
  IE: '4c14n', // Ireland
  IL: '19n', // Israel
  IQ: '4a15n', // Iraq
  IS: '22n', // Iceland
  IT: '1a10n12c', // Italy
  JO: '4a4n18c', // Jordan
  KW: '4a22c', // Kuwait
  KZ: '3n13c', // Kazakhstan
  LB: '4n20c', // Lebanon
  LC: '4a24c', // Saint Lucia
  LI: '5n12c', // Liechtenstein
  LT: '16n', // Lithuania
  LU: '3n13c', // Luxembourg
  LV: '4a13c', // Latvia
  LY: '21n', // Libya
  MC: '10n11c2n', // Monaco
  MD: '20c', // Moldova
  ME: '18n', // Montenegro
  MK: '3n10c2n', // North Macedonia
  MN: '16n', // Mongolia
  MR: '23n', // Mauritania
  MT: '4a5n18c', // Malta
  MU: '4a19n3a', // Mauritius
  NI: '4a20n', // Nicaragua
  NL: '4a10n', // Netherlands
  NO: '11n', // Norway
  OM: '3n16c', // Oman
  PK: '4c16n', // Pakistan
  PL: '24n', // Poland
  PS: '4c21n', // Palestine
  PT: '21n', // Portugal
  QA: '4a21c', // Qatar
  RO: '4a16c', // Romania
  RS: '18n', // Serbia
  RU: '14n15c', // Russia
  SA: '2n18c', // Saudi Arabia
  SC: '4a20n3a', // Seychelles
  SD: '14n', // Sudan
  SE: '20n', // Sweden
  SI: '15n', // Slovenia
  SK: '20n', // Slovakia
  SM: '1a10n12c', // San Marino
  SO: '19n', // Somalia
  ST: '21n', // Sao Tome and Principe
  SV: '4a20n', // El Salvador
  TL: '19n', // Timor-Leste
  TN: '20n', // Tunisia
  TR: '5n17c', // Turkey
  UA: '6n19c', // Ukraine
  VA: '18n', // Vatican City State
  VG: '4c16n', // British Virgin Islands
  XK: '16n', // Kosovo
  YE: '4a4n18c', // Yemen
})

/**
 * ISO 13616-1: an IBAN is at most 34 characters. The longest in the registry
 * today is Russia's 33.
 */
export const MAX_IBAN_LENGTH = 34

/** Two-letter country code plus two check digits, before any BBAN character. */
export const IBAN_HEADER_LENGTH = 4
