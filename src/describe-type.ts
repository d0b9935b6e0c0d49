/**
 * Names the type of a rejected input for an error message, never its content:
 * the content may be the very card number we are protecting.
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return value.constructor?.name === undefined ? 'an object' : `a ${value.constructor.name}`
  return `a ${typeof value}`
}
