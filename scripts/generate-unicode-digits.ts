/**
 * Writes `src/data/unicode-digits.ts`: every character chatmask reads as a
 * digit, derived from the Unicode data in the running engine's ICU rather than
 * typed by hand. `test/scanner/unicode-digits.test.ts` runs the same derivation
 * over every code point and fails when the committed table differs, so a Node
 * with a newer ICU (new scripts' digits) shows up as a failing test whose fix is
 *
 *   npx tsx scripts/generate-unicode-digits.ts
 *
 * The rules, each a reading a person makes of the character:
 * 1. `decimal`: General_Category Nd (`/\p{Nd}/u`), the decimal digits of every
 *    script ("٤", "४", "４", "𝟒", "𞥔"). Value: the ASCII digit the Unicode
 *    Collation Algorithm's root order (ICU's `Intl.Collator('und')`) treats it
 *    as at primary strength, which is also its place in its run of ten (the
 *    Nd stability policy; both are checked).
 * 2. `compatibility`: General_Category No whose compatibility decomposition
 *    (NFKC) is one ASCII digit, alone, in parentheses or before a full stop or
 *    comma: superscripts "⁴", subscripts "₄", circled "④", parenthesized "⑷",
 *    "⒋", "🄅". Numbers of two digits ("⑩", "⒑") are not one digit and are left out.
 * 3. `enclosed`: General_Category No without a decomposition in the blocks of
 *    decorated digits (Blocks.txt: Enclosed Alphanumerics, Dingbats, Enclosed
 *    Alphanumeric Supplement) that root collation treats as one ASCII digit:
 *    the negative, double and sans-serif circled digits "❹", "⓸", "➃", "⓿", "🄋".
 *    The blocks keep out the numerals of historic number systems (Aegean,
 *    counting rods, Ethiopic, …), which collate as digits too but are not how
 *    anyone writes a card number.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** How a character came to be read as a digit (see the rules above). */
export type DigitRule = 'decimal' | 'compatibility' | 'enclosed'

/** A run of consecutive code points whose digit values count up by one from `value`. */
export interface DigitRange {
  readonly first: number
  readonly last: number
  /** Digit value (0–9) of `first`. */
  readonly value: number
  readonly rule: DigitRule
}

const MAX_CODE_POINT = 0x10ffff
const FIRST_SURROGATE = 0xd800
const LAST_SURROGATE = 0xdfff
const DECIMAL_DIGIT = /^\p{Nd}$/u
const OTHER_NUMBER = /^\p{No}$/u
/** A compatibility decomposition that is one digit: "4", "(4)", "4.", "4,". */
const ONE_DIGIT_FORM = /^(?:[0-9]|\([0-9]\)|[0-9][.,])$/
const ASCII_DIGITS = '0123456789'

/** Blocks.txt (Unicode 17.0): the blocks whose numbers are decorated forms of the ASCII digits. */
const DECORATED_DIGIT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x2460, 0x24ff], // Enclosed Alphanumerics
  [0x2700, 0x27bf], // Dingbats
  [0x1f100, 0x1f1ff], // Enclosed Alphanumeric Supplement
]

const rootCollator = new Intl.Collator('und', { sensitivity: 'base' })

/** The one ASCII digit root collation treats `char` as at primary strength, or -1. */
function collatedDigitOf(char: string): number {
  let found = -1
  for (let digit = 0; digit < ASCII_DIGITS.length; digit++) {
    if (rootCollator.compare(char, ASCII_DIGITS[digit] as string) !== 0) continue
    if (found >= 0) return -1
    found = digit
  }
  return found
}

function inDecoratedDigitBlock(codePoint: number): boolean {
  return DECORATED_DIGIT_BLOCKS.some(([first, last]) => codePoint >= first && codePoint <= last)
}

/** What the rules say about one code point: its digit value and rule, or undefined. */
export function digitOfCodePoint(codePoint: number): { value: number; rule: DigitRule } | undefined {
  if (codePoint >= FIRST_SURROGATE && codePoint <= LAST_SURROGATE) return undefined
  const char = String.fromCodePoint(codePoint)
  if (DECIMAL_DIGIT.test(char)) {
    const value = collatedDigitOf(char)
    if (value < 0) throw new Error(`U+${hex(codePoint)} is Nd but collates as no single digit: check the rules`)
    return { value, rule: 'decimal' }
  }
  if (!OTHER_NUMBER.test(char)) return undefined
  const decomposed = char.normalize('NFKC')
  if (decomposed !== char) {
    if (!ONE_DIGIT_FORM.test(decomposed)) return undefined
    const digit = /[0-9]/.exec(decomposed)?.[0] as string
    return { value: Number(digit), rule: 'compatibility' }
  }
  if (!inDecoratedDigitBlock(codePoint)) return undefined
  const value = collatedDigitOf(char)
  return value < 0 ? undefined : { value, rule: 'enclosed' }
}

