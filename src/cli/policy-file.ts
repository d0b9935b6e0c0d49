/**
 * `--policy FILE`: the options object of `createRedactor`, as JSON. Checked in the
 * main thread before any input is read, so a bad policy is a usage error (exit 2)
 * whose message names the file and the field, never the value (a hash key is a secret).
 */
import { readFile } from 'node:fs/promises'
import { ChatmaskError, createRedactor, type RedactorOptions } from '../index.js'
import { CliError } from './cli-error.js'
import { describeJsonSyntaxError, invalidJsonMessage, lineAndColumnOf } from './json-syntax-error.js'

/** Reads, parses and validates a policy file; returns the options, plain JSON (workers get a copy). */
export async function loadPolicy(path: string): Promise<RedactorOptions> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : `error ${code}`
    throw new CliError('POLICY', `cannot read policy file ${path}: ${why}.`)
  }
  let options: unknown
  try {
    options = JSON.parse(text)
  } catch (error) {
    const problem = describeJsonSyntaxError(error)
    const at = problem.position === undefined ? undefined : lineAndColumnOf(text, problem.position)
    throw new CliError('POLICY', `invalid policy in ${path}: ${invalidJsonMessage(problem, at === undefined ? undefined : `line ${at.line}, column ${at.column}`)}`)
  }
  try {
    createRedactor(options as RedactorOptions)
  } catch (error) {
    // ChatmaskError messages name the field and what is allowed, and never echo a value.
    if (error instanceof ChatmaskError) throw new CliError('POLICY', `invalid policy in ${path}: ${error.message}`)
    throw error
  }
  return options as RedactorOptions
}
