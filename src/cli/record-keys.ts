/**
 * What a record's key or column name says its value is. A column named `cvv`
 * holds CVVs whatever they look like, so the name is context for the value, as a
 * keyword before it would be in chat: `{"cvv": 737}` and a CSV `expiry` column
 * are card data.
 *
 * The vocabulary is the detectors' own (`src/data/context-keywords.ts`), so a
 * word that makes "cvv 737" a CVV in a message makes a `cvv` column one, in every
 * language the detectors know. Names are split into words first, as a person
 * reads them: `security_code`, `securityCode`, `Security-Code` and `SECURITY CODE`
 * are all "security code"; `cardNumber` and `cardnumber` are "card number".
 */
import type { AnswerableType } from '../index.js'
import { CARD_KEYWORD_PHRASES, CVV_KEYWORD_PHRASES, EXPIRY_KEYWORD_PHRASES } from '../data/context-keywords.js'

/**
 * Last words that make a name describe card data rather than hold it:
 * `card_id`, `card_type`, `card_brand`, `card_holder`, `cvv_check`,
 * `expires_at`, `card_last4`. Their values are identifiers, labels, names,
 * outcomes, times, or the parts of a card PCI DSS 3.4.1 lets anyone see (the
 * first six and last four digits), so the name is no evidence that the value is
 * a card, an expiry or a CVV; the value is still scanned like any other.
 */
const DESCRIBING_LAST_WORDS: ReadonlySet<string> = new Set([
  // identifiers and references
  'id', 'ids', 'uuid', 'ref', 'reference', 'token', 'fingerprint', 'hash', 'key', 'url', 'uri',
  // labels and descriptions
  'type', 'kind', 'brand', 'network', 'scheme', 'issuer', 'bank', 'country', 'currency', 'label', 'description', 'format', 'funding',
  // people
  'holder', 'name', 'owner',
  // outcomes of checks and flags
  'check', 'checks', 'result', 'status', 'valid', 'verified', 'present', 'provided', 'required', 'enabled', 'flag',
  // times ("expires_at": an ISO time, "expires_in": seconds)
  'at', 'in', 'on', 'time', 'timestamp', 'ts', 'seconds', 'ms',
  // the parts of a PAN that may be shown
  'last4', 'last', 'first6', 'bin', 'iin', 'suffix', 'prefix', 'masked',
  // counts and sizes
  'count', 'length', 'len', 'size',
])

/**
 * Splits a name into lower-case words: at `_ - . / space` and the like, before an
 * upper-case letter that follows a lower-case one ("cardNumber") or starts a
 * word after an acronym ("CVVCode"), and between letters and digits ("cvv2" is
 * "cvv 2", as the vocabulary's "cvv2" is: both are read the same way).
 */
export function keyWords(name: string): string[] {
  const words: string[] = []
  let word = ''
  const flush = (): void => {
    if (word !== '') words.push(word.toLowerCase())
    word = ''
  }
  for (let index = 0; index < name.length; index++) {
    const char = name.charAt(index)
    if (!isLetterOrDigit(char)) {
      flush()
      continue
    }
    const previous = name.charAt(index - 1)
    const next = name.charAt(index + 1)
    const upper = isUpperCase(char)
    const caseBreak = upper && (isLowerCase(previous) || (isUpperCase(previous) && isLowerCase(next)))
    const digitBreak = isDigitChar(char) !== isDigitChar(previous)
    if (word !== '' && (caseBreak || digitBreak)) flush()
    word += char
  }
  flush()
  return words
}

/** A phrase of the vocabulary, as words and as one glued word ("security code", "securitycode"). */
interface Phrase {
  readonly words: readonly string[]
  readonly glued: string
  readonly type: AnswerableType
}

/**
 * Most specific first: a `card_cvv` column is CVVs and a `card_expiry` column
 * expiry dates, although both also name the card.
 */
