/** @arcjet/redact: a WebAssembly tokenizer; its README's `await redact(text, { entities })`. */
import { exportOf, importPeer, installedVersion, type PeerAdapter, type PeerDefinition } from './peer-adapter.js'

type Redact = (text: string, options?: { entities?: readonly string[] }) => Promise<[string, (input: string) => string]>

const packageName = '@arcjet/redact'

export const arcjetRedact: PeerDefinition = {
  packageName,
  async create(): Promise<PeerAdapter> {
    const redact = exportOf<Redact>(await importPeer(packageName), 'redact')
    // Every built-in entity (its default): cards, emails, phone numbers, IP addresses.
    const options = { entities: ['credit-card-number', 'email', 'phone-number', 'ip-address'] }
    return {
      name: packageName,
      version: installedVersion(packageName),
      configuration: "`await redact(text, { entities: ['credit-card-number', 'email', 'phone-number', 'ip-address'] })` (all built-ins, the default); asynchronous",
      // Placeholders such as <Redacted credit card number #0> carry a counter.
      placeholder: /<Redacted [^<>]*#\d+>/g,
      redact: async (text) => (await redact(text, options))[0],
    }
  },
}
