import { CARD_DETAILS_PHRASES, CARD_KEYWORD_PHRASES, CVV_KEYWORD_PHRASES, EXPIRY_KEYWORD_PHRASES } from '../data/context-keywords.js'
import { KeywordSet, wordsBetween } from '../scanner/context.js'
import { CharCode } from '../scanner/char-codes.js'
import { Cursor } from '../scanner/cursor.js'
import { isDigitCode } from '../scanner/digit-group.js'
import { ALL_ANSWER_BITS, AnswerBit } from './answer-context.js'

/** The shortest answer a message can carry: a 3-digit CVV. */
const ANSWER_DIGITS_MIN = 3

/** Code units below this are ASCII: such a message is read by the fast path. */
const ASCII_LIMIT = 0x80

const CARD_WORDS = new KeywordSet(CARD_KEYWORD_PHRASES)
const EXPIRY_WORDS = new KeywordSet(EXPIRY_KEYWORD_PHRASES)
const CVV_WORDS = new KeywordSet(CVV_KEYWORD_PHRASES)
const DETAILS_WORDS = new KeywordSet(CARD_DETAILS_PHRASES)

/**
 * Which bits a phrase of each set stands for. A question about the card itself
 * asks for all three: "Wann läuft die Karte ab?", "is the card still valid
 * until…?" name the card, not the expiry, and the answer to "card number?" often
 * brings the expiry and code along. In card context chatmask fails closed.
 */
const ASKED_BY: readonly (readonly [KeywordSet, number])[] = [
  [DETAILS_WORDS, ALL_ANSWER_BITS],
  [CARD_WORDS, AnswerBit.Card],
  [CVV_WORDS, AnswerBit.Cvv],
  [EXPIRY_WORDS, AnswerBit.Expiry],
]

/**
 * The last word of every phrase of every set: a word that is none of them ends
 * no phrase, so the fast path decides most words with one set lookup.
 */
const LAST_WORDS: ReadonlySet<string> = new Set(
  [CARD_DETAILS_PHRASES, CARD_KEYWORD_PHRASES, CVV_KEYWORD_PHRASES, EXPIRY_KEYWORD_PHRASES].flatMap((phrases) =>
    phrases.map((phrase) => {
      const words = phraseWordsOf(phrase)
      return words[words.length - 1] as string
    }),
  ),
)

/** The longest phrase in words: how many recent words the fast path keeps. */
const MAX_PHRASE_WORDS = Math.max(
  ...[CARD_DETAILS_PHRASES, CARD_KEYWORD_PHRASES, CVV_KEYWORD_PHRASES, EXPIRY_KEYWORD_PHRASES].flat().map((phrase) => phraseWordsOf(phrase).length),
)

/**
 * Which card data a message asks for (or talks about), as {@link AnswerBit}s: 0
 * when it names none. "what is the security code on the back?" asks for the
 * CVV, "expiry?" for the expiry date, "the long number on the card" for the
 * card number and, failing closed, the rest; "your card details" for all three.
 *
 * A mention counts as much as a question ("the code is the 3 digits on the
 * back"): what decides is whether the other party's next message can be card
 * data, and after such a message it can. In card context chatmask fails closed;
 * the cost is that a bare 3-digit number the customer sends next is masked.
 *
 * A message that carries its own answer ("cvv 123", "card is 4111 …") asks
 * nothing: it has a group of {@link ANSWER_DIGITS_MIN} or more digits and no
 * question mark. Otherwise a customer who gives a card would make the agent's
 * next "order 123 is on its way" a CVV. "what are the 3 digits on the back?" and
 * "please give me the 3 digits" still ask.
 *
 * Linear in the message. It runs on every message of a conversation, so ASCII
 * text (nearly all chat) is read without building a word per character: words
 * are slices of the lower-cased text, and only a word that ends some phrase
 * looks further.
 *
 * @example
 * ```ts
 * import { cardDataAskedIn } from './card-question.js'
 * cardDataAskedIn('thanks, what is the security code on the back?') // 4 (AnswerBit.Cvv)
 * cardDataAskedIn('what is your order number?') // 0
 * ```
 */
export function cardDataAskedIn(text: string): number {
  const named = cardFieldsNamedIn(text)
  return (named & AnswerBit.Card) !== 0 ? ALL_ANSWER_BITS : named
}

/**
 * The card fields a message names, each for itself: {@link AnswerBit.Card} for
 * the card, and the expiry and CVV bits only for their own words. A question
 * that names the code or the date asks for a new number; one that names only
 * the card may ask for the rest of it.
 *
 * @example
 * ```ts
 * import { cardFieldsNamedIn } from './card-question.js'
 * cardFieldsNamedIn('Wat zijn de drie cijfers achterop de kaart?') // 1 (AnswerBit.Card)
 * ```
 */
