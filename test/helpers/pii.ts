/**
 * fast-check arbitraries for personal data, shared by the detector, stream and
 * redactor tests: IBANs of every registry country with correct check digits in
 * every written form, email addresses (internationalised and obfuscated ones
 * too) and their look-alikes, phone numbers from libphonenumber's example set,
 * UK National Insurance numbers and US Social Security numbers in every
 * separator style with their near misses, and chat text mixing them.
 *
 * Every value is generated (or a published example): never put a real
 * person's data in a test.
 */
import fc from 'fast-check'
import { getCountries, getExampleNumber, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max'
import examples from 'libphonenumber-js/examples.mobile.json'
import { ASCII_TOP_LEVEL_DOMAINS, INTERNATIONALISED_TOP_LEVEL_DOMAINS } from '../../src/data/email-top-level-domains.js'
import { IBAN_BBAN_STRUCTURE_BY_COUNTRY, IBAN_LENGTH_BY_COUNTRY } from '../../src/data/iban-lengths.js'
import { MIN_PHONE_DIGITS } from '../../src/data/limits.js'
import { chatTextArbitrary } from './chat-text.js'

const DIGITS = '0123456789'
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ASCII_ZERO = 0x30
const ASCII_UPPER_A = 0x41
const MOD97 = 97
/** ISO 7064 MOD 97-10: check digits are 98 − (n mod 97) over BBAN + country + "00". */
const MOD97_CHECK_BASE = 98
const LETTER_VALUE_OF_A = 10
const PRINT_GROUP = 4

/**
 * ISO 13616 check digits for `bban` in `country`, computed forward (not with the
 * library's validator): letters count as two digits, A = 10.
 *
 * @example
 * ```ts
 * ibanCheckDigits('GB', 'WEST12345698765432') // '82'
 * ```
 */
export function ibanCheckDigits(country: string, bban: string): string {
  let remainder = 0
  for (const char of `${bban}${country}00`) {
    const code = char.charCodeAt(0)
    remainder =
      code >= ASCII_UPPER_A
        ? (remainder * 100 + code - ASCII_UPPER_A + LETTER_VALUE_OF_A) % MOD97
        : (remainder * 10 + code - ASCII_ZERO) % MOD97
  }
  return String(MOD97_CHECK_BASE - remainder).padStart(2, '0')
}

/** Every country in the IBAN table. */
export const IBAN_COUNTRIES: readonly string[] = Object.keys(IBAN_LENGTH_BY_COUNTRY)

export interface GeneratedIban {
  /** Compact, upper-case. */
  readonly compact: string
  readonly country: string
}

/** The registry structure of `country` spelled out per BBAN character: "4a14n" → "aaaann…". */
export function bbanKinds(country: string): string {
  const structure = IBAN_BBAN_STRUCTURE_BY_COUNTRY[country] as string
  let kinds = ''
  for (const [, count, kind] of structure.matchAll(/(\d+)([anc])/g)) kinds += (kind as string).repeat(Number(count))
  return kinds
}

const bbanCharArbitrary = (kind: string): fc.Arbitrary<string> => {
  if (kind === 'n') return fc.constantFrom(...DIGITS)
  if (kind === 'a') return fc.constantFrom(...UPPER)
  return fc.oneof({ arbitrary: fc.constantFrom(...DIGITS), weight: 3 }, { arbitrary: fc.constantFrom(...UPPER), weight: 1 })
}

/**
 * A valid IBAN of `country` (any listed one by default): a random BBAN of the
 * registry's structure for it (`IBAN_BBAN_STRUCTURE_BY_COUNTRY`: digits where it
 * has digits, letters where letters) and correct check digits.
 */
export function validIbanArbitrary(country?: string): fc.Arbitrary<GeneratedIban> {
  const countries = country === undefined ? IBAN_COUNTRIES : [country]
  return fc.constantFrom(...countries).chain((chosen) =>
    fc
      .tuple(...[...bbanKinds(chosen)].map(bbanCharArbitrary))
      .map((chars) => chars.join(''))
      .map((bban) => ({ compact: `${chosen}${ibanCheckDigits(chosen, bban)}${bban}`, country: chosen })),
  )
}

/**
 * Every way the detector promises to read an IBAN (see `src/detectors/iban.ts`):
 * compact and print format (ISO 13616-1 §5), small letters, dashes, dots,
 * no-break and narrow no-break spaces, double spaces, the country code apart
 * ("CH 93 0076 …"), a line break where it wrapped, and the BBAN in groups of
 * any width.
 */
export const IBAN_STYLES = [
  'compact',
  'print',
  'lower',
  'lower-print',
  'dashed',
  'dotted',
  'no-break',
  'narrow-no-break',
  'double-space',
  'country-apart',
  'line-break',
  'crlf',
  'irregular',
] as const
export type IbanStyle = (typeof IBAN_STYLES)[number]

/** The IBAN as people write it: compact, the print format (groups of four), or lower-case. */
export function formattedIbanArbitrary(country?: string): fc.Arbitrary<GeneratedIban & { readonly text: string; readonly style: IbanStyle }> {
  return validIbanArbitrary(country).chain((iban) =>
    fc
      .tuple(fc.constantFrom(...IBAN_STYLES), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 12 }))
      .map(([style, widths]) => ({ ...iban, style, text: formatIban(iban.compact, style, widths) })),
  )
}

