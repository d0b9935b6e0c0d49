/**
 * A redaction run: loads the policy, plans where each file's output goes, runs
 * the files (in this thread, or in workers for `--jobs`), then prints the
 * `--check` listing and the `--report`, and returns the exit code. Imported
 * lazily by `main.ts`: this is where the engine gets loaded.
 */
import { createReadStream } from 'node:fs'
import { mkdtemp, realpath, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { createRedactor, type Redactor, type RedactorOptions } from '../index.js'
import { CliError } from './cli-error.js'
import { ExitCode } from './exit-codes.js'
import { foundIn } from './file-tally.js'
import { formatOf } from './formats.js'
import { reportsToStderr, type CliOptions } from './options.js'
import { openAtomicFile, outputError, type OutputFile } from './output-file.js'
import { loadPolicy, redactorOptionsOf, type PolicyFile } from './policy-file.js'
import { processFile, type FileJob, type FileResult, type OutputPlan } from './process-file.js'
import { ProgressBar } from './progress-bar.js'
import { buildReport, checkListing } from './report.js'
import { removeStaleTempFiles, spoolPrefix, tempPathBeside, trackTempPath, untrackTempPath } from './temp-files.js'
import { BatchedSink, type TextSink } from './text-sink.js'
import { runInWorkers } from './worker-pool.js'

/** How standard input is named in messages and `--check` listings. */
const STDIN_DISPLAY = '<stdin>'
/** Printed when standard input is a terminal: otherwise the command would seem to hang. */
const TERMINAL_HINT = 'chatmask: reading text from the terminal; end with Ctrl-D (or name files: chatmask --help).\n'
/** Spooled output is copied in pieces this large: one read and one write per MiB. */
const SPOOL_COPY_BYTES = 1 << 20

/** Runs the command; returns its exit code. Throws `CliError` for usage and policy errors. */
export async function run(options: CliOptions, entryUrl: string): Promise<number> {
  const policy = options.policyFile === undefined ? undefined : await loadPolicy(options.policyFile)
  const redactorOptions = redactorOptionsOf(policy)
  const redactor = createRedactor(redactorOptions)
  const jobs = await planJobs(options)
  await sweepStaleTempFiles(jobs, options)
  // A write to a closed pipe also raises 'error' on stdout; the write callback reports it, so stay alive here.
  process.stdout.on('error', () => undefined)
  if (!options.quiet && process.stdin.isTTY && jobs.some((job) => job.input.kind === 'stdin')) process.stderr.write(TERMINAL_HINT)

  const progress = new ProgressBar(progressStream(options), await totalBytes(jobs))
  const destination = options.check || options.inPlace ? undefined : await openDestination(options.output)
  const results: FileResult[] = []
  const onResult = (result: FileResult): void => {
    results.push(result)
    if (result.failure === undefined || result.failure.code === 'OUTPUT_CLOSED') return
    progress.clear()
    process.stderr.write(`chatmask: ${result.failure.message}\n`)
  }
  let outputClosed = false
  try {
    const useWorkers = options.jobs > 1 && jobs.length > 1 && jobs.every((job) => job.input.kind === 'file')
    if (useWorkers) await runInWorkerThreads(jobs, options.jobs, entryUrl, policy, destination, progress, onResult)
    else await runInThisThread(jobs, redactor, redactorOptions, destination, progress, onResult)
    // One -o file holds every input: written whole, or (if any input failed) not at all.
    if (results.some((result) => result.failure !== undefined)) await destination?.discard()
    else await destination?.commit(true)
  } catch (error) {
    await destination?.discard()
    if (!(error instanceof CliError && error.code === 'OUTPUT_CLOSED')) throw error
    outputClosed = true
  } finally {
    progress.stop()
    for (const job of jobs) if (job.output.kind === 'replace') untrackTempPath(job.output.temp)
    if (destination?.temp !== undefined) untrackTempPath(destination.temp)
  }
  outputClosed ||= results.some((result) => result.failure?.code === 'OUTPUT_CLOSED')

  if (options.check && !options.quiet && !outputClosed) for (const result of results) process.stdout.write(checkListing(result))
  if (options.report !== undefined) await writeReport(options.report, results)
  return exitCodeOf(results, options.check)
}

/** One file after another; output straight to its destination. Stops if standard output is closed. */
async function runInThisThread(
  jobs: readonly FileJob[],
  redactor: Redactor,
  redactorOptions: RedactorOptions | undefined,
  destination: Destination | undefined,
  progress: ProgressBar,
  onResult: (result: FileResult) => void,
): Promise<void> {
  for (const job of jobs) {
    const result = await runInThread(job, destination, redactor, redactorOptions, progress)
    onResult(result)
    if (result.failure?.code === 'OUTPUT_CLOSED') return
  }
}

/**
 * `--jobs` workers. Output for standard output or `-o` is spooled per file and
 * copied out in input order as each file is done, so the order holds and memory
 * stays flat while workers run ahead.
 */
async function runInWorkerThreads(
  jobs: readonly FileJob[],
  count: number,
  entryUrl: string,
  policy: PolicyFile | undefined,
  destination: Destination | undefined,
  progress: ProgressBar,
  onResult: (result: FileResult) => void,
): Promise<void> {
  const spool = destination === undefined ? undefined : await mkdtemp(spoolPrefix())
  if (spool !== undefined) trackTempPath(spool)
  try {
    const planned = jobs.map((job, index): FileJob => (spool === undefined ? job : { ...job, output: { kind: 'spool', path: join(spool, String(index)) } }))
    await runInWorkers(planned, count, entryUrl, { policy }, (bytes) => progress.add(bytes), async (index, result) => {
      onResult(result)
      const output = planned[index]?.output
      if (destination !== undefined && output?.kind === 'spool' && result.failure === undefined) await copySpool(output.path, destination.sink)
    })
  } finally {
    if (spool !== undefined) {
      await rm(spool, { recursive: true, force: true })
      untrackTempPath(spool)
    }
  }
}

/** Where each input comes from and where its output goes. */
async function planJobs(options: CliOptions): Promise<FileJob[]> {
  const seen = new Map<string, string>()
  const jobs: FileJob[] = []
  for (const file of options.files) {
    const job = {
      input: file === '-' ? ({ kind: 'stdin' } as const) : ({ kind: 'file', path: file } as const),
      display: file === '-' ? STDIN_DISPLAY : file,
      format: formatOf(file, options.format),
      fields: options.fields,
      listFindings: options.check && !options.quiet,
    }
    let output: OutputPlan = { kind: 'discard' }
    if (options.inPlace) {
      // Write beside the real file, so a symbolic link still points at the redacted one.
      const target = await realpath(file).catch(() => resolve(file))
      // The same file under two names (a symbolic or a hard link) is one file.
      const identity = await stat(target).then(
        (info) => `${info.dev}:${info.ino}`,
        () => target,
      )
      const other = seen.get(identity)
      if (other !== undefined) throw new CliError('USAGE', `${other} and ${file} are the same file; name it once with --in-place.`)
      seen.set(identity, file)
      const temp = tempPathBeside(target)
      trackTempPath(temp)
      output = { kind: 'replace', target, temp, skipIfUnchanged: true, links: options.forceLinks ? 'through' : 'refuse' }
    }
    jobs.push({ ...job, output })
  }
  return jobs
}

/**
 * Removes the temp files of killed runs beside the files this run writes (and
 * their spool folders): a SIGKILL leaves `.NAME.chatmask-PID.tmp` behind, and
 * only a later run can take it away. Each removal is reported, unless `--quiet`.
 */
async function sweepStaleTempFiles(jobs: readonly FileJob[], options: CliOptions): Promise<void> {
  const folders = jobs.flatMap((job) => (job.output.kind === 'replace' ? [dirname(job.output.target)] : []))
  if (options.output !== undefined) folders.push(dirname(await realpath(options.output).catch(() => resolve(options.output as string))))
  const removed = await removeStaleTempFiles(folders, options.jobs > 1)
  if (!options.quiet) for (const path of removed) process.stderr.write(`chatmask: removed ${path}, left by an interrupted run.\n`)
}

/** Standard output or `-o FILE`, shared by every input. */
interface Destination {
  readonly sink: TextSink
  /** The temp file of an atomic `-o`, while it exists. */
  readonly temp: string | undefined
  commit(changed: boolean): Promise<void>
  discard(): Promise<void>
}

async function openDestination(output: string | undefined): Promise<Destination> {
  if (output === undefined) {
    const sink = new BatchedSink(writeStdout)
    return { sink, temp: undefined, commit: () => sink.flush(), discard: async () => undefined }
  }
  const target = await realpath(output).catch(() => resolve(output))
  const temp = tempPathBeside(target)
  trackTempPath(temp)
  let file: OutputFile
  try {
    file = await openAtomicFile(target, temp, false)
  } catch (error) {
    untrackTempPath(temp)
    throw outputError(error, output)
  }
  return { sink: file.sink, temp, commit: file.commit, discard: file.discard }
}

async function runInThread(
  job: FileJob,
  destination: Destination | undefined,
  redactor: Redactor,
  redactorOptions: RedactorOptions | undefined,
  progress: ProgressBar,
): Promise<FileResult> {
  if (destination === undefined) return processFile(job, redactor, redactorOptions, (bytes) => progress.add(bytes))
  // Standard output gets a sink per file, so a file that fails midway has nothing more flushed after its error.
  const sink = destination.temp === undefined ? new BatchedSink(writeStdout) : destination.sink
  return processFile({ ...job, output: { kind: 'sink', sink } }, redactor, redactorOptions, (bytes) => progress.add(bytes))
}

function writeStdout(bytes: Buffer): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    process.stdout.write(bytes, (error) => {
      if (error === null || error === undefined) resolvePromise()
      else if ('code' in error && error.code === 'EPIPE') reject(new CliError('OUTPUT_CLOSED', 'standard output was closed'))
      else reject(new CliError('OUTPUT', `could not write to standard output (${'code' in error ? String(error.code) : error.name}).`))
    })
  })
}

