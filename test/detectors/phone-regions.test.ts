import { getCountries } from 'libphonenumber-js/max'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PHONE_REGIONS, isPhoneRegion, phoneRegionList } from '../../src/data/phone-regions.js'
import { groupingKey, groupingsOf, matchGrouping } from '../../src/detectors/phone/region-groupings.js'
import { ChatmaskError } from '../../src/errors.js'
import { createRedactor } from '../../src/index.js'

describe('phone regions', () => {
  it('lists exactly the regions libphonenumber-js has a numbering plan for', () => {
    expect(phoneRegionList()).toEqual([...getCountries()].sort())
  })

  it('defaults to regions libphonenumber knows, each once', () => {
    expect(DEFAULT_PHONE_REGIONS.every(isPhoneRegion)).toBe(true)
    expect(new Set(DEFAULT_PHONE_REGIONS).size).toBe(DEFAULT_PHONE_REGIONS.length)
    expect(createRedactor().redact('Tel. 030 123456').findings.map((finding) => finding.type)).toEqual(['phone'])
  })

  it.each([
    ['XX', 0],
    ['ZZ', 0],
    ['zz', 1],
  ])('refuses the unknown region %s with an error naming the field', (region, index) => {
    const regions = index === 0 ? [region] : ['GB', region]
    let error: unknown
    try {
      createRedactor({ phoneRegions: regions })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ChatmaskError)
    expect((error as ChatmaskError).code).toBe('INVALID_OPTIONS')
    expect((error as ChatmaskError).message).toMatch(new RegExp(`^Invalid option phoneRegions\\[${index}\\]: received "${region}"; no phone numbering plan`))
    expect((error as ChatmaskError).message).toMatch(/Allowed: an ISO 3166-1 alpha-2 region libphonenumber-js knows/)
  })

  it('still points "UK" to "GB"', () => {
    expect(() => createRedactor({ phoneRegions: ['UK'] })).toThrow(/is "GB"/)
  })
})

describe('region groupings compiled from the metadata', () => {
  it('compiles every region, and has groupings for nearly all', () => {
    const compiled = getCountries().map((region) => groupingsOf(region))
    expect(compiled.every((groupings) => groupings !== undefined)).toBe(true)
    expect(compiled.filter((groupings) => (groupings?.international.size ?? 0) > 0).length).toBeGreaterThan(200)
    expect(groupingsOf('XX')).toBeUndefined()
  })

  it.each([
    ['GB', 'national', [3, 4, 4], '02079460958', '2079460958', false],
    ['GB', 'national', [2, 4, 4], '2079460958', '2079460958', true],
    ['GB', 'international', [2, 4, 4], '2079460958', '2079460958', false],
    ['US', 'national', [3, 3, 4], '6046970202', '6046970202', false],
    ['US', 'national', [1, 3, 3, 4], '18002738255', '8002738255', false],
    ['CA', 'national', [3, 3, 4], '6046970202', '6046970202', false],
    ['FR', 'national', [2, 2, 2, 2, 2], '0149529970', '149529970', false],
    ['FR', 'international', [1, 2, 2, 2, 2], '149529970', '149529970', false],
    ['DE', 'national', [3, 6], '030123456', '30123456', false],
    ['IN', 'national', [5, 5], '9876543210', '9876543210', false],
  ] as const)('%s writes %s %j', (region, writing, lengths, digits, nationalNumber, trunkOmitted) => {
    const groupings = groupingsOf(region)
    expect(matchGrouping(groupings?.[writing].get(groupingKey(lengths)), digits)).toEqual({ nationalNumber, trunkOmitted })
  })

  it.each([
    ['US', [3, 3, 4], '1234567890'],
    ['GB', [4, 6], '2026000123'],
    ['GB', [4, 4, 4, 4], '9351114755976508'],
    ['FR', [3, 2, 2, 2], '172422323'],
  ] as const)('%s writes no %j for these digits', (region, lengths, digits) => {
    expect(matchGrouping(groupingsOf(region)?.national.get(groupingKey(lengths)), digits)).toBeUndefined()
  })
})
