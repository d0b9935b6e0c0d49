import { CONTEXT_AFTER_CHARS, CONTEXT_BEFORE_CHARS, MAX_EMPHASIS_MARKS } from '../data/limits.js'
import { LINKING_WORDS } from '../data/context-keywords.js'
import { CharCode } from './char-codes.js'
import { isCardSeparator } from './char-classes.js'
import type { Cursor } from './cursor.js'
import { isDigitCode } from './digit-group.js'

/** Code units below this are ASCII. */
const ASCII_LIMIT = 0x80

/** Bit that turns an ASCII capital into its lower-case letter. */
const ASCII_CASE_BIT = 0x20

function isAsciiLetterCode(code: number): boolean {
  return (code >= CharCode.LowerA && code <= CharCode.LowerZ) || (code >= CharCode.UpperA && code <= CharCode.UpperZ)
}

function isAsciiWordCode(code: number): boolean {
  return isAsciiLetterCode(code) || (code >= CharCode.Zero && code <= CharCode.Nine)
}

/**
 * Inside a word that began with a letter, digits, "/" and "'" continue it:
 * "cvv2", "mm/yy", "it's" are one word each.
 */
function continuesWord(code: number): boolean {
  return isAsciiWordCode(code) || code === CharCode.Slash || code === CharCode.Apostrophe
}

/**
 * A set of keyword phrases ("cvv", "security code"), matched word by word in
 * lower-case ASCII. Built once per keyword table; a lookup is a map read per word,
 * which keeps the per-number cost of context checks small.
 */
export class KeywordSet {
  readonly #byLastWord = new Map<string, (readonly string[])[]>()
  readonly #words = new Set<string>()
  /** Every prefix of every word of every phrase, and of every linking word. */
  readonly #prefixes = new Set<string>()

  constructor(phrases: readonly string[]) {
    for (const word of LINKING_WORDS) this.#addPrefixes(word)
    for (const phrase of phrases) {
      const words = phrase.split(' ')
      const last = words[words.length - 1] as string
      const list = this.#byLastWord.get(last) ?? []
      list.push(words)
      this.#byLastWord.set(last, list)
      for (const word of words) {
        this.#words.add(word)
        this.#addPrefixes(word)
      }
    }
  }

  #addPrefixes(word: string): void {
    for (let length = 1; length <= word.length; length++) this.#prefixes.add(word.slice(0, length))
  }

  /**
   * Could a word that starts with `prefix` still be a linking word or part of a
   * phrase? If not, the look-ahead can stop before the word ends ("404 thanks"
   * is decided at "than"), so a stream holds a short number back for less.
   */
  mayStartWord(prefix: string): boolean {
    return this.#prefixes.has(prefix)
  }

  /** Length in words of a phrase ending at `words[index]`, or 0. */
  phraseEndingAt(words: readonly string[], index: number): number {
    const phrases = this.#byLastWord.get(words[index] as string)
    if (phrases === undefined) return 0
    for (const phrase of phrases) {
      const first = index - phrase.length + 1
      if (first >= 0 && phrase.every((word, offset) => words[first + offset] === word)) return phrase.length
    }
    return 0
  }

  /** Is `word` part of some phrase ("security" of "security code")? */
  includesWord(word: string): boolean {
    return this.#words.has(word)
  }
}

/** The lower-case words of `cursor.text[from, to)`. */
function wordsBetween(cursor: Cursor, from: number, to: number): string[] {
  const words: string[] = []
  let word = ''
  for (let index = from; index < to; index++) {
    const code = cursor.code(index)
    if (word === '' ? isAsciiLetterCode(code) : continuesWord(code)) {
      word += String.fromCharCode(isAsciiLetterCode(code) ? code | ASCII_CASE_BIT : code)
    } else if (word !== '') {
      words.push(word)
      word = ''
    }
  }
  if (word !== '') words.push(word)
  return words
}

/**
 * Does a keyword stand in the text just before `start`, back to the previous
 * number? Stopping there means a keyword that belongs to an earlier number
 * ("cvv 123 and room 456") is not lent to this one. A run of mask characters
 * counts as a number too: it is one, redacted ("cvv *** room 404"), unless it is
 * Markdown emphasis (see {@link pastEmphasis}). A digit glued to a word ("cvv2")
 * is part of the word, not a number.
 */
