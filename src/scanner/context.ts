import { CONTEXT_AFTER_CHARS, CONTEXT_BEFORE_CHARS, MAX_EMPHASIS_MARKS } from '../data/limits.js'
import { LINKING_WORDS } from '../data/context-keywords.js'
import { RIGHT_SINGLE_QUOTATION_MARK, foldedLetter, isCombiningMarkCode, isLatinLetterCode } from '../data/latin-letters.js'
import { CharCode } from './char-codes.js'
import { isCardSeparator } from './char-classes.js'
import { Cursor } from './cursor.js'
import { isDigitCode } from './digit-group.js'

/** Code units below this are ASCII. */
const ASCII_LIMIT = 0x80

/** Bit that turns an ASCII capital into its lower-case letter (digits, "/" and "'" already have it). */
const ASCII_CASE_BIT = 0x20

/** A word's first and last code units and its length, as one number. */
function shapeKey(first: number, last: number, length: number): number {
  return (first * ASCII_LIMIT + last) * ASCII_LIMIT + Math.min(length, ASCII_LIMIT - 1)
}

/** After a letter, in ASCII: what goes on with the word (see {@link continuesWord}). */
function continuesAsciiWord(code: number): boolean {
  const lower = code | ASCII_CASE_BIT
  return (lower >= CharCode.LowerA && lower <= CharCode.LowerZ) || isAsciiDigitCode(code) || code === CharCode.Slash || code === CharCode.Apostrophe
}

/**
 * Words of a phrase at least this long match a typed word one edit away
 * (a letter dropped, doubled or swapped for another: "seccurity code",
 * "scurity code", "securty code"), except the phrase's last word, which the look-up
 * goes by. Shorter words must match exactly: "code" is one edit from "cod",
 * "node", "mode".
 */
const FUZZY_WORD_MIN_CHARS = 7

/** Does the typed (folded) `typed` stand for the phrase word `word`? */
function matchesPhraseWord(typed: string, word: string, last: boolean): boolean {
  if (typed === word) return true
  if (last || word.length < FUZZY_WORD_MIN_CHARS) return false
  return isOneEditApart(typed, word)
}

/** Levenshtein distance exactly 1, in one pass (no table): one insertion, deletion or substitution. */
function isOneEditApart(a: string, b: string): boolean {
  const difference = a.length - b.length
  if (difference > 1 || difference < -1) return false
  const [shorter, longer] = difference < 0 ? [a, b] : [b, a]
  let i = 0
  let j = 0
  let edits = 0
  while (i < shorter.length && j < longer.length) {
    if (shorter.charCodeAt(i) === longer.charCodeAt(j)) {
      i++
      j++
      continue
    }
    if (++edits > 1) return false
    if (shorter.length === longer.length) i++
    j++
  }
  return edits + (longer.length - j) === 1
}

/** The linking words, for a set lookup per word read. */
const LINKING: ReadonlySet<string> = new Set(LINKING_WORDS)

/** The word for "#" in a phrase such as "security #". */
const HASH_WORD = '#'

function isAsciiDigitCode(code: number): boolean {
  return code >= CharCode.Zero && code <= CharCode.Nine
}

/**
 * Inside a word that began with a letter: letters of the Latin script, ASCII
 * digits, "/", "'" and "’", and combining accents continue it: "cvv2", "mm/yy",
 * "it's", "d’expiration", "código" typed as "co\u0301digo" are one word each.
 */
function continuesWord(code: number): boolean {
  return (
    isLatinLetterCode(code) ||
    isAsciiDigitCode(code) ||
    code === CharCode.Slash ||
    code === CharCode.Apostrophe ||
    code === RIGHT_SINGLE_QUOTATION_MARK ||
    isCombiningMarkCode(code)
  )
}

/**
 * What `code` adds to the word being read: a letter lower-cased with its
 * diacritics removed ("É" → "e", "ß" → "ss"), a digit or "/" as it is, "'" for
 * either apostrophe, nothing for a combining accent. Keyword tables are folded
 * the same way, so "Prüfnummer" and "prufnummer" read alike.
 */
function wordPart(code: number): string {
  if (isLatinLetterCode(code)) return foldedLetter(code)
  if (code === RIGHT_SINGLE_QUOTATION_MARK) return "'"
  if (isCombiningMarkCode(code)) return ''
  return String.fromCharCode(code)
}