/** Every digit of every rule, as ascending ranges of consecutive code points with consecutive values. */
export function deriveDigitRanges(): DigitRange[] {
  const ranges: DigitRange[] = []
  let open: { first: number; last: number; value: number; rule: DigitRule } | undefined
  for (let codePoint = 0; codePoint <= MAX_CODE_POINT; codePoint++) {
    const digit = digitOfCodePoint(codePoint)
    if (digit === undefined) continue
    const continues =
      open !== undefined &&
      open.last === codePoint - 1 &&
      open.rule === digit.rule &&
      open.value + (codePoint - open.first) === digit.value
    if (continues && open !== undefined) {
      open.last = codePoint
      continue
    }
    if (open !== undefined) ranges.push(open)
    open = { first: codePoint, last: codePoint, value: digit.value, rule: digit.rule }
  }
  if (open !== undefined) ranges.push(open)
  return ranges
}

function hex(codePoint: number): string {
  return codePoint.toString(16).toUpperCase().padStart(4, '0')
}

/**
 * Names for the table's comments only (the ranges come from the rules): the
 * script or style of each range, by its first code point. A range missing here
 * is still generated, with its characters as its comment.
 */
const LABELS: Readonly<Record<number, string>> = {
  0x30: 'ASCII',
  0x660: 'ARABIC-INDIC',
  0x6f0: 'EXTENDED ARABIC-INDIC (Persian, Urdu)',
  0x7c0: 'NKO',
  0x966: 'DEVANAGARI',
  0x9e6: 'BENGALI',
  0xa66: 'GURMUKHI',
  0xae6: 'GUJARATI',
  0xb66: 'ORIYA',
  0xbe6: 'TAMIL',
  0xc66: 'TELUGU',
  0xce6: 'KANNADA',
  0xd66: 'MALAYALAM',
  0xde6: 'SINHALA LITH',
  0xe50: 'THAI',
  0xed0: 'LAO',
  0xf20: 'TIBETAN',
  0x1040: 'MYANMAR',
  0x1090: 'MYANMAR SHAN',
  0x17e0: 'KHMER',
  0x1810: 'MONGOLIAN',
  0x1946: 'LIMBU',
  0x19d0: 'NEW TAI LUE',
  0x1a80: 'TAI THAM HORA',
  0x1a90: 'TAI THAM THAM',
  0x1b50: 'BALINESE',
  0x1bb0: 'SUNDANESE',
  0x1c40: 'LEPCHA',
  0x1c50: 'OL CHIKI',
  0xa620: 'VAI',
  0xa8d0: 'SAURASHTRA',
  0xa900: 'KAYAH LI',
  0xa9d0: 'JAVANESE',
  0xa9f0: 'MYANMAR TAI LAING',
  0xaa50: 'CHAM',
  0xabf0: 'MEETEI MAYEK',
  0xff10: 'FULLWIDTH (Japanese, Chinese and Korean IMEs)',
  0x104a0: 'OSMANYA',
  0x10d30: 'HANIFI ROHINGYA',
  0x10d40: 'GARAY',
  0x11066: 'BRAHMI',
  0x110f0: 'SORA SOMPENG',
  0x11136: 'CHAKMA',
  0x111d0: 'SHARADA',
  0x112f0: 'KHUDAWADI',
  0x11450: 'NEWA',
  0x114d0: 'TIRHUTA',
  0x11650: 'MODI',
  0x116c0: 'TAKRI',
  0x116d0: 'MYANMAR PAO',
  0x116da: 'MYANMAR EASTERN PWO KAREN',
  0x11730: 'AHOM',
  0x118e0: 'WARANG CITI',
  0x11950: 'DIVES AKURU',
  0x11bf0: 'SUNUWAR',
  0x11c50: 'BHAIKSUKI',
  0x11d50: 'MASARAM GONDI',
  0x11da0: 'GUNJALA GONDI',
  0x11de0: 'TOLONG SIKI',
  0x11f50: 'KAWI',
  0x16130: 'GURUNG KHEMA',
  0x16a60: 'MRO',
  0x16ac0: 'TANGSA',
  0x16b50: 'PAHAWH HMONG',
  0x16d70: 'KIRAT RAI',
  0x1ccf0: 'OUTLINED (Symbols for Legacy Computing Supplement)',
  0x1d7ce: 'MATHEMATICAL BOLD ("fancy text")',
  0x1d7d8: 'MATHEMATICAL DOUBLE-STRUCK',
  0x1d7e2: 'MATHEMATICAL SANS-SERIF',
  0x1d7ec: 'MATHEMATICAL SANS-SERIF BOLD',
  0x1d7f6: 'MATHEMATICAL MONOSPACE',
  0x1e140: 'NYIAKENG PUACHUE HMONG',
  0x1e2f0: 'WANCHO',
  0x1e4f0: 'NAG MUNDARI',
  0x1e5f1: 'OL ONAL',
  0x1e950: 'ADLAM',
  0x1fbf0: 'SEGMENTED (Symbols for Legacy Computing)',
  0xb2: 'SUPERSCRIPT TWO, THREE',
  0xb9: 'SUPERSCRIPT ONE',
  0x2070: 'SUPERSCRIPT ZERO',
  0x2074: 'SUPERSCRIPT FOUR to NINE',
  0x2080: 'SUBSCRIPT',
  0x2460: 'CIRCLED',
  0x2474: 'PARENTHESIZED',
  0x2488: 'DIGIT … FULL STOP',
  0x24ea: 'CIRCLED DIGIT ZERO',
  0x24f5: 'DOUBLE CIRCLED',
  0x24ff: 'NEGATIVE CIRCLED DIGIT ZERO',
  0x2776: 'DINGBAT NEGATIVE CIRCLED',
  0x2780: 'DINGBAT CIRCLED SANS-SERIF',
  0x278a: 'DINGBAT NEGATIVE CIRCLED SANS-SERIF',
  0x1f100: 'DIGIT ZERO FULL STOP',
  0x1f101: 'DIGIT … COMMA',
  0x1f10b: 'DINGBAT CIRCLED SANS-SERIF DIGIT ZERO',
  0x1f10c: 'DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT ZERO',
}

