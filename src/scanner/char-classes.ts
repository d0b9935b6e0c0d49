import { CharCode } from './char-codes.js'

/**
 * Characters people put between the digit groups of a card number:
 * spaces of every width, hyphens and dashes, and dots. Slash, comma and colon are
 * deliberately absent: they join dates, thousands and times, not card groups.
 */
export function isCardSeparator(code: number): boolean {
  switch (code) {
    case CharCode.Space:
    case CharCode.HyphenMinus:
    case CharCode.Dot:
    case CharCode.NoBreakSpace:
    case CharCode.FigureSpace:
    case CharCode.ThinSpace:
    case CharCode.NarrowNoBreakSpace:
    case CharCode.MinusSign:
    case CharCode.IdeographicSpace:
    case CharCode.FullwidthHyphenMinus:
      return true
    default:
      return code >= CharCode.HyphenDash && code <= CharCode.HorizontalBar
  }
}

/** A line feed or a carriage return: half of "\r\n" counts, as each half ends a line somewhere. */
export function isLineBreak(code: number): boolean {
  return code === CharCode.LineFeed || code === CharCode.CarriageReturn
}

/**
 * ASCII letters and underscore: a digit glued to one of these is part of an
 * identifier (hex, UUID, tracking number, variable name), not a number a person typed.
 * Non-ASCII letters are left out on purpose: Japanese or Arabic text often runs
 * straight into a number with no space ("カード番号4111…").
 */
export function isIdentifierLetter(code: number): boolean {
  return (
    (code >= CharCode.LowerA && code <= CharCode.LowerZ) ||
    (code >= CharCode.UpperA && code <= CharCode.UpperZ) ||
    code === CharCode.Underscore
  )
}

/** Characters that end a "word" for URL and token look-behind. */
export function isWhitespace(code: number): boolean {
  return (
    code === CharCode.Space ||
    code === CharCode.Tab ||
    code === CharCode.LineFeed ||
    code === CharCode.CarriageReturn ||
    code === CharCode.NoBreakSpace ||
    code === CharCode.IdeographicSpace ||
    code === CharCode.NarrowNoBreakSpace ||
    code === CharCode.ThinSpace ||
    code === CharCode.FigureSpace
  )
}

/** Currency symbols: a number right after one is an amount, never a CVV or expiry. */
export function isCurrencySymbol(code: number): boolean {
  return (
    code === CharCode.Dollar ||
    code === CharCode.Pound ||
    code === CharCode.Euro ||
    code === CharCode.Yen ||
    code === CharCode.Rupee
  )
}
