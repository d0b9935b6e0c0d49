import { foldText, isLatinLetterCode } from '../data/latin-letters.js'
import { MAX_EMPHASIS_MARKS, MAX_GLUED_WORD_AFTER_CHARS, MAX_GLUED_WORD_CHARS } from '../data/limits.js'
import { CharCode } from './char-codes.js'
import { isIdentifierLetter } from './char-classes.js'
import type { Cursor } from './cursor.js'
import { isDigitCode } from './digit-group.js'

/**
 * Letters glued straight onto a number ("card4111…", "cvv123", "…1111exp",
 * "Prüfnummer123") make it part of an identifier, unless they are a word from a
 * short list of card keywords (these read that word, folded: lower case,
 * diacritics removed; the lists live in `src/data/context-keywords.ts`) or the
 * underscores of Markdown emphasis.
 *
 * Each reads at most {@link MAX_GLUED_WORD_CHARS} letters (after a number:
 * {@link MAX_GLUED_WORD_AFTER_CHARS}) and one character beyond them: a longer
 * run of letters is never a keyword, so it stops there.
 */

/** A letter of the Latin script, accented ones included ("é" of "vérification"), but not "_". */
function isWordLetter(code: number): boolean {
  return isLatinLetterCode(code)
}

/**
 * The word glued straight before `index`, folded, or undefined when there is
 * no letter there, when the run of letters is longer than any keyword, or when
 * the run is itself glued to a digit or underscore ("x9cvv123", "id_card4111…":
 * one token). In "card4111…" it is "card"; in "ORD4111…" it is "ord", which no
 * list holds.
 *
 * `numberEnd` is where the finding just before ends (its last digit is at
 * `numberEnd - 1`): a word glued to that number is the keyword between two
 * pieces of card data, "…1111cvv123", "exp12/29cvv123".
 */
export function gluedWordBefore(cursor: Cursor, index: number, numberEnd?: number): string | undefined {
  let start = index
  while (index - start < MAX_GLUED_WORD_CHARS && isWordLetter(cursor.code(start - 1))) start--
  const before = cursor.code(start - 1)
  if (start === index || isIdentifierLetter(before) || isWordLetter(before)) return undefined
  if (isDigitCode(before) && start !== numberEnd) return undefined
  return foldText(cursor.slice(start, index))
}

/**
 * The word glued straight after `index` ("exp" in "…1111exp 12/29", "cvv" in
 * "12/29cvv123"), folded, or undefined when there is no letter there, when the
 * run of letters is longer than any keyword that may follow a number, or when
 * an underscore goes on from it. Digits may follow ("…1111cvv2", "12/29cvv123"):
 * the word is what counts.
 */
export function gluedWordAfter(cursor: Cursor, index: number): string | undefined {
  let end = index
  while (end - index < MAX_GLUED_WORD_AFTER_CHARS && isWordLetter(cursor.code(end))) end++
  const after = cursor.code(end)
  if (end === index || isIdentifierLetter(after) || isWordLetter(after)) return undefined
  return foldText(cursor.slice(index, end))
}

/**
 * Are the underscores from `index` on (walking by `step`, away from the number)
 * Markdown emphasis, "_4111…_" or "__737__": one or two, then no letter, digit
 * or further underscore? "order_4111…" and "4111…_v2" are identifiers.
 */
export function isUnderscoreEmphasis(cursor: Cursor, index: number, step: 1 | -1): boolean {
  let at = index
  while (cursor.code(at) === CharCode.Underscore) {
    if (Math.abs(at - index) >= MAX_EMPHASIS_MARKS) return false
    at += step
  }
  const beyond = cursor.code(at)
  return !isIdentifierLetter(beyond) && !isDigitCode(beyond)
}
