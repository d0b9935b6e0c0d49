import { describe, expect, it } from 'vitest'
import { closestName } from '../../src/policies/closest-name.js'

const ROOT = ['detectors', 'policies', 'now', 'expiryWindow', 'phoneRegions']

describe('closestName', () => {
  it.each([
    ['polices', ROOT, 'policies'],
    ['policy', ROOT, 'policies'],
    ['detector', ROOT, 'detectors'],
    ['phoneregions', ROOT, 'phoneRegions'],
    ['expiryWindw', ROOT, 'expiryWindow'],
    ['nwo', ROOT, 'now'],
    ['keepLat', ['action', 'char', 'keepFirst', 'keepLast', 'keepSeparators'], 'keepLast'],
    ['colour', ROOT, undefined],
    ['clock', ROOT, undefined],
    ['regions', ROOT, undefined],
    ['mask', ['action', 'char', 'keepFirst', 'keepLast', 'keepSeparators'], undefined],
    ['x', ROOT, undefined],
    ['', ROOT, undefined],
  ])('%j → %j', (typed, known, expected) => {
    expect(closestName(typed, known)).toBe(expected)
  })
})
