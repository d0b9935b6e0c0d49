/** @openredaction/openredaction: 500+ regex patterns with validators; its README's `new OpenRedaction().detect(text).redacted`. */
import { exportOf, importPeer, installedVersion, type PeerAdapter, type PeerDefinition } from './peer-adapter.js'

interface OpenRedaction {
  detect(text: string): { redacted: string }
}
type OpenRedactionClass = new (options?: Record<string, unknown>) => OpenRedaction

const packageName = '@openredaction/openredaction'

export const openredaction: PeerDefinition = {
  packageName,
  async create(): Promise<PeerAdapter> {
    const OpenRedactionClass = exportOf<OpenRedactionClass>(await importPeer(packageName), 'OpenRedaction')
    const redactor = new OpenRedactionClass({
      // chatmask does not look for names or addresses (which also turns off postcodes and ZIP codes).
      includeNames: false,
      includeAddresses: false,
      // On by default, it keeps a learning store under .openredaction/ in the working directory.
      enableLearning: false,
    })
    return {
      name: packageName,
      version: installedVersion(packageName),
      configuration: '`new OpenRedaction({ includeNames: false, includeAddresses: false, enableLearning: false })`, every other pattern (cards, expiry, CVV, IBAN, phones, emails, order and tracking numbers, …) on; `.detect(text).redacted`',
      // Placeholders such as [CREDIT_CARD_5242] or [PHONE_US_5793] carry a 4-digit hash.
      placeholder: /\[[A-Z][A-Z0-9_]*_\d+\]/g,
      redact: (text) => redactor.detect(text).redacted,
    }
  },
}
