import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { EXPIRY_KEYWORD_PHRASES, EXPIRY_WORDS_GLUED, VOCABULARIES } from '../../src/data/context-keywords.js'
import { foldText } from '../../src/data/latin-letters.js'
import { cutsArbitrary, oneCharAtATime, splitAt, streamChunks } from '../helpers/chunking.js'

// A fixed clock: expiry plausibility depends on "now".
const now = () => new Date('2026-11-24T12:00:00Z')
const redactor = createRedactor({ now })
const found = (text: string) => redactor.redact(text).findings.map((finding) => finding.type)

describe('expiry dates', () => {
  it.each([
    ['MM/YY after a keyword', 'exp 12/27', 'exp **/**'],
    ['MM/YYYY', 'expiry date: 03/2029', 'expiry date: **/****'],
    ['MM-YY', 'expires 04-28', 'expires **-**'],
    ['MM.YY', 'valid thru 05.30', 'valid thru **.**'],
    ['spaced slash', 'good thru 1 / 28', 'good thru * / **'],
    ['MMYY', 'expiration 0628', 'expiration ****'],
    ['mm/yy label', 'MM/YY: 07/29', 'MM/YY: **/**'],
    ['month name, the month masked too', 'it expires Jan 2027', 'it expires *** ****'],
    ['keyword after', '12/27 is the expiry', '**/** is the expiry'],
    ['when it expires', '10/28 is when it expires', '**/** is when it expires'],
    ['right after a card', '4111 1111 1111 1111 12/27', '**** **** **** 1111 **/**'],
    ['right after a card, MMYY', '4111 1111 1111 1111 1227', '**** **** **** 1111 ****'],
    ['after a card and a comma', '4111111111111111, 09/28', '************1111, **/**'],
    ['recently expired is still masked', 'exp 10/26', 'exp **/**'],
    ['right after a CVV', 'cvv 737 12/27', 'cvv *** **/**'],
    ['joined to the card by a slash', '4111 1111 1111 1111/12/27', '**** **** **** 1111/**/**'],
    ['joined to the card by a hyphen', '4111 1111 1111 1111-12-27', '**** **** **** 1111-**-**'],
    ['keyword glued on (phone keyboard)', 'exp12/27', 'exp**/**'],
    ['Markdown bold', 'expires **12/27**', 'expires ****/****'],
    ['Markdown bold label, italic date', '**Expires:** *12/27*', '**Expires:** ***/***'],
    ['Markdown italic with underscores', 'exp _12/27_', 'exp _**/**_'],
    ['keyword glued on, MMYY', 'Expiry1227', 'Expiry****'],
  ])('%s', (_name, input, expected) => {
    expect(redactor.redact(input).text).toBe(expected)
  })

  it.each([
    ['no card context', 'The meeting is 12/27'],
    ['a full date', 'exp 12/27/2026'],
    ['an ISO date', 'expires 2027-12-01'],
    ['month 13', 'exp 13/27'],
    ['too far in the future', 'exp 12/99'],
    ['long past', 'exp 12/19'],
    ['a time', 'expires at 12:27'],
    ['keyword belongs to an earlier number', 'exp 3 days, meeting 12/27'],
    ['after a number that is not a CVV', 'room 737 12/27'],
    ['glued to letters that are not a keyword', 'ref12/27'],
    ['glued to a keyword that is glued to a digit (one token)', 'x9exp12/27'],
  ])('leaves alone: %s', (_name, input) => {
    expect(found(input)).toEqual([])
    expect(redactor.redact(input).text).toBe(input)
  })
})

