/**
 * Letters of the Latin script beyond ASCII (Latin-1 Supplement, Latin
 * Extended-A and -B: é, ü, ó, ż, å, ß, ł…) and how keyword matching reads them:
 * lower-cased and with their diacritics removed, because customers type
 * "codigo de seguridad", "gultig bis" and "prufnummer" as often as the spelled
 * forms. Both the keyword tables and the text are folded the same way.
 *
 * The table is built once, when the module loads, from Unicode's own
 * decompositions (`String.prototype.normalize('NFD')`, then the combining marks
 * dropped): the source of truth for which base letter "é" carries. Normalising
 * per character on the hot path would be far slower than this array read.
 * Letters with no decomposition get the spelling their languages use when the
 * letter is not at hand (German "ß" → "ss", Polish "ł" → "l", Danish and
 * Norwegian "ø" → "o", Icelandic "þ" → "th", …).
 */

/** À, the first letter of the Latin-1 Supplement (U+00C0). */
const FIRST_FOLDED_CODE = 0xc0
/** ɏ, the last letter of Latin Extended-B (U+024F). */
const LAST_FOLDED_CODE = 0x24f

/** U+0300–U+036F: combining diacritical marks, the accents NFD splits off (macOS often sends text this way). */
const FIRST_COMBINING_MARK = 0x300
const LAST_COMBINING_MARK = 0x36f

/**
 * Letters Unicode does not decompose, with the ASCII spelling used when the
 * letter is not on the keyboard (DIN 5007 for "ß", the Polish, Nordic,
 * Icelandic, Croatian and Maltese conventions for the others).
 */
const UNDECOMPOSED_SPELLINGS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ð: 'd',
  þ: 'th',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ĳ: 'ij',
  ĸ: 'k',
  ŀ: 'l',
  ł: 'l',
  ŉ: 'n',
  ŋ: 'n',
  ŧ: 't',
  ſ: 's',
}

/** "’" (U+2019): the apostrophe phone keyboards type in "d’expiration", "it’s". */
export const RIGHT_SINGLE_QUOTATION_MARK = 0x2019

const LETTER = /^\p{L}$/u
const ASCII_LETTERS = /^[a-z]+$/

/** Folded spelling of each code in [FIRST_FOLDED_CODE, LAST_FOLDED_CODE]; '' for the few non-letters (×, ÷). */
const FOLDED: readonly string[] = Array.from({ length: LAST_FOLDED_CODE - FIRST_FOLDED_CODE + 1 }, (_, offset) => {
  const char = String.fromCharCode(FIRST_FOLDED_CODE + offset)
  if (!LETTER.test(char)) return ''
  const lower = char.toLowerCase()
  const spelled = UNDECOMPOSED_SPELLINGS[lower]
  if (spelled !== undefined) return spelled
  const base = lower.normalize('NFD').replace(/\p{M}/gu, '')
  // Letters with no ASCII base (ə, ƒ, ʒ…) stay themselves, lower-cased: still letters, matched exactly.
  return ASCII_LETTERS.test(base) ? base : lower
})

const UPPER_A = 0x41 // "A"
const UPPER_Z = 0x5a // "Z"
const LOWER_A = 0x61 // "a"
const LOWER_Z = 0x7a // "z"
/** The bit that turns an ASCII capital into its lower-case letter. */
const ASCII_CASE_BIT = 0x20

function isAsciiLetter(code: number): boolean {
  return (code >= LOWER_A && code <= LOWER_Z) || (code >= UPPER_A && code <= UPPER_Z)
}

/**
 * Is `code` a letter of the Latin script (ASCII, Latin-1 Supplement, Latin
 * Extended-A or -B)? These are the letters keyword words are made of.
 * @example
 * ```ts
 * isLatinLetterCode('é'.charCodeAt(0)) // true
 * isLatinLetterCode('×'.charCodeAt(0)) // false
 * ```
 */
export function isLatinLetterCode(code: number): boolean {
  if (code < FIRST_FOLDED_CODE) return isAsciiLetter(code)
  return code <= LAST_FOLDED_CODE && (FOLDED[code - FIRST_FOLDED_CODE] as string) !== ''
}

/** A combining accent (U+0300–U+036F): part of the letter before it ("e\u0301" is "é"). */
export function isCombiningMarkCode(code: number): boolean {
  return code >= FIRST_COMBINING_MARK && code <= LAST_COMBINING_MARK
}

/**
 * The folded spelling of one Latin letter: lower case, diacritics removed
 * ("É" → "e", "ß" → "ss", "Ł" → "l"). '' when `code` is not a Latin letter.
 * @example
 * ```ts
 * foldedLetter('Ü'.charCodeAt(0)) // 'u'
 * foldedLetter('ß'.charCodeAt(0)) // 'ss'
 * ```
 */
export function foldedLetter(code: number): string {
  // Single-character strings are interned by the engine: no allocation here.
  if (code < FIRST_FOLDED_CODE) return isAsciiLetter(code) ? String.fromCharCode(code | ASCII_CASE_BIT) : ''
  return code <= LAST_FOLDED_CODE ? (FOLDED[code - FIRST_FOLDED_CODE] as string) : ''
}

/**
 * `text` as keyword matching reads it: Latin letters folded (see
 * {@link foldedLetter}), combining accents dropped, the typographic apostrophe
 * "’" written "'", anything else kept as it is. For tables and short words, not
 * for scanning text.
 * @example
 * ```ts
 * foldText('Código de Seguridad') // 'codigo de seguridad'
 * foldText('date d’expiration') // "date d'expiration"
 * ```
 */
export function foldText(text: string): string {
  let folded = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isCombiningMarkCode(code)) continue
    if (code === RIGHT_SINGLE_QUOTATION_MARK) folded += "'"
    else folded += isLatinLetterCode(code) ? foldedLetter(code) : text.charAt(index)
  }
  return folded
}
