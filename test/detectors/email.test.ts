import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FILE_EXTENSIONS_THAT_ARE_TLDS } from '../../src/data/email-look-alikes.js'
import { EMAIL_OBFUSCATION_WORD_MAX_CHARS, EMAIL_AT_WORD, EMAIL_DOT_WORD, EMAIL_TRIGGERS } from '../../src/data/email-obfuscations.js'
import { ALL_DETECTORS } from '../../src/detectors/all.js'
import { emailDetector, emailDetectorWithSpacedForms } from '../../src/detectors/email.js'
import { createRedactor, MAX_HOLD_CHARS, type Finding } from '../../src/index.js'
import { buildRedactor } from '../../src/redactor.js'
import { cursorReads, resetCursorReads } from '../../src/scanner/cursor.js'
import { safeTextArbitrary } from '../helpers/cards.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { cutsArbitrary, oneCharAtATime, splitAt, streamChunks } from '../helpers/chunking.js'
import { loadCorpus } from '../helpers/corpora.js'
import {
  ALL_TOP_LEVEL_DOMAINS,
  assertQuietly,
  asciiEmailPartsArbitrary,
  emailArbitrary,
  emailLookAlikeArbitrary,
  obfuscatedEmailArbitrary,
  plainEmail,
  unicodeEmailPartsArbitrary,
} from '../helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })
/** The full set with the email detector that is also offered spaces (the spaced obfuscations). */
const spacedRedactor = buildRedactor(
  ALL_DETECTORS.map((detector) => (detector === emailDetector ? emailDetectorWithSpacedForms : detector)),
  { now: FIXED_NOW },
)
const HASH_KEY = 'a test key of sixteen bytes or more'
const hashing = createRedactor({ now: FIXED_NOW, policies: { email: { action: 'hash', key: HASH_KEY } } })
const spacedHashing = buildRedactor(
  ALL_DETECTORS.map((detector) => (detector === emailDetector ? emailDetectorWithSpacedForms : detector)),
  { now: FIXED_NOW, policies: { email: { action: 'hash', key: HASH_KEY } } },
)

const emailsOf = (text: string, using = redactor) => using.redact(text).findings.filter((finding) => finding.type === 'email')
const emailSpans = (text: string, using = redactor) => emailsOf(text, using).map((finding) => text.slice(finding.start, finding.end))

