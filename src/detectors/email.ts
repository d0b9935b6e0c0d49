import { ASSET_SCALE_SUFFIX, FILE_EXTENSIONS_THAT_ARE_TLDS, GIT_REMOTE_PATH_STARTS, GIT_SERVICE_LOGINS } from '../data/email-look-alikes.js'
import {
  EMAIL_AT_WORD,
  EMAIL_DOT_WORD,
  EMAIL_LABEL_SEPARATORS,
  EMAIL_OBFUSCATION_MAX_SPACES,
  EMAIL_SPACED_FORM_TRIGGER,
  EMAIL_TRIGGERS,
} from '../data/email-obfuscations.js'
import { FIRST_NON_ASCII_CODE } from '../data/email-scripts.js'
import { ASCII_TOP_LEVEL_DOMAINS, INTERNATIONALISED_TOP_LEVEL_DOMAINS } from '../data/email-top-level-domains.js'
import { MAX_DOMAIN_LABEL_CHARS, MAX_EMAIL_ADDRESS_CHARS, MAX_EMAIL_DOMAIN_CHARS, MAX_EMAIL_LOCAL_CHARS } from '../data/limits.js'
import { CharCode } from '../scanner/char-codes.js'
import type { Cursor } from '../scanner/cursor.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import {
  asciiLowerCase,
  bracketedWordEnd,
  isAsciiAlphanumeric,
  isAtSignCode,
  isLocalPartCode,
  isUnicodeWordCode,
  isUnspacedScriptCode,
  spellsAsciiWord,
} from './email-local-part.js'

/** How the "@" was written. */
const enum AtForm {
  /** "@", "＠" or "﹫". */
  Sign,
  /** "[at]", "(at)", "{at}", "<at>". */
  Bracketed,
  /** The bare word: "jane at example dot com". */
  Word,
}

interface AtToken {
  readonly form: AtForm
  /** Spaces stood around it ("jane @ example.com", "jane@ example.com"). */
  readonly spaced: boolean
  /** Where the domain begins. */
  readonly domainStart: number
}

interface Domain {
  /** Index after the last label. */
  readonly end: number
  /** The labels as written, with their offsets. */
  readonly labels: readonly (readonly [number, number])[]
  /** Label separators written as words ("dot", "[dot]") rather than as a full stop. */
  readonly obfuscatedSeparators: number
}

const NOT_FOUND = -1

/** A domain needs a name and a top-level domain: "example.com". */
const MIN_DOMAIN_LABELS = 2

