import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { CVV_KEYWORD_PHRASES, CVV_WORDS_GLUED } from '../../src/data/context-keywords.js'
import { foldText } from '../../src/data/latin-letters.js'
import { cutsArbitrary, oneCharAtATime, splitAt, streamChunks } from '../helpers/chunking.js'

const now = () => new Date('2026-11-24T12:00:00Z')
const redactor = createRedactor({ now })
const found = (text: string) => redactor.redact(text).findings.map((finding) => finding.type)

describe('CVV / CVC', () => {
  it.each([
    ['cvv keyword', 'cvv 737', 'cvv ***'],
    ['cvc with colon', 'CVC: 123', 'CVC: ***'],
    ['cvv2, whose digit is part of the keyword', 'CVV2: 123', 'CVV2: ***'],
    ['multi-word keyword split by the look-ahead', '123 is the security code', '*** is the security code'],
    ['security code phrase', 'my card security code is 123', 'my card security code is ***'],
    ['digits on the back', 'the 3 digits on the back are 456', 'the 3 digits on the back are ***'],
    ['keyword after', '737 is my cvv', '*** is my cvv'],
    ['keyword after in brackets', '737 (cvv)', '*** (cvv)'],
    ['Amex CID', 'cid 1234', 'cid ****'],
    ['after card and expiry', '4111 1111 1111 1111 12/27 737', '**** **** **** 1111 **/** ***'],
    ['after a card', '5555555555554444 123', '************4444 ***'],
    ['Amex CID after an Amex card', '378282246310005 1234', '***********0005 ****'],
    ['card, code, then expiry', '4111111111111111 737 12/27', '************1111 *** **/**'],
    ['code on the line after a card', '4111 1111 1111 1111\n737', '**** **** **** 1111\n***'],
    ['keyword glued on (phone keyboard)', 'cvv737', 'cvv***'],
    ['Markdown bold code', 'cvv: **737**', 'cvv: *******'],
    ['Markdown bold keyword', '**CVV** 737', '**CVV** ***'],
    ['Markdown bold label', '**CVV:** 737', '**CVV:** ***'],
    ['Markdown italic code', 'cvv *737*', 'cvv *****'],
    ['Markdown italic with underscores', 'cvv _737_', 'cvv _***_'],
    ['CVC2 glued on', 'card code CVC2 123', 'card code CVC2 ***'],
  ])('%s', (_name, input, expected) => {
    expect(redactor.redact(input).text).toBe(expected)
  })

  it.each([
    ['room number', 'room 123'],
    ['amount', 'that is $123'],
    ['promo code', 'promo code 123'],
    ['reference', 'ticket #123'],
    ['decimal', 'cvv 1.23'],
    ['part of a longer number', 'cvv 123 456'],
    ['percentage', 'cvv 123%'],
    ['keyword for a later number', 'room 123 and cvv'],
    ['4 digits after a Visa is not a CID', '4111111111111111 9999'],
    ['glued to letters that are not a keyword', 'room123'],
    ['a redacted number between keyword and code', 'cvv *** room 404'],
    ['glued to a longer word ending in a keyword', 'abccvv123'],
  ])('leaves alone: %s', (_name, input) => {
    expect(found(input).filter((type) => type === 'cvv')).toEqual([])
  })
})

describe('CVV phrasings found by the accuracy evaluation', () => {
  it.each([
    ['cvv2 then a space', 'cvv2 115', 'cvv2 ***'],
    ['CVC2 mid-sentence', 'CVC2 600 thanks', 'CVC2 *** thanks'],
    ['code on the back, after', '115 is the code on the back', '*** is the code on the back'],
    ['four digit code on the front', 'the four digit code on the front is 1234', 'the four digit code on the front is ****'],
  ])('%s', (_name, input, expected) => {
    expect(redactor.redact(input).text).toBe(expected)
  })
})

