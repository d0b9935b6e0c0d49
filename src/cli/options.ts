/**
 * The command line, parsed with `node:util` `parseArgs` (no dependency) and
 * checked: conflicting options are usage errors (exit 2) before any input is read.
 */
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { CliError } from './cli-error.js'
import { FORMATS, isFormat, type Format } from './formats.js'
import type { FieldNames } from './message-fields.js'

/** What the user asked for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly options: CliOptions }

/** A redaction run, as the command line described it. */
export interface CliOptions {
  /** Inputs in the order given; `-` is standard input. Never empty: no file means `['-']`. */
  readonly files: readonly string[]
  /** `-o FILE`: where the redacted output goes (all inputs, concatenated). Default: standard output. */
  readonly output: string | undefined
  /** `--in-place`: rewrite each file. */
  readonly inPlace: boolean
  /** `--force-links`: with `--in-place`, rewrite a file with other hard links through all of them (instead of refusing). */
  readonly forceLinks: boolean
  /** `--format`: overrides the format guessed from each file's extension. */
  readonly format: Format | undefined
  readonly fields: FieldNames
  /** `--policy FILE`: JSON options for `createRedactor`. */
  readonly policyFile: string | undefined
  /** `--check`: write nothing, list what was found, exit 1 if anything was. */
  readonly check: boolean
  /** `--report[=FILE]`: `-` for standard error. */
  readonly report: string | undefined
  /** `--quiet`: no progress bar, no `--check` listing; errors are still printed. */
  readonly quiet: boolean
  /** `--jobs N`: files redacted at once. */
  readonly jobs: number
}

/** `--report` alone writes to standard error; parseArgs needs a value, so it is spelled `--report=-`. */
const REPORT_TO_STDERR = '-'

const OPTION_SPEC = {
  output: { type: 'string', short: 'o' },
  'in-place': { type: 'boolean', short: 'i' },
  'force-links': { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  field: { type: 'string', multiple: true },
  fields: { type: 'string', multiple: true },
  'conversation-key': { type: 'string' },
  'speaker-key': { type: 'string' },
  policy: { type: 'string', short: 'p' },
  check: { type: 'boolean', short: 'c' },
  report: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

/**
 * Parses and checks the arguments (without `node` and the script).
 *
 * @example
 * ```ts
 * parseCommandLine(['--check', 'a.jsonl']) // { kind: 'run', options: { check: true, files: ['a.jsonl'], … } }
 * parseCommandLine(['--help'])             // { kind: 'help' }
 * parseCommandLine(['--in-place'])         // throws CliError USAGE: --in-place needs files
 * ```
 */
export function parseCommandLine(argv: readonly string[]): CliCommand {
  let parsed
  try {
    parsed = parseArgs({ args: withBareReport(argv), options: OPTION_SPEC, allowPositionals: true, strict: true })
  } catch (error) {
    // Node's messages name the offending option and say how to pass a file starting with "-".
    throw new CliError('USAGE', error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (values.help === true) return { kind: 'help' }
  if (values.version === true) return { kind: 'version' }

  const files = positionals.length === 0 ? ['-'] : positionals
  const inPlace = values['in-place'] === true
  const check = values.check === true
  if (inPlace && values.output !== undefined) usage('--in-place and --output both say where output goes: use one.')
  if (check && (inPlace || values.output !== undefined)) usage('--check writes nothing: drop --output / --in-place, or drop --check.')
  if (inPlace && files.includes('-')) usage('--in-place rewrites files: name them (standard input cannot be rewritten).')
  if (files.filter((file) => file === '-').length > 1) usage('standard input ("-") can be read only once.')
  if (values.report === '') usage('--report=FILE needs a file name (or use --report alone for standard error).')

  const format = values.format
  if (format !== undefined && !isFormat(format)) usage(`--format ${format} is not a format. Allowed: ${FORMATS.join(', ')}.`)
  for (const [name, value] of [['--conversation-key', values['conversation-key']], ['--speaker-key', values['speaker-key']]] as const) {
    if (value === '') usage(`${name} needs a field name.`)
  }
  // --fields a,b is --field a --field b.
  const textFields = [...(values.field ?? []), ...(values.fields ?? []).flatMap((list) => list.split(','))]
  if (textFields.includes('')) usage('--field needs a field name (--fields: names separated by commas).')
  if (values['force-links'] === true && !inPlace) usage('--force-links applies to --in-place only.')

  return {
    kind: 'run',
    options: {
      files,
      output: values.output,
      inPlace,
      forceLinks: values['force-links'] === true,
      format,
      fields: { text: textFields, conversation: values['conversation-key'], speaker: values['speaker-key'] },
      policyFile: values.policy,
      check,
      report: values.report,
      quiet: values.quiet === true,
      jobs: jobsOf(values.jobs, files.length),
    },
  }
}

/** True when `--report` should go to standard error rather than a file. */
export function reportsToStderr(report: string): boolean {
  return report === REPORT_TO_STDERR
}

/** Rewrites a bare `--report` (before any `--`) to `--report=-`; only `--report=FILE` names a file, so `--report a.jsonl` stays unambiguous. */
function withBareReport(argv: readonly string[]): string[] {
  const end = argv.indexOf('--')
  return argv.map((arg, index) => (arg === '--report' && (end === -1 || index < end) ? `--report=${REPORT_TO_STDERR}` : arg))
}

/** `--jobs N`, or one per core up to one per file. */
function jobsOf(value: string | undefined, fileCount: number): number {
  if (value === undefined) return Math.max(1, Math.min(fileCount, availableParallelism()))
  if (!/^[1-9][0-9]{0,3}$/.test(value)) usage(`--jobs ${value} is not a number of jobs. Allowed: a whole number from 1 (e.g. --jobs 4).`)
  return Number(value)
}

function usage(message: string): never {
  throw new CliError('USAGE', message)
}
