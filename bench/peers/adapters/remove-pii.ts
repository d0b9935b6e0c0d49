/** @coffeeandfun/remove-pii: regex patterns; its README's `removePII(text, options)`. */
import { exportOf, importPeer, installedVersion, type PeerAdapter, type PeerDefinition } from './peer-adapter.js'

type RemovePii = (text: string, options?: Record<string, { remove?: boolean }>) => string

const packageName = '@coffeeandfun/remove-pii'

export const removePii: PeerDefinition = {
  packageName,
  async create(): Promise<PeerAdapter> {
    const removePIIFunction = exportOf<RemovePii>(await importPeer(packageName), 'removePII')
    // Street addresses and ZIP codes off (chatmask does not look for them); URLs are off by default.
    const options = { address: { remove: false }, zipCode: { remove: false } }
    return {
      name: packageName,
      version: installedVersion(packageName),
      configuration: '`removePII(text, { address: { remove: false }, zipCode: { remove: false } })`; cards, phones, emails, SSN, IP, passport, driving licence, bank account (8–17 digits), date of birth on',
      redact: (text) => removePIIFunction(text, options),
    }
  },
}