describe('expiry keywords in every language, misspelled, glued, with and without diacritics', () => {
  it.each([
    ['en: misspelled', 'expiery 12/29', 'expiery **/**'],
    ['en: glued onto the card', 'card 4111111111111111exp12/29', 'card ************1111exp**/**'],
    ['en: keyword glued after', '12/29exp', '**/**exp'],
    ['fr: date d’expiration', 'date d’expiration : 12/29', 'date d’expiration : **/**'],
    ['fr: expire fin', 'expire fin 12/2029', 'expire fin **/****'],
    ['fr: straight apostrophe, no accent', "date d'expiration 12/29", "date d'expiration **/**"],
    ['de: gültig bis', 'gültig bis 12/29', 'gültig bis **/**'],
    ['de: without the umlaut', 'gultig bis 12/29', 'gultig bis **/**'],
    ['de: Ablaufdatum, glued', 'Ablaufdatum12/29', 'Ablaufdatum**/**'],
    ['es: vencimiento', 'vencimiento 12/29', 'vencimiento **/**'],
    ['es: fecha de caducidad, upper case', 'FECHA DE CADUCIDAD: 12/29', 'FECHA DE CADUCIDAD: **/**'],
    ['es: vence, after', '12/29 vence', '**/** vence'],
    ['it: scadenza', 'scadenza 12/29', 'scadenza **/**'],
    ['nl: geldig t/m', 'geldig t/m 12/29', 'geldig t/m **/**'],
    ['nl: vervaldatum', 'vervaldatum 12-29', 'vervaldatum **-**'],
    ['pt: data de validade', 'data de validade 12/29', 'data de validade **/**'],
    ['pt: válido até, no accents', 'valido ate 12/29', 'valido ate **/**'],
    ['pl: data ważności', 'data ważności 12/29', 'data ważności **/**'],
    ['pl: ważna do, folded', 'wazna do 12/29', 'wazna do **/**'],
    ['sv: giltig t.o.m.', 'giltig t.o.m. 12/29', 'giltig t.o.m. **/**'],
    ['sv: utgångsdatum', 'utgångsdatum 1229', 'utgångsdatum ****'],
  ])('%s', (_name, input, expected) => {
    expect(redactor.redact(input).text).toBe(expected)
  })

  it.each([
    ['a French meeting', 'réunion 12/29'],
    ['a German appointment', 'Termin 12/29'],
    ['a Spanish meeting', 'reunión 12/29'],
    ['a CVV keyword before a date', 'cvv 12/29'],
    ['a glued word that is no keyword', 'Termin12/29'],
  ])('leaves alone: %s', (_name, input) => {
    expect(found(input)).toEqual([])
  })
})

describe('month names: the finding covers the month (CLDR names of every language)', () => {
  it.each([
    ['English abbreviation', 'exp Jan 2027', 'exp *** ****'],
    ['English, full', 'exp December 2029', 'exp ******** ****'],
    ['English, Dec', 'expires Dec 2029', 'expires *** ****'],
    ['French, dotted', 'expire fin déc. 2029', 'expire fin ***. ****'],
    ['French, without the accent', 'exp dec. 2029', 'exp ***. ****'],
    ['German, dotted', 'gültig bis Dez. 2029', 'gültig bis ***. ****'],
    ['German, Austrian January', 'gültig bis Jänner 2029', 'gültig bis ****** ****'],
    ['Spanish', 'vence dic 2029', 'vence *** ****'],
    ['Italian', 'scadenza dicembre 2029', 'scadenza ******** ****'],
    ['Dutch', 'geldig tot mrt 2029', 'geldig tot *** ****'],
    ['Portuguese', 'validade dez 2029', 'validade *** ****'],
    ['Polish, genitive', 'ważna do grudnia 2029', 'ważna do ******* ****'],
    ['Polish, stand-alone', 'data ważności październik 2029', 'data ważności *********** ****'],
    ['Swedish', 'giltig till maj 2029', 'giltig till *** ****'],
    ['right after a card', '4111111111111111 Jan 2029', '************1111 *** ****'],
    ['right after a card, then its code', '4111111111111111 Jan 2029 123', '************1111 *** **** ***'],
    // A keyword only after the year: a stream may already have shown the month, so the year alone is masked.
    ['keyword after the year only', 'Jan 2029 is the expiry', 'Jan **** is the expiry'],
  ])('%s', (_name, input, expected) => {
    expect(redactor.redact(input).text).toBe(expected)
  })

  it.each([
    ['no card context', 'see you in May 2027'],
    ['a month glued to a number', 'exp 12jan 2027'],
    ['a month name inside a longer word', 'exp Janet 2027'],
    ['two spaces', 'exp Jan  2027'],
  ])('leaves alone: %s', (_name, input) => {
    expect(found(input).filter((type) => type === 'expiry_date')).toEqual([])
  })

  /** Every month name of every table, with its language, as the table writes it. */
  const monthNames = VOCABULARIES.flatMap((vocabulary) => vocabulary.months.flatMap((names) => names.map((name) => ({ language: vocabulary.language, name }))))

  it('any month name of any language × dot or not × casing × diacritics, after any expiry keyword: month and year are one finding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...monthNames),
        fc.constantFrom('', '.'),
        fc.constantFrom(...EXPIRY_KEYWORD_PHRASES),
        fc.constantFrom('as-is', 'upper', 'folded'),
        fc.integer({ min: 2027, max: 2040 }),
        ({ name }, dot, keyword, writing, year) => {
          const written = writing === 'upper' ? name.toUpperCase() : writing === 'folded' ? name.normalize('NFD').replace(/\p{M}/gu, '') : name
          const text = `${keyword} ${written}${dot} ${year}`
          const start = keyword.length + 1
          const covered = redactor
            .redact(text)
            .findings.some((finding) => finding.type === 'expiry_date' && finding.start === start && finding.end === text.length)
          expect(covered).toBe(true)
        },
      ),
    )
  })

  it('a month name without card context is left alone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...monthNames), fc.constantFrom('see you in', 'born', 'since', 'room'), fc.integer({ min: 2027, max: 2040 }), ({ name }, before, year) => {
        expect(found(`${before} ${name} ${year}`).includes('expiry_date')).toBe(false)
      }),
    )
  })
})