/**
 * Email addresses, read in linear time with no regular expression, as people
 * write them in chat: a practical subset of RFC 5321/5322 with internationalised
 * addresses (RFC 6531) and the obfuscations people use against scrapers.
 * - Local part (RFC 5322 dot-atom, at most 64 characters): ASCII letters,
 *   digits and `. _ % + -`, so plus-tags ("jane+billing") are kept, and letters
 *   and digits of any script ("jörg", "用户"); no leading, trailing or doubled
 *   dot. The other characters RFC 5322 allows (`! # $ & ' * / = ? ^ \` { | } ~`)
 *   are left out on purpose: in chat they are punctuation around an address far
 *   more often than part of it, and "*" is what a masked address is made of.
 * - Domain (at most 253 characters as written): two or more labels of letters,
 *   digits and inner hyphens (at most 63 each), letters of any script included
 *   ("bücher.de", "例え.jp"; IDNA, RFC 5890), separated by "." or the ideographic
 *   and full-width full stops (RFC 3490 §3.1). The last label must be a
 *   top-level domain of the root zone (`email-top-level-domains.ts`), in Unicode
 *   or punycode ("xn--p1ai"): that is what tells "jane@example.com" from
 *   "icon@2x.png", "vue@3.4.0" or "app@build.js". No IP literals, no quoted
 *   local parts.
 * - Where a script written without spaces (Chinese, Japanese, Thai, …) meets the
 *   Latin letters of an address, the address ends ("メールはjane@example.comまで").
 * - The whole address is at most 254 characters (RFC 5321 §4.5.3.1.3).
 * - Written for scrapers: "(at)"/"[at]" glued to the local part, "@" with a
 *   space after it, and "dot", "[dot]" or "(dot)" between labels (see
 *   `email-obfuscations.ts`). The spaced forms that begin after the local part
 *   ("jane at example dot com", "jane [at] …", "jane @ example.com") need the
 *   scanner to stop at spaces: {@link emailDetectorWithSpacedForms}. When "at"
 *   is a bare word, at least one label separator must be an obfuscated "dot":
 *   "meet at the.hotel" is a sentence, not an address.
 * - Not addresses: a retina asset ("icon@2x.zip": a scale label before a file
 *   extension, `email-look-alikes.ts`), a package version ("pkg@1.0.0-beta.next"),
 *   a Git remote's service login (`git@github.com:org/repo.git`; see
 *   `GIT_SERVICE_LOGINS` for why), and anything followed by "@" or "_".
 *
 * The local part is read backwards from the trigger, at most 64 characters and
 * never before the previous finding; leading punctuation ("+", "-", ".") is
 * left out of the span, so "(jane@x.com)" and "…:jane@x.com" start at "j". A dot
 * after the domain ends a sentence, not the address.
 * Canonical value: the address with "@" and "." in place of their obfuscations,
 * NFKC-normalised and lower-cased (what `hash` tokens are made from), so every
 * way of writing one address gives one token.
 *
 * > | mail jane.doe+tag@example.co.uk today
 *                      ^ trigger; the span starts at "j" and ends after "uk"
 * > | mail jane(at)example(dot)com today
 *              ^ trigger
 */
export const emailDetector: Detector = {
  type: 'email',
  triggers: EMAIL_TRIGGERS,
  spanLookbehind: MAX_EMAIL_LOCAL_CHARS,
  detectAt: () => undefined,
  detectAtTrigger(at: number, context: DetectorContext): Detection | undefined {
    return detectEmailAt(at, context, false)
  },
}

/**
 * {@link emailDetector}, also offered every ASCII space, so it finds the
 * obfuscations that begin with one: "jane at example dot com", "jane AT example
 * DOT com", "jane [at] example [dot] com", "jane (at) example (dot) com",
 * "jane @ example.com", "jane ＠ example．com". A stream holds "jane at example
 * dot" back until it sees whether a top-level domain follows (bounded by
 * `EMAIL_LOOKAHEAD_CHARS`), because the scan pauses at the space after "jane".
 *
 * Not in `ALL_DETECTORS` yet: the scanner stops at every trigger character, and
 * a stop at every space halves batch throughput (see `EMAIL_SPACED_FORM_TRIGGER`).
 * The check at each space is one character ("a", "A", "@", a bracket, or a
 * second space must follow), so a scanner that pre-filters on that character
 * would make it cheap.
 *
 * > | write to jane at example dot com
 *                  ^ trigger
 */
export const emailDetectorWithSpacedForms: Detector = {
  ...emailDetector,
  triggers: EMAIL_TRIGGERS + EMAIL_SPACED_FORM_TRIGGER,
  detectAtTrigger(at: number, context: DetectorContext): Detection | undefined {
    return detectEmailAt(at, context, true)
  },
}