function groupsOf(text: string, widths: readonly number[]): string[] {
  const groups: string[] = []
  let index = 0
  for (let group = 0; index < text.length; group++) {
    const width = widths[group % widths.length] as number
    groups.push(text.slice(index, index + width))
    index += width
  }
  return groups
}

/**
 * `compact` written in `style`; `widths` are the BBAN's group widths in the
 * irregular style (cycled; 2 or more: the detector reads at most `IBAN_MAX_GAPS` gaps).
 */
export function formatIban(compact: string, style: IbanStyle, widths: readonly number[] = [PRINT_GROUP]): string {
  const fours = groupsOf(compact, [PRINT_GROUP])
  switch (style) {
    case 'compact':
      return compact
    case 'print':
      return fours.join(' ')
    case 'lower':
      return compact.toLowerCase()
    case 'lower-print':
      return fours.join(' ').toLowerCase()
    case 'dashed':
      return fours.join('-')
    case 'dotted':
      return fours.join('.')
    case 'no-break':
      return fours.join('\u00a0')
    case 'narrow-no-break':
      return fours.join('\u202f')
    case 'double-space':
      return fours.join('  ')
    case 'country-apart':
      return `${compact.slice(0, 2)} ${compact.slice(2, 4)} ${groupsOf(compact.slice(4), [PRINT_GROUP]).join(' ')}`
    case 'line-break':
    case 'crlf': {
      const middle = Math.floor(fours.length / 2)
      return `${fours.slice(0, middle).join(' ')}${style === 'crlf' ? '\r\n' : '\n'}${fours.slice(middle).join(' ')}`
    }
    case 'irregular':
      // The country code and check digits stay together ("GB82"): nobody splits them.
      return [compact.slice(0, 4), ...groupsOf(compact.slice(4), widths)].join(' ')
  }
}

/** `compact` with the digit at `position` (the n-th digit, wrapping) replaced by another. */
export function withOneDigitChanged(compact: string, position: number, shift: number): string {
  const digitPositions: number[] = []
  for (let index = 2; index < compact.length; index++) if (DIGITS.includes(compact.charAt(index))) digitPositions.push(index)
  const at = digitPositions[position % digitPositions.length] as number
  const changed = String(((compact.charCodeAt(at) - ASCII_ZERO + shift) % 10 + 10) % 10)
  return compact.slice(0, at) + changed + compact.slice(at + 1)
}

/**
 * An IBAN with correct check digits and length but a letter where the
 * registry's structure has a digit ("DE89 3704 0044 0532 0130 0A"): only the
 * structure tells it from an IBAN.
 */
export function offStructureIbanArbitrary(): fc.Arbitrary<string> {
  // Guatemala and Moldova allow a letter or digit anywhere: nothing to break.
  const countries = IBAN_COUNTRIES.filter((country) => bbanKinds(country).includes('n'))
  return fc.constantFrom(...countries).chain(validIbanArbitrary).chain((iban) => {
    const kinds = bbanKinds(iban.country)
    const digitPositions = [...kinds].flatMap((kind, index) => (kind === 'n' ? [index] : []))
    return fc.tuple(fc.constantFrom(...digitPositions), fc.constantFrom(...UPPER)).map(([position, letter]) => {
      const bban = iban.compact.slice(4)
      const changed = bban.slice(0, position) + letter + bban.slice(position + 1)
      return `${iban.country}${ibanCheckDigits(iban.country, changed)}${changed}`
    })
  })
}

