// The arbitraries every other test relies on must themselves keep their promises.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_GAP_CHARS } from '../../src/data/limits.js'
import { cardBrandOf, isLuhnValid, MAX_PAN_DIGITS, MIN_PAN_DIGITS } from '../../src/validators/index.js'
import {
  BRANDS_IN_TABLE,
  completeWithLuhn,
  containsValidPan,
  DIGIT_ZERO_BY_SCRIPT,
  formattedPanArbitrary,
  GROUP_SEPARATORS,
  luhnCheckDigit,
  nearMissPanArbitrary,
  type NearMissKind,
  safeTextArbitrary,
  toDigitScript,
  validPanArbitrary,
} from './cards.js'

const SAMPLE_SIZE = 2_000

/** The ASCII digit for a decimal digit of any script in DIGIT_ZERO_BY_SCRIPT, else undefined. */
function asciiDigitOf(character: string): string | undefined {
  const code = character.charCodeAt(0)
  for (const zero of Object.values(DIGIT_ZERO_BY_SCRIPT)) {
    if (code >= zero && code <= zero + 9) return String(code - zero)
  }
  return undefined
}

describe('luhnCheckDigit / completeWithLuhn', () => {
  it.each([
    ['411111111111111', '1'],
    ['555555555555444', '4'],
    ['37828224631000', '5'],
    ['7992739871', '3'],
    ['', '0'],
  ])('%j → %s', (body, digit) => {
    expect(luhnCheckDigit(body)).toBe(digit)
    expect(completeWithLuhn(body)).toBe(body + digit)
  })
})

describe('toDigitScript', () => {
  it.each([
    ['0189', 'ascii', '0189'],
    ['0189', 'fullwidth', '０１８９'],
    ['0189', 'arabicIndic', '٠١٨٩'],
    ['0189', 'devanagari', '०१८९'],
  ] as const)('%s in %s → %s', (digits, script, expected) => {
    expect(toDigitScript(digits, script)).toBe(expected)
  })
})

describe('validPanArbitrary', () => {
  it('yields Luhn-valid PANs of the stated brand', () => {
    fc.assert(
      fc.property(validPanArbitrary(), ({ digits, brand }) => {
        expect(isLuhnValid(digits)).toBe(true)
        expect(cardBrandOf(digits)).toBe(brand)
      }),
    )
  })

  it('yields every brand in the table, and only the requested one when asked', () => {
    const brands = new Set(fc.sample(validPanArbitrary(), SAMPLE_SIZE).map((pan) => pan.brand))
    expect([...brands].sort()).toEqual([...BRANDS_IN_TABLE].sort())
    for (const pan of fc.sample(validPanArbitrary('amex'), 50)) expect(pan.brand).toBe('amex')
  })
})

