/**
 * Phone regions: the ones `phoneRegions` may name, and the default list.
 * Plain data, no libphonenumber import, because `src/options.ts` validates
 * options for every entry point, `chatmask/pci` included, which must not carry
 * phone metadata.
 */

/**
 * Every region libphonenumber-js 1.13 (max metadata) has a numbering plan for:
 * `getCountries()`, 245 ISO 3166-1 alpha-2 codes (with Ascension "AC", Tristan
 * da Cunha "TA" and Kosovo "XK", which it also knows), written two letters
 * each, sorted, in one string (≈ 0.3 KB gzipped in the browser bundle).
 * `test/detectors/phone-regions.test.ts` checks it equals `getCountries()`,
 * so an upgrade of the library that adds a region fails the tests until it is
 * listed here.
 */
const PHONE_METADATA_REGIONS =
  'ACADAEAFAGAIALAMAOARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQ' +
  'BRBSBTBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDO' +
  'DZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGTGU' +
  'GWGYHKHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKW' +
  'KYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMT' +
  'MUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPRPSPT' +
  'PWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTA' +
  'TCTDTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUSUYUZVAVCVEVGVIVNVUWFWSXK' +
  'YEYTZAZMZW'

/** Letters per region code (ISO 3166-1 alpha-2). */
const REGION_CODE_LETTERS = 2

/**
 * Does libphonenumber have a numbering plan for `region` (upper case)? So
 * "XX", "ZZ" and "UK" (reserved, not assigned: the United Kingdom is "GB") are
 * refused when options are read, not silently ignored.
 *
 * @example
 * ```ts
 * import { isPhoneRegion } from './phone-regions.js'
 * isPhoneRegion('GB') // true
 * isPhoneRegion('ZZ') // false
 * ```
 */
export function isPhoneRegion(region: string): boolean {
  if (region.length !== REGION_CODE_LETTERS) return false
  for (let index = 0; index < PHONE_METADATA_REGIONS.length; index += REGION_CODE_LETTERS) {
    if (PHONE_METADATA_REGIONS.startsWith(region, index)) return true
  }
  return false
}

/** Every region of {@link isPhoneRegion}, for tests and documentation. */
export function phoneRegionList(): string[] {
  const regions: string[] = []
  for (let index = 0; index < PHONE_METADATA_REGIONS.length; index += REGION_CODE_LETTERS) {
    regions.push(PHONE_METADATA_REGIONS.slice(index, index + REGION_CODE_LETTERS))
  }
  return regions
}

/**
 * The regions whose national numbers (written without "+") are recognised by
 * default: what a support desk for the UK, the EU/EEA, Switzerland, North
 * America and Australia hears. International numbers ("+…") of every region
 * are found whatever this list says.
 *
 * Chosen with data (`test/detectors/phone-regions.test.ts` and the throwaway
 * measurements in the change that set it):
 * - each of these regions' example and fixed-line numbers, written nationally
 *   in libphonenumber's formats (with spaces, dashes or dots), is found ≥ 95%
 *   of the time when the region is listed and 0–5% without it (Denmark and
 *   Norway 81% listed: see the dotted pairs below);
 * - on the real corpora (../shared/corpora) the list costs nothing: STAR (no
 *   phone numbers) gets no phone finding, SGD gets none outside its phone
 *   numbers, with this list or with US and GB only;
 * - on generated harmless grouped numbers ("order 024 02286", "ref 372-341-083")
 *   a region with loose formats adds findings, since they fit more digit runs
 *   (none for Canada, France, the Netherlands, Belgium, Sweden, Switzerland,
 *   Denmark, Norway; most for Germany and Italy); India added the most (+1.5% of such runs, more than Germany and Italy
 *   together), so it is left out: add "IN" for a desk that serves India.
 *   Denmark and Norway write 8 digits in dotted pairs ("32.12.34.56"), which is
 *   also an IPv4 address: those need a phone word.
 * The order matters only for a number valid in two regions: the first gives
 * its E.164 form (what `hash` tokens are made of).
 *
 * What it costs: nothing in size (the phone detector ships libphonenumber's
 * max metadata for every region anyway); a little time per grouped digit run
 * (one Map read per region, the format's compiled patterns only on a hit), and
 * the first use of each region compiles its formats once.
 */
export const DEFAULT_PHONE_REGIONS: readonly string[] = [
  'GB',
  'US',
  'CA',
  'IE',
  'FR',
  'DE',
  'ES',
  'IT',
  'NL',
  'BE',
  'PT',
  'PL',
  'SE',
  'AT',
  'CH',
  'DK',
  'NO',
  'FI',
  'AU',
]