// ---------------------------------------------------------------------------
// Emails

const LOCAL_FIRST = 'abcdefghijklmnopqrstuvwxyz0123456789_'
const LOCAL_REST = `${LOCAL_FIRST}%+-`
const LABEL_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789'
const ASCII_TLDS: readonly string[] = ASCII_TOP_LEVEL_DOMAINS.trim().split(/\s+/)
const IDN_TLD_PAIRS: readonly (readonly [string, string])[] = INTERNATIONALISED_TOP_LEVEL_DOMAINS.trim()
  .split(/\s+/)
  .map((pair) => pair.split('=') as [string, string])

/** Every top-level domain the detector accepts, as written: ASCII, Unicode and punycode. */
export const ALL_TOP_LEVEL_DOMAINS: readonly string[] = [...ASCII_TLDS, ...IDN_TLD_PAIRS.flat()]

/** Letters of one script each, for local parts and labels of internationalised addresses (RFC 6531, IDNA). */
const SCRIPT_LETTERS: readonly string[] = [
  'abcdefghijklmnopqrstuvwxyzäöüßéèêàçñøåł',
  'αβγδεζηθικλμνξοπρστυφχψω',
  'абвгдежзийклмнопрстуфхцчшщыэюя',
  '用户例子测试邮件电子北京',
  'ユーザーテストメールれいアイウ',
  'कखगघचजझटडतथदधनपबभमयरलवशसह',
  'กขคงจฉชซดตถทนบปผพฟมยรลวสหอ',
  '가나다라마바사아자차카타파하',
]

const atomArbitrary = fc
  .tuple(fc.constantFrom(...LOCAL_FIRST), fc.string({ unit: fc.constantFrom(...LOCAL_REST), maxLength: 9 }))
  .map(([first, rest]) => first + rest)

const labelArbitrary = fc
  .tuple(fc.string({ unit: fc.constantFrom(...LABEL_CHARS), minLength: 1, maxLength: 8 }), fc.boolean(), fc.constantFrom(...LABEL_CHARS))
  .map(([body, hyphen, last]) => (hyphen ? `${body}-${last}` : body))

/** An address split into the parts an obfuscation rewrites. */
export interface EmailParts {
  readonly local: string
  /** Domain labels, top-level domain last. */
  readonly labels: readonly string[]
}

/** The address written plainly. */
export function plainEmail(parts: EmailParts): string {
  return `${parts.local}@${parts.labels.join('.')}`
}

/**
 * Not something else that looks like an address: no scale label before a file
 * extension ("icon@2x.zip"), no version ("pkg@1.0.0-x.next"), not a Git remote's
 * login: what the detector deliberately leaves alone (`email-look-alikes.ts`).
 */
function isOrdinaryAddress(parts: EmailParts): boolean {
  const [first = '', second = '', third = ''] = parts.labels
  const scale = (label: string) => /^\d+x$/.test(label)
  if (scale(first) || (/^\d+$/.test(first) && scale(second))) return false
  if (/^\d+$/.test(first) && /^\d+$/.test(second) && /^\d/.test(third)) return false
  return parts.local.toLowerCase() !== 'git'
}

/** ASCII parts: dot-atoms of letters, digits and `_ % + -`, labels with inner hyphens, a real top-level domain. */
export function asciiEmailPartsArbitrary(): fc.Arbitrary<EmailParts> {
  return fc
    .tuple(fc.array(atomArbitrary, { minLength: 1, maxLength: 4 }), fc.array(labelArbitrary, { minLength: 1, maxLength: 3 }), fc.constantFrom(...ASCII_TLDS), fc.boolean())
    .map(([atoms, labels, tld, shout]) => {
      const parts = { local: atoms.join('.'), labels: [...labels, tld] }
      return shout ? { local: parts.local.toUpperCase(), labels: parts.labels.map((label) => label.toUpperCase()) } : parts
    })
    .filter((parts) => parts.local.length <= 64 && isOrdinaryAddress(parts))
}

/**
 * Internationalised parts (RFC 6531, IDNA 2008): a local part of one script's
 * letters (Latin with diacritics, Greek, Cyrillic, Chinese, Japanese,
 * Devanagari, Thai, Korean), labels of one script each, and a top-level domain
 * written in ASCII, in Unicode or in punycode.
 */