function detectEmailAt(at: number, context: DetectorContext, spacedForms: boolean): Detection | undefined {
  const { cursor } = context
  const trigger = cursor.code(at)
  let token: AtToken | undefined
  if (trigger === CharCode.Space) {
    if (!spacedForms) return undefined
    token = readSpacedAtToken(cursor, at)
  } else {
    token = readGluedAtToken(cursor, at)
  }
  if (token === undefined) return undefined
  const start = localPartStart(cursor, at, context.minStart)
  if (start === undefined) return undefined
  const domain = readDomain(cursor, token.domainStart)
  if (domain === undefined) return undefined
  // "meet at the.hotel": a bare "at" makes an address only with a "dot" spelled out too.
  if (token.form === AtForm.Word && domain.obfuscatedSeparators === 0) return undefined

  const labels = domain.labels.map(([labelStart, labelEnd]) => normalised(cursor.slice(labelStart, labelEnd)))
  const topLevelDomain = labels[labels.length - 1] as string
  if (!isTopLevelDomain(topLevelDomain) || isAssetName(labels) || isPackageVersion(labels)) return undefined
  // "jane@example.com@evil" and "jane@example.com_x" are not one address.
  const after = cursor.code(domain.end)
  if (isAtSignCode(after) || after === CharCode.Underscore) return undefined
  const local = normalised(cursor.slice(start, at))
  if (isGitRemote(cursor, local, domain.end)) return undefined

  const canonical = `${local}@${labels.join('.')}`
  if (canonical.length > MAX_EMAIL_ADDRESS_CHARS) return undefined
  const plain = token.form === AtForm.Sign && !token.spaced && domain.obfuscatedSeparators === 0
  return { type: 'email', start, end: domain.end, reason: plain ? 'syntax' : 'obfuscated', canonical }
}

/**
 * The "@" at `at`, glued to the local part: "@", or "(at)" / "[at]" (the
 * triggers). Up to {@link EMAIL_OBFUSCATION_MAX_SPACES} spaces may follow
 * ("jane@ example.com").
 */
function readGluedAtToken(cursor: Cursor, at: number): AtToken | undefined {
  let end: number
  let form: AtForm
  if (isAtSignCode(cursor.code(at))) {
    end = at + 1
    form = AtForm.Sign
  } else {
    end = bracketedWordEnd(cursor, at, EMAIL_AT_WORD)
    if (end === NOT_FOUND) return undefined
    form = AtForm.Bracketed
  }
  const domainStart = skipSpaces(cursor, end)
  return { form, spaced: domainStart > end, domainStart }
}

/**
 * The "@" after the space at `at`, which must follow the local part: "at" as a
 * word, "@", "＠" or a bracketed "at", with at most
 * {@link EMAIL_OBFUSCATION_MAX_SPACES} spaces on each side. Rejects nearly every
 * space in one read: the character after it must be a space, "a", "A", an at
 * sign or an opening bracket.
 *
 * > | jane at example dot com
 *         ^ at
 */
function readSpacedAtToken(cursor: Cursor, at: number): AtToken | undefined {
  let index = at + 1
  if (cursor.code(index) === CharCode.Space) index++
  const code = cursor.code(index)
  let end: number
  let form: AtForm
  if (isAtSignCode(code)) {
    end = index + 1
    form = AtForm.Sign
  } else if (asciiLowerCase(code) === CharCode.LowerA) {
    if (!spellsAsciiWord(cursor, index, EMAIL_AT_WORD) || cursor.code(index + EMAIL_AT_WORD.length) !== CharCode.Space) return undefined
    end = index + EMAIL_AT_WORD.length
    form = AtForm.Word
  } else {
    end = bracketedWordEnd(cursor, index, EMAIL_AT_WORD)
    if (end === NOT_FOUND) return undefined
    form = AtForm.Bracketed
  }
  // The local part is glued to the space: "jane at …", not "  at …".
  if (!isLocalPartCode(cursor.code(at - 1))) return undefined
  return { form, spaced: true, domainStart: skipSpaces(cursor, end) }
}

/** Past at most {@link EMAIL_OBFUSCATION_MAX_SPACES} ASCII spaces from `index`. */
function skipSpaces(cursor: Cursor, index: number): number {
  let end = index
  while (end - index < EMAIL_OBFUSCATION_MAX_SPACES && cursor.code(end) === CharCode.Space) end++
  return end
}

/**
 * Where the local part before `end` starts, or undefined when there is none or
 * it breaks the rules. Reads back at most {@link MAX_EMAIL_LOCAL_CHARS}
 * characters plus one (to see a longer run), and not before `minStart`.
 */
