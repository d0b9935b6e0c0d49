/** @redactpii/node: regex rules; its README's `new Redactor({ rules })`. No API key: nothing is sent anywhere. */
import { exportOf, importPeer, installedVersion, type PeerAdapter, type PeerDefinition } from './peer-adapter.js'

interface Redactor {
  redact(text: string): string
}
type RedactorClass = new (options?: { rules?: Record<string, boolean> }) => Redactor

const packageName = '@redactpii/node'

export const redactpiiNode: PeerDefinition = {
  packageName,
  async create(): Promise<PeerAdapter> {
    const RedactorClass = exportOf<RedactorClass>(await importPeer(packageName), 'Redactor')
    // NAME off (chatmask does not look for names); every other built-in rule on, as by default.
    const redactor = new RedactorClass({ rules: { CREDIT_CARD: true, EMAIL: true, PHONE: true, SSN: true, NAME: false } })
    return {
      name: packageName,
      version: installedVersion(packageName),
      configuration: '`new Redactor({ rules })` with `CREDIT_CARD`, `EMAIL`, `PHONE`, `SSN` on and `NAME` off; no API key (no network)',
      redact: (text) => redactor.redact(text),
    }
  },
}