export function unicodeEmailPartsArbitrary(): fc.Arbitrary<EmailParts> {
  const scriptWord = (maxLength: number) =>
    fc.constantFrom(...SCRIPT_LETTERS).chain((letters) => fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength }))
  return fc
    .tuple(
      scriptWord(12),
      fc.array(fc.oneof(scriptWord(10), labelArbitrary), { minLength: 1, maxLength: 2 }),
      fc.oneof(fc.constantFrom(...ASCII_TLDS), fc.constantFrom(...IDN_TLD_PAIRS.map(([unicode]) => unicode)), fc.constantFrom(...IDN_TLD_PAIRS.map(([, punycode]) => punycode))),
    )
    .map(([local, labels, tld]) => ({ local, labels: [...labels, tld] }))
    .filter(isOrdinaryAddress)
}

/**
 * An address inside the supported syntax, written plainly: ASCII dot-atoms
 * (`_ % + -`, starting with a letter, digit or "_"), labels with inner hyphens,
 * a top-level domain of the root zone; sometimes with capitals.
 */
export function emailArbitrary(): fc.Arbitrary<string> {
  return asciiEmailPartsArbitrary().map(plainEmail)
}

/** How an obfuscated address writes "@", and whether the default detector (no space triggers) can find it. */
interface AtWriting {
  readonly text: string
  /** Glued to the local part: found by `emailDetector`; the rest need `emailDetectorWithSpacedForms`. */
  readonly glued: boolean
  /** The bare word "at": the address then needs one "dot" spelled out. */
  readonly word: boolean
}

const AT_WRITINGS: readonly AtWriting[] = [
  ...['@', '@ ', '[at]', '(at)', '[AT]', '(At)', '[at] ', '(at) ', '[ at ]', '( AT )', '@  '].map((text) => ({ text, glued: true, word: false })),
  ...[' @ ', ' @', '  @  ', ' [at] ', ' (at) ', ' {at} ', ' <at> ', ' [ at ] ', ' (AT) ', ' ＠ ', ' ﹫ '].map((text) => ({ text, glued: false, word: false })),
  ...[' at ', ' AT ', ' At ', '  at  ', ' at  '].map((text) => ({ text, glued: false, word: true })),
]

const PLAIN_DOTS: readonly string[] = ['.', '．', '。', '｡']
const SPELLED_DOTS: readonly string[] = [' dot ', ' DOT ', ' Dot ', '  dot  ', '[dot]', ' [dot] ', '(dot)', ' (dot) ', ' {dot} ', ' <dot> ', '[ dot ]', ' ( DOT ) ']

/** One address as scrapers are meant not to read it, with what the detector should make of it. */
export interface ObfuscatedEmail {
  readonly text: string
  /** The address written plainly, lower-case: what its hash token is made from. */
  readonly plain: string
  /** True when `emailDetector` finds it; otherwise only `emailDetectorWithSpacedForms` does. */
  readonly glued: boolean
}

/**
 * Every obfuscation × casing × spacing: "@" as a sign, a bracketed word or a bare
 * word, glued or spaced (one or two spaces), in any case; each dot plain,
 * full-width, ideographic or spelled out. A bare "at" always comes with a
 * spelled-out dot, as the detector requires.
 */
export function obfuscatedEmailArbitrary(): fc.Arbitrary<ObfuscatedEmail> {
  return fc
    .tuple(fc.oneof(asciiEmailPartsArbitrary(), unicodeEmailPartsArbitrary()), fc.constantFrom(...AT_WRITINGS), fc.array(fc.constantFrom(...PLAIN_DOTS, ...SPELLED_DOTS), { minLength: 3, maxLength: 3 }), fc.nat())
    .map(([parts, at, dots, spelled]) => {
      const separators = parts.labels.slice(1).map((_, index) => dots[index] as string)
      // A bare "at" needs at least one "dot" spelled out.
      if (at.word && separators.every((separator) => PLAIN_DOTS.includes(separator))) separators[spelled % separators.length] = SPELLED_DOTS[spelled % SPELLED_DOTS.length] as string
      let domain = parts.labels[0] as string
      parts.labels.slice(1).forEach((label, index) => (domain += `${separators[index]}${label}`))
      return { text: `${parts.local}${at.text}${domain}`, plain: plainEmail(parts).normalize('NFKC').toLowerCase(), glued: at.glued }
    })
}