function localPartStart(cursor: Cursor, end: number, minStart: number): number | undefined {
  const capStart = end - MAX_EMAIL_LOCAL_CHARS
  let index = end - 1
  // Walking back through Latin (or Greek, Cyrillic, …) letters, a Chinese or Japanese character ends the address.
  let spacedScriptSeen = false
  const endsAddress = (code: number): boolean => !isLocalPartCode(code) || (spacedScriptSeen && isUnspacedScriptCode(code))
  while (index >= capStart && index >= minStart) {
    const code = cursor.code(index)
    if (endsAddress(code)) break
    if (!isUnspacedScriptCode(code)) spacedScriptSeen = true
    index--
  }
  // A run longer than 64 characters is not a local part (and not the start of one).
  if (index < capStart && index >= minStart && !endsAddress(cursor.code(index))) return undefined
  // "jo@example.com@evil.com": the second "@" does not start another address.
  if (index >= minStart && isAtSignCode(cursor.code(index))) return undefined
  let start = index + 1
  if (start === end || cursor.code(end - 1) === CharCode.Dot) return undefined
  // "see...jane@x.com": a doubled dot cannot be inside a dot-atom, so the address starts after it.
  for (let position = start; position < end - 1; position++) {
    if (cursor.code(position) === CharCode.Dot && cursor.code(position + 1) === CharCode.Dot) start = position + 2
  }
  while (start < end && !isWordCode(cursor.code(start)) && cursor.code(start) !== CharCode.Underscore) start++
  return start < end ? start : undefined
}

/**
 * The domain from `start`: labels and the separators between them, or undefined
 * when it breaks a rule. Reads at most {@link MAX_EMAIL_DOMAIN_CHARS} + 1
 * characters of it, then the longest separator and one character more to see
 * whether another label follows.
 */
function readDomain(cursor: Cursor, start: number): Domain | undefined {
  const labels: (readonly [number, number])[] = []
  let obfuscatedSeparators = 0
  let index = start
  for (;;) {
    const labelStart = index
    let spacedScriptSeen = false
    let atScriptChange = false
    for (;;) {
      if (index - start > MAX_EMAIL_DOMAIN_CHARS) return undefined
      const code = cursor.code(index)
      if (!isLabelCode(code)) break
      // "example.comです": the label, and the address, end where Japanese begins.
      if (isUnspacedScriptCode(code)) {
        if (spacedScriptSeen) {
          atScriptChange = true
          break
        }
      } else {
        spacedScriptSeen = true
      }
      index++
    }
    const length = index - labelStart
    if (length === 0) return undefined
    if (length > MAX_DOMAIN_LABEL_CHARS) return undefined
    if (cursor.code(labelStart) === CharCode.HyphenMinus || cursor.code(index - 1) === CharCode.HyphenMinus) return undefined
    labels.push([labelStart, index])
    if (atScriptChange) break
    const next = labelSeparatorEnd(cursor, index)
    // "…@example.com." ends a sentence: a separator counts only before another label.
    if (next === NOT_FOUND || !isLabelCode(cursor.code(next))) break
    if (next !== index + 1) obfuscatedSeparators++
    index = next
  }
  if (labels.length < MIN_DOMAIN_LABELS) return undefined
  return { end: index, labels, obfuscatedSeparators }
}

/**
 * Where the label separator at `index` ends: a full stop (ASCII, ideographic or
 * full-width), or "dot" spelled out, bracketed ("[dot]", "(dot)", spaces
 * around allowed) or as a word between spaces (" dot "); {@link NOT_FOUND} if
 * none is there.
 */
