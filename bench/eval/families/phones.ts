/**
 * Phone families of issue 12, from libphonenumber-js's own data rather than
 * hand-picked shapes: the example mobile number of every region it ships and
 * fixed-line numbers drawn from each default region's fixed-line pattern
 * (`test/helpers/phones.ts`), written the ways chat writes them, in chat
 * sentences.
 * - national writing, for chatmask's default regions (`DEFAULT_PHONE_REGIONS`);
 * - international writing ("+CC …", E.164, dashes, dots), for every region.
 */
import fc from 'fast-check'
import type { CountryCode } from 'libphonenumber-js/max'
import { DEFAULT_PHONE_REGIONS } from '../../../src/data/phone-regions.js'
import { exampleMobilePhones, fixedLinePhones, INTERNATIONAL_WRITINGS, NATIONAL_WRITINGS, writtenForms, type WrittenPhone } from '../../../test/helpers/phones.js'
import { cases, sample, type CategorySpec } from '../building-blocks.js'
import { asciiDigitsOf } from '../digits.js'
import { compose, type EvalCase, type EvalMessage } from '../labels.js'

/** Sentences around a number, digit-free: written for the evaluation. */
const PHONE_SENTENCES: readonly (readonly [string, string])[] = [
  ['call me on ', ''],
  ['my number is ', ' thanks'],
  ['you can reach me at ', ' after six'],
  ['mobile: ', ''],
  ['whatsapp ', ' pls'],
  ['', ''],
  ['tel. ', '.'],
  ['text me ', ' when you are there'],
]

/** Fixed-line numbers drawn per default region (besides its example mobile). */
const FIXED_LINES_PER_REGION = 3

/** Which group of regions a calling code belongs to (ITU-T E.164 world zones), for a readable breakdown. */
export function worldZone(countryCallingCode: string): string {
  const zones: Readonly<Record<string, string>> = {
    '1': 'zone 1 (North America, Caribbean)',
    '2': 'zone 2 (Africa)',
    '3': 'zones 3–4 (Europe)',
    '4': 'zones 3–4 (Europe)',
    '5': 'zone 5 (Central and South America)',
    '6': 'zone 6 (South-East Asia, Oceania)',
    '7': 'zone 7 (Russia, Kazakhstan)',
    '8': 'zone 8 (East Asia, special services)',
    '9': 'zone 9 (West, Central and South Asia)',
  }
  return zones[countryCallingCode.charAt(0)] ?? 'other'
}

function phoneMessage(phone: WrittenPhone, [lead, trail]: readonly [string, string], international: boolean): EvalMessage {
  const label = international
    ? { type: 'phone' as const, digits: asciiDigitsOf(phone.text), countryCode: phone.number.countryCallingCode }
    : { type: 'phone' as const, digits: asciiDigitsOf(phone.text) }
  return compose([lead, { text: phone.text, label }, trail])
}

/** Every default region's example mobile and a few fixed lines, written nationally (the library's format, dashes, dots, spaces). */
function buildDefaultRegionExamples(seed: number, count: number): EvalCase[] {
  const mobiles = exampleMobilePhones().filter((phone) => DEFAULT_PHONE_REGIONS.includes(phone.region))
  const fixed = DEFAULT_PHONE_REGIONS.flatMap((region, index) => fixedLinePhones(region as CountryCode, FIXED_LINES_PER_REGION, seed + index))
  const written = [...mobiles, ...fixed].flatMap((phone) => writtenForms(phone, NATIONAL_WRITINGS))
  const chosen = spread(written, count)
  const sentences = sample(fc.constantFrom(...PHONE_SENTENCES), seed, chosen.length)
  return cases(
    'phone_examples_default_regions',
    chosen.map((phone, index) => [phoneMessage(phone, sentences[index] ?? ['', ''], false)]),
    chosen.map((phone) => ({ region: phone.region, kind: phone.kind, writing: phone.writing })),
  )
}

/** Every region's example mobile, written internationally. */
function buildEveryRegionInternational(seed: number, count: number): EvalCase[] {
  const written = exampleMobilePhones().flatMap((phone) => writtenForms(phone, INTERNATIONAL_WRITINGS))
  const chosen = spread(written, count)
  const sentences = sample(fc.constantFrom(...PHONE_SENTENCES), seed, chosen.length)
  return cases(
    'phone_examples_every_region',
    chosen.map((phone, index) => [phoneMessage(phone, sentences[index] ?? ['', ''], true)]),
    chosen.map((phone) => ({ zone: worldZone(phone.number.countryCallingCode), writing: phone.writing, region: phone.region })),
  )
}

/** `count` items spread evenly over `items` (all of them when there are fewer), deterministic. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items]
  const step = items.length / count
  return Array.from({ length: count }, (_, index) => items[Math.floor(index * step)] as T)
}

export const PHONE_FAMILIES: readonly CategorySpec[] = [
  { id: 'phone_examples_default_regions', title: `Phones, libphonenumber examples of the ${DEFAULT_PHONE_REGIONS.length} default regions, national writing`, kind: 'positive', count: 304, build: buildDefaultRegionExamples },
  { id: 'phone_examples_every_region', title: 'Phones, libphonenumber example of every region, international writing', kind: 'positive', count: 980, build: buildEveryRegionInternational },
]