/**
 * The words of a keyword phrase, read as the text is read (see
 * {@link wordsBetween}): "CVV-Code" is "cvv code", "t.o.m." is "t o m",
 * "Prüfnummer" is "prufnummer".
 */
function phraseWords(phrase: string): string[] {
  const cursor = new Cursor()
  cursor.text = phrase
  cursor.final = true
  return wordsBetween(cursor, 0, phrase.length)
}

/**
 * A set of keyword phrases ("cvv", "security code", "código de seguridad"),
 * matched word by word on folded text (lower case, diacritics removed). Built
 * once per keyword table; a lookup is a map read per word, which keeps the
 * per-number cost of context checks small.
 */
export class KeywordSet {
  /** Phrases by their last word, longest first: "3 numbers on the back" wins over "numbers on the back". */
  readonly #byLastWord = new Map<string, (readonly string[])[]>()
  readonly #words = new Set<string>()
  /** Every prefix of every word of every phrase, and of every linking word. */
  readonly #prefixes = new Set<string>()
  /** Words that follow a numeral in some phrase ("digits" of "3 digits", "chiffres" of "code à 3 chiffres"). */
  readonly #afterNumeral = new Set<string>()

  /** {@link shapeKey} of every phrase's last word, for {@link mayEndPhraseIn}. */
  readonly #lastWordShapes = new Set<number>()