/** Copies a worker's output as bytes: it is already in its input's encoding. */
async function copySpool(path: string, sink: TextSink): Promise<void> {
  for await (const bytes of createReadStream(path, { highWaterMark: SPOOL_COPY_BYTES })) await sink.writeBytes(bytes as Buffer)
  await sink.flush()
  await rm(path, { force: true })
}

/**
 * The bar goes to standard error when it is a terminal, unless `--quiet`, and
 * not while redacted text is printed to that same terminal (it would be torn).
 */
function progressStream(options: CliOptions): NodeJS.WriteStream | undefined {
  if (options.quiet || !process.stderr.isTTY) return undefined
  const printsToTerminal = !options.check && !options.inPlace && options.output === undefined && process.stdout.isTTY
  return printsToTerminal ? undefined : process.stderr
}

/** The bytes to read, for the bar; undefined when unknown (standard input). */
async function totalBytes(jobs: readonly FileJob[]): Promise<number | undefined> {
  let total = 0
  for (const job of jobs) {
    if (job.input.kind === 'stdin') return undefined
    total += (await stat(job.input.path).catch(() => undefined))?.size ?? 0
  }
  return total
}

async function writeReport(report: string, results: readonly FileResult[]): Promise<void> {
  const text = `${JSON.stringify(buildReport(results), null, 2)}\n`
  if (reportsToStderr(report)) {
    process.stderr.write(text)
    return
  }
  try {
    await writeFile(report, text)
  } catch (error) {
    throw outputError(error, report)
  }
}

/** 3 if any input failed, else 1 if `--check` found anything, else 0. */
function exitCodeOf(results: readonly FileResult[], check: boolean): number {
  const failed = results.filter((result) => result.failure !== undefined && result.failure.code !== 'OUTPUT_CLOSED')
  if (failed.length > 0) return Math.max(...failed.map((result) => result.failure?.exitCode ?? ExitCode.InputOutput))
  if (check && results.some((result) => foundIn(result.tally))) return ExitCode.Found
  return ExitCode.Done
}
