import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arrayItemSpans, decodeJsonString, forEachStringValue, propertyValueSpans } from '../../src/cli/json-spans.js'
import { spliceJson, stringReplacement } from '../../src/cli/json-splice.js'

/** Every string value of a parsed JSON value with the property it belongs to, in document order. */
function stringsOf(value: unknown, key: string | undefined = undefined, out: [string | undefined, string][] = []): [string | undefined, string][] {
  if (typeof value === 'string') out.push([key, value])
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, undefined, out)
  else if (typeof value === 'object' && value !== null) for (const [name, item] of Object.entries(value)) stringsOf(item, name, out)
  return out
}

/** JSON text in the layouts people write: compact, indented, or with odd spacing. */
const jsonTextArbitrary = fc.tuple(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t')).map(([value, indent]) => JSON.stringify(value, null, indent))

describe('json-spans', () => {
  it('finds a property value, the last one when a key repeats', () => {
    const json = '{"a": 1, "text": "hi", "b": {"text": "nested"}, "text" : "last"}'
    const span = propertyValueSpans(json, 0, new Set(['text'])).get('text')
    expect(span && json.slice(span.start, span.end)).toBe('"last"')
  })

  it('visits every string value with its property name, in order, decoded exactly', () => {
    fc.assert(
      fc.property(jsonTextArbitrary, (json) => {
        const visited: [string | undefined, string][] = []
        forEachStringValue(json, 0, json.length, (span, key) => visited.push([key, decodeJsonString(json, span)]))
        // Object.entries puts integer-like keys first; JSON text keeps them in order. Compare as multisets.
        const sort = (pairs: [string | undefined, string][]) => pairs.map((pair) => JSON.stringify(pair)).sort()
        expect(sort(visited)).toEqual(sort(stringsOf(JSON.parse(json))))
      }),
    )
  })

  it('splicing a string value changes that value and nothing else', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), fc.string(), fc.constantFrom(undefined, 1), (object, field, text, indent) => {
        const json = JSON.stringify({ ...object, [field]: 'original' }, null, indent)
        const span = propertyValueSpans(json, 0, new Set([field])).get(field)
        expect(span).toBeDefined()
        const spliced = spliceJson(json, 0, json.length, [stringReplacement(span as { start: number; end: number }, text)])
        expect(JSON.parse(spliced)).toEqual({ ...JSON.parse(json), [field]: text })
      }),
    )
  })

  it('finds the items of an array', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.constantFrom(undefined, 2), (items, indent) => {
        const json = JSON.stringify(items, null, indent)
        expect(arrayItemSpans(json, 0).map((span) => JSON.parse(json.slice(span.start, span.end)))).toEqual(JSON.parse(json))
      }),
    )
  })
})
