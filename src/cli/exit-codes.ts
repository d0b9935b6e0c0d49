/**
 * The exit codes of the `chatmask` command. Scripts branch on them, so each
 * keeps its meaning for good; `--help` lists them.
 */
export const ExitCode = {
  /** Done: everything was redacted, or `--check` found nothing. */
  Done: 0,
  /** `--check` found something. */
  Found: 1,
  /** A bad command line or policy file: no input was read. */
  Usage: 2,
  /** An input could not be read or parsed, or an output could not be written. */
  InputOutput: 3,
  /**
   * `--in-place` refused to rewrite a file because doing so would not remove its
   * text everywhere it is: the file has other hard links, which a rename would
   * leave holding the original (`--force-links` rewrites it through all of them).
   */
  Refused: 4,
} as const

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
