import type { Detection } from './detectors/detector.js'
import type { ResolvedPolicy } from './policies/policy.js'
import { renderReplacement } from './policies/index.js'
import type { Finding, FindingType } from './types.js'

/** The policy for each finding type, every one filled in. */
export type PolicyTable = Readonly<Record<FindingType, ResolvedPolicy>>

/** Text that is now final, and the findings in it with absolute offsets. */
export interface AppliedRange {
  readonly text: string
  readonly findings: Finding[]
}

/** The public finding for a detection: no canonical value, absolute offsets. */
export function findingOf(detection: Detection, base: number): Finding {
  const finding = { type: detection.type, start: detection.start + base, end: detection.end + base, reason: detection.reason }
  return detection.brand === undefined ? finding : { ...finding, brand: detection.brand }
}

/**
 * The replacement text for one detection. A detection marked `hideAll` (two
 * readings disagree on which digits are the card's last four) is masked
 * completely whatever the policy would keep: showing fewer digits is always
 * allowed, showing the wrong ones is not.
 */
export function renderDetection(policies: PolicyTable, detection: Detection, text: string, base: number): string {
  const policy = policies[detection.type]
  return renderReplacement(
    detection.hideAll === true ? hidingEverything(policy) : policy,
    findingOf(detection, base),
    text.slice(detection.start, detection.end),
    detection.canonical,
  )
}

function hidingEverything(policy: ResolvedPolicy): ResolvedPolicy {
  switch (policy.action) {
    case 'mask':
      return { ...policy, keepFirst: 0, keepLast: 0 }
    case 'replace':
    case 'custom':
    // A card token keeps the last four of one reading: when readings disagree, fail closed.
    case 'token':
      return { action: 'mask', char: '*', keepFirst: 0, keepLast: 0, keepSeparators: true }
    default:
      return policy
  }
}

/**
 * Writes `text[from, to)` with every detection in it replaced by its policy's
 * output. Detections are in order and do not overlap (the scanner guarantees
 * it); `base` turns their offsets into absolute ones for the findings.
 */
export function applyPolicies(
  text: string,
  from: number,
  to: number,
  detections: readonly Detection[],
  base: number,
  policies: PolicyTable,
): AppliedRange {
  if (detections.length === 0) return { text: text.slice(from, to), findings: [] }
  const parts: string[] = []
  const findings: Finding[] = []
  let position = from
  for (const detection of detections) {
    parts.push(text.slice(position, detection.start), renderDetection(policies, detection, text, base))
    findings.push(findingOf(detection, base))
    position = detection.end
  }
  parts.push(text.slice(position, to))
  return { text: parts.join(''), findings }
}