/**
 * Email-shaped strings that are not addresses: retina asset names, package
 * names with versions (npm, Homebrew, Docker digests), mentions, decorators, Git
 * remotes, "at" without a spelled "dot", and unknown top-level domains.
 */
export function emailLookAlikeArbitrary(): fc.Arbitrary<string> {
  const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 10 })
  const version = fc
    .tuple(fc.nat({ max: 30 }), fc.nat({ max: 30 }), fc.nat({ max: 30 }), fc.constantFrom('', '-beta.1', '-rc.2', '-next.4', '-beta.next'))
    .map(([major, minor, patch, pre]) => `${major}.${minor}.${patch}${pre}`)
  const extensions = ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'ico', 'js', 'ts', 'json', 'css', 'html', 'md', 'txt', 'pdf', 'zip', 'mov', 'py', 'sh']
  const unknownTld = word.filter((tld) => tld.length >= 2 && !ALL_TOP_LEVEL_DOMAINS.includes(tld))
  return fc.oneof(
    fc.tuple(word, fc.integer({ min: 1, max: 4 }), fc.constantFrom(...extensions)).map(([name, scale, ext]) => `${name}@${scale}x.${ext}`),
    fc.tuple(word, fc.integer({ min: 1, max: 3 }), fc.constantFrom(5, 25, 75), fc.constantFrom(...extensions)).map(([name, whole, part, ext]) => `${name}@${whole}.${part}x.${ext}`),
    fc.tuple(word, version).map(([name, at]) => `${name}@${at}`),
    fc.tuple(word, word, version).map(([scope, name, at]) => `@${scope}/${name}@${at}`),
    fc.tuple(word, fc.nat({ max: 20 }), fc.nat({ max: 20 })).map(([name, major, minor]) => `${name}@${major}.${minor}`),
    fc.tuple(word, fc.constantFrom('latest', 'next', 'canary')).map(([name, tag]) => `${name}@${tag}`),
    word.map((name) => `@${name}`),
    word.map((name) => `@${name.charAt(0).toUpperCase()}${name.slice(1)}()`),
    fc.tuple(word, fc.constantFrom('github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'ssh.dev.azure.com'), word).map(([org, host, repo]) => `git@${host}:${org}/${repo}.git`),
    fc.tuple(fc.constantFrom('github.com', 'gitlab.com'), word, word).map(([host, org, repo]) => `ssh://git@${host}/${org}/${repo}.git`),
    fc.tuple(word, word, fc.constantFrom('hotel', 'com', 'shop', 'cafe')).map(([who, place, tld]) => `${who} at ${place}.${tld}`),
    fc.tuple(word, word, unknownTld).map(([local, label, tld]) => `${local}@${label}.${tld}`),
    fc.tuple(word, word, unknownTld).map(([local, label, tld]) => `${local} at ${label} dot ${tld}`),
  )
}

// ---------------------------------------------------------------------------
// Phones

export interface ExamplePhone {
  readonly country: CountryCode
  readonly number: PhoneNumber
}

/** libphonenumber's example mobile number of every country that has one with at least 7 digits. */
export const EXAMPLE_PHONES: readonly ExamplePhone[] = getCountries().flatMap((country) => {
  const number = getExampleNumber(country, examples)
  if (number === undefined) return []
  if (number.number.length - 1 < MIN_PHONE_DIGITS) return []
  return [{ country, number }]
})

/** An example number in international format ("+44 7400 123456"), any country. */
export function internationalPhoneArbitrary(): fc.Arbitrary<ExamplePhone & { readonly text: string }> {
  return fc.constantFrom(...EXAMPLE_PHONES).map((example) => ({ ...example, text: example.number.formatInternational() }))
}

// ---------------------------------------------------------------------------
// National identifiers

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ'
const NINO_UNALLOCATED = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']

/** The ways the detector promises to read a NINO (see `src/detectors/uk-nino.ts`). */
export const NINO_STYLES = ['compact', 'display', 'spaced-block', 'dashed', 'dashed-block', 'dotted', 'no-break', 'narrow-no-break', 'suffix-glued', 'pairs-glued-prefix'] as const
export type NinoStyle = (typeof NINO_STYLES)[number]

/** A NINO's parts written in `style`. */
export function formatNino(prefix: string, digits: string, suffix: string, style: NinoStyle): string {
  const pairs = (separator: string) => `${digits.slice(0, 2)}${separator}${digits.slice(2, 4)}${separator}${digits.slice(4)}`
  switch (style) {
    case 'compact':
      return `${prefix}${digits}${suffix}`
    case 'display':
      return `${prefix} ${pairs(' ')} ${suffix}`
    case 'spaced-block':
      return `${prefix} ${digits} ${suffix}`
    case 'dashed':
      return `${prefix}-${pairs('-')}-${suffix}`
    case 'dashed-block':
      return `${prefix}-${digits}-${suffix}`
    case 'dotted':
      return `${prefix}.${pairs('.')}.${suffix}`
    case 'no-break':
      return `${prefix}\u00a0${pairs('\u00a0')}\u00a0${suffix}`
    case 'narrow-no-break':
      return `${prefix}\u202f${pairs('\u202f')}\u202f${suffix}`
    case 'suffix-glued':
      return `${prefix} ${pairs(' ')}${suffix}`
    case 'pairs-glued-prefix':
      return `${prefix}${pairs(' ')} ${suffix}`
  }
}

/** A NINO as HMRC allocates them, in every written form, capitals or small letters. */
export function ninoArbitrary(): fc.Arbitrary<{ readonly text: string; readonly canonical: string; readonly style: NinoStyle }> {
  return fc
    .tuple(
      fc.constantFrom(...NINO_FIRST),
      fc.constantFrom(...NINO_SECOND),
      fc.string({ unit: fc.constantFrom(...DIGITS), minLength: 6, maxLength: 6 }),
      fc.constantFrom('A', 'B', 'C', 'D'),
      fc.constantFrom(...NINO_STYLES),
      fc.boolean(),
    )
    .filter(([first, second]) => !NINO_UNALLOCATED.includes(first + second))
    .map(([first, second, digits, suffix, style, lower]) => {
      const text = formatNino(first + second, digits, suffix, style)
      return { text: lower ? text.toLowerCase() : text, canonical: `${first}${second}${digits}${suffix}`, style }
    })
}

/**
 * NINO-shaped strings HMRC never issues, in every written form: a prefix with
 * D, F, I, Q, U or V (or O second), an unallocated prefix, a suffix outside
 * A–D, a seventh digit, or two kinds of separator in one number.
 */
export function invalidNinoArbitrary(): fc.Arbitrary<string> {
  const digits = fc.string({ unit: fc.constantFrom(...DIGITS), minLength: 6, maxLength: 6 })
  const style = fc.constantFrom(...NINO_STYLES)
  const suffix = fc.constantFrom('A', 'B', 'C', 'D')
  const anyLetter = fc.constantFrom(...UPPER)
  const badPrefix = fc.oneof(
    fc.tuple(fc.constantFrom(...'DFIQUV'), anyLetter).map(([first, second]) => first + second),
    fc.tuple(anyLetter, fc.constantFrom(...'DFIOQUV')).map(([first, second]) => first + second),
    fc.constantFrom(...NINO_UNALLOCATED),
  )
  const goodPrefix = fc.tuple(fc.constantFrom(...NINO_FIRST), fc.constantFrom(...NINO_SECOND)).map(([first, second]) => first + second).filter((prefix) => !NINO_UNALLOCATED.includes(prefix))
  return fc.oneof(
    fc.tuple(badPrefix, digits, suffix, style).map(([prefix, number, letter, chosen]) => formatNino(prefix, number, letter, chosen)),
    fc.tuple(goodPrefix, digits, fc.constantFrom(...'EFGHJKLMNPQRSTUVWXYZ'), style).map(([prefix, number, letter, chosen]) => formatNino(prefix, number, letter, chosen)),
    fc.tuple(goodPrefix, digits, fc.constantFrom(...DIGITS), suffix).map(([prefix, number, extra, letter]) => `${prefix}${number}${extra}${letter}`),
    fc.tuple(goodPrefix, digits, suffix).map(([prefix, number, letter]) => `${prefix} ${number.slice(0, 2)}-${number.slice(2, 4)} ${number.slice(4)} ${letter}`),
  )
}

/** Nine digits the SSA could issue: area 001–899 but 666, group 01–99, serial 0001–9999. */
export function ssnDigitsArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 1, max: 899 }).filter((area) => area !== 666), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
    .map(([area, group, serial]) => `${String(area).padStart(3, '0')}${String(group).padStart(2, '0')}${String(serial).padStart(4, '0')}`)
}