describe('CVV keywords in every language, misspelled, glued, with and without diacritics', () => {
  it.each([
    // English: misspellings, long forms, glued forms the README advertises.
    ['en: ccv', 'ccv 123', 'ccv ***'],
    ['en: CCV with a colon', 'CCV: 123', 'CCV: ***'],
    ['en: cv2', 'cv2 123', 'cv2 ***'],
    ['en: cvvv', 'cvvv 123', 'cvvv ***'],
    ['en: sec code', 'sec code 123', 'sec code ***'],
    ['en: security #', 'security # 123', 'security # ***'],
    ['en: card verification value', 'card verification value 992', 'card verification value ***'],
    ['en: card security code', 'card security code 123', 'card security code ***'],
    ['en: card validation code', 'card validation code 123', 'card validation code ***'],
    ['en: 3 digit code', 'the 3 digit code is 123', 'the 3 digit code is ***'],
    ['en: 3 digits', '3 digits 123', '3 digits ***'],
    ['en: the 3 numbers on the back, after', '123 are the 3 numbers on the back', '*** are the 3 numbers on the back'],
    ['en: last 3 digits, after', '123 is the last 3 digits', '*** is the last 3 digits'],
    ['en: "code" right after a card', '4111111111111111 code 123', '************1111 code ***'],
    ['en: "security" after a card and expiry', '4111111111111111 12/29 security 123', '************1111 **/** security ***'],
    ['en: glued between card and code', '4111111111111111cvv123', '************1111cvv***'],
    ['en: glued between expiry and code', 'exp12/29cvv123', 'exp**/**cvv***'],
    ['en: keyword glued after the code', '123cvv', '***cvv'],
    ['en: card, expiry and code all glued', 'card4111111111111111exp12/29cvv123', 'card************1111exp**/**cvv***'],
    // French
    ['fr: cryptogramme visuel', 'cryptogramme visuel : 123', 'cryptogramme visuel : ***'],
    ['fr: code de sécurité, upper case, no accents', 'CODE DE SECURITE 123', 'CODE DE SECURITE ***'],
    ['fr: after, typographic apostrophe', '123 c’est le cryptogramme', '*** c’est le cryptogramme'],
    ['fr: glued', 'cryptogramme123', 'cryptogramme***'],
    // German
    ['de: Prüfnummer', 'gültig bis 12/29 Prüfnummer 123', 'gültig bis **/** Prüfnummer ***'],
    ['de: prufnummer without the umlaut', 'prufnummer: 123', 'prufnummer: ***'],
    ['de: Kartenprüfnummer glued', 'Kartenprüfnummer123', 'Kartenprüfnummer***'],
    ['de: after', '123 ist die Prüfnummer', '*** ist die Prüfnummer'],
    ['de: Sicherheitscode upper case', 'SICHERHEITSCODE 123', 'SICHERHEITSCODE ***'],
    // Spanish
    ['es: código de seguridad', 'vencimiento 12/29, código de seguridad 123', 'vencimiento **/**, código de seguridad ***'],
    ['es: codigo without the accent', 'codigo de seguridad: 123', 'codigo de seguridad: ***'],
    ['es: after', '123 es el código de seguridad', '*** es el código de seguridad'],
    ['es: "código" right after a card', '4111111111111111 código 123', '************1111 código ***'],
    // Italian
    ['it: codice di sicurezza', 'codice di sicurezza 123', 'codice di sicurezza ***'],
    ['it: after, in brackets', '123 (codice di sicurezza)', '*** (codice di sicurezza)'],
    // Dutch
    ['nl: beveiligingscode', 'beveiligingscode 123', 'beveiligingscode ***'],
    ['nl: after', '123 is de beveiligingscode', '*** is de beveiligingscode'],
    ['nl: CVC-code', 'CVC-code: 123', 'CVC-code: ***'],
    // Portuguese
    ['pt: código de segurança', 'código de segurança 123', 'código de segurança ***'],
    ['pt: folded', 'codigo de seguranca 123', 'codigo de seguranca ***'],
    // Polish
    ['pl: kod bezpieczeństwa', 'kod bezpieczeństwa 123', 'kod bezpieczeństwa ***'],
    ['pl: kod CVV', 'kod CVV: 123', 'kod CVV: ***'],
    ['pl: after', '123 to kod bezpieczeństwa', '*** to kod bezpieczeństwa'],
    // Swedish
    ['sv: säkerhetskod', 'säkerhetskod 123', 'säkerhetskod ***'],
    ['sv: after', '123 är säkerhetskoden', '*** är säkerhetskoden'],
    ['sv: kontrollsiffror, folded', 'kontrollsiffror 123', 'kontrollsiffror ***'],
  ])('%s', (_name, input, expected) => {
    expect(redactor.redact(input).text).toBe(expected)
  })

  it.each([
    ['zip code', 'zip code 123'],
    ['code on its own, no card before', 'code 123'],
    ['kod on its own', 'kod 123'],
    ['a German room', 'Zimmer 123'],
    ['a Spanish order', 'pedido 123'],
    ['a number between the card and the code word', '4111111111111111 room 5 code 123'],
    ['x9 glued before the keyword: one token', 'x9cvv123'],
    ['Italian "e" (and) is no linking word', 'stanza 123 e cvv'],
    ['a keyword far after', `123 ${'and so on '.repeat(4)}cvv`],
  ])('leaves alone: %s', (_name, input) => {
    expect(found(input).filter((type) => type === 'cvv')).toEqual([])
  })
})