function labelSeparatorEnd(cursor: Cursor, index: number): number {
  const code = cursor.code(index)
  if (code !== CharCode.None && EMAIL_LABEL_SEPARATORS.includes(String.fromCharCode(code))) return index + 1
  const wordStart = skipSpaces(cursor, index)
  let end = bracketedWordEnd(cursor, wordStart, EMAIL_DOT_WORD)
  if (end === NOT_FOUND) {
    if (wordStart === index || !spellsAsciiWord(cursor, wordStart, EMAIL_DOT_WORD)) return NOT_FOUND
    end = wordStart + EMAIL_DOT_WORD.length
    if (cursor.code(end) !== CharCode.Space) return NOT_FOUND
  }
  return skipSpaces(cursor, end)
}

/** The top-level domains of the root zone, ASCII, Unicode and punycode, built on first use. */
let topLevelDomains: ReadonlySet<string> | undefined

function isTopLevelDomain(label: string): boolean {
  topLevelDomains ??= new Set([
    ...ASCII_TOP_LEVEL_DOMAINS.split(/\s+/),
    ...INTERNATIONALISED_TOP_LEVEL_DOMAINS.split(/[\s=]+/),
  ])
  return topLevelDomains.has(label)
}

/**
 * "icon@2x.zip", "notes@1.5x.md": a scale label ("2x", "1.5x") and a file
 * extension that happens to be a top-level domain. (Extensions that are not,
 * "png", "webp", "js", never pass {@link isTopLevelDomain}.)
 */
function isAssetName(labels: readonly string[]): boolean {
  if (!FILE_EXTENSIONS_THAT_ARE_TLDS.includes(labels[labels.length - 1] as string)) return false
  const first = labels[0] as string
  if (isScaleLabel(first)) return true
  return labels.length > 2 && isAllDigits(first) && isScaleLabel(labels[1] as string)
}

/** "2x", "3x", "15x": digits, then "x". */
function isScaleLabel(label: string): boolean {
  return label.length > 1 && label.endsWith(ASSET_SCALE_SUFFIX) && isAllDigits(label.slice(0, -1))
}

/** "pkg@1.0.0-beta.next": a version (numeric, numeric, then a label starting with a digit) before a word that is also a TLD. */
function isPackageVersion(labels: readonly string[]): boolean {
  return labels.length > 2 && isAllDigits(labels[0] as string) && isAllDigits(labels[1] as string) && isAsciiDigit((labels[2] as string).charCodeAt(0))
}

/**
 * `git@github.com:org/repo.git`, `ssh://git@gitlab.com/org/repo`: a Git
 * service login (`GIT_SERVICE_LOGINS`) with a remote path after the host.
 */
function isGitRemote(cursor: Cursor, local: string, end: number): boolean {
  if (!GIT_SERVICE_LOGINS.includes(local)) return false
  const after = cursor.code(end)
  if (after !== CharCode.Colon && after !== CharCode.Slash) return false
  const next = cursor.code(end + 1)
  return isAsciiAlphanumeric(next) || (next !== CharCode.None && GIT_REMOTE_PATH_STARTS.includes(String.fromCharCode(next)))
}

function isAllDigits(text: string): boolean {
  if (text.length === 0) return false
  for (let index = 0; index < text.length; index++) if (!isAsciiDigit(text.charCodeAt(index))) return false
  return true
}

function isAsciiDigit(code: number): boolean {
  return code >= CharCode.Zero && code <= CharCode.Nine
}

/** Lower-case, and for non-ASCII NFKC first (UTS #46 maps full-width "ｊａｎｅ" to "jane" the same way). */
function normalised(text: string): string {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) >= FIRST_NON_ASCII_CODE) return text.normalize('NFKC').toLowerCase()
  }
  return text.toLowerCase()
}

/** A letter or digit of any script. */
function isWordCode(code: number): boolean {
  return isAsciiAlphanumeric(code) || isUnicodeWordCode(code)
}

/** RFC 1035 §2.3.1 (as relaxed by RFC 1123 §2.1): letters, digits, hyphens; letters and digits of any script (IDNA). */
function isLabelCode(code: number): boolean {
  return isWordCode(code) || code === CharCode.HyphenMinus
}