export function hasKeywordBefore(cursor: Cursor, start: number, keywords: KeywordSet, maskChars: string): boolean {
  let index = start - 1
  const limit = start - CONTEXT_BEFORE_CHARS
  while (index >= limit) {
    const code = cursor.code(index)
    if (code === CharCode.None) break
    if (isMaskChar(code, maskChars)) {
      const past = pastEmphasis(cursor, index, -1, maskChars, index === start - 1)
      if (past === undefined) break
      index = past
      continue
    }
    if (isDigitCode(code) && !isAsciiLetterCode(cursor.code(index - 1))) break
    index--
  }
  if (index + 1 >= start) return false
  const words = wordsBetween(cursor, index + 1, start)
  for (let word = 0; word < words.length; word++) {
    if (keywords.phraseEndingAt(words, word) > 0) return true
  }
  return false
}

/**
 * Does a keyword follow `end` with only linking words between ("737 is my cvv",
 * "12/27 (expiry)")? Reads word by word and stops as soon as a word is neither a
 * linking word nor part of a keyword ("404 thanks!" is decided at "thanks"), at a
 * number or a line break, or after {@link CONTEXT_AFTER_CHARS} characters. This
 * read-ahead is what a stream holds a short number back for, so it stops early.
 */
export function hasKeywordAfter(cursor: Cursor, end: number, keywords: KeywordSet, maskChars: string): boolean {
  const limit = end + CONTEXT_AFTER_CHARS
  const words: string[] = []
  let word = ''
  for (let index = end; index < limit; index++) {
    const code = cursor.code(index)
    if (word === '' ? isAsciiLetterCode(code) : continuesWord(code)) {
      word += String.fromCharCode(isAsciiLetterCode(code) ? code | ASCII_CASE_BIT : code)
      if (!keywords.mayStartWord(word)) return false
      continue
    }
    if (word !== '') {
      words.push(word)
      const phraseLength = keywords.phraseEndingAt(words, words.length - 1)
      if (phraseLength > 0) return words.slice(0, words.length - phraseLength).every((linking) => LINKING_WORDS.includes(linking))
      if (!LINKING_WORDS.includes(word) && !keywords.includesWord(word)) return false
      word = ''
    }
    if (isMaskChar(code, maskChars)) {
      // Read no further than the limit, so a stream holds no more for emphasis.
      const past = index + MAX_EMPHASIS_MARKS < limit ? pastEmphasis(cursor, index, 1, maskChars, index === end) : undefined
      if (past === undefined) return false
      index = past - 1
      continue
    }
    if (code === CharCode.None || code === CharCode.LineFeed || isDigitCode(code)) return false
  }
  return false
}

/**
 * "cvv **737**", "**cvv** 737", "**Expires:** *12/27*": Markdown emphasis uses
 * "*", which is also the default mask character. A run of one or two of them
 * glued to a word (a letter, or the colon that ends a bold label), or to the
 * number whose context is read (`gluedToNumber`), is emphasis; any other run is a
 * redacted number. Returns the index just past the run, walking by `step`, when
 * it is emphasis; reads at most one character beyond it.
 */
function pastEmphasis(cursor: Cursor, index: number, step: 1 | -1, maskChars: string, gluedToNumber: boolean): number | undefined {
  let past = index
  while (isMaskChar(cursor.code(past), maskChars)) {
    past += step
    if (Math.abs(past - index) > MAX_EMPHASIS_MARKS) return undefined
  }
  if (gluedToNumber || isWordEdge(cursor.code(index - step)) || isWordEdge(cursor.code(past))) return past
  return undefined
}

/** A letter, or the colon that ends a label ("**Card:**"): what emphasis marks are glued to. */
function isWordEdge(code: number): boolean {
  return isAsciiLetterCode(code) || code === CharCode.Colon
}

/** Is `code` one of the characters the policies mask with? */
export function isMaskChar(code: number, maskChars: string): boolean {
  // A loop, not includes(String.fromCharCode(code)): this runs for every digit group.
  for (let index = 0; index < maskChars.length; index++) if (maskChars.charCodeAt(index) === code) return true
  return false
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
