/**
 * Redaction policies: what replaces a finding. `renderReplacement` is the entry
 * point; the rest is exported for the options schema, the redactor and tests.
 */
export { renderReplacement } from './render.js'
export { policyProblemOf, describeProblem, ACTIONS_ALLOWED, PCI_MAX_KEEP_FIRST, PCI_MAX_KEEP_LAST } from './policy-rules.js'
export type { PolicyProblem } from './policy-rules.js'
export { resolvePolicy } from './resolve.js'
export { defaultPolicyFor } from './defaults.js'
export { FINDING_TYPES } from './finding-types.js'
export { hashTokenOf } from './hash.js'
export type {
  PolicyAction,
  PolicyOption,
  MaskPolicyOption,
  ReplacePolicyOption,
  RemovePolicyOption,
  HashPolicyOption,
  KeepPolicyOption,
  CustomPolicyOption,
  CustomRenderInfo,
  TokenPolicyOption,
  ResolvedTokenPolicy,
  ResolvedPolicy,
  ResolvedMaskPolicy,
  ResolvedReplacePolicy,
  ResolvedHashPolicy,
} from './policy.js'
