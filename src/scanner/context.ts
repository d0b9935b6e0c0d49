import { CONTEXT_AFTER_CHARS, CONTEXT_BEFORE_CHARS } from '../data/limits.js'
import { LINKING_WORDS } from '../data/context-keywords.js'
import { CharCode } from './char-codes.js'
import { isCardSeparator } from './char-classes.js'
import type { Cursor } from './cursor.js'
import { isDigitCode } from './digit-group.js'

/** Lower-cases ASCII letters only: keywords are ASCII, and this never changes length. */
function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase())
}

/** Code units below this are ASCII. */
const ASCII_LIMIT = 0x80

function isAsciiWordCode(code: number): boolean {
  return (
    (code >= CharCode.LowerA && code <= CharCode.LowerZ) ||
    (code >= CharCode.UpperA && code <= CharCode.UpperZ) ||
    (code >= CharCode.Zero && code <= CharCode.Nine)
  )
}

/** Index of `keyword` in `text` standing as whole words, or -1. `text` is lower-case. */
function findWholeWord(text: string, keyword: string, fromEnd: boolean): number {
  let at = fromEnd ? text.lastIndexOf(keyword) : text.indexOf(keyword)
  while (at >= 0) {
    const before = at === 0 ? CharCode.None : text.charCodeAt(at - 1)
    const after = at + keyword.length >= text.length ? CharCode.None : text.charCodeAt(at + keyword.length)
    if (!isAsciiWordCode(before) && !isAsciiWordCode(after)) return at
    at = fromEnd ? (at === 0 ? -1 : text.lastIndexOf(keyword, at - 1)) : text.indexOf(keyword, at + 1)
  }
  return -1
}

/**
 * Does a keyword stand in the digit-free text just before `start`?
 * The look-back stops at the previous number, so a keyword that belongs to an
 * earlier number ("cvv 123 and room 456") is not lent to this one. A run of mask
 * characters counts as a number too: it is one, redacted ("cvv *** room 404").
 */
export function hasKeywordBefore(cursor: Cursor, start: number, keywords: readonly string[], maskChars: string): boolean {
  let index = start - 1
  const limit = start - CONTEXT_BEFORE_CHARS
  while (index >= limit) {
    const code = cursor.code(index)
    if (code === CharCode.None || isDigitCode(code) || isMaskChar(code, maskChars)) break
    index--
  }
  if (index + 1 >= start) return false
  const window = lowerAscii(cursor.slice(index + 1, start))
  for (const keyword of keywords) {
    if (findWholeWord(window, keyword, true) >= 0) return true
  }
  return false
}

/**
 * Does a keyword follow `end` with only linking words between ("737 is my cvv",
 * "12/27 (expiry)")? Reads word by word and stops as soon as a word is neither a
 * linking word nor part of a keyword ("404 thanks!" is decided at "thanks"), at a
 * digit or a line break, or after {@link CONTEXT_AFTER_CHARS} characters. This
 * read-ahead is what a stream holds a short number back for, so it stops early.
 */
export function hasKeywordAfter(cursor: Cursor, end: number, keywords: readonly string[], maskChars: string): boolean {
  const limit = end + CONTEXT_AFTER_CHARS
  let wordStart = -1
  for (let index = end; index < limit; index++) {
    const code = cursor.code(index)
    const letter = isAsciiLetterCode(code) || (wordStart >= 0 && code === CharCode.Apostrophe)
    if (letter) {
      if (wordStart < 0) wordStart = index
      continue
    }
    if (wordStart >= 0) {
      const window = lowerAscii(cursor.slice(end, index))
      if (keywords.some((keyword) => findWholeWord(window, keyword, false) >= 0)) {
        return onlyLinkingWords(window.slice(0, firstKeywordAt(window, keywords)))
      }
      const word = lowerAscii(cursor.slice(wordStart, index))
      if (!LINKING_WORDS.includes(word) && !isPartOfKeyword(word, keywords)) return false
      wordStart = -1
    }
    if (code === CharCode.None || code === CharCode.LineFeed || isDigitCode(code) || isMaskChar(code, maskChars)) return false
  }
  return false
}

function firstKeywordAt(window: string, keywords: readonly string[]): number {
  let best = window.length
  for (const keyword of keywords) {
    const at = findWholeWord(window, keyword, false)
    if (at >= 0 && at < best) best = at
  }
  return best
}

/** "security" of "security code": a word that may still turn into a keyword. */
function isPartOfKeyword(word: string, keywords: readonly string[]): boolean {
  return keywords.some((keyword) => keyword.includes(' ') && keyword.split(' ').includes(word))
}

function isAsciiLetterCode(code: number): boolean {
  return (code >= CharCode.LowerA && code <= CharCode.LowerZ) || (code >= CharCode.UpperA && code <= CharCode.UpperZ)
}

function onlyLinkingWords(between: string): boolean {
  for (const word of between.split(/[^a-z']+/)) {
    if (word !== '' && !LINKING_WORDS.includes(word)) return false
  }
  return true
}

/** Is `code` one of the characters the policies mask with? */
export function isMaskChar(code: number, maskChars: string): boolean {
  return code !== CharCode.None && maskChars.includes(String.fromCharCode(code))
}

/**
 * True when only separators and punctuation (no letters, no digits) stand between
 * `from` and `to`: "4111 1111 1111 1111, 12/27" joins the expiry to the card.
 */
export function onlyPunctuationBetween(cursor: Cursor, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = cursor.code(index)
    if (code === CharCode.None) return false
    if (isAsciiWordCode(code) || isDigitCode(code)) return false
    if (code >= ASCII_LIMIT && !isCardSeparator(code)) return false
  }
  return true
}
