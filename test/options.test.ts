import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ChatmaskError } from '../src/errors.js'
import { parseOptions } from '../src/options.js'
import { DEFAULT_PHONE_REGIONS } from '../src/data/phone-regions.js'
import type { ResolvedHashPolicy } from '../src/policies/policy.js'

function errorOf(input: unknown, offered?: Parameters<typeof parseOptions>[1]): ChatmaskError {
  try {
    parseOptions(input, offered)
  } catch (error) {
    if (error instanceof ChatmaskError) return error
    throw error
  }
  throw new Error('expected parseOptions to throw')
}

const KEY = 'a test key, not a secret'

describe('parseOptions: defaults', () => {
  it('fills every default when nothing is given', () => {
    const options = parseOptions(undefined)
    expect(options.detectors).toEqual(['card_number', 'expiry_date', 'cvv', 'phone', 'email', 'iban', 'uk_nino', 'us_ssn'])
    expect(options.policies).toEqual({
      card_number: { action: 'mask', char: '*', keepFirst: 0, keepLast: 4, keepSeparators: true },
      expiry_date: { action: 'mask', char: '*', keepFirst: 0, keepLast: 0, keepSeparators: true },
      cvv: { action: 'mask', char: '*', keepFirst: 0, keepLast: 0, keepSeparators: true },
      phone: { action: 'mask', char: '*', keepFirst: 0, keepLast: 0, keepSeparators: true },
      email: { action: 'mask', char: '*', keepFirst: 0, keepLast: 0, keepSeparators: true },
      iban: { action: 'mask', char: '*', keepFirst: 0, keepLast: 4, keepSeparators: true },
      uk_nino: { action: 'mask', char: '*', keepFirst: 0, keepLast: 0, keepSeparators: true },
      us_ssn: { action: 'mask', char: '*', keepFirst: 0, keepLast: 0, keepSeparators: true },
    })
    expect(options.expiryWindow).toEqual({ yearsBack: 5, yearsAhead: 20 })
    expect(options.phoneRegions).toEqual(DEFAULT_PHONE_REGIONS)
    expect(options.now()).toBeInstanceOf(Date)
  })

  it('treats {} like undefined, and freezes the result', () => {
    const options = parseOptions({})
    expect(JSON.stringify(options)).toBe(JSON.stringify(parseOptions(undefined)))
    for (const part of [options, options.detectors, options.policies, options.expiryWindow, options.phoneRegions]) {
      expect(Object.isFrozen(part)).toBe(true)
    }
  })

  it('offers only what the entry point offers', () => {
    expect(parseOptions({}, ['card_number', 'expiry_date', 'cvv']).detectors).toEqual(['card_number', 'expiry_date', 'cvv'])
  })
})

describe('parseOptions: resolving what is given', () => {
  it('merges a partial mask with the type\'s defaults', () => {
    const options = parseOptions({ policies: { card_number: { action: 'mask', keepFirst: 6, char: '•' } } })
    expect(options.policies.card_number).toEqual({ action: 'mask', char: '•', keepFirst: 6, keepLast: 4, keepSeparators: true })
    expect(options.policies.email).toEqual({ action: 'mask', char: '*', keepFirst: 0, keepLast: 0, keepSeparators: true })
  })

  it('resolves every action', () => {
    const render = () => '[x]'
    const options = parseOptions({
      policies: {
        card_number: { action: 'hash', key: KEY },
        cvv: { action: 'replace', template: '[{TYPE} removed]' },
        expiry_date: { action: 'remove' },
        email: { action: 'keep' },
        phone: { action: 'custom', render },
        iban: { action: 'replace' },
      },
    })
    expect(options.policies.card_number).toMatchObject({ action: 'hash', length: 16, template: '[{type}:{hash}]' })
    expect((options.policies.card_number as ResolvedHashPolicy).key).toEqual(new TextEncoder().encode(KEY))
    expect(options.policies.cvv).toEqual({ action: 'replace', template: '[{TYPE} removed]' })
    expect(options.policies.expiry_date).toEqual({ action: 'remove' })
    expect(options.policies.email).toEqual({ action: 'keep' })
    expect(options.policies.phone).toEqual({ action: 'custom', render })
    expect(options.policies.iban).toEqual({ action: 'replace', template: '[{TYPE}]' })
  })

  it('accepts a Uint8Array key of 16 bytes and a hash length from 8 to 64', () => {
    for (const length of [8, 64]) {
      expect(parseOptions({ policies: { email: { action: 'hash', key: new Uint8Array(16), length } } }).policies.email).toMatchObject({ length })
    }
  })

  it('deduplicates detectors and upper-cases and deduplicates regions', () => {
    const options = parseOptions({ detectors: ['cvv', 'card_number', 'cvv'], phoneRegions: ['gb', 'GB', 'de'] })
    expect(options.detectors).toEqual(['cvv', 'card_number'])
    expect(options.phoneRegions).toEqual(['GB', 'DE'])
  })

  it('allows no phone regions: international numbers only', () => {
    expect(parseOptions({ phoneRegions: [] }).phoneRegions).toEqual([])
  })

  it('uses the injected clock, and refuses a clock that returns something other than a valid Date', () => {
    const fixed = new Date('2030-01-15T00:00:00Z')
    expect(parseOptions({ now: () => fixed }).now()).toBe(fixed)
    expect(() => parseOptions({ now: () => '2030-01-15' }).now()).toThrowError(/Invalid option now: received a clock that returned a string of 10 characters/)
    expect(() => parseOptions({ now: () => new Date('nope') }).now()).toThrowError(/returned an invalid Date/)
  })

  it('fills one side of the expiry window', () => {
    expect(parseOptions({ expiryWindow: { yearsAhead: 10 } }).expiryWindow).toEqual({ yearsBack: 5, yearsAhead: 10 })
  })
})

