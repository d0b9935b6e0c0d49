/**
 * The `chatmask` command. This module loads only what `--help` and `--version`
 * need; the engine is imported when there is work to do, so both answer at once.
 * Errors set `process.exitCode` and return: pending output is flushed and
 * temporary files removed before Node exits on its own.
 */
import { isMainThread } from 'node:worker_threads'
import { CliError, describeInternalError } from './cli-error.js'
import { ExitCode } from './exit-codes.js'
import { helpText, versionText } from './help.js'
import { parseCommandLine } from './options.js'

/**
 * Runs the command with `argv` (the arguments after the script name).
 * `entryUrl` is the URL of the bin file itself: worker threads for `--jobs` start
 * from it, which works the same from `dist/cli/bin.js` and from source.
 *
 * @example
 * ```ts
 * import { main } from './main.js'
 * await main(['--check', 'examples/transcript.jsonl'], import.meta.url) // process.exitCode === 1
 * ```
 */
export async function main(argv: readonly string[], entryUrl: string): Promise<void> {
  if (!isMainThread) {
    const { serveWorker } = await import('./worker.js')
    serveWorker()
    return
  }
  try {
    if (argv[0] === 'worker') {
      // The broker stage (chatmask/redis): its own options and help, in its own module.
      const { runWorkerCommand } = await import('./worker-command.js')
      process.exitCode = await runWorkerCommand(argv.slice(1))
      return
    }
    if (argv[0] === 'detokenize' || argv[0] === 'forget') {
      // Reversible tokens, the reader's side: their own options and help, in their own module.
      const { runTokensCommand } = await import('./tokens-command.js')
      process.exitCode = await runTokensCommand(argv[0], argv.slice(1))
      return
    }
    const command = parseCommandLine(argv)
    if (command.kind === 'help') process.stdout.write(helpText())
    else if (command.kind === 'version') process.stdout.write(versionText())
    else {
      const { run } = await import('./run.js')
      process.exitCode = await run(command.options, entryUrl)
    }
  } catch (error) {
    process.exitCode = reportFailure(error)
  }
}

/** Prints why the command stopped and returns its exit code. */
function reportFailure(error: unknown): number {
  if (error instanceof CliError) {
    if (error.code !== 'OUTPUT_CLOSED') process.stderr.write(`chatmask: ${error.message}\n`)
    if (error.code === 'USAGE') process.stderr.write('Try "chatmask --help".\n')
    return error.exitCode
  }
  process.stderr.write(`chatmask: internal error, please report it: ${describeInternalError(error)}\n`)
  return ExitCode.InputOutput
}