/** The characters themselves, "①…⑨", and the range's name. */
function commentOf(range: DigitRange): string {
  const span = range.first === range.last ? `U+${hex(range.first)}` : `U+${hex(range.first)}–U+${hex(range.last)}`
  const first = String.fromCodePoint(range.first)
  const chars = range.first === range.last ? first : `${first}…${String.fromCodePoint(range.last)}`
  const label = LABELS[range.first]
  return `${range.rule}: ${span} ${chars}${label === undefined ? '' : ` ${label}`}`
}

/** The TypeScript source of `src/data/unicode-digits.ts`. */
export function renderDigitTable(ranges: readonly DigitRange[], unicodeVersion: string, icuVersion: string): string {
  const rows = ranges.map((range) => `  [0x${range.first.toString(16)}, 0x${range.last.toString(16)}, ${range.value}], // ${commentOf(range)}`).join('\n')
  return `/**
 * Every character chatmask reads as a digit, with its value: rows of
 * consecutive code points whose values count up by one from the row's first.
 *
 * GENERATED by \`npx tsx scripts/generate-unicode-digits.ts\` from the Unicode
 * data of Node's ICU (Unicode ${unicodeVersion}, ICU ${icuVersion}); do not edit by hand. Each row's
 * comment names the rule that admitted it (the script's header gives them):
 * \`decimal\`, General_Category Nd, the decimal digits of every script;
 * \`compatibility\`, the superscript, subscript, circled, parenthesized and
 * full-stop digits (No) whose compatibility decomposition (NFKC) is one digit;
 * \`enclosed\`, the dingbat circled digits (No, no decomposition) that the
 * Unicode Collation Algorithm's root order treats as a digit.
 * \`test/scanner/unicode-digits.test.ts\` checks the table against the rules for
 * every code point. A table rather than \`\\p{Nd}\` at load time: a redaction must
 * not depend on which Unicode version the JavaScript engine happens to ship.
 */

/** One row: first code point, last code point, digit value (0–9) of the first. */
export type DigitRangeRow = readonly [first: number, last: number, value: number]

/** Ascending and disjoint. */
export const DIGIT_RANGES: readonly DigitRangeRow[] = [
${rows}
]
`
}

const TABLE_PATH = fileURLToPath(new URL('../src/data/unicode-digits.ts', import.meta.url))

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const source = renderDigitTable(deriveDigitRanges(), process.versions.unicode ?? '?', process.versions.icu ?? '?')
  writeFileSync(TABLE_PATH, source)
  console.log(`wrote ${TABLE_PATH}`)
}
