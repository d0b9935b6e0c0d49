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
    const finding: Finding =
      detection.brand === undefined
        ? { type: detection.type, start: detection.start + base, end: detection.end + base, reason: detection.reason }
        : {
            type: detection.type,
            start: detection.start + base,
            end: detection.end + base,
            brand: detection.brand,
            reason: detection.reason,
          }
    parts.push(text.slice(position, detection.start))
    parts.push(
      renderReplacement(policies[detection.type], finding, text.slice(detection.start, detection.end), detection.canonical),
    )
    findings.push(finding)
    position = detection.end
  }
  parts.push(text.slice(position, to))
  return { text: parts.join(''), findings }
}
