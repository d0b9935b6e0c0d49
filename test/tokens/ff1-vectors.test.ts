/**
 * NIST SP 800-38G FF1 sample vectors (NIST CSRC "Examples with Intermediate
 * Values", FF1samples.pdf: samples 1–9, radix 10 and 36, AES-128/192/256),
 * run through `@noble/ciphers/ff1`, the library the card tokens use.
 */
import { FF1 } from '@noble/ciphers/ff1'
import { hexToBytes } from '@noble/hashes/utils'
import { describe, expect, it } from 'vitest'

const KEY_128 = '2B7E151628AED2A6ABF7158809CF4F3C'
const KEY_192 = `${KEY_128}EF4359D8D580AA4F`
const KEY_256 = `${KEY_192}7F036D6F04FC6A94`
const TWEAK_10 = '39383736353433323130'
const TWEAK_36 = '3737373770717273373737'
const ALPHABET_36 = '0123456789abcdefghijklmnopqrstuvwxyz'

const SAMPLES: ReadonlyArray<readonly [number, string, string, number, string, string]> = [
  [1, KEY_128, '', 10, '0123456789', '2433477484'],
  [2, KEY_128, TWEAK_10, 10, '0123456789', '6124200773'],
  [3, KEY_128, TWEAK_36, 36, '0123456789abcdefghi', 'a9tv40mll9kdu509eum'],
  [4, KEY_192, '', 10, '0123456789', '2830668132'],
  [5, KEY_192, TWEAK_10, 10, '0123456789', '2496655549'],
  [6, KEY_192, TWEAK_36, 36, '0123456789abcdefghi', 'xbj3kv35jrawxv32ysr'],
  [7, KEY_256, '', 10, '0123456789', '6657667009'],
  [8, KEY_256, TWEAK_10, 10, '0123456789', '1001623463'],
  [9, KEY_256, TWEAK_36, 36, '0123456789abcdefghi', 'xs8a0azh2avyalyzuwd'],
]

const toNumbers = (text: string): number[] => [...text].map((char) => ALPHABET_36.indexOf(char))
const toText = (numbers: readonly number[]): string => numbers.map((value) => ALPHABET_36[value]).join('')

describe('FF1 (NIST SP 800-38G sample vectors)', () => {
  it.each(SAMPLES)('sample %i encrypts and decrypts', (_sample, key, tweak, radix, plaintext, ciphertext) => {
    const ff1 = FF1(radix, hexToBytes(key), hexToBytes(tweak))
    expect(toText(ff1.encrypt(toNumbers(plaintext)))).toBe(ciphertext)
    expect(toText(ff1.decrypt(toNumbers(ciphertext)))).toBe(plaintext)
  })
})