/** One way to write a phrase: as the table has it, upper case, Title Case, or with the diacritics stripped. */
const writtenArbitrary = (phrase: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    phrase,
    phrase.toUpperCase(),
    phrase.replace(/(^|\s)\p{L}/gu, (first) => first.toUpperCase()),
    phrase.normalize('NFD').replace(/\p{M}/gu, ''),
    phrase.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase(),
  )

/** Phrases that can be typed straight onto the code: one word of letters once folded ("cvv", "Prüfnummer"). */
const GLUEABLE_CVV_PHRASES = CVV_KEYWORD_PHRASES.filter((phrase) => CVV_WORDS_GLUED.includes(foldText(phrase)))

/** A 3-digit code with no zero, so it never reads as part of a date or a smaller number. */
const codeArbitrary = fc.stringMatching(/^[1-9]{3}$/)

/** Does a CVV finding cover exactly `code` at `index`? (Asserted as a boolean: a failure prints no code.) */
function cvvFoundAt(text: string, index: number): boolean {
  return redactor.redact(text).findings.some((finding) => finding.type === 'cvv' && finding.start === index && finding.end === index + 3)
}

describe('CVV keywords, generated beyond the table', () => {
  it('any phrase of any language × casing × diacritics × separator, before the code: the code is a CVV', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CVV_KEYWORD_PHRASES).chain(writtenArbitrary),
        fc.constantFrom(' ', ': ', ' - ', ' = ', '\t', ':', ' : '),
        fc.constantFrom('', 'ok ', 'my '),
        fc.constantFrom('', ' thanks', '.', ' 🙂'),
        codeArbitrary,
        (phrase, separator, prefix, suffix, code) => {
          const text = `${prefix}${phrase}${separator}${code}${suffix}`
          expect(cvvFoundAt(text, prefix.length + phrase.length + separator.length)).toBe(true)
        },
      ),
    )
  })

  it('any phrase after the code, on its own or in brackets: the code is a CVV', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CVV_KEYWORD_PHRASES).chain(writtenArbitrary), fc.constantFrom(' {}', ' ({})', ' - {}', ', {}'), codeArbitrary, (phrase, form, code) => {
        // "737 3 digits": a number right after the code makes one longer number ("123 456"); with a comma or brackets it stands alone.
        const written = /^\d/.test(phrase) && (form === ' {}' || form === ' - {}') ? ` (${phrase})` : form.replace('{}', phrase)
        expect(cvvFoundAt(`${code}${written}`, 0)).toBe(true)
      }),
    )
  })

  it('any one-word keyword glued to the code, before or after it, and between a card and its code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GLUEABLE_CVV_PHRASES).chain(writtenArbitrary), codeArbitrary, fc.constantFrom('before', 'after', 'after-card'), (word, code, where) => {
        if (where === 'before') expect(cvvFoundAt(`${word}${code}`, word.length)).toBe(true)
        else if (where === 'after') expect(cvvFoundAt(`${code}${word}`, 0)).toBe(true)
        else expect(cvvFoundAt(`4111111111111111${word}${code}`, 16 + word.length)).toBe(true)
      }),
    )
  })

  it('near misses: a keyword of another kind before a 3-digit number leaves it alone', () => {
    const otherKinds = ['room', 'promo code', 'order', 'zip code', 'page', 'Zimmer', 'habitación', 'pedido', 'ordine', 'kamer', 'pokój', 'rum', 'exp', 'valid thru', 'card', 'vencimiento']
    fc.assert(
      fc.property(fc.constantFrom(...otherKinds).chain(writtenArbitrary), fc.constantFrom(' ', ': ', ' #'), codeArbitrary, (word, separator, code) => {
        expect(found(`${word}${separator}${code}`).includes('cvv')).toBe(false)
      }),
    )
  })

  it('streaming the new forms in any chunks equals the batch result', () => {
    const piece = fc.oneof(
      fc.tuple(fc.constantFrom(...CVV_KEYWORD_PHRASES).chain(writtenArbitrary), codeArbitrary).map(([phrase, code]) => `${phrase} ${code}`),
      fc.tuple(fc.constantFrom(...GLUEABLE_CVV_PHRASES), codeArbitrary).map(([word, code]) => `4111111111111111${word}${code}`),
      fc.constantFrom('room 404', 'exp12/29cvv123', '123cvv', 'zip code 123', 'thanks'),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join(' ')), cutsArbitrary(200), (text, cuts) => {
        const batch = redactor.redact(text).text
        expect(streamChunks(redactor, splitAt(text, cuts)).outputs.join('') === batch).toBe(true)
        expect(streamChunks(redactor, oneCharAtATime(text)).outputs.join('') === batch).toBe(true)
      }),
      { numRuns: 100 },
    )
  })
})