describe('formattedPanArbitrary', () => {
  it('writes the PAN as digit groups of one script with 1–3 separators between them', () => {
    fc.assert(
      fc.property(formattedPanArbitrary(), ({ text, digits, brand }) => {
        expect(cardBrandOf(digits)).toBe(brand)
        let recovered = ''
        let gap = ''
        let zero: number | undefined
        const characters = [...text]
        characters.forEach((character, index) => {
          const digit = asciiDigitOf(character)
          if (digit === undefined) {
            expect(index, 'no separator before the first digit').toBeGreaterThan(0)
            expect(index, 'no separator after the last digit').toBeLessThan(characters.length - 1)
            expect([...GROUP_SEPARATORS, '.', '\n', '\r']).toContain(character)
            gap += character
            expect(gap.length).toBeLessThanOrEqual(MAX_GAP_CHARS)
            return
          }
          const thisZero = character.charCodeAt(0) - Number(digit)
          zero ??= thisZero
          expect(thisZero, 'one digit script per number').toBe(zero)
          if (gap.includes('.')) expect(gap).toBe('.')
          expect(gap.replace('\r\n', '\n').replace(/[^\r\n]/g, '').length, 'at most one line break per gap').toBeLessThanOrEqual(1)
          gap = ''
          recovered += digit
        })
        expect(recovered).toBe(digits)
      }),
    )
  })

  it('uses dots only as the single separator of numbers with at least 4 groups', () => {
    fc.assert(
      fc.property(formattedPanArbitrary(), ({ text }) => {
        if (!text.includes('.')) return
        const groups = text.split('.')
        expect(groups.length).toBeGreaterThanOrEqual(4)
        for (const group of groups) expect([...group].every((character) => asciiDigitOf(character) !== undefined)).toBe(true)
      }),
    )
  })

  it('covers every format the detectors must handle', () => {
    const texts = fc.sample(formattedPanArbitrary(), SAMPLE_SIZE).map((pan) => pan.text)
    const seen = (pattern: RegExp): boolean => texts.some((text) => pattern.test(text))
    expect(seen(/^[0-9]+$/), 'contiguous').toBe(true)
    expect(seen(/^[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}$/), '4-4-4-4').toBe(true)
    expect(seen(/^[0-9]{4}[^0-9]+[0-9]{6}[^0-9]+[0-9]{4,5}$/), '4-6-5 / 4-6-4').toBe(true)
    const oneDigitGroups = (text: string): boolean => text.split(/[^0-9]+/).every((group) => group.length === 1)
    expect(texts.some(oneDigitGroups), 'one digit at a time').toBe(true)
    expect(seen(/[0-9] {2}[0-9]/), 'double space').toBe(true)
    expect(seen(/[0-9]-[0-9]/), 'hyphen').toBe(true)
    expect(seen(/[\u2010-\u2015\u2212]/), 'Unicode dash').toBe(true)
    expect(seen(/[0-9]\.[0-9]/), 'dots').toBe(true)
    expect(seen(/[0-9] ?\n[0-9]/), 'wrapped at a line feed').toBe(true)
    expect(seen(/\r\n/), 'wrapped at CRLF').toBe(true)
    expect(seen(/[\u00a0\u202f\u2009]/), 'no-break and thin spaces').toBe(true)
    expect(seen(/[\uff10-\uff19]/), 'full-width digits').toBe(true)
    expect(seen(/[\u0660-\u0669]/), 'Arabic-Indic digits').toBe(true)
    expect(seen(/[\u0966-\u096f]/), 'Devanagari digits').toBe(true)
  })
})

describe('nearMissPanArbitrary', () => {
  const kinds: NearMissKind[] = ['wrong-check-digit', 'unknown-prefix', 'invalid-length']

  it.each(kinds)('%s: card-shaped ASCII digits with no valid PAN inside', (kind) => {
    fc.assert(
      fc.property(nearMissPanArbitrary(kind), (digits) => {
        expect(digits).toMatch(/^[0-9]+$/)
        expect(digits.length).toBeGreaterThanOrEqual(MIN_PAN_DIGITS)
        expect(digits.length).toBeLessThanOrEqual(MAX_PAN_DIGITS)
        expect(cardBrandOf(digits) !== undefined && isLuhnValid(digits)).toBe(false)
        expect(containsValidPan(digits)).toBe(false)
      }),
    )
  })

  it('fails for the stated reason', () => {
    for (const digits of fc.sample(nearMissPanArbitrary('wrong-check-digit'), 200)) expect(isLuhnValid(digits)).toBe(false)
    for (const digits of fc.sample(nearMissPanArbitrary('unknown-prefix'), 200)) {
      expect(isLuhnValid(digits)).toBe(true)
      expect('01789').toContain(digits[0])
    }
    for (const digits of fc.sample(nearMissPanArbitrary('invalid-length'), 200)) {
      expect(isLuhnValid(digits)).toBe(true)
      expect(cardBrandOf(digits)).toBeUndefined()
    }
  })
})

describe('containsValidPan', () => {
  it.each([
    ['4111111111111111', true],
    ['004111111111111111', true], // a PAN inside a longer run
    ['4111111111111112', false],
    ['441234567890', false],
  ])('%s → %s', (digits, expected) => {
    expect(containsValidPan(digits)).toBe(expected)
  })
})

describe('safeTextArbitrary', () => {
  it('never contains a digit of any script, an @ or a +', () => {
    fc.assert(
      fc.property(safeTextArbitrary(), (text) => {
        expect(text).not.toMatch(/[\p{N}@+＠＋]/u)
      }),
    )
  })

  it('mixes letters, newlines, emoji and CJK', () => {
    const texts = fc.sample(safeTextArbitrary(), 500).join('')
    expect(texts).toMatch(/[a-z]/)
    expect(texts).toMatch(/\n/)
    expect(texts).toMatch(/\p{Extended_Pictographic}/u)
    expect(texts).toMatch(/\p{Script=Han}/u)
  })
})