export function cardFieldsNamedIn(text: string): number {
  let run = 0
  let longRun = false
  let ascii = true
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === CharCode.QuestionMark) {
      longRun = false
      break
    }
    if (code >= ASCII_LIMIT) ascii = false
    run = isAsciiDigit(code) || (code >= ASCII_LIMIT && isDigitCode(code)) ? run + 1 : 0
    if (run >= ANSWER_DIGITS_MIN) longRun = true
  }
  if (longRun) return 0
  if (ascii && !hasNonAsciiAfterQuestionMark(text)) return askedInAscii(text)
  return askedInWords(wordsOf(text))
}

/** The scan above stops at the first "?": whether the rest is ASCII is still to be seen. */
function hasNonAsciiAfterQuestionMark(text: string): boolean {
  const mark = text.indexOf('?')
  if (mark < 0) return false
  for (let index = mark + 1; index < text.length; index++) if (text.charCodeAt(index) >= ASCII_LIMIT) return true
  return false
}

/** The bits the phrases ending at `words[index]` stand for. */
function askedAt(words: readonly string[], index: number): number {
  let bits = 0
  for (const [keywords, asked] of ASKED_BY) {
    if (keywords.phraseEndingAt(words, index) > 0) bits |= asked
  }
  return bits
}

function askedInWords(words: readonly string[]): number {
  let bits = 0
  for (let index = 0; index < words.length; index++) {
    if (LAST_WORDS.has(words[index] as string)) bits |= askedAt(words, index)
    if (bits === ALL_ANSWER_BITS) break
  }
  return bits
}

/**
 * {@link wordsBetween}'s reading of ASCII text: a word starts with a letter and
 * goes on with letters, digits, "/" and "'"; a number standing alone is a word
 * of its own; "#" is a word. Words are not built: their bounds go into a ring of
 * the last {@link MAX_PHRASE_WORDS}, and only a word whose first letter and
 * length fit some phrase's last word is sliced and looked up.
 */
function askedInAscii(text: string): number {
  const starts = new Int32Array(MAX_PHRASE_WORDS)
  const ends = new Int32Array(MAX_PHRASE_WORDS)
  let count = 0
  let bits = 0
  let index = 0
  const length = text.length
  while (index < length) {
    const code = text.charCodeAt(index) | ASCII_CASE_BIT
    let end = index + 1
    if (isLowerLetter(code)) {
      while (end < length && continuesAsciiWord(text.charCodeAt(end))) end++
    } else if (isAsciiDigit(code)) {
      while (end < length && isAsciiDigit(text.charCodeAt(end))) end++
    } else if (code !== (CharCode.Hash | ASCII_CASE_BIT)) {
      index++
      continue
    }
    starts[count % MAX_PHRASE_WORDS] = index
    ends[count % MAX_PHRASE_WORDS] = end
    count++
    if (mayEndPhrase(code, end - index)) {
      const word = text.slice(index, end).toLowerCase()
      if (LAST_WORDS.has(word)) {
        const recent: string[] = []
        for (let back = Math.min(count, MAX_PHRASE_WORDS); back >= 1; back--) {
          const slot = (count - back) % MAX_PHRASE_WORDS
          recent.push(text.slice(starts[slot], ends[slot]).toLowerCase())
        }
        bits |= askedAt(recent, recent.length - 1)
        if (bits === ALL_ANSWER_BITS) return bits
      }
    }
    index = end
  }
  return bits
}

/** Bit that turns an ASCII capital into its lower-case letter (and leaves "#" and digits apart). */
const ASCII_CASE_BIT = 0x20

/** The longest last word of a phrase, for the shape table below. */
const MAX_LAST_WORD_CHARS = Math.max(...[...LAST_WORDS].map((word) => word.length))

/** By first code unit (lower case) and length: could a word of that shape be some phrase's last word? */
const LAST_WORD_SHAPES: Uint8Array = (() => {
  const shapes = new Uint8Array(ASCII_LIMIT * (MAX_LAST_WORD_CHARS + 1))
  for (const word of LAST_WORDS) shapes[word.charCodeAt(0) * (MAX_LAST_WORD_CHARS + 1) + word.length] = 1
  return shapes
})()

function mayEndPhrase(firstCode: number, length: number): boolean {
  return firstCode < ASCII_LIMIT && length <= MAX_LAST_WORD_CHARS && LAST_WORD_SHAPES[firstCode * (MAX_LAST_WORD_CHARS + 1) + length] === 1
}

function wordsOf(text: string): string[] {
  const cursor = new Cursor()
  cursor.text = text
  cursor.final = true
  return wordsBetween(cursor, 0, text.length)
}

/** A phrase's words as the tables are matched ("CVV-Code" is "cvv code"). */
function phraseWordsOf(phrase: string): string[] {
  return wordsOf(phrase)
}

function isLowerLetter(code: number): boolean {
  return code >= CharCode.LowerA && code <= CharCode.LowerZ
}

function isAsciiDigit(code: number): boolean {
  return code >= CharCode.Zero && code <= CharCode.Nine
}

function continuesAsciiWord(code: number): boolean {
  return isLowerLetter(code | ASCII_CASE_BIT) || isAsciiDigit(code) || code === CharCode.Slash || code === CharCode.Apostrophe
}
