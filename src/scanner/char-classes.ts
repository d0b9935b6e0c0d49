import { CharCode } from './char-codes.js'

/**
 * Characters people put between the digit groups of a card number: spaces of
 * every width (Unicode's space separators), tabs (a number pasted from a
 * spreadsheet), hyphens and dashes (Unicode's dash punctuation, less the wave
 * dashes that write ranges, "1〜3"), the minus sign, dots, and the invisible
 * characters software slips in (see {@link isInvisibleFormatChar}). Slash, comma
 * and colon are deliberately absent: they join dates, thousands and times, not
 * card groups.
 */
export function isCardSeparator(code: number): boolean {
  switch (code) {
    case CharCode.Space:
    case CharCode.Tab:
    case CharCode.HyphenMinus:
    case CharCode.Dot:
    case CharCode.NoBreakSpace:
    case CharCode.NarrowNoBreakSpace:
    case CharCode.MediumMathematicalSpace:
    case CharCode.MinusSign:
    case CharCode.IdeographicSpace:
    case CharCode.FullwidthHyphenMinus:
    case CharCode.OghamSpaceMark:
    case CharCode.ArmenianHyphen:
    case CharCode.HebrewMaqaf:
    case CharCode.CanadianSyllabicsHyphen:
    case CharCode.MongolianTodoSoftHyphen:
    case CharCode.DoubleObliqueHyphen:
    case CharCode.HyphenWithDiaeresis:
    case CharCode.TwoEmDash:
    case CharCode.ThreeEmDash:
    case CharCode.DoubleHyphen:
    case CharCode.SmallEmDash:
    case CharCode.SmallHyphenMinus:
      return true
    default:
      // U+2000–U+200A: the spaces from en quad to hair space (figure and thin
      // spaces among them); U+2010–U+2015: hyphen to horizontal bar.
      return (
        (code >= CharCode.EnQuad && code <= CharCode.HairSpace) ||
        (code >= CharCode.HyphenDash && code <= CharCode.HorizontalBar) ||
        isInvisibleFormatChar(code) ||
        isDigitDecoration(code)
      )
  }
}

/**
 * Marks that draw on the digit before them rather than stand on their own:
 * combining diacritics (the strike-through and underline of "fancy text"
 * generators, "4̶1̶1̶1̶"), combining marks for symbols (the keycap of "4️⃣") and
 * variation selectors. The agent still reads the digits, so the scanner reads
 * through them as it reads through a separator.
 */
export function isDigitDecoration(code: number): boolean {
  if (code < CharCode.FirstCombiningDiacritic) return false
  return (
    (code >= CharCode.FirstCombiningDiacritic && code <= CharCode.LastCombiningDiacritic) ||
    (code >= CharCode.FirstCombiningMarkForSymbols && code <= CharCode.LastCombiningMarkForSymbols) ||
    (code >= CharCode.FirstVariationSelector && code <= CharCode.LastVariationSelector) ||
    (code >= CharCode.FirstCombiningHalfMark && code <= CharCode.LastCombiningHalfMark)
  )
}

/**
 * Characters that take no room on screen: zero-width spaces and joiners, the
 * word joiner, soft hyphens, a stray byte-order mark, and the bidirectional
 * marks, embeddings and isolates that right-to-left chat apps wrap around
 * numbers. An agent reads "4111\u200e1111…" as one run of digits, so the scanner
 * must not read it as two numbers.
 */
export function isInvisibleFormatChar(code: number): boolean {
  if (code < CharCode.SoftHyphen) return false
  return (
    code === CharCode.SoftHyphen ||
    code === CharCode.ArabicLetterMark ||
    (code >= CharCode.ZeroWidthSpace && code <= CharCode.RightToLeftMark) ||
    (code >= CharCode.LeftToRightEmbedding && code <= CharCode.RightToLeftOverride) ||
    code === CharCode.WordJoiner ||
    (code >= CharCode.LeftToRightIsolate && code <= CharCode.PopDirectionalIsolate) ||
    code === CharCode.ByteOrderMark
  )
}

/** A line feed or a carriage return: half of "\r\n" counts, as each half ends a line somewhere. */
export function isLineBreak(code: number): boolean {
  return code === CharCode.LineFeed || code === CharCode.CarriageReturn
}

/**
 * A character that may stand in the gap between two groups of one card: a
 * separator, or a line break (a card typed over two lines with Shift+Enter,
 * pasted from a wrapped statement, or split over two messages that ended in one).
 * The card detector allows one line break per gap.
 */
export function isCardGapChar(code: number): boolean {
  return isCardSeparator(code) || isLineBreak(code)
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

/** Characters that end a "word" for URL and token look-behind: line breaks, tabs and Unicode's space separators. */
export function isWhitespace(code: number): boolean {
  return (
    code === CharCode.Space ||
    code === CharCode.Tab ||
    code === CharCode.LineFeed ||
    code === CharCode.CarriageReturn ||
    code === CharCode.NoBreakSpace ||
    code === CharCode.IdeographicSpace ||
    code === CharCode.NarrowNoBreakSpace ||
    code === CharCode.MediumMathematicalSpace ||
    code === CharCode.OghamSpaceMark ||
    (code >= CharCode.EnQuad && code <= CharCode.HairSpace)
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
