import { describe, expect, it } from 'vitest'
import { defaultPolicyFor } from '../../src/policies/defaults.js'
import { FINDING_TYPES } from '../../src/policies/finding-types.js'
import { policyProblemOf } from '../../src/policies/policy-rules.js'
import type { FindingType } from '../../src/types.js'

describe('defaultPolicyFor', () => {
  it.each<[FindingType, number]>([
    ['card_number', 4],
    ['expiry_date', 0],
    ['cvv', 0],
    ['phone', 0],
    ['email', 0],
    ['iban', 4],
    ['uk_nino', 0],
    ['us_ssn', 0],
  ])('%s is masked, keeping the last %i', (type, keepLast) => {
    expect(defaultPolicyFor(type)).toEqual({ action: 'mask', char: '*', keepFirst: 0, keepLast, keepSeparators: true })
  })

  it.each(FINDING_TYPES)('the %s default passes its own rules', (type) => {
    expect(policyProblemOf(type, defaultPolicyFor(type))).toBeUndefined()
  })
})
