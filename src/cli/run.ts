/**
 * A redaction run: loads the policy, plans where each file's output goes, runs
 * the files (in this thread, or in workers for `--jobs`), then prints the
 * `--check` listing and the `--report`, and returns the exit code. Imported
 * lazily by `main.ts`: this is where the engine gets loaded.
 */
import { createReadStream } from 'node:fs'
import { mkdtemp, realpath, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createRedactor, type Redactor, type RedactorOptions } from '../index.js'
import { CliError } from './cli-error.js'
import { ExitCode } from './exit-codes.js'
import { foundIn } from './file-tally.js'
import { formatOf } from './formats.js'
import { reportsToStderr, type CliOptions } from './options.js'
import { openAtomicFile, outputError, type OutputFile } from './output-file.js'
import { loadPolicy } from './policy-file.js'
import { processFile, type FileJob, type FileResult, type OutputPlan } from './process-file.js'
import { ProgressBar } from './progress-bar.js'
import { buildReport, checkListing } from './report.js'
import { tempPathBeside, trackTempPath, untrackTempPath } from './temp-files.js'
import { BatchedSink, type TextSink } from './text-sink.js'
import { runInWorkers } from './worker-pool.js'

/** How standard input is named in messages and `--check` listings. */
const STDIN_DISPLAY = '<stdin>'

/** Runs the command; returns its exit code. Throws `CliError` for usage and policy errors. */
export async function run(options: CliOptions, entryUrl: string): Promise<number> {
  const policy = options.policyFile === undefined ? undefined : await loadPolicy(options.policyFile)
  const redactor = createRedactor(policy)
  const jobs = await planJobs(options)
  // A write to a closed pipe also raises 'error' on stdout; the write callback reports it, so stay alive here.
  process.stdout.on('error', () => undefined)

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
    else await runInThisThread(jobs, redactor, destination, progress, onResult)
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
  destination: Destination | undefined,
  progress: ProgressBar,
  onResult: (result: FileResult) => void,
): Promise<void> {
  for (const job of jobs) {
    const result = await runInThread(job, destination, redactor, progress)
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
  policy: RedactorOptions | undefined,
  destination: Destination | undefined,
  progress: ProgressBar,
  onResult: (result: FileResult) => void,
): Promise<void> {
  const spool = destination === undefined ? undefined : await mkdtemp(join(tmpdir(), 'chatmask-'))
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
      const other = seen.get(target)
      if (other !== undefined) throw new CliError('USAGE', `${other} and ${file} are the same file; name it once with --in-place.`)
      seen.set(target, file)
      const temp = tempPathBeside(target)
      trackTempPath(temp)
      output = { kind: 'replace', target, temp, skipIfUnchanged: true }
    }
    jobs.push({ ...job, output })
  }
  return jobs
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

async function runInThread(job: FileJob, destination: Destination | undefined, redactor: Redactor, progress: ProgressBar): Promise<FileResult> {
  if (destination === undefined) return processFile(job, redactor, (bytes) => progress.add(bytes))
  // Standard output gets a sink per file, so a file that fails midway has nothing more flushed after its error.
  const sink = destination.temp === undefined ? new BatchedSink(writeStdout) : destination.sink
  return processFile({ ...job, output: { kind: 'sink', sink } }, redactor, (bytes) => progress.add(bytes))
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    process.stdout.write(text, (error) => {
      if (error === null || error === undefined) resolvePromise()
      else if ('code' in error && error.code === 'EPIPE') reject(new CliError('OUTPUT_CLOSED', 'standard output was closed'))
      else reject(new CliError('OUTPUT', `could not write to standard output (${'code' in error ? String(error.code) : error.name}).`))
    })
  })
}

async function copySpool(path: string, sink: TextSink): Promise<void> {
  for await (const text of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    sink.write(text as string)
    await sink.ready()
  }
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
