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
 * ISO 13616-1: an IBAN is at most 34 characters. The longest in the registry
 * today is Russia's 33.
 */
export const MAX_IBAN_LENGTH = 34

/** Two-letter country code plus two check digits, before any BBAN character. */
export const IBAN_HEADER_LENGTH = 4