const PHRASES: readonly Phrase[] = [
  ...phrasesOf(CVV_KEYWORD_PHRASES, 'cvv'),
  ...phrasesOf(EXPIRY_KEYWORD_PHRASES, 'expiry_date'),
  ...phrasesOf(CARD_KEYWORD_PHRASES, 'card_number'),
]

function phrasesOf(phrases: readonly string[], type: AnswerableType): Phrase[] {
  return phrases.map((phrase) => {
    const words = keyWords(stripAccents(phrase))
    return { words, glued: words.join(''), type }
  })
}

/** What a name says on its own: a type, "describes card data without holding it", or nothing. */
type KeyMeaning = AnswerableType | 'describing' | 'none'

/** Names seen before: a file has a handful of distinct keys, read millions of times. */
const KEY_MEANING_CACHE = new Map<string, KeyMeaning>()
/** A file with generated keys (a map keyed by ids) must not grow the cache without bound. */
const KEY_MEANING_CACHE_LIMIT = 4096

/**
 * The card data a value named `name` holds: `cvv`, `CVC2`, `securityCode` →
 * `'cvv'`; `exp`, `expiry_date`, `validThru` → `'expiry_date'`; `card`,
 * `card_number`, `PAN`, `cc` → `'card_number'`. A name that says nothing
 * (`number`, `value`) keeps `inherited`, the type of the object it is in (so
 * `{"card": {"number": …}}` is a card); a name that describes card data without
 * holding it (`card_id`, `expires_at`, `last4`) gives undefined.
 *
 * @example
 * ```ts
 * cardDataTypeOfKey('Security-Code')         // 'cvv'
 * cardDataTypeOfKey('number', 'card_number') // 'card_number'
 * cardDataTypeOfKey('card_id')               // undefined
 * ```
 */
export function cardDataTypeOfKey(name: string, inherited?: AnswerableType): AnswerableType | undefined {
  let meaning = KEY_MEANING_CACHE.get(name)
  if (meaning === undefined) {
    meaning = meaningOfWords(keyWords(stripAccents(name)))
    if (KEY_MEANING_CACHE.size >= KEY_MEANING_CACHE_LIMIT) KEY_MEANING_CACHE.clear()
    KEY_MEANING_CACHE.set(name, meaning)
  }
  if (meaning === 'none') return inherited
  return meaning === 'describing' ? undefined : meaning
}

function meaningOfWords(words: readonly string[]): KeyMeaning {
  if (words.length === 0) return 'none'
  // "last4" is read as "last 4": a number ending the name belongs to the word before it.
  const last = words[words.length - 1] as string
  const lastWord = words.length > 1 && isDigitChar(last.charAt(0)) ? `${words[words.length - 2] as string}${last}` : last
  if (DESCRIBING_LAST_WORDS.has(lastWord) || DESCRIBING_LAST_WORDS.has(last)) return 'describing'
  for (const phrase of PHRASES) if (containsPhrase(words, phrase)) return phrase.type
  return 'none'
}

/** The phrase's words in a row ("my card number" ∋ "card number"), or glued into one word of the name ("cardnumber"). */
function containsPhrase(words: readonly string[], phrase: Phrase): boolean {
  const size = phrase.words.length
  if (size === 0) return false
  for (let start = 0; start + size <= words.length; start++) {
    let matches = true
    for (let offset = 0; offset < size && matches; offset++) matches = words[start + offset] === phrase.words[offset]
    if (matches) return true
  }
  return size > 1 && words.includes(phrase.glued)
}

/** "Código" and "codigo" are the same word to a person typing a column name. */
function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '')
}

function isLetterOrDigit(char: string): boolean {
  return /[\p{L}\p{Nd}]/u.test(char)
}

function isUpperCase(char: string): boolean {
  return char !== '' && char !== char.toLowerCase() && char === char.toUpperCase()
}

function isLowerCase(char: string): boolean {
  return char !== '' && char !== char.toUpperCase() && char === char.toLowerCase()
}

function isDigitChar(char: string): boolean {
  return /\p{Nd}/u.test(char)
}