  constructor(phrases: readonly string[]) {
    for (const word of LINKING_WORDS) this.#addPrefixes(word)
    for (const phrase of phrases) {
      const words = phraseWords(phrase)
      const last = words[words.length - 1]
      if (last === undefined) continue
      this.#lastWordShapes.add(shapeKey(last.charCodeAt(0), last.charCodeAt(last.length - 1) | ASCII_CASE_BIT, last.length))
      const list = this.#byLastWord.get(last) ?? []
      list.push(words)
      list.sort((a, b) => b.length - a.length)
      this.#byLastWord.set(last, list)
      words.forEach((word, index) => {
        this.#words.add(word)
        this.#addPrefixes(word)
        const next = words[index + 1]
        if (next !== undefined && isAsciiDigitCode(word.charCodeAt(0))) this.#afterNumeral.add(next)
      })
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

  /** Length in words of the longest phrase ending at `words[index]`, or 0. */
  phraseEndingAt(words: readonly string[], index: number): number {
    const phrases = this.#byLastWord.get(words[index] as string)
    if (phrases === undefined) return 0
    for (const phrase of phrases) {
      const first = index - phrase.length + 1
      if (first >= 0 && phrase.every((word, offset) => matchesPhraseWord(words[first + offset] as string, word, offset === phrase.length - 1))) {
        return phrase.length
      }
    }
    return 0
  }

  /**
   * Could some word of `cursor.text[from, to)` end a phrase? A quick, safe
   * over-approximation for {@link hasKeywordBefore}: ASCII text is cut into the
   * same words the reader makes (a letter or a digit starts one; letters,
   * digits, "/" and "'" go on after a letter), and a word passes when its first
   * and last characters and its length are those of some phrase's last word.
   * Text with anything else in it (a non-ASCII letter, "#") passes, and the
   * full reading decides.
   */
  mayEndPhraseIn(cursor: Cursor, from: number, to: number): boolean {
    let index = from
    while (index < to) {
      const code = cursor.code(index)
      if (code >= ASCII_LIMIT || code === CharCode.Hash) return true
      const lower = code | ASCII_CASE_BIT
      const letter = lower >= CharCode.LowerA && lower <= CharCode.LowerZ
      if (!letter && !isAsciiDigitCode(code)) {
        index++
        continue
      }
      let end = index + 1
      for (; end < to; end++) {
        const next = cursor.code(end)
        if (next >= ASCII_LIMIT) return true
        const continues = letter ? continuesAsciiWord(next) : isAsciiDigitCode(next)
        if (!continues) break
      }
      const last = cursor.code(end - 1) | ASCII_CASE_BIT
      if (this.#lastWordShapes.has(shapeKey(letter ? lower : code, last, end - index))) return true
      index = end
    }
    return false
  }

  /** Is `word` part of some phrase ("security" of "security code", "3" of "3 digits")? */
  includesWord(word: string): boolean {
    return this.#words.has(word)
  }

  /** Does `word` follow a numeral in some phrase ("digits" of "last 3 digits")? */
  followsNumeral(word: string): boolean {
    return this.#afterNumeral.has(word)
  }
}

/**
 * The words of `cursor.text[from, to)` as keyword matching reads them: folded
 * (lower case, diacritics removed), a digit glued after letters kept in the
 * word ("cvv2"), a number standing alone a word of its own ("3" of "the 3
 * digits"), and "#" a word. For reading a whole message (what the other party
 * asked for) against `KeywordSet`s.
 * @example
 * ```ts
 * const cursor = new Cursor()
 * cursor.text = 'Código de seguridad: the 3 digits #'
 * cursor.final = true
 * wordsBetween(cursor, 0, cursor.text.length) // ['codigo', 'de', 'seguridad', 'the', '3', 'digits', '#']
 * ```
 */
export function wordsBetween(cursor: Cursor, from: number, to: number): string[] {
  const words: string[] = []
  let word = ''
  let numeral = false
  for (let index = from; index < to; index++) {
    const code = cursor.code(index)
    if (word !== '' && (numeral ? isAsciiDigitCode(code) : continuesWord(code))) {
      word += wordPart(code)
      continue
    }
    if (word !== '') words.push(word)
    word = ''
    numeral = isAsciiDigitCode(code)
    if (numeral || isLatinLetterCode(code)) word = wordPart(code)
    else if (code === CharCode.Hash) words.push(HASH_WORD)
  }
  if (word !== '') words.push(word)
  return words
}

/**
 * The words before a number, for {@link hasKeywordBefore}: as
 * {@link wordsBetween}, over a range whose only numbers are the numerals of
 * phrases ("3" of "code à 3 chiffres"). `cut` says the range starts inside the
 * text rather than after a number, so a word running into it from before is
 * only its tail and is left out ("xcvv" cut to "cvv" is no keyword). "#" is a
 * word only for sets with such a phrase.
 */
function wordsBefore(cursor: Cursor, from: number, to: number, keywords: KeywordSet, cut: boolean): string[] {
  const words: string[] = []
  let word = ''
  let numeral = false
  let skipping = cut && continuesWord(cursor.code(from - 1))
  for (let index = from; index < to; index++) {
    const code = cursor.code(index)
    if (word === '' ? isLatinLetterCode(code) || isAsciiDigitCode(code) : numeral ? isAsciiDigitCode(code) : continuesWord(code)) {
      if (word === '') numeral = isAsciiDigitCode(code)
      if (!skipping) word += wordPart(code)
      continue
    }
    skipping = false
    if (word !== '') {
      words.push(word)
      word = ''
      // A numeral ends where a letter starts ("3digits"): read that word next.
      if (isLatinLetterCode(code)) {
        index--
        continue
      }
    }
    if (code === CharCode.Hash && keywords.includesWord(HASH_WORD)) words.push(HASH_WORD)
  }
  if (word !== '' && !skipping) words.push(word)
  return words
}

/**
 * Is the digit at `index` a one-digit numeral of a phrase, followed by the
 * word that comes after it there ("3" of "3 digits", "code à 3 chiffres")? Then
 * the reading before a number goes on past it; any other number ends it ("cvv
 * 3 days, room 123" lends "cvv" to no one). Reads the next word up to `to`.
 */
function isPhraseNumeral(cursor: Cursor, index: number, to: number, keywords: KeywordSet): boolean {
  const code = cursor.code(index)
  if (!isAsciiDigitCode(code) || isDigitCode(cursor.code(index - 1)) || !keywords.includesWord(String.fromCharCode(code))) return false
  let at = index + 1
  if (cursor.code(at) === CharCode.Space || cursor.code(at) === CharCode.HyphenMinus) at++
  let next = ''
  while (at < to && continuesWord(cursor.code(at)) && !isAsciiDigitCode(cursor.code(at))) next += wordPart(cursor.code(at++))
  return keywords.followsNumeral(next)
}

/**
 * Does a keyword stand in the text just before `start`, back to the previous
 * number? Stopping there means a keyword that belongs to an earlier number
 * ("cvv 123 and room 456") is not lent to this one. A run of mask characters
 * counts as a number too: it is one, redacted ("cvv *** room 404"), unless it is
 * Markdown emphasis (see {@link pastEmphasis}). A digit glued to a word ("cvv2")
 * is part of the word, not a number, and so is the numeral of a phrase ("the 3
 * digits", "code à 3 chiffres": see {@link isPhraseNumeral}).
 *
 * With `since` (the end of the finding just before: a card, an expiry), only
 * the text from there counts, and it must all be words and punctuation: "4111…
 * code 123" has "code" between the card and the code, "4111… room 5 code 123"
 * has another number.
 */
export function hasKeywordBefore(cursor: Cursor, start: number, keywords: KeywordSet, maskChars: string, since?: number): boolean {
  let index = start - 1
  let limit = start - CONTEXT_BEFORE_CHARS
  if (since !== undefined) {
    if (since < limit) return false
    limit = since
  }
  while (index >= limit) {
    const code = cursor.code(index)
    if (code === CharCode.None) break
    if (isMaskChar(code, maskChars)) {
      const past = pastEmphasis(cursor, index, -1, maskChars, index === start - 1)
      if (past === undefined) break
      index = past
      continue
    }
    if (isDigitCode(code) && !isLatinLetterCode(cursor.code(index - 1)) && !isPhraseNumeral(cursor, index, start, keywords)) break
    index--
  }
  if (since !== undefined && index >= since) return false
  if (index + 1 >= start) return false
  // Nearly always no word before a number ends a phrase: say so without building the words.
  if (!keywords.mayEndPhraseIn(cursor, index + 1, start)) return false
  const cut = since === undefined && index < limit
  const words = wordsBefore(cursor, index + 1, start, keywords, cut)
  for (let word = 0; word < words.length; word++) {
    if (keywords.phraseEndingAt(words, word) > 0) return true
  }
  return false
}

/**
 * Does a keyword follow `end` with only linking words between ("737 is my cvv",
 * "12/27 (expiry)", "123 ist die Prüfnummer")? Reads word by word and stops as
 * soon as a word is neither a linking word nor part of a keyword ("404
 * thanks!" is decided at "than"), at a number (but for a one-digit numeral a
 * phrase holds: "737 is the 3 digit code") or a line break, or after
 * {@link CONTEXT_AFTER_CHARS} characters. This read-ahead is what a stream
 * holds a short number back for, so it stops early.
 */
export function hasKeywordAfter(cursor: Cursor, end: number, keywords: KeywordSet, maskChars: string): boolean {
  const limit = end + CONTEXT_AFTER_CHARS
  const words: string[] = []
  let word = ''
  let numeral = false
  for (let index = end; index < limit; index++) {
    const code = cursor.code(index)
    if (word === '' ? isLatinLetterCode(code) || isAsciiDigitCode(code) : numeral ? isAsciiDigitCode(code) : continuesWord(code)) {
      if (word === '') numeral = isAsciiDigitCode(code)
      word += wordPart(code)
      if (!keywords.mayStartWord(word)) return false
      continue
    }
    if (word !== '') {
      const verdict = afterWord(words, word, keywords)
      if (verdict !== Verdict.ReadOn) return verdict === Verdict.Keyword
      word = ''
      // A numeral ends where a letter starts ("3digit"): read that word next.
      if (isLatinLetterCode(code)) {
        index--
        continue
      }
    }
    if (code === CharCode.Hash && keywords.includesWord(HASH_WORD)) {
      const verdict = afterWord(words, HASH_WORD, keywords)
      if (verdict !== Verdict.ReadOn) return verdict === Verdict.Keyword
      continue
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

/** What one more word read after a number says. */
const enum Verdict {
  /** A keyword phrase has ended, with only linking words before it. */
  Keyword,
  /** A linking word or part of a phrase: read on. */
  ReadOn,
  /** Anything else: no keyword follows. */
  Stop,
}

/** Adds `word` to the words read after a number and says what they amount to. */
function afterWord(words: string[], word: string, keywords: KeywordSet): Verdict {
  words.push(word)
  const phraseLength = keywords.phraseEndingAt(words, words.length - 1)
  if (phraseLength > 0) {
    for (let index = 0; index < words.length - phraseLength; index++) if (!LINKING.has(words[index] as string)) return Verdict.Stop
    return Verdict.Keyword
  }
  return LINKING.has(word) || keywords.includesWord(word) ? Verdict.ReadOn : Verdict.Stop
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
  return isLatinLetterCode(code) || code === CharCode.Colon
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
    if (isLatinLetterCode(code) || isDigitCode(code)) return false
    if (code >= ASCII_LIMIT && !isCardSeparator(code)) return false
  }
  return true
}
