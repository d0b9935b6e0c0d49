/**
 * Scripts written without spaces between words, as code-unit ranges, for the
 * email detector: Chinese, Japanese (kana and kanji), Thai, Lao, Khmer and
 * Myanmar (Korean is written with spaces). In such text an address runs straight into the words around it
 * ("メールはjane@example.comまで"), so where one of these scripts meets the
 * Latin letters of an address the address ends. Ranges are Unicode 15.1 blocks
 * (The Unicode Standard, Blocks.txt). Reviewed 2026-12-04.
 */
export const UNSPACED_SCRIPT_RANGES: readonly (readonly [number, number])[] = [
  [0x0e00, 0x0eff], // Thai, Lao
  [0x1000, 0x109f], // Myanmar
  [0x1780, 0x17ff], // Khmer
  [0x2e80, 0x2fdf], // CJK Radicals Supplement, Kangxi Radicals
  [0x3040, 0x312f], // Hiragana, Katakana, Bopomofo
  [0x31a0, 0x31bf], // Bopomofo Extended
  [0x31f0, 0x31ff], // Katakana Phonetic Extensions
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xff66, 0xff9f], // Halfwidth Katakana
]

/** Code units below this are ASCII. */
export const FIRST_NON_ASCII_CODE = 0x80

/** UTF-16 surrogates (U+D800–U+DFFF): halves of a code point outside the BMP. */
export const FIRST_SURROGATE_CODE = 0xd800
export const LAST_SURROGATE_CODE = 0xdfff
