/**
 * The pure checks every detector asks: Luhn, issuer (IIN) and length, expiry
 * plausibility, and the IBAN MOD 97-10 checksum. Pure and total: each returns a
 * boolean or `undefined` for any input and never throws.
 */
export { isLuhnValid } from './luhn.js'
export { cardBrandOf, MAX_PAN_DIGITS, MIN_PAN_DIGITS } from './iin.js'
export { DEFAULT_EXPIRY_WINDOW, isPlausibleExpiry, type ExpiryWindow } from './expiry.js'
export { isIbanChecksumValid } from './mod97.js'
