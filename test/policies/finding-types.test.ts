import { describe, expect, it } from 'vitest'
import { FINDING_TYPE_NAMES, FINDING_TYPES, isFindingType } from '../../src/policies/finding-types.js'

describe('finding types', () => {
  it('lists each type once, each with a name for messages', () => {
    expect(new Set(FINDING_TYPES).size).toBe(FINDING_TYPES.length)
    expect(Object.keys(FINDING_TYPE_NAMES).sort()).toEqual([...FINDING_TYPES].sort())
  })

  it.each([
    ['cvv', true],
    ['card_number', true],
    ['credit_card', false],
    ['CVV', false],
    [undefined, false],
  ])('isFindingType(%j) is %s', (value, expected) => {
    expect(isFindingType(value)).toBe(expected)
  })
})
