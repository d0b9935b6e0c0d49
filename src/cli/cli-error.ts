import { ExitCode } from './exit-codes.js'

/** Why the command stopped, for the exit code and for tests. */
export type CliErrorCode =
  /** The command line is wrong (unknown option, conflicting options, bad value). */
  | 'USAGE'
  /** The `--policy` file is missing, not JSON, or rejected by `createRedactor`. */
  | 'POLICY'
  /** An input is missing, unreadable, binary, not UTF-8, or malformed for its format. */
  | 'INPUT'
  /** An output could not be written (permissions, full disk). */
  | 'OUTPUT'
  /** The reader of standard output went away (`chatmask big.jsonl | head`): stop quietly. */
  | 'OUTPUT_CLOSED'
  /** `--in-place` would leave the original text under another name (a hard link): not done. */
  | 'REFUSED'

/**
 * The one error the CLI reports to the user, shaped like `ChatmaskError`: a
 * `code` for programs and a message for people. Messages name the file, line and
 * field, and never quote input: a transcript line may hold a card number.
 */
export class CliError extends Error {
  readonly code: CliErrorCode

  constructor(code: CliErrorCode, message: string) {
    super(message)
    this.name = 'CliError'
    this.code = code
  }

  /** The exit code this error ends the command with. */
  get exitCode(): ExitCode {
    switch (this.code) {
      case 'USAGE':
      case 'POLICY':
        return ExitCode.Usage
      case 'INPUT':
      case 'OUTPUT':
        return ExitCode.InputOutput
      case 'OUTPUT_CLOSED':
        return ExitCode.Done
      case 'REFUSED':
        return ExitCode.Refused
    }
  }
}

/**
 * An input error about `file`, optionally at a line: `data.jsonl:7: invalid JSON …`,
 * the `file:line:` prefix compilers use, so editors can jump to it.
 */
export function inputError(file: string, message: string, line?: number): CliError {
  return new CliError('INPUT', line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`)
}

/**
 * An unexpected error's name and stack frames, without its message: a message
 * from deep inside a parser may quote the input, and the input may hold a card.
 * Frames name only source locations.
 */
export function describeInternalError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '))
  return [error.name, ...frames].join('\n')
}
