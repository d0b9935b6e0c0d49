/**
 * The `mask` policy: hide characters one by one and keep the shape, so
 * `4111 1111 1111 1111` becomes `**** **** **** 1111` and `٤١١١…` keeps its
 * Arabic-Indic last four as written.
 */
import { CharCode } from '../scanner/char-codes.js'
import { digitValueOf } from '../scanner/unicode-digits.js'
import type { FindingType } from '../types.js'
import type { ResolvedMaskPolicy } from './policy.js'

/**
 * Which characters carry the value, per type. Numbers are digits in any script;
 * the separators between them ("-", " ", "/") carry only layout. Emails, IBANs
 * and NINOs are spelled with letters too, while "@" and "." show only structure.
 */
const MASKABLE_CLASS: Readonly<Record<FindingType, 'digits' | 'letters-and-digits'>> = {
  card_number: 'digits',
  // A month name is part of the date: "exp Jan 2027" is masked "exp *** ****".
  expiry_date: 'letters-and-digits',
  cvv: 'digits',
  phone: 'digits',
  us_ssn: 'digits',
  email: 'letters-and-digits',
  iban: 'letters-and-digits',
  uk_nino: 'letters-and-digits',
}

const LETTER = /^\p{L}$/u
/** Combining marks (accents written as a separate code point) belong to the character before them. */
const COMBINING_MARK = /^\p{M}$/u

/** Code points below this are ASCII, where two range checks answer "letter?" without a regex. */
const FIRST_NON_ASCII = 0x80

function isLetter(codePoint: number, char: string): boolean {
  if (codePoint >= FIRST_NON_ASCII) return LETTER.test(char)
  return (
    (codePoint >= CharCode.LowerA && codePoint <= CharCode.LowerZ) ||
    (codePoint >= CharCode.UpperA && codePoint <= CharCode.UpperZ)
  )
}

/** What happens to one code point of the original. */
const enum Fate {
  Keep,
  Hide,
  Drop,
}

/**
 * Masks `original`: each maskable character becomes `policy.char`, except the
 * first `keepFirst` and last `keepLast`, which stay as written (same script);
 * other characters stay where they are, or go if `keepSeparators` is false.
 *
 * Fails closed: if the value has no more maskable characters than would be kept,
 * everything is hidden, since keeping them all would show the whole value.
 * Assumes a policy already accepted by `policyProblemOf`.
 *
 * @example
 * ```ts
 * import { renderMask } from './mask.js'
 * const policy = { action: 'mask', char: '*', keepFirst: 0, keepLast: 4, keepSeparators: true } as const
 * renderMask(policy, 'card_number', '4111 1111 1111 1111') // '**** **** **** 1111'
 * renderMask(policy, 'card_number', '４１１１－１１１１－１１１１－１１１１') // '****－****－****－１１１１'
 * renderMask({ ...policy, keepLast: 0 }, 'email', 'jo@example.com') // '**@*******.***'
 * ```
 */
export function renderMask(policy: ResolvedMaskPolicy, type: FindingType, original: string): string {
  const withLetters = MASKABLE_CLASS[type] === 'letters-and-digits'
  const isMaskable = (codePoint: number, char: string): boolean =>
    digitValueOf(codePoint) >= 0 || (withLetters && isLetter(codePoint, char))

  let total = 0
  for (const char of original) if (isMaskable(char.codePointAt(0) as number, char)) total++

  const revealsAll = policy.keepFirst + policy.keepLast >= total
  const keepFirst = revealsAll ? 0 : policy.keepFirst
  const keepLast = revealsAll ? 0 : policy.keepLast
  const separatorFate = policy.keepSeparators ? Fate.Keep : Fate.Drop

  let out = ''
  let seen = 0
  // The fate of the last non-mark character: a combining mark shares it (hidden
  // base → mark dropped). Before any character, a mark is treated as a separator.
  let baseFate: Fate = separatorFate
  for (const char of original) {
    const codePoint = char.codePointAt(0) as number
    let fate: Fate
    if (isMaskable(codePoint, char)) {
      fate = seen < keepFirst || seen >= total - keepLast ? Fate.Keep : Fate.Hide
      baseFate = fate
      seen++
    } else if (COMBINING_MARK.test(char)) {
      fate = baseFate === Fate.Hide ? Fate.Drop : baseFate
    } else {
      fate = separatorFate
      baseFate = fate
    }
    if (fate === Fate.Keep) out += char
    else if (fate === Fate.Hide) out += policy.char
  }
  return out
}
