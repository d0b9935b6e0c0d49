/**
 * How people write an email address so that scrapers (they hope) cannot read
 * it, as data for the email detector: "jane at example dot com",
 * "jane [at] example [dot] com", "jane(at)example(dot)com", "jane AT example DOT
 * com", and the full-width and ideographic signs an IME types. Reviewed 2026-12-04.
 *
 * Only the English words: they are what address obfuscation guides and
 * spam-harvesting studies list (and what the user reports that led here showed);
 * words of other languages ("arroba", "punto") can be added as rows.
 */

/** Signs that stand for "@": the ASCII one, FULLWIDTH COMMERCIAL AT (U+FF20) and SMALL COMMERCIAL AT (U+FE6B). */
export const EMAIL_AT_SIGNS = '@\uff20\ufe6b'

/**
 * Characters that separate domain labels. RFC 3490 §3.1 (IDNA) makes the
 * ideographic full stop (U+3002), the full-width full stop (U+FF0E) and the
 * half-width ideographic full stop (U+FF61) label separators, as UTS #46 does:
 * a Japanese or Chinese IME types them for ".".
 */
export const EMAIL_LABEL_SEPARATORS = '.\u3002\uff0e\uff61'

/** The word written for "@" ("jane at example dot com"), matched in any case. */
export const EMAIL_AT_WORD = 'at'

/** The word written for "." between domain labels, matched in any case. */
export const EMAIL_DOT_WORD = 'dot'

/** The longest of {@link EMAIL_AT_WORD} and {@link EMAIL_DOT_WORD}: bounds the detector's read-ahead (`limits.ts`). */
export const EMAIL_OBFUSCATION_WORD_MAX_CHARS = 3

/**
 * Brackets around an obfuscation word, as opening and closing pairs:
 * "[at]", "(at)", "{at}", "<at>". Any may hold one space inside ("[ at ]").
 */
export const EMAIL_OBFUSCATION_BRACKETS: readonly (readonly [string, string])[] = [
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
  ['<', '>'],
]

/**
 * The most spaces on either side of an obfuscation ("jane  at  example"): more
 * than two is layout (a table, aligned columns), not one address.
 */
export const EMAIL_OBFUSCATION_MAX_SPACES = 2

/**
 * The characters the email detector asks the scanner for (ASCII only: the
 * scanner's trigger table is ASCII). "@" for addresses; "(" and "[" for the
 * obfuscations glued to the local part ("jane(at)example(dot)com"), which are
 * rare enough in chat to cost nothing measurable. "{" and "<" are left out: they
 * open code and markup in developer chat on nearly every line, and the glued
 * "jane{at}…" form is the rarest.
 */
export const EMAIL_TRIGGERS = '@(['

/**
 * Also offered to the spaced-forms detector (`emailDetectorWithSpacedForms`):
 * the space after a local part, where "jane at example dot com", "jane [at] …"
 * and "jane @ example.com" begin. Not in {@link EMAIL_TRIGGERS} by default: the
 * scanner stops at every trigger character, and a stop at every space halved
 * batch throughput on the dialogue corpora (measured 2026-12-04 with the
 * scanner of that day), while the spaced forms occur in none of their 124,547
 * utterances. A scanner that stops at a space only when "a", "A", "@", "(" or
 * "[" follows would make them cheap.
 */
export const EMAIL_SPACED_FORM_TRIGGER = ' '