/** A sample of month names from every language, for the streaming property (all of them would only slow it down). */
const monthNamesForStreaming = ['Jan', 'déc', 'Dez', 'dic', 'December', 'października', 'maj', 'mrt', 'août', 'Jänner']

/** One way to write a phrase: as the table has it, upper case, or with the diacritics stripped. */
const writtenArbitrary = (phrase: string): fc.Arbitrary<string> =>
  fc.constantFrom(phrase, phrase.toUpperCase(), phrase.normalize('NFD').replace(/\p{M}/gu, ''))

const GLUEABLE_EXPIRY_PHRASES = EXPIRY_KEYWORD_PHRASES.filter((phrase) => EXPIRY_WORDS_GLUED.includes(foldText(phrase)))

/** An expiry in one of the written forms, plausible against the fixed clock. */
const dateArbitrary = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 27, max: 40 }), fc.constantFrom('{m}/{y}', '{m}/20{y}', '{m}-{y}', '{m}{y}', '{m}.{y}'))
  .map(([month, year, form]) => form.replace('{m}', String(month).padStart(2, '0')).replace('{y}', String(year)))

/** Does an expiry finding cover exactly `date` at `index`? (A boolean: a failure prints nothing of the date.) */
function expiryFoundAt(text: string, index: number, date: string): boolean {
  return redactor.redact(text).findings.some((finding) => finding.type === 'expiry_date' && finding.start === index && finding.end === index + date.length)
}

describe('expiry keywords, generated beyond the table', () => {
  it('any phrase of any language × casing × diacritics × separator, before or after the date, or glued: the date is an expiry', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXPIRY_KEYWORD_PHRASES).chain(writtenArbitrary),
        fc.constantFrom(' ', ': ', ' - ', ' = '),
        fc.constantFrom('before', 'after'),
        dateArbitrary,
        (phrase, separator, where, date) => {
          if (where === 'before') expect(expiryFoundAt(`${phrase}${separator}${date}`, phrase.length + separator.length, date)).toBe(true)
          else expect(expiryFoundAt(`${date} (${phrase})`, 0, date)).toBe(true)
        },
      ),
    )
  })

  it('any one-word keyword glued to the date, or between a card and its date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GLUEABLE_EXPIRY_PHRASES).chain(writtenArbitrary), dateArbitrary, fc.boolean(), (word, date, afterCard) => {
        const card = afterCard ? '4111111111111111' : ''
        expect(expiryFoundAt(`${card}${word}${date}`, card.length + word.length, date)).toBe(true)
      }),
    )
  })

  it('near misses: a keyword of another kind before a date leaves it alone', () => {
    const otherKinds = ['meeting', 'room', 'order', 'cvv', 'security code', 'réunion', 'Termin', 'reunión', 'riunione', 'afspraak', 'reunião', 'spotkanie', 'möte']
    fc.assert(
      fc.property(fc.constantFrom(...otherKinds).chain(writtenArbitrary), dateArbitrary, (word, date) => {
        expect(found(`${word} ${date}`).includes('expiry_date')).toBe(false)
      }),
    )
  })

  it('streaming month names and the new keywords in any chunks, or key by key, equals the batch result', () => {
    const piece = fc.oneof(
      fc.tuple(fc.constantFrom(...EXPIRY_KEYWORD_PHRASES), fc.constantFrom(...monthNamesForStreaming), fc.constantFrom('', '.'), fc.integer({ min: 2027, max: 2030 })).map(
        ([keyword, month, dot, year]) => `${keyword} ${month}${dot} ${year}`,
      ),
      fc.tuple(fc.constantFrom(...EXPIRY_KEYWORD_PHRASES).chain(writtenArbitrary), dateArbitrary).map(([phrase, date]) => `${phrase} ${date}`),
      fc.constantFrom('4111111111111111 Jan 2029 123', 'exp d', 'exp déc', 'exp déc.', 'exp Jan ', 'I went in d', 'Jan 2029 is the expiry', 'exp Janet 2029', 'exp 12jan 2029'),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join(' ')), cutsArbitrary(200), (text, cuts) => {
        const batch = redactor.redact(text)
        expect(streamChunks(redactor, splitAt(text, cuts)).outputs.join('') === batch.text).toBe(true)
        const findings: unknown[] = []
        const keyByKey = streamChunks(redactor, oneCharAtATime(text), (finding) => findings.push(finding))
        expect(keyByKey.outputs.join('') === batch.text).toBe(true)
        expect(JSON.stringify(findings) === JSON.stringify(batch.findings)).toBe(true)
      }),
      { numRuns: 100 },
    )
  })
})