/**
 * Nine digits the SSA never issues: area 000, 666 or 900–999, group 00 or
 * serial 0000 (the rest random).
 */
export function unissuedSsnDigitsArbitrary(): fc.Arbitrary<string> {
  const pad = (value: number, width: number) => String(value).padStart(width, '0')
  return fc
    .tuple(
      fc.oneof(fc.constantFrom(0, 666), fc.integer({ min: 900, max: 999 }), fc.integer({ min: 1, max: 899 })),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 9999 }),
      fc.nat({ max: 2 }),
    )
    .map(([area, group, serial, broken]) => {
      // Make sure at least one part is never issued.
      const unissuedArea = area === 0 || area === 666 || area >= 900
      if (!unissuedArea && group !== 0 && serial !== 0) return broken === 0 ? `000${pad(group, 2)}${pad(serial, 4)}` : broken === 1 ? `${pad(area, 3)}00${pad(serial, 4)}` : `${pad(area, 3)}${pad(group, 2)}0000`
      return `${pad(area, 3)}${pad(group, 2)}${pad(serial, 4)}`
    })
}

export function dashedSsn(digits: string): string {
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
}

/**
 * The ways the detector promises to read an SSN, and whether each needs a
 * keyword: dashes of every kind (the SSA's format) need none; spaces,
 * no-break spaces, dots, spaced dashes and nine digits in a row do.
 */
