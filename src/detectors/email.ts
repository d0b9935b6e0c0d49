import {
  MAX_DOMAIN_LABEL_CHARS,
  MAX_EMAIL_ADDRESS_CHARS,
  MAX_EMAIL_DOMAIN_CHARS,
  MAX_EMAIL_LOCAL_CHARS,
} from '../data/limits.js'
import { CharCode } from '../scanner/char-codes.js'
import type { Cursor } from '../scanner/cursor.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { isLocalPartCode } from './email-local-part.js'

/** The shortest top-level domain (RFC 1123 §2.1; every TLD in the root zone has two or more letters). */
const MIN_TOP_LEVEL_DOMAIN_CHARS = 2
/** A domain needs a name and a top-level domain: "example.com". */
const MIN_DOMAIN_LABELS = 2
/** IDNA (RFC 5890): an internationalised top-level domain is written in ASCII as "xn--…". */
const PUNYCODE_PREFIX = 'xn--'

/**
 * Email addresses: a practical subset of RFC 5321/5322 that covers what people
 * type in chat, read in linear time with no regular expression.
 * - Local part (RFC 5322 dot-atom, at most 64 characters): ASCII letters,
 *   digits and `. _ % + -`, so plus-tags ("jane+billing") are kept; no leading,
 *   trailing or doubled dot. The other characters RFC 5322 allows (`! # $ & ' *
 *   / = ? ^ \` { | } ~`) are left out on purpose: in chat they are punctuation
 *   around an address far more often than part of it, and "*" is what a masked
 *   address is made of.
 * - Domain (at most 253 characters): two or more labels of letters, digits and
 *   inner hyphens (at most 63 each), ending in a top-level domain of two or more
 *   letters, or an "xn--" punycode one. No IP literals, no quoted local parts,
 *   no non-ASCII (EAI) addresses.
 * - The whole address is at most 254 characters (RFC 5321 §4.5.3.1.3).
 *
 * Triggered by "@". The local part is read backwards from it, at most 64
 * characters and never before the previous finding; leading punctuation
 * ("+", "-", ".") is left out of the span, so "(jane@x.com)" and "…:jane@x.com"
 * start at "j". A dot after the domain ends a sentence, not the address.
 * Canonical value: the address lower-cased (what `hash` tokens are made from).
 *
 * > | mail jane.doe+tag@example.co.uk today
 *                      ^ trigger; the span starts at "j" and ends after "uk"
 */
export const emailDetector: Detector = {
  type: 'email',
  triggers: '@',
  spanLookbehind: MAX_EMAIL_LOCAL_CHARS,
  detectAt: () => undefined,
  detectAtTrigger(at: number, context: DetectorContext): Detection | undefined {
    const { cursor } = context
    if (cursor.code(at) !== CharCode.At) return undefined
    const start = localPartStart(cursor, at, context.minStart)
    if (start === undefined) return undefined
    const end = domainEnd(cursor, at)
    if (end === undefined || end - start > MAX_EMAIL_ADDRESS_CHARS) return undefined
    // "jane@example.com@evil" and "jane@example.com_x" are not one address.
    const after = cursor.code(end)
    if (after === CharCode.At || after === CharCode.Underscore) return undefined
    return { type: 'email', start, end, reason: 'syntax', canonical: cursor.slice(start, end).toLowerCase() }
  },
}

/**
 * Where the local part before `at` starts, or undefined when there is none or
 * it breaks the rules. Reads back at most {@link MAX_EMAIL_LOCAL_CHARS}
 * characters plus one (to see a longer run), and not before `minStart`.
 */
function localPartStart(cursor: Cursor, at: number, minStart: number): number | undefined {
  const capStart = at - MAX_EMAIL_LOCAL_CHARS
  let index = at - 1
  while (index >= capStart && index >= minStart && isLocalPartCode(cursor.code(index))) index--
  // A run longer than 64 characters is not a local part (and not the start of one).
  if (index < capStart && index >= minStart && isLocalPartCode(cursor.code(index))) return undefined
  // "jo@example.com@evil.com": the second "@" does not start another address.
  if (index >= minStart && cursor.code(index) === CharCode.At) return undefined
  let start = index + 1
  if (start === at || cursor.code(at - 1) === CharCode.Dot) return undefined
  // "see...jane@x.com": a doubled dot cannot be inside a dot-atom, so the address starts after it.
  for (let position = start; position < at - 1; position++) {
    if (cursor.code(position) === CharCode.Dot && cursor.code(position + 1) === CharCode.Dot) start = position + 2
  }
  while (start < at && !isAsciiAlphanumeric(cursor.code(start)) && cursor.code(start) !== CharCode.Underscore) start++
  return start < at ? start : undefined
}

/** Where the domain after `at` ends, or undefined when it is not a valid domain. */
function domainEnd(cursor: Cursor, at: number): number | undefined {
  const domainStart = at + 1
  let index = domainStart
  let labels = 0
  let end = domainStart
  let lastLabelStart = domainStart
  for (;;) {
    const labelStart = index
    while (index - domainStart <= MAX_EMAIL_DOMAIN_CHARS && isLabelCode(cursor.code(index))) index++
    if (index - domainStart > MAX_EMAIL_DOMAIN_CHARS) return undefined
    const labelLength = index - labelStart
    if (labelLength === 0) break
    if (labelLength > MAX_DOMAIN_LABEL_CHARS) return undefined
    if (cursor.code(labelStart) === CharCode.HyphenMinus || cursor.code(index - 1) === CharCode.HyphenMinus) return undefined
    labels++
    lastLabelStart = labelStart
    end = index
    if (cursor.code(index) !== CharCode.Dot || !isLabelCode(cursor.code(index + 1))) break
    index++
  }
  if (labels < MIN_DOMAIN_LABELS || !isTopLevelDomain(cursor, lastLabelStart, end)) return undefined
  return end
}

/** Two or more ASCII letters, or "xn--" and letters, digits or hyphens. */
function isTopLevelDomain(cursor: Cursor, start: number, end: number): boolean {
  if (end - start < MIN_TOP_LEVEL_DOMAIN_CHARS) return false
  if (cursor.slice(start, start + PUNYCODE_PREFIX.length).toLowerCase() === PUNYCODE_PREFIX) return true
  for (let index = start; index < end; index++) {
    if (!isAsciiLetter(cursor.code(index))) return false
  }
  return true
}

function isAsciiLetter(code: number): boolean {
  return (code >= CharCode.LowerA && code <= CharCode.LowerZ) || (code >= CharCode.UpperA && code <= CharCode.UpperZ)
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= CharCode.Zero && code <= CharCode.Nine)
}

/** RFC 1035 §2.3.1 (as relaxed by RFC 1123 §2.1): letters, digits, hyphens. */
function isLabelCode(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === CharCode.HyphenMinus
}
