/**
 * Named UTF-16 code units the scanner and detectors compare against.
 * A `const enum` inlines to plain numbers, so naming them costs nothing at run time.
 */
export const enum CharCode {
  Tab = 0x09, // "\t"
  LineFeed = 0x0a, // "\n"
  CarriageReturn = 0x0d, // "\r"
  Space = 0x20, // " "
  Hash = 0x23, // "#"
  Dollar = 0x24, // "$"
  Percent = 0x25, // "%"
  Apostrophe = 0x27, // "'"
  LeftParenthesis = 0x28, // "("
  RightParenthesis = 0x29, // ")"
  Asterisk = 0x2a, // "*"
  Plus = 0x2b, // "+"
  Comma = 0x2c, // ","
  HyphenMinus = 0x2d, // "-"
  Dot = 0x2e, // "."
  Slash = 0x2f, // "/"
  Zero = 0x30, // "0"
  Nine = 0x39, // "9"
  Colon = 0x3a, // ":"
  Semicolon = 0x3b, // ";"
  Equals = 0x3d, // "="
  QuestionMark = 0x3f, // "?"
  At = 0x40, // "@"
  UpperA = 0x41, // "A"
  UpperZ = 0x5a, // "Z"
  Underscore = 0x5f, // "_"
  LowerA = 0x61, // "a"
  LowerZ = 0x7a, // "z"
  VerticalLine = 0x7c, // "|"
  NoBreakSpace = 0xa0, // U+00A0, typed by word processors and some IMEs between groups
  SoftHyphen = 0xad, // U+00AD, invisible unless a line breaks there; pasted from web pages
  FirstCombiningDiacritic = 0x0300, // U+0300, the combining diacritical marks (to U+036F)
  LastCombiningDiacritic = 0x036f, // U+036F
  ArmenianHyphen = 0x058a, // U+058A
  HebrewMaqaf = 0x05be, // U+05BE, the Hebrew hyphen
  ArabicLetterMark = 0x061c, // U+061C, a bidi mark
  CanadianSyllabicsHyphen = 0x1400, // U+1400
  OghamSpaceMark = 0x1680, // U+1680, a space separator
  MongolianTodoSoftHyphen = 0x1806, // U+1806
  EnQuad = 0x2000, // U+2000, first of the spaces of set widths (to U+200A)
  Pound = 0xa3, // "£"
  Yen = 0xa5, // "¥"
  FirstNonAsciiDigit = 0x00b2, // SUPERSCRIPT TWO: the lowest character above "9" read as a digit (src/data/unicode-digits.ts)
  FigureSpace = 0x2007, // U+2007, a space as wide as a digit
  ThinSpace = 0x2009, // U+2009
  HairSpace = 0x200a, // U+200A, last of the spaces of set widths
  HyphenDash = 0x2010, // U+2010 HYPHEN, first of the Unicode dashes
  HorizontalBar = 0x2015, // U+2015, last of the Unicode dashes
  ZeroWidthSpace = 0x200b, // U+200B, first of the zero-width spaces, joiners and bidi marks (to U+200F)
  RightToLeftMark = 0x200f, // U+200F
  LeftToRightEmbedding = 0x202a, // U+202A, first of the bidi embeddings and overrides (to U+202E)
  RightToLeftOverride = 0x202e, // U+202E
  NarrowNoBreakSpace = 0x202f, // U+202F, French digit grouping
  MediumMathematicalSpace = 0x205f, // U+205F
  WordJoiner = 0x2060, // U+2060
  LeftToRightIsolate = 0x2066, // U+2066, first of the bidi isolates (to U+2069)
  PopDirectionalIsolate = 0x2069, // U+2069
  Euro = 0x20ac, // "€"
  FirstCombiningMarkForSymbols = 0x20d0, // U+20D0, combining marks for symbols (to U+20FF; U+20E3 the keycap)
  LastCombiningMarkForSymbols = 0x20ff, // U+20FF
  Rupee = 0x20b9, // "₹"
  MinusSign = 0x2212, // U+2212, what some keyboards and autocorrect put for "-"
  DoubleObliqueHyphen = 0x2e17, // U+2E17
  HyphenWithDiaeresis = 0x2e1a, // U+2E1A
  TwoEmDash = 0x2e3a, // U+2E3A
  ThreeEmDash = 0x2e3b, // U+2E3B
  DoubleHyphen = 0x2e40, // U+2E40
  IdeographicSpace = 0x3000, // U+3000, the space a Japanese/Chinese IME types
  FirstVariationSelector = 0xfe00, // U+FE00, variation selectors (to U+FE0F; U+FE0F asks for emoji style)
  LastVariationSelector = 0xfe0f, // U+FE0F
  FirstCombiningHalfMark = 0xfe20, // U+FE20, combining half marks (to U+FE2F)
  LastCombiningHalfMark = 0xfe2f, // U+FE2F
  SmallEmDash = 0xfe58, // U+FE58
  SmallHyphenMinus = 0xfe63, // U+FE63
  ByteOrderMark = 0xfeff, // U+FEFF, ZERO WIDTH NO-BREAK SPACE when inside text
  FullwidthHyphenMinus = 0xff0d, // U+FF0D, typed with full-width digits
  /** Returned by a cursor for "no character here": start or end of the input. */
  None = -1,
}
