import { CharCode } from '../scanner/char-codes.js'
import { isDigitCode } from '../scanner/digit-group.js'

/**
 * Masks every digit of held-back text. Held text is exactly the part whose
 * meaning is not settled, so any digit in it may belong to a card: a typing
 * preview shows its shape ("4111 11" → "**** **") but none of its digits.
 */
export function maskHeldText(held: string): string {
  let masked = ''
  let copiedUpTo = 0
  for (let index = 0; index < held.length; index++) {
    if (isDigitCode(held.charCodeAt(index))) {
      masked += held.slice(copiedUpTo, index) + String.fromCharCode(CharCode.Asterisk)
      copiedUpTo = index + 1
    }
  }
  return copiedUpTo === 0 ? held : masked + held.slice(copiedUpTo)
}
