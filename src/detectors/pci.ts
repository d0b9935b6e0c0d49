import { cardNumberDetector } from './card-number.js'
import { cvvDetector } from './cvv.js'
import type { Detector } from './detector.js'
import { expiryDateDetector } from './expiry-date.js'

/**
 * The payment-card detectors, in precedence order: a card claims its digits
 * first, then an expiry, then a CVV (so "1227" after a card is its expiry, and a
 * 4-digit Amex CID only when it is not a plausible expiry).
 */
export const PCI_DETECTORS: readonly Detector[] = [cardNumberDetector, expiryDateDetector, cvvDetector]
