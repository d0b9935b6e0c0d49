/** redact-pii (solvvy): regex built-ins; its README's synchronous API. */
import { exportOf, importPeer, installedVersion, type PeerAdapter, type PeerDefinition } from './peer-adapter.js'

interface SyncRedactor {
  redact(text: string): string
}
type SyncRedactorClass = new (options?: { builtInRedactors?: Record<string, { enabled?: boolean }> }) => SyncRedactor

const packageName = 'redact-pii'

export const redactPii: PeerDefinition = {
  packageName,
  async create(): Promise<PeerAdapter> {
    const SyncRedactorClass = exportOf<SyncRedactorClass>(await importPeer(packageName), 'SyncRedactor')
    // Names, street addresses, ZIP codes and URLs are switched off: chatmask does not look for
    // them, and the corpora's names and addresses would count as altered harmless text.
    const redactor = new SyncRedactorClass({
      builtInRedactors: { names: { enabled: false }, streetAddress: { enabled: false }, zipcode: { enabled: false }, url: { enabled: false } },
    })
    return {
      name: packageName,
      version: installedVersion(packageName),
      configuration: '`new SyncRedactor()` with `names`, `streetAddress`, `zipcode` and `url` disabled; `creditCardNumber`, `phoneNumber`, `emailAddress`, `usSocialSecurityNumber`, `ipAddress`, `digits` (any 4+ digit number), credentials on',
      redact: (text) => redactor.redact(text),
    }
  },
}