export const SSN_STYLES: readonly { readonly name: string; readonly gap: string | undefined; readonly needsKeyword: boolean }[] = [
  { name: 'dashed', gap: '-', needsKeyword: false },
  { name: 'en dash', gap: '\u2013', needsKeyword: false },
  { name: 'non-breaking hyphen', gap: '\u2011', needsKeyword: false },
  { name: 'minus sign', gap: '\u2212', needsKeyword: false },
  { name: 'full-width hyphen', gap: '\uff0d', needsKeyword: false },
  { name: 'spaced', gap: ' ', needsKeyword: true },
  { name: 'no-break spaces', gap: '\u00a0', needsKeyword: true },
  { name: 'narrow no-break spaces', gap: '\u202f', needsKeyword: true },
  { name: 'dotted', gap: '.', needsKeyword: true },
  { name: 'spaced dashes', gap: ' - ', needsKeyword: true },
  { name: 'bare', gap: undefined, needsKeyword: true },
]

/** `digits` written with `gap` between area, group and serial (none: nine in a row). */
export function formatSsn(digits: string, gap: string | undefined): string {
  if (gap === undefined) return digits
  return `${digits.slice(0, 3)}${gap}${digits.slice(3, 5)}${gap}${digits.slice(5)}`
}

// ---------------------------------------------------------------------------
// Chat text with personal data

/** One piece of personal data as it appears in chat. */
export function piiPieceArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    formattedIbanArbitrary().map((iban) => iban.text),
    emailArbitrary(),
    unicodeEmailPartsArbitrary().map(plainEmail),
    obfuscatedEmailArbitrary().map((email) => email.text),
    emailLookAlikeArbitrary(),
    fc.tuple(ssnDigitsArbitrary(), fc.constantFrom(...SSN_STYLES)).map(([digits, style]) => `ssn ${formatSsn(digits, style.gap)}`),
    internationalPhoneArbitrary().map((phone) => phone.text),
    fc.constantFrom('(604) 697-0202', '408-247-8880', '020 7946 0958', 'call me on 4155550123', '4155550123 is my cell', '+1 (604) 697-0202'),
    ninoArbitrary().map((nino) => nino.text),
    ssnDigitsArbitrary().chain((digits) => fc.constantFrom(dashedSsn(digits), `ssn ${digits}`, `my social is ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`)),
    fc.constantFrom('nino AB123456', 'account number 84318931431', 'PIN 4417', '2024-05-12', '08 06 1963', 'jane@localhost', 'x@y.c', '@mention', 'a.b@c.d.e.fr'),
  )
}

/**
 * Chat text mixing everything: the card-side generator's pieces, personal data,
 * look-alikes, and a soup of the characters PII detectors key on.
 */
export function piiChatTextArbitrary(): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { arbitrary: chatTextArbitrary(), weight: 1 },
        { arbitrary: piiPieceArbitrary(), weight: 3 },
        { arbitrary: fc.stringMatching(/^[0-9A-Za-z @.+()_-]{0,40}$/), weight: 1 },
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join(' '))
}

export { assertQuietly } from './quiet-assert.js'