describe('email addresses', () => {
  it.each([
    ['plain', 'mail jo@example.com today', 'jo@example.com'],
    ['plus-tag and subdomains', 'jane.doe+billing@mail.example.co.uk', 'jane.doe+billing@mail.example.co.uk'],
    ['capitals', 'Jane.Doe@Example.COM', 'Jane.Doe@Example.COM'],
    ['digits and hyphens', 'ops-2024@eu-west.example.io', 'ops-2024@eu-west.example.io'],
    ['sentence-final dot', 'write to jo@example.com.', 'jo@example.com'],
    ['sentence-final ideographic full stop', 'メールはjo@example.com。', 'jo@example.com'],
    ['in brackets', '(jo@example.com)', 'jo@example.com'],
    ['in angle brackets', 'Jo <jo@example.com>', 'jo@example.com'],
    ['after mailto:', 'mailto:jo@example.com', 'jo@example.com'],
    ['leading punctuation left out', 'email:+jo@example.com', 'jo@example.com'],
    ['after a doubled dot', 'see...jo@example.com', 'jo@example.com'],
    ['punycode TLD', 'jo@example.xn--p1ai', 'jo@example.xn--p1ai'],
    ['digits in the local part belong to the email', 'john.smith.5551234567@example.com', 'john.smith.5551234567@example.com'],
    ['a 64-character local part', `${'a'.repeat(64)}@example.com`, `${'a'.repeat(64)}@example.com`],
    ['two in a row', 'a@example.com,b@example.org', 'a@example.com|b@example.org'],
    // Digits met before the "@" are left to the email, even when a keyword would make them something else.
    ['after a CVV keyword', 'cvv a-489@example.com', 'a-489@example.com'],
    ['a CVV-sized number inside', 'cvv a%963.a@example.com', 'a%963.a@example.com'],
    ['a phone-shaped local part', 'call 408-247-8880.x@example.com', '408-247-8880.x@example.com'],
    ['an SSN-shaped local part', '123-45-6789.x@example.com', '123-45-6789.x@example.com'],
    ['a NINO-shaped local part', 'ab123456c.x@example.com', 'ab123456c.x@example.com'],
    // Internationalised (RFC 6531 local parts, IDNA domains).
    ['umlauts in local part and domain', 'schreib jörg@bücher.de an', 'jörg@bücher.de'],
    ['a Japanese domain label', 'user@例え.jp', 'user@例え.jp'],
    ['Chinese throughout', '用户@例子.中国', '用户@例子.中国'],
    ['Greek throughout', 'δοκιμή@παράδειγμα.ελ', 'δοκιμή@παράδειγμα.ελ'],
    ['Cyrillic domain and TLD', 'почта: иван@пример.рф', 'иван@пример.рф'],
    ['punycode domain and TLD', 'user@xn--e1afmkfd.xn--p1ai', 'user@xn--e1afmkfd.xn--p1ai'],
    ['full-width dots in the domain', 'jane@example．com', 'jane@example．com'],
    ['Japanese run into the address on both sides', 'メールはjane@example.comまでお願いします', 'jane@example.com'],
    ['Chinese run in before', '请发邮件到jane@example.com', 'jane@example.com'],
    // Obfuscations glued to the local part: found by the default detector.
    ['(at) and (dot)', 'mail jane(at)example(dot)com', 'jane(at)example(dot)com'],
    ['[at] and [dot]', 'jane[at]example[dot]com', 'jane[at]example[dot]com'],
    ['[AT], plain dots', 'jane[AT]example.co.uk', 'jane[AT]example.co.uk'],
    ['( at ) with spaces inside', 'jane( at )example( dot )com', 'jane( at )example( dot )com'],
    ['a space after "@"', 'jane@ example.com', 'jane@ example.com'],
    ['"@" and a spelled-out dot', 'jane@example dot com', 'jane@example dot com'],
    ['"@" and [dot] with spaces', 'jane@example [dot] co [dot] uk', 'jane@example [dot] co [dot] uk'],
    ['not a Git remote: another login', 'alice@github.com:org/repo.git', 'alice@github.com'],
    ['a Git login in prose is an address', 'write to git@example.com please', 'git@example.com'],
    ['a scale-like label before a real TLD', 'jo@2x.com', 'jo@2x.com'],
  ])('%s', (_name, input, spans) => {
    expect(emailSpans(input).join('|')).toBe(spans)
    // The spaced-forms detector finds everything the default one does.
    expect(emailSpans(input, spacedRedactor).join('|')).toBe(spans)
  })

  it.each([
    ['word "at" and "dot"', 'write to jane at example dot com', 'jane at example dot com'],
    ['capitals', 'jane AT example DOT com', 'jane AT example DOT com'],
    ['bracketed and spaced', 'jane [at] example [dot] com', 'jane [at] example [dot] com'],
    ['parentheses and spaced', 'jane (at) example (dot) com', 'jane (at) example (dot) com'],
    ['braces and angle brackets', 'jane {at} example <dot> com', 'jane {at} example <dot> com'],
    ['double spaces', 'jane  at  example  dot  co  dot  uk', 'jane  at  example  dot  co  dot  uk'],
    ['spaces around "@"', 'jane @ example.com', 'jane @ example.com'],
    ['a space before "@"', 'jane @example.com', 'jane @example.com'],
    ['a one-letter local part before a spaced "@"', 'x @example.com', 'x @example.com'],
    ['a full-width at sign, spaced', 'jane ＠ example．com', 'jane ＠ example．com'],
    ['[at] with plain dots', 'jane [at] example.com', 'jane [at] example.com'],
    ['"at" with one dot spelled out', 'jane at mail.example dot com', 'jane at mail.example dot com'],
    ['Unicode', 'jörg at bücher dot de', 'jörg at bücher dot de'],
  ])('spaced forms (emailDetectorWithSpacedForms): %s', (_name, input, span) => {
    expect(emailSpans(input, spacedRedactor)).toEqual([span])
    // The default detector is not offered spaces, so it cannot reach back to "jane".
    expect(emailSpans(input)).toEqual([])
  })

  it.each([
    ['no domain dot', 'jo@localhost'],
    ['a one-letter TLD', 'jo@example.c'],
    ['a numeric TLD', 'root@10.0.0.1'],
    ['a TLD the root zone does not have', 'jo@example.notarealtld'],
    ['a mention', 'thanks @jo'],
    ['a decorator', '@Component({ selector: "app" })'],
    ['a trailing dot in the local part', 'jo.@example.com'],
    ['a label starting with a hyphen', 'jo@-example.com'],
    ['a label ending with a hyphen', 'jo@example-.com'],
    ['a 65-character local part', `${'a'.repeat(65)}@example.com`],
    ['a 64-character label', `jo@${'a'.repeat(64)}.com`],
    ['a domain over 253 characters', `jo@${'abcdefghi.'.repeat(26)}com`],
    ['two @', 'jo@example.com@evil.com'],
    ['already masked', '**@*******.***'],
    ['an obfuscation already masked', '****(**)*******(***)***'],
    // Developer chat (user reports: 40% of email findings in a developer-chat set were these).
    ['a retina asset', 'use icon@2x.png here'],
    ['a retina asset, 3x', 'logo@3x.jpg'],
    ['a fractional scale', 'image@1.5x.webp'],
    ['a retina asset whose extension is a TLD', 'bundle@2x.zip'],
    ['a Markdown file at a scale', 'notes@1.5x.md'],
    ['a code file', 'app@main.js'],
    ['an npm scope and version', 'npm i @types/node@20.1.0'],
    ['a package version', 'vue@3.4.0'],
    ['a pre-release ending in a TLD-like word', 'pkg@1.0.0-beta.next'],
    ['a Homebrew formula', 'brew install python@3.11'],
    ['a dist-tag', 'react@latest'],
    ['a Docker digest', 'nginx@sha256:0a1b2c'],
    ['a Git remote (SCP form)', 'git clone git@github.com:org/repo.git'],
    ['a Git remote (SSH URL)', 'ssh://git@gitlab.com/org/repo.git'],
    ['an Azure DevOps remote', 'git@ssh.dev.azure.com:v3/org/project/repo'],
    ['a Git remote with a home path', 'git@example.com:~/repo.git'],
    // Glued obfuscations need a real TLD too.
    ['(at) with an unknown TLD', 'jane(at)example(dot)notatld'],
    ['(at) in a sentence', 'look(at)this'],
    ['{at} glued (not a trigger)', 'jane{at}example{dot}com'],
    ['"(attached)"', 'file(attached)report.pdf'],
  ])('leaves alone: %s', (_name, input) => {
    expect(emailSpans(input)).toEqual([])
    expect(emailSpans(input, spacedRedactor)).toEqual([])
  })

  it.each([
    ['"at" without a spelled "dot" (a sentence)', 'meet at the.hotel tonight'],
    ['"at" and a real domain, no "dot"', 'I work at google.com'],
    ['"at" with an unknown TLD', 'jane at example dot notatld'],
    ['"at" without a domain', 'see you at noon dot'],
    ['"@" before a place, not a domain', 'Bloomrooms @ New Delhi Railway Station'],
    ['"@" before a time', 'on Friday @ 3 pm.'],
    ['"look (at) this"', 'look (at) this'],
    ['three spaces', 'jane   at   example   dot   com'],
    ['a line break inside', 'jane at\nexample dot com'],
  ])('spaced forms leave alone: %s', (_name, input) => {
    expect(emailSpans(input, spacedRedactor)).toEqual([])
  })

  it('the same address in two messages gets the same hash token, whatever its case', () => {
    const chat = hashing.conversation()
    const first = chat.add({ sender: 'customer', text: 'my email is Jane.Doe@Example.com' })
    const second = chat.add({ sender: 'agent', text: 'I have jane.doe@example.com on file, thanks.' })
    const tokenOf = (text: string) => /\[email:([0-9a-f]{16})\]/.exec(text)?.[1]
    const settled = chat.settle()
    const texts = [first.text, second.text, ...settled.map((amendment) => amendment.text)]
    const tokens = new Set(texts.map(tokenOf).filter((token) => token !== undefined))
    expect(tokens.size).toBe(1)
    expect(hashing.redact('mail JANE.DOE@EXAMPLE.COM').text).toContain(`[email:${[...tokens][0]}]`)
    expect(hashing.redact('mail john@example.com').text).not.toContain(`[email:${[...tokens][0]}]`)
  })

  it('masks letters and digits of any script, keeps the shape', () => {
    expect(redactor.redact('jo.2@example.com').text).toBe('**.*@*******.***')
    expect(redactor.redact('jörg@bücher.de').text).toBe('****@******.**')
    expect(redactor.redact('jane(at)example(dot)com').text).toBe('****(**)*******(***)***')
    expect(spacedRedactor.redact('jane at example dot com').text).toBe('**** ** ******* *** ***')
  })

  it('reports how the address was written, never the address', () => {
    expect(emailsOf('jo@example.com').map((finding) => finding.reason)).toEqual(['syntax'])
    expect(emailsOf('jo(at)example(dot)com').map((finding) => finding.reason)).toEqual(['obfuscated'])
    expect(emailsOf('jo@ example.com').map((finding) => finding.reason)).toEqual(['obfuscated'])
  })

  it('the data stays in step: the obfuscation words fit the read-ahead bound, the glued triggers are ASCII', () => {
    for (const word of [EMAIL_AT_WORD, EMAIL_DOT_WORD]) expect(word.length).toBeLessThanOrEqual(EMAIL_OBFUSCATION_WORD_MAX_CHARS)
    expect([...EMAIL_TRIGGERS].every((trigger) => trigger.charCodeAt(0) < 0x80)).toBe(true)
    for (const extension of FILE_EXTENSIONS_THAT_ARE_TLDS) expect(ALL_TOP_LEVEL_DOMAINS).toContain(extension)
  })

  it('accepts every top-level domain of the root zone, ASCII, Unicode and punycode', () => {
    const missed = ALL_TOP_LEVEL_DOMAINS.filter((tld) => emailSpans(`write to jo@example.${tld} now`).length !== 1)
    expect(missed).toEqual([])
  })

  it('finds generated addresses, ASCII and internationalised, as the whole span anywhere in chat text', () => {
    assertQuietly(
      fc.property(fc.oneof(emailArbitrary(), unicodeEmailPartsArbitrary().map(plainEmail)), safeTextArbitrary(), safeTextArbitrary(), (email, before, after) => {
        const text = `${before} ${email} ${after}`
        const start = before.length + 1
        expect(emailsOf(text).map((finding) => [finding.start, finding.end])).toEqual([[start, start + email.length]])
      }),
    )
  })

  it('finds every obfuscation × casing × spacing as the whole span, with the plain address\'s hash token', () => {
    assertQuietly(
      fc.property(obfuscatedEmailArbitrary(), safeTextArbitrary(), (email, before) => {
        const text = `${before} ${email.text} .`
        const start = before.length + 1
        const expected = [[start, start + email.text.length]]
        const spans = (using: typeof redactor) => emailsOf(text, using).map((finding) => [finding.start, finding.end])
        expect(spans(spacedRedactor)).toEqual(expected)
        if (email.glued) expect(spans(redactor)).toEqual(expected)
        const token = spacedHashing.redact(email.text).text
        expect(token).toBe(spacedHashing.redact(email.plain).text)
      }),
      { numRuns: 300 },
    )
  })

  it('leaves generated look-alikes alone: assets, versions, mentions, decorators, Git remotes, unknown TLDs', () => {
    assertQuietly(
      fc.property(emailLookAlikeArbitrary(), safeTextArbitrary(), (lookAlike, before) => {
        const text = `${before} ${lookAlike} .`
        expect(emailsOf(text)).toEqual([])
        expect(emailsOf(text, spacedRedactor)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('harmless text is untouched by the spaced-forms detector too', () => {
    assertQuietly(
      fc.property(safeTextArbitrary(), (text) => {
        expect(spacedRedactor.redact(text)).toEqual({ text, findings: [] })
      }),
    )
  })
})

describe('email addresses in streams', () => {
  const piece = fc.oneof(
    emailArbitrary(),
    unicodeEmailPartsArbitrary().map(plainEmail),
    obfuscatedEmailArbitrary().map((email) => email.text),
    emailLookAlikeArbitrary(),
    asciiEmailPartsArbitrary().map((parts) => `${parts.local} at ${parts.labels.join(' dot ')}`),
  )
  const text = fc.array(fc.oneof(safeTextArbitrary(), piece, piece), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '))

  const streamedFindings = (using: typeof redactor, chunks: readonly string[]) => {
    const findings: Finding[] = []
    const { outputs, maxHeld } = streamChunks(using, chunks, (finding) => findings.push(finding))
    return { output: outputs.join(''), findings, maxHeld }
  }

  for (const [name, using] of [
    ['emailDetector', redactor],
    ['emailDetectorWithSpacedForms', spacedRedactor],
  ] as const) {
    it(`${name}: streamed output and findings equal batch for any split points and one character at a time, within MAX_HOLD_CHARS`, () => {
      assertQuietly(
        fc.property(text, cutsArbitrary(300), (input, cuts) => {
          const batch = using.redact(input)
          for (const chunks of [splitAt(input, cuts), oneCharAtATime(input)]) {
            const streamed = streamedFindings(using, chunks)
            expect(streamed.output).toBe(batch.text)
            expect(streamed.findings).toEqual(batch.findings)
            expect(streamed.maxHeld).toBeLessThanOrEqual(MAX_HOLD_CHARS)
          }
        }),
        { numRuns: 150 },
      )
    })
  }

  it.each([
    ['a spelled-out address waiting for its TLD', 'jane at example dot '],
    ['the longest obfuscated domain', `jane  ( at )  ${'abcdefghi ( dot ) '.repeat(14)}com`],
    ['"at" words forever', 'a at b at c '.repeat(500)],
    ['"dot" words forever', 'x at y dot '.repeat(400)],
    ['brackets forever', '(at)[at](dot)[dot]'.repeat(500)],
  ])('%s: the spaced-forms stream holds at most MAX_HOLD_CHARS and equals batch', (_name, input) => {
    const batch = spacedRedactor.redact(input).text
    for (const chunks of [oneCharAtATime(input), splitAt(input, [7, 300, 301, 2_000])]) {
      const { outputs, maxHeld } = streamChunks(spacedRedactor, chunks)
      expect(maxHeld).toBeLessThanOrEqual(MAX_HOLD_CHARS)
      expect(outputs.join('')).toBe(batch)
    }
  })

  it('holds "jane at example dot" back until it sees whether a TLD follows', () => {
    const stream = spacedRedactor.stream()
    expect(stream.write('mail jane at example dot')).toBe('mail ')
    expect(stream.write(' com thanks')).toBe('**** ** ******* *** *** ')
    expect(stream.end()).toBe('thanks')
  })
})

describe('email addresses: linear work on adversarial input', () => {
  // Counted detector reads, not wall-clock time.
  const workFor = (text: string, using: typeof redactor) => {
    resetCursorReads()
    using.redact(text)
    return cursorReads()
  }
  const label = 'abcdefghi'.repeat(7)
  it.each([
    ['glued "(at)" forever', (n: number) => 'a(at)'.repeat(n)],
    ['brackets that open nothing', (n: number) => '([[(('.repeat(n)],
    ['long labels between "(at)"s', (n: number) => `${label}(at)`.repeat(Math.ceil(n / 10))],
    ['"(dot)" chains without a TLD', (n: number) => `a(at)${'b(dot)'.repeat(n)}`],
    ['"@ " and spelled dots', (n: number) => 'x@ y dot '.repeat(n)],
    ['"at" words forever (spaced forms)', (n: number) => 'jane at '.repeat(n)],
    ['"at … dot" chains (spaced forms)', (n: number) => `jane at ${'example dot '.repeat(n)}`],
    ['long local parts before " at " (spaced forms)', (n: number) => `${'a'.repeat(64)} at `.repeat(Math.ceil(n / 10))],
  ])('%s: doubling the input at most doubles the work', (_name, make) => {
    for (const using of [redactor, spacedRedactor]) {
      const small = workFor(make(1_000), using)
      const largeText = make(2_000)
      const large = workFor(largeText, using)
      expect(large).toBeLessThanOrEqual(2.2 * small + 100)
      expect(large / largeText.length).toBeLessThan(60)
    }
  })
})

describe('email addresses on the dialogue corpora', () => {
  it('the spaced forms, and every email shape, occur in none of the 124,547 utterances', () => {
    const utterances = [...(loadCorpus('sgd_dev_test.jsonl') ?? []), ...(loadCorpus('star_dialogues.jsonl') ?? [])]
    if (utterances.length === 0) return
    let found = 0
    for (const { text } of utterances) if (emailsOf(text, spacedRedactor).length > 0) found++
    expect(found).toBe(0)
  })
})
