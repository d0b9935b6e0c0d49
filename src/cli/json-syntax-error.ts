/**
 * Describes a `JSON.parse` failure without quoting the input. V8's messages
 * sometimes include a slice of the text (`Unexpected token 'x', "…4111 11…" is
 * not valid JSON`), and that text may hold a card number; so only the position and
 * a reason from a list of fixed phrasings are kept.
 */

/** Reasons V8 words without quoting the input. Any other reason is dropped. */
const SAFE_REASONS: readonly RegExp[] = [
  /^Expected [^"]*$/, // "Expected ',' or '}' after property value"
  /^Unterminated string$/,
  /^Bad (?:control|escaped) character in string literal$/,
  /^Unexpected end of JSON input$/,
  /^Unexpected non-whitespace character after JSON$/,
  /^Exponent part is missing a number$/,
  /^Unterminated fractional number$/,
  /^No number after minus sign$/,
]

const POSITION = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/

/** What went wrong, when V8 says it safely, and the UTF-16 offset where, when V8 says. */
export interface JsonSyntaxProblem {
  readonly reason: string | undefined
  readonly position: number | undefined
}

export function describeJsonSyntaxError(error: unknown): JsonSyntaxProblem {
  const message = error instanceof Error ? error.message : ''
  const match = POSITION.exec(message)
  const reason = match === null ? message : message.slice(0, match.index)
  const position = match?.[1] === undefined ? undefined : Number(match[1])
  return { reason: SAFE_REASONS.some((safe) => safe.test(reason)) ? reason : undefined, position }
}

/**
 * "invalid JSON", then what V8 said and where, when known: `invalid JSON (Unterminated string, column 12).`
 *
 * @example
 * ```ts
 * invalidJsonMessage({ reason: 'Unterminated string', position: undefined }, 'line 3') // 'invalid JSON (Unterminated string, line 3).'
 * ```
 */
export function invalidJsonMessage(problem: JsonSyntaxProblem, where: string | undefined): string {
  const details = [problem.reason, where].filter((part) => part !== undefined)
  return details.length === 0 ? 'invalid JSON.' : `invalid JSON (${details.join(', ')}).`
}

/** 1-based line and column of `position` in `text`. */
export function lineAndColumnOf(text: string, position: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < position; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return { line, column: position - lineStart + 1 }
}
