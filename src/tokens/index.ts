/** Reversible tokens: key rings, tokenizers, `detokenize`. The crypto lives here and nowhere else. */
export type { DataKey, KeyRing } from './key-ring.js'
export { createMemoryKeyRing, type MemoryKeyRing, type MemoryKeyRingOptions, type ScopedKey } from './memory-key-ring.js'
export { createSealedKeyRing, type KeyRingStorage, type SealedKeyRingOptions } from './sealed-key-ring.js'
export { createTokenizer, type ScopedTokenizer, type TokenOptions } from './tokenizer.js'
export type { Tokenizer } from './tokenizer-brand.js'
export { detokenize, type DetokenizeResult } from './detokenize.js'
export { tokenPolicy, tokenPolicies } from './token-policy.js'
