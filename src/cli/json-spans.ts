/**
 * Finds where values sit in JSON text that `JSON.parse` has already accepted, so
 * a changed string can be spliced into the original and every other byte (key
 * order, spacing, number spelling, `\u` escapes) stays as it was. Never called on
 * invalid JSON; one linear pass, iterative (no recursion limit on deep nesting).
 */

/** A value's half-open span `[start, end)` in the JSON text. */
export interface JsonSpan {
  readonly start: number
  readonly end: number
}

const enum Code {
  Tab = 0x09,
  LineFeed = 0x0a,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Quote = 0x22, // '"'
  Comma = 0x2c, // ","
  Colon = 0x3a, // ":"
  OpenBracket = 0x5b, // "["
  Backslash = 0x5c, // "\"
  CloseBracket = 0x5d, // "]"
  OpenBrace = 0x7b, // "{"
  CloseBrace = 0x7d, // "}"
}

function skipWhitespace(json: string, index: number): number {
  for (;;) {
    const code = json.charCodeAt(index)
    if (code !== Code.Space && code !== Code.LineFeed && code !== Code.CarriageReturn && code !== Code.Tab) return index
    index++
  }
}

/** `index` is at an opening quote; returns the index just past the closing one. */
function skipString(json: string, index: number): number {
  for (index++; ; index++) {
    const code = json.charCodeAt(index)
    if (code === Code.Quote) return index + 1
    if (code === Code.Backslash) index++
    if (Number.isNaN(code)) return index
  }
}

/** `index` is at the first character of a value; returns the index just past it. */
function skipValue(json: string, index: number): number {
  let depth = 0
  for (;;) {
    const code = json.charCodeAt(index)
    if (Number.isNaN(code)) return index
    if (code === Code.Quote) {
      index = skipString(json, index)
      if (depth === 0) return index
      continue
    }
    if (code === Code.OpenBrace || code === Code.OpenBracket) depth++
    else if (code === Code.CloseBrace || code === Code.CloseBracket) {
      if (depth === 0) return index
      depth--
      if (depth === 0) return index + 1
    } else if (depth === 0 && (code === Code.Comma || code === Code.Space || code === Code.LineFeed || code === Code.CarriageReturn || code === Code.Tab)) {
      return index
    }
    index++
  }
}

/** The string a JSON string literal stands for. */
export function decodeJsonString(json: string, span: JsonSpan): string {
  const inner = json.slice(span.start + 1, span.end - 1)
  return inner.includes('\\') ? (JSON.parse(json.slice(span.start, span.end)) as string) : inner
}

/**
 * The spans of the values of the object's properties named in `names`. `start`
 * is at (or before, across whitespace) the object's "{". A repeated key counts
 * where it last occurs, as in `JSON.parse`.
 *
 * @example
 * ```ts
 * propertyValueSpans('{"a": 1, "text": "hi"}', 0, new Set(['text'])) // Map { 'text' => { start: 17, end: 21 } }
 * ```
 */
export function propertyValueSpans(json: string, start: number, names: ReadonlySet<string>): Map<string, JsonSpan> {
  const spans = new Map<string, JsonSpan>()
  let index = skipWhitespace(json, start)
  if (json.charCodeAt(index) !== Code.OpenBrace) return spans
  index = skipWhitespace(json, index + 1)
  while (json.charCodeAt(index) === Code.Quote) {
    const keyEnd = skipString(json, index)
    const key = decodeJsonString(json, { start: index, end: keyEnd })
    const valueStart = skipWhitespace(json, skipWhitespace(json, keyEnd) + 1) // past the ":"
    const valueEnd = skipValue(json, valueStart)
    if (names.has(key)) spans.set(key, { start: valueStart, end: valueEnd })
    index = skipWhitespace(json, valueEnd)
    if (json.charCodeAt(index) !== Code.Comma) break
    index = skipWhitespace(json, index + 1)
  }
  return spans
}

/** The spans of the items of the array whose "[" is at (or after whitespace from) `start`. */
export function arrayItemSpans(json: string, start: number): JsonSpan[] {
  const spans: JsonSpan[] = []
  let index = skipWhitespace(json, start)
  if (json.charCodeAt(index) !== Code.OpenBracket) return spans
  index = skipWhitespace(json, index + 1)
  while (index < json.length && json.charCodeAt(index) !== Code.CloseBracket) {
    const end = skipValue(json, index)
    spans.push({ start: index, end })
    index = skipWhitespace(json, end)
    if (json.charCodeAt(index) !== Code.Comma) break
    index = skipWhitespace(json, index + 1)
  }
  return spans
}

/**
 * Calls `visit` for every string value (not key) in `json[start, end)`, in order,
 * with the name of the property it is the value of (undefined inside arrays and
 * at the top level).
 */
export function forEachStringValue(
  json: string,
  start: number,
  end: number,
  visit: (span: JsonSpan, key: string | undefined) => void,
): void {
  /** For each open container: the key of the property being read, or null inside an array. */
  const keys: (string | null)[] = []
  /** In an object, whether the next string is a key. */
  let expectKey = false
  for (let index = start; index < end; ) {
    const code = json.charCodeAt(index)
    if (code === Code.Quote) {
      const stringEnd = skipString(json, index)
      const span = { start: index, end: stringEnd }
      if (expectKey) {
        keys[keys.length - 1] = decodeJsonString(json, span)
        expectKey = false
      } else {
        visit(span, keys[keys.length - 1] ?? undefined)
      }
      index = stringEnd
      continue
    }
    if (code === Code.OpenBrace) {
      keys.push('')
      expectKey = true
    } else if (code === Code.OpenBracket) {
      keys.push(null)
      expectKey = false
    } else if (code === Code.CloseBrace || code === Code.CloseBracket) {
      keys.pop()
      expectKey = false
    } else if (code === Code.Comma) {
      expectKey = keys[keys.length - 1] !== null && keys.length > 0
    }
    index++
  }
}
