import fc from 'fast-check'

/**
 * `fc.assert` that never prints the counterexample: generated cards, codes,
 * phone numbers and identifiers are still card data and PII in a CI log. A
 * failure names the seed and path to replay; locally, set
 * `CHATMASK_TEST_SHOW_VALUES=1` to see the value (all of them are generated).
 */
export function assertQuietly<T>(property: fc.IProperty<T>, parameters: fc.Parameters<T> = {}): void {
  if (process.env.CHATMASK_TEST_SHOW_VALUES === '1') return fc.assert(property, parameters)
  fc.assert(property, {
    ...parameters,
    reporter: (details) => {
      if (!details.failed) return
      throw new Error(
        `property failed after ${details.numRuns} runs (the counterexample is not printed: it holds the value). ` +
          `Replay with seed ${details.seed}, path "${details.counterexamplePath ?? ''}".`,
      )
    },
  })
}