describe('parseOptions: refusals name the path, what arrived and what is allowed', () => {
  it('gives exactly the message of the brief for a hashed CVV', () => {
    const error = errorOf({ policies: { cvv: { action: 'hash', key: KEY } } })
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.path).toBe('policies.cvv.action')
    expect(error.message).toBe(
      'Invalid option policies.cvv.action: received "hash"; a CVV may only be masked fully, removed or replaced (PCI DSS 3.3.1.2). Allowed: "mask" (keepFirst 0, keepLast 0), "remove", "replace" (template with only {type} or {TYPE}).',
    )
  })

  it.each<[string, unknown, string, RegExp[]]>([
    // PCI DSS: card numbers
    ['card kept in full', { policies: { card_number: { action: 'keep' } } }, 'policies.card_number.action', [/received "keep"/, /PCI DSS 3\.4\.1/, /Allowed: "mask", "replace", "remove", "hash", "custom"/]],
    ['card first seven', { policies: { card_number: { action: 'mask', keepFirst: 7 } } }, 'policies.card_number.keepFirst', [/received 7/, /first six digits \(PCI DSS 3\.4\.1\)/, /Allowed: a whole number from 0 to 6/]],
    ['card last five', { policies: { card_number: { action: 'mask', keepLast: 5 } } }, 'policies.card_number.keepLast', [/received 5/, /last four digits/, /from 0 to 4/]],
    ['card hash beside last four', { policies: { card_number: { action: 'hash', key: KEY, template: '{hash}/{last4}' } } }, 'policies.card_number.template', [/received a string of 14 characters/, /PCI DSS 3\.5\.1\)/]],
    // PCI DSS: CVVs
    ['CVV kept', { policies: { cvv: { action: 'keep' } } }, 'policies.cvv.action', [/received "keep"/, /PCI DSS 3\.3\.1\.2/]],
    ['CVV custom', { policies: { cvv: { action: 'custom', render: () => '' } } }, 'policies.cvv.action', [/received "custom"/]],
    ['CVV last digit', { policies: { cvv: { action: 'mask', keepLast: 1 } } }, 'policies.cvv.keepLast', [/received 1/, /masked in full \(PCI DSS 3\.3\.1\.2\)/, /Allowed: 0\./]],
    ['CVV first digit', { policies: { cvv: { action: 'mask', keepFirst: 1 } } }, 'policies.cvv.keepFirst', [/Allowed: 0\./]],
    ['CVV template with {last4}', { policies: { cvv: { action: 'replace', template: 'CVV {last4}' } } }, 'policies.cvv.template', [/\{last4\} is refused \(PCI DSS 3\.3\.1\.2\)/, /Allowed: a template using \{type\}, \{TYPE\}/]],
    ['CVV without action', { policies: { cvv: { keepLast: 0 } } }, 'policies.cvv.action', [/received nothing/, /Allowed: "mask"/]],
    // Shapes and values
    ['unknown action', { policies: { email: { action: 'encrypt' } } }, 'policies.email.action', [/received "encrypt"/, /Allowed: "mask", "replace", "remove", "hash", "keep", "custom", "token"\./]],
    ['policy as a string', { policies: { email: 'remove' } }, 'policies.email', [/received a string of 6 characters/, /Allowed: an object such as \{ action: "mask" \}/]],
    ['keepLast as a string', { policies: { email: { action: 'mask', keepLast: '4' } } }, 'policies.email.keepLast', [/received a string of 1 character/, /Allowed: a whole number/]],
    ['negative keepFirst', { policies: { phone: { action: 'mask', keepFirst: -1 } } }, 'policies.phone.keepFirst', [/received -1/, /from 0 up/]],
    ['mask char of two characters', { policies: { email: { action: 'mask', char: '**' } } }, 'policies.email.char', [/received a string of 2 characters/, /exactly one character/]],
    ['digit as mask char', { policies: { email: { action: 'mask', char: '0' } } }, 'policies.email.char', [/not a digit/]],
    ['keepSeparators as a string', { policies: { email: { action: 'mask', keepSeparators: 'no' } } }, 'policies.email.keepSeparators', [/Allowed: true or false/]],
    ['hash without key', { policies: { email: { action: 'hash' } } }, 'policies.email.key', [/received nothing/, /at least 16 bytes/]],
    ['hash with short key', { policies: { email: { action: 'hash', key: 'fifteen bytes!!' } } }, 'policies.email.key', [/received a string of 15 bytes in UTF-8/, /NIST SP 800-107/]],
    ['hash with short byte key', { policies: { email: { action: 'hash', key: new Uint8Array(15) } } }, 'policies.email.key', [/received a Uint8Array of 15 bytes/]],
    ['hash key as a number', { policies: { email: { action: 'hash', key: 1234 } } }, 'policies.email.key', [/received a number of 4 digits/]],
    ['hash length 65', { policies: { email: { action: 'hash', key: KEY, length: 65 } } }, 'policies.email.length', [/received 65/, /from 8 to 64/]],
    ['hash length 7.5', { policies: { email: { action: 'hash', key: KEY, length: 7.5 } } }, 'policies.email.length', [/received 7\.5/]],
    ['hash template without {hash}', { policies: { email: { action: 'hash', key: KEY, template: '[{type}]' } } }, 'policies.email.template', [/must show the hash/, /including \{hash\}/]],
    ['unknown placeholder', { policies: { email: { action: 'replace', template: '[{value}]' } } }, 'policies.email.template', [/unknown placeholder \{value\}/]],
    ['malformed template', { policies: { email: { action: 'replace', template: '[{TYPE]' } } }, 'policies.email.template', [/malformed/]],
    ['custom without function', { policies: { email: { action: 'custom', render: 'x' } } }, 'policies.email.render', [/Allowed: a function/]],
    ['detectors empty', { detectors: [] }, 'detectors', [/received an array of 0 items/, /let everything through/]],
    ['detectors not an array', { detectors: 'card_number' }, 'detectors', [/received "card_number"/, /an array of finding types/]],
    ['unknown detector', { detectors: ['card_number', 'credit_card'] }, 'detectors[1]', [/received "credit_card"/, /Allowed: "card_number"/]],
    ['now not a function', { now: new Date(0) }, 'now', [/received a Date/, /a function returning the current Date/]],
    ['expiry years not whole', { expiryWindow: { yearsBack: 1.5 } }, 'expiryWindow.yearsBack', [/received 1\.5/, /from 0 to 99/]],
    ['expiry years negative', { expiryWindow: { yearsAhead: -1 } }, 'expiryWindow.yearsAhead', [/received -1/]],
    ['expiry window of a century', { expiryWindow: { yearsBack: 50, yearsAhead: 50 } }, 'expiryWindow.yearsAhead', [/two-digit year/, /at most 99/]],
    ['expiry window as a number', { expiryWindow: 5 }, 'expiryWindow', [/received 5/, /an object such as/]],
    ['region "UK"', { phoneRegions: ['UK'] }, 'phoneRegions[0]', [/received "UK"/, /is "GB"/]],
    ['region of three letters', { phoneRegions: ['US', 'USA'] }, 'phoneRegions[1]', [/received "USA"/, /ISO 3166-1 alpha-2/]],
    ['regions as a string', { phoneRegions: 'US' }, 'phoneRegions', [/an array of ISO 3166-1/]],
    // Unknown keys
    ['typo "polices"', { polices: {} }, 'polices', [/not a known option \(did you mean "policies"\?\)/, /Allowed: detectors, policies, now, expiryWindow, phoneRegions\./]],
    ['typo in a policy', { policies: { card_number: { action: 'mask', keepLat: 4 } } }, 'policies.card_number.keepLat', [/did you mean "keepLast"/, /Allowed: action, char, keepFirst, keepLast, keepSeparators/]],
    ['unknown type', { policies: { credit_card: { action: 'mask' } } }, 'policies.credit_card', [/not a known option/, /Allowed: card_number, expiry_date, cvv, phone, email, iban, uk_nino, us_ssn/]],
    ['field of another action', { policies: { email: { action: 'remove', template: 'x' } } }, 'policies.email.template', [/not a known option/, /Allowed: action\./]],
    // Not an object
    ['a number', 42, '', [/^Invalid options: received 42; Allowed: an options object, or nothing\.$/]],
    ['null', null, '', [/^Invalid options: received null;/]],
    ['an array', [], '', [/received an array of 0 items/]],
  ])('%s', (_name, input, path, fragments) => {
    const error = errorOf(input)
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.path).toBe(path === '' ? undefined : path)
    expect(error.message.startsWith(path === '' ? 'Invalid options: ' : `Invalid option ${path}: `)).toBe(true)
    for (const fragment of fragments) expect(error.message).toMatch(fragment)
    // No message may carry a run of digits long enough to be part of a card, phone or SSN
    // (the one four-digit number allowed is the name of the standard ISO 3166-1).
    expect(error.message.replaceAll('ISO 3166-1', 'ISO')).not.toMatch(/\d{4,}/)
  })

  it('refuses a detector the entry point does not offer', () => {
    const error = errorOf({ detectors: ['card_number', 'phone'] }, ['card_number', 'expiry_date', 'cvv'])
    expect(error.path).toBe('detectors[1]')
    expect(error.message).toMatch(/received "phone"; this entry point does not include that detector/)
    expect(error.message).toMatch(/Allowed: "card_number", "expiry_date", "cvv"\./)
  })

  it('reports the first problem and counts the rest', () => {
    const one = errorOf({ detectors: [], phoneRegions: ['UK'] })
    expect(one.path).toBe('detectors')
    expect(one.message).toMatch(/ There is 1 more problem in these options\.$/)
    const three = errorOf({ detectors: ['x'], policies: { cvv: { action: 'keep' }, email: { action: 'hash', key: 'k' } }, nope: 1 })
    expect(three.path).toBe('detectors[0]')
    expect(three.message).toMatch(/ There are 3 more problems in these options\.$/)
  })

  it('counts each unknown key of one object as a problem', () => {
    expect(errorOf({ a: 1, b: 2 }).message).toMatch(/There is 1 more problem/)
  })
})

