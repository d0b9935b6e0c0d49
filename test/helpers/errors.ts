import { ChatmaskError } from '../../src/errors.js'

/** The ChatmaskError `run` throws; anything else it throws is rethrown, and not throwing fails. */
export function chatmaskErrorOf(run: () => unknown): ChatmaskError {
  try {
    run()
  } catch (error) {
    if (error instanceof ChatmaskError) return error
    throw error
  }
  throw new Error('expected a ChatmaskError')
}
