import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { formattedPanArbitrary, nearMissPanArbitrary, safeTextArbitrary } from '../helpers/cards.js'
import { digitsOf } from '../helpers/chat-text.js'

const cardsOnly = createRedactor({ detectors: ['card_number'] })
const typesIn = (text: string) => cardsOnly.redact(text).findings.map((finding) => finding.type)

describe('card numbers: worked examples', () => {
  it.each([
    ['contiguous Visa', 'pay 4111111111111111 now', 'pay ************1111 now'],
    ['4-4-4-4 with spaces', 'card 4111 1111 1111 1111', 'card **** **** **** 1111'],
    ['hyphens', '5555-5555-5555-4444.', '****-****-****-4444.'],
    ['2-series Mastercard', 'it is 2223 0031 2200 3222', 'it is **** **** **** 3222'],
    ['Amex 4-6-5', '3782 822463 10005', '**** ****** *0005'],
    ['Diners 14 digits 4-6-4', '3622 720627 1667', '**** ****** 1667'],
    ['double spaces', '4111  1111  1111  1111', '****  ****  ****  1111'],
    ['spaced hyphens', '4111 - 1111 - 1111 - 1111', '**** - **** - **** - 1111'],
    ['one digit at a time', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1', '* * * * * * * * * * * * 1 1 1 1'],
    ['dots', '4111.1111.1111.1111', '****.****.****.1111'],
    ['no-break spaces', '4111\u00a01111\u00a01111\u00a01111', '****\u00a0****\u00a0****\u00a01111'],
    ['narrow no-break and thin spaces', '4111\u202f1111\u20091111\u202f1111', '****\u202f****\u2009****\u202f1111'],
    ['en dashes', '4111\u20131111\u20131111\u20131111', '****\u2013****\u2013****\u20131111'],
    ['full-width digits', '４１１１ １１１１ １１１１ １１１１', '**** **** **** １１１１'],
    ['two cards in a row', '4111111111111111 5555555555554444', '************1111 ************4444'],
    ['Japanese text glued to the number', 'カード番号4111111111111111です', 'カード番号************1111です'],
    ['Markdown bold', 'my card is **4111111111111111**', 'my card is **************1111**'],
    ['irregular groups', '41 111111 1111 1111', '** ****** **** 1111'],
    ['wrapped at a line break (Shift+Enter)', '4111 1111\n1111 1111', '**** ****\n**** 1111'],
    ['wrapped at CRLF', 'card 4111 1111 1111\r\n1111', 'card **** **** ****\r\n1111'],
    ['wrapped after a hyphen', '5555-5555-\n5555-4444', '****-****-\n****-4444'],
    ['one group per line', '4111\n1111\n1111\n1111', '****\n****\n****\n1111'],
    ['tabs (pasted from a spreadsheet)', '4111\t1111\t1111\t1111', '****\t****\t****\t1111'],
    ['zero-width spaces (invisible to the agent)', '4111\u200b1111\u200b1111\u200b1111', '****\u200b****\u200b****\u200b1111'],
    ['left-to-right marks of a right-to-left chat', 'رقم 4111\u200e1111\u200e1111\u200e1111', 'رقم ****\u200e****\u200e****\u200e1111'],
    ['Markdown bold, grouped', '**4111 1111 1111 1111**', '****** **** **** 1111**'],
    ['Markdown bullet, then bold', '* **4111 1111 1111 1111**', '* ****** **** **** 1111**'],
    ['Markdown italic with underscores', '_4111 1111 1111 1111_', '_**** **** **** 1111_'],
    ['Markdown bold with underscores', '__4111111111111111__', '__************1111__'],
    ['a slash after the last group', 'card 4111111111111111/12/27', 'card ************1111/12/27'],
    ['card word glued on (phone keyboard)', 'card4111111111111111', 'card************1111'],
    ['brand glued on', 'Visa4111 1111 1111 1111', 'Visa**** **** **** 1111'],
    ['expiry word glued after', '5555555555554444exp 12/27', '************4444exp 12/27'],
    ['CVV word glued after', '5555555555554444cvv2 123', '************4444cvv2 123'],
    ['keycap emoji digits', '4\ufe0f\u20e31\ufe0f\u20e31\ufe0f\u20e31\ufe0f\u20e3 1111 1111 1111', '**** **** **** 1111'],
    ['struck-through "fancy text" digits', '5\u03365\u03365\u03365\u0336 5555 5555 4444', '**** **** **** 4444'],
    ['soft hyphens pasted from a web page', '5555\u00ad5555\u00ad5555\u00ad4444', '****\u00ad****\u00ad****\u00ad4444'],
  ])('%s', (_name, input, expected) => {
    expect(cardsOnly.redact(input).text).toBe(expected)
  })

  it('reports brand, half-open offsets and why, never the value', () => {
    const input = 'x 3782 822463 10005 y'
    const [finding] = cardsOnly.redact(input).findings
    expect(finding).toEqual({ type: 'card_number', start: 2, end: 19, brand: 'amex', reason: 'luhn+iin' })
    expect(JSON.stringify(finding)).not.toMatch(/8224/)
  })

  it('finds a card followed by more digits of its own run', () => {
    expect(typesIn('4111 1111 1111 1111 1227')).toEqual(['card_number'])
    expect(cardsOnly.redact('order 1234 4111 1111 1111 1111').text).toBe('order 1234 **** **** **** 1111')
  })
})

describe('card numbers in URLs are masked in place (the URL stays a URL)', () => {
  it.each([
    ['query', 'https://pay.example.com/checkout?card=4111111111111111&cvv=123', 'https://pay.example.com/checkout?card=************1111&cvv=***'],
    ['path', 'see https://shop.example.com/orders/4111111111111111 for details', 'see https://shop.example.com/orders/************1111 for details'],
    ['www and fragment', 'www.example.com/track#4111111111111111', 'www.example.com/track#************1111'],
  ])('%s', (_name, input, expected) => {
    expect(createRedactor().redact(input).text).toBe(expected)
  })
})

describe('card numbers: separators people mix, and commas that list', () => {
  it.each([
    ['dot, space and hyphen', '3583.9426 3345-0194', '****.**** ****-0194'],
    ['dot, space and spaced hyphen', '2204.8942 1028 - 3293', '****.**** **** - 3293'],
    ['hyphen and dot', '6524-4890.3315-7974', '****-****.****-7974'],
    ['a comma after the card, its expiry and code', '4111111111111111,12/29,123', '************1111,**/**,***'],
    ['a comma and the code', 'card 4111111111111111,123', 'card ************1111,***'],
    ['two cards in a comma list', '4111111111111111,5500000000000004', '************1111,************0004'],
    ['the dump form PAN/MM/YY/CVV', '4111111111111111/12/29/123', '************1111/**/**/***'],
    ['the dump form PAN;MM;YY;CVV', '4111111111111111;12;29;123', '************1111;**;**;***'],
    ['the dump form PAN|MMYY|CVV', '4111111111111111|1229|123', '************1111|****|***'],
  ])('%s', (_name, input, expected) => {
    expect(createRedactor({ now: () => new Date('2026-11-24T00:00:00Z') }).redact(input).text).toBe(expected)
  })

  it.each([
    ['a listed prefix inside a longer Luhn-valid card in context', 'card 9100 0000 0000 0000 18', 'card **** **** **** **** **'],
    ['a comma after a grouped 19-digit card', '4111 1111 1111 1111 003,12/29,123', '**** **** **** **** ***,**/**,***'],
    ['a second card after a comma', '4111 1111 1111 1111 003,5555 5555 5555 4444', '**** **** **** **** ***,**** **** **** 4444'],
    ['a weak separator and a short last group', 'card 4222+2222+2222+2', 'card ****+****+*222+2'],
    ['the comma dump', '4111111111111111,12,29,123', '************1111,**,**,***'],
    ['a dot beside a dash in Amex groups', '3782.822463-10005', '****.******-*0005'],
    ['bullets', 'card 4111•1111•1111•1111', 'card ****•****•****•1111'],
    ['katakana middle dots', 'card 4111・1111・1111・1111', 'card ****・****・****・1111'],
    ['a brand named as the card', 'my visa: 9435-2691-7929-74', 'my visa: ****-****-**29-74'],
  ])('%s', (_name, input, expected) => {
    expect(createRedactor({ now: () => new Date('2026-11-24T00:00:00Z') }).redact(input).text).toBe(expected)
  })

  it('an amount in French thousands with a decimal comma is no card', () => {
    expect(cardsOnly.redact('the total is 1 234 567 890 123,45 EUR').findings).toEqual([])
  })

  it('an amount with thousands separators is no card', () => {
    expect(cardsOnly.redact('the total is 1,234,567,890,123,456 ok').findings).toEqual([])
  })
})

describe('card numbers: false-positive traps are left alone', () => {
  it.each([
    ['Luhn-valid 13-digit account number with no card prefix', 'Yes it is 9931939443153.'],
    ['international phone after +', 'call +44 20 3908 5000 today'],
    ['Maestro-shaped phone after +', 'ring +61 1300 633 462'],
    ['epoch milliseconds', 'ts=1732492800000 and 1700000000000'],
    ['decimal', 'ratio 0.250750683890174'],
    ['decimal comma', 'total 1,4111111111111111'],
    ['digits in a URL that are no card', 'see https://shop.example.com/orders/4111111111111112 for details'],
    ['UUID', 'id 550e8400-e29b-41d4-a716-446655440000'],
    ['hex', 'sha 4111111111111111abcdef'],
    ['UPS tracking', 'UPS 1Z999AA10123456784'],
    ['FedEx 22 digits', 'tracking 7489123456789012345678'],
    ['USPS 22 digits spaced', 'USPS 9400 1000 0000 0000 0000 00'],
    ['23-digit acquirer reference number', 'ARN 74987654321012345678901'],
    ['ISBN-13', 'ISBN 978-3-16-148410-0'],
    ['date and time', 'on 2026-11-24 at 23:59:59'],
    ['Luhn failure', '4111 1111 1111 1112'],
    ['Visa with a wrong length', '4111 1111 1111 11'],
    // A blank line is a paragraph break: two numbers, however well they would join.
    ['halves of a card in two paragraphs', '4111 1111\n\n1111 1111'],
    // Letters glued to digits make an identifier, unless they are a card word.
    ['order number with a prefix', 'ORD4111111111111111'],
    ['invoice number with a prefix', 'see INV5555555555554444'],
    ['a card word inside a longer word', 'cardholder4111111111111111'],
    ['a card word glued to a digit before it', 'x9card4111111111111111'],
    ['a card word in an identifier', 'id_card4111111111111111'],
    ['letters after that are not a keyword', '4111111111111111abc'],
    ['an identifier ending in an underscore', 'id 4111111111111111_v2'],
    ['three underscores are not emphasis', '___4111111111111111___'],
    ['a keyword inside a longer word after', '4111111111111111expirations'],
    ['two line breaks in one gap', '4111 1111\r\n\r\n1111 1111'],
    ['a list of order numbers, one per line', 'orders:\n12345678\n87654321'],
  ])('%s', (_name, input) => {
    const result = cardsOnly.redact(input)
    expect(result.findings).toEqual([])
    expect(result.text).toBe(input)
  })
})

describe('card numbers: properties', () => {
  it('every valid card of every brand in every format is found and its middle digits hidden', () => {
    fc.assert(
      fc.property(safeTextArbitrary(), formattedPanArbitrary(), safeTextArbitrary(), (before, card, after) => {
        const input = `${before} ${card.text} ${after}`
        const { text, findings } = cardsOnly.redact(input)
        const cards = findings.filter((finding) => finding.type === 'card_number')
        expect(cards).toHaveLength(1)
        expect(cards[0]?.brand).toBe(card.brand)
        // At most the last four digits may be left, in place; nothing else of the card survives.
        const shown = digitsOf(text)
        expect(card.digits.slice(-4).endsWith(shown)).toBe(true)
        if (cards[0]?.reason === 'luhn+iin') expect(shown).toBe(card.digits.slice(-4))
      }),
    )
  })

  it('near misses (bad Luhn, unknown prefix, wrong length) are never cards', () => {
    fc.assert(
      fc.property(nearMissPanArbitrary(), (digits) => {
        expect(typesIn(`number ${digits} here`)).toEqual([])
      }),
    )
  })
})

describe('card numbers: ambiguous runs resolve to the reading that shows least', () => {
  const redactor = createRedactor({ now: () => new Date('2026-11-24T12:00:00Z') })
  it('a card that reads as 16 digits + CVV and as 19 digits alike is hidden whole', () => {
    // 4111111111111111 + "110": the 19 digits also pass Luhn and Visa issues 19-digit cards.
    const { text, findings } = redactor.redact('4111 1111 1111 1111 110')
    expect(text).toBe('**** **** **** **** ***')
    expect(findings).toEqual([{ type: 'card_number', start: 0, end: 23, brand: 'visa', reason: 'luhn+iin+ambiguous-tail' }])
    // Whatever the policy would keep.
    const replacing = createRedactor({ policies: { card_number: { action: 'replace', template: '[card {last4}]' } } })
    expect(replacing.redact('4111 1111 1111 1111 110').text).toBe('**** **** **** **** ***')
  })
  it('two cards on consecutive lines are two cards, neither showing more than its last four', () => {
    const oneLineCard = formattedPanArbitrary().filter((card) => !/[\r\n]/.test(card.text))
    fc.assert(
      fc.property(oneLineCard, oneLineCard, fc.constantFrom('\n', '\r\n', ' \n'), (first, second, lineBreak) => {
        const { text, findings } = redactor.redact(`${first.text}${lineBreak}${second.text}`)
        expect(findings.filter((finding) => finding.type === 'card_number')).toHaveLength(2)
        const [firstLine = '', secondLine = ''] = text.split(/\r?\n/)
        expect(first.digits.slice(-4).endsWith(digitsOf(firstLine))).toBe(true)
        expect(second.digits.slice(-4).endsWith(digitsOf(secondLine))).toBe(true)
      }),
    )
  })

  it('a card cut at a line break while a longer card runs on is hidden whole', () => {
    // 6516521522216331 is a Discover card; with the next line's "4 3 1" it is also a
    // 19-digit one. Reading the longer one would leave the rest of the second card visible.
    const { text, findings } = redactor.redact('6516521522216331\n4 3 1 2 7 4 0 0 1 9 4 5 9 4 5 8!')
    expect(text).toBe('****************\n* * * * * * * * * * * * 9 4 5 8!')
    expect(findings.map((finding) => finding.reason)).toEqual(['luhn+iin+ambiguous-line-break', 'luhn+iin'])
  })

  it('a run never swallows the month of a date as card digits', () => {
    // 601100000000000111 passes Luhn at a Discover length, but "11" is the month of 11/27.
    expect(createRedactor({ detectors: ['card_number'] }).redact('6011 0000 0000 0001 11/27').findings).toEqual([])
    expect(redactor.redact('6011 1111 1111 1117 12/27').text).toBe('**** **** **** 1117 **/**')
  })
})
