import { URL_LOOKBACK_CHARS } from '../data/limits.js'
import { CharCode } from './char-codes.js'
import { isWhitespace } from './char-classes.js'
import type { Cursor } from './cursor.js'

/**
 * Is the character at `start` inside a URL? Looks back through the same
 * whitespace-free token for "://" or "www.". Numbers in URLs are order IDs,
 * timestamps and hashes far more often than card numbers.
 */
export function isInsideUrl(cursor: Cursor, start: number): boolean {
  const limit = start - URL_LOOKBACK_CHARS
  let index = start - 1
  while (index >= limit) {
    const code = cursor.code(index)
    if (code === CharCode.None || isWhitespace(code)) return false
    if (code === CharCode.Slash && cursor.code(index - 1) === CharCode.Slash && cursor.code(index - 2) === CharCode.Colon) {
      return true
    }
    if (code === CharCode.Dot && index - 3 >= limit && cursor.slice(index - 3, index).toLowerCase() === 'www') {
      const before = cursor.code(index - 4)
      if (before === CharCode.None || isWhitespace(before) || before === CharCode.Slash) return true
    }
    index--
  }
  return false
}