describe('parseOptions: errors never echo a sensitive value', () => {
  const PAN = '4111111111111111'

  it.each<[string, unknown]>([
    ['a PAN as mask char', { policies: { email: { action: 'mask', char: PAN } } }],
    ['a PAN as template', { policies: { email: { action: 'replace', template: `{${PAN}}` } } }],
    ['a PAN as detector', { detectors: [PAN] }],
    ['a PAN as region', { phoneRegions: [PAN] }],
    ['a PAN as action', { policies: { email: { action: PAN } } }],
    ['a PAN as key', { policies: { email: { action: 'hash', key: PAN.slice(0, 15) } } }],
    ['a PAN as an unknown option', { [PAN]: true }],
    ['a PAN as an unknown policy field', { policies: { email: { action: 'mask', [PAN]: 1 } } }],
    ['a PAN as a number', { policies: { card_number: { action: 'mask', keepLast: Number(PAN) } } }],
    ['a PAN as the whole options', PAN],
    ['an email as action', { policies: { email: { action: 'jo@example.com' } } }],
  ])('%s', (_name, input) => {
    const error = errorOf(input)
    expect(error.message).not.toContain(PAN)
    expect(error.message).not.toContain('4111')
    expect(error.message).not.toContain('jo@example.com')
    expect(error.path ?? '').not.toContain('4111')
  })

  it('never contains a hash key that is too short', () => {
    const keyArbitrary = fc
      .string({ unit: fc.constantFrom('Q', 'Z', 'ж', '7', '#', 'é'), minLength: 6, maxLength: 15 })
      .filter((key) => new TextEncoder().encode(key).length < 16)
    fc.assert(
      fc.property(keyArbitrary, (key) => {
        const error = errorOf({ policies: { card_number: { action: 'hash', key } } })
        expect(error.path).toBe('policies.card_number.key')
        expect(error.message).not.toContain(key)
      }),
    )
  })

  it('never contains the key when another field of a hash policy is wrong', () => {
    const key = 'QZQZ-secret-QZQZ-secret'
    const error = errorOf({ policies: { email: { action: 'hash', key, length: 3 } } })
    expect(error.path).toBe('policies.email.length')
    expect(error.message).not.toContain('secret')
  })
})

describe('bundle size guard', () => {
  it('the options code imports zod only as zod/mini', () => {
    const files = ['src/options.ts', ...readdirSync('src/policies').map((name) => `src/policies/${name}`)]
    for (const file of files) {
      const source = readFileSync(file, 'utf8')
      expect(source, file).not.toMatch(/from ['"]zod(\/v4)?['"]/)
      expect(source, file).not.toMatch(/from ['"](node:)?crypto['"]/)
    }
  })
})
