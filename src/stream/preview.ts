import { CharCode } from '../scanner/char-codes.js'
import { isWhitespace } from '../scanner/char-classes.js'
import { digitWidthAt } from '../scanner/digit-group.js'

/**
 * Masks held-back text for a typing preview. Held text is exactly the part whose
 * meaning is not settled, so any digit in it may belong to a card: a preview
 * shows its shape ("4111 11" → "**** **") but none of its digits. A word with an
 * "@" in it may be an email still being typed, so its letters are masked too.
 */
export function maskHeldText(held: string): string {
  let masked = ''
  let wordStart = 0
  for (let index = 0; index <= held.length; index++) {
    if (index < held.length && !isWhitespace(held.charCodeAt(index))) continue
    masked += maskWord(held.slice(wordStart, index)) + (index < held.length ? held[index] : '')
    wordStart = index + 1
  }
  return masked
}

function maskWord(word: string): string {
  const emailLike = word.includes('@')
  let masked = ''
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    const digitWidth = digitWidthAt(word, index)
    // A digit above U+FFFF ("𝟒") is two code units and one mask character.
    if (digitWidth === 2) {
      masked += '*'
      index++
      continue
    }
    const hide = digitWidth === 1 || (emailLike && isAlphanumeric(code))
    masked += hide ? '*' : word[index]
  }
  return masked
}

function isAlphanumeric(code: number): boolean {
  return (
    (code >= CharCode.LowerA && code <= CharCode.LowerZ) ||
    (code >= CharCode.UpperA && code <= CharCode.UpperZ) ||
    (code >= CharCode.Zero && code <= CharCode.Nine) ||
    code >= 0x80
  )
}
