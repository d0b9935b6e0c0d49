/**
 * The corpora's real utterances as harmless text: every one of them for a
 * card-only redactor; for a redactor that also looks for phones and emails, only
 * those without phone- or email-like text (changing a phone number there is
 * not a false positive).
 */
import type { Utterance } from '../lib/corpus.js'
import type { Scope } from './score.js'

/**
 * Phone-like or email-like text, which a full PII redactor is right to change:
 * such utterances are left out of the harmless set for redactors that look for
 * phones and emails (the corpus README's census patterns, plus national formats
 * of 9 or more digits in groups, which the census counted by hand).
 */
const PHONE_OR_EMAIL_PATTERNS: readonly RegExp[] = [
  /(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])/,
  /\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}(?!\d)/,
  /(?<!\d)1?\d{10}(?!\d)/,
  /(?<!\d)0\d{3,4} ?\d{6}(?!\d)/,
  /[\w.+-]+@[\w-]+\.[\w.-]+/,
]
const GROUPED_NUMBER = /(?<![\d+])\d{1,6}(?:[ .-]\d{1,6}){1,5}(?!\d)/g
const MIN_NATIONAL_PHONE_DIGITS = 9
const MAX_NATIONAL_PHONE_DIGITS = 13

export function looksLikePhoneOrEmail(text: string): boolean {
  if (PHONE_OR_EMAIL_PATTERNS.some((pattern) => pattern.test(text))) return true
  for (const match of text.matchAll(GROUPED_NUMBER)) {
    const digits = match[0].replace(/\D/g, '').length
    if (digits >= MIN_NATIONAL_PHONE_DIGITS && digits <= MAX_NATIONAL_PHONE_DIGITS) return true
  }
  return false
}

export interface HarmlessSets {
  readonly sample: readonly Utterance[]
  readonly full: readonly Utterance[]
}

/** The harmless utterances for a scope: all of them for a card-only redactor, the phone- and email-free ones otherwise. */
export function harmlessFor(utterances: readonly Utterance[], scope: Scope): readonly Utterance[] {
  return scope === 'pci' ? utterances : utterances.filter((utterance) => !looksLikePhoneOrEmail(utterance.text))
}

