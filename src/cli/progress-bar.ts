/**
 * A progress bar on standard error for long runs: bytes read of the total, a bar,
 * MB/s and the time left. Drawn only when standard error is a terminal (never
 * into a pipe or a log) and only once the run has taken a second, so short runs
 * never flash one.
 */

/** A run shorter than this never shows a bar. */
const SHOW_AFTER_MS = 1000
const REDRAW_EVERY_MS = 200
const BAR_WIDTH = 24
const DEFAULT_COLUMNS = 80
const MEGABYTE = 1e6
const SECONDS_PER_MINUTE = 60
const MS_PER_SECOND = 1000

/** What the bar shows at one moment. */
export interface ProgressState {
  readonly doneBytes: number
  /** Undefined when the size is unknown (standard input). */
  readonly totalBytes: number | undefined
  readonly elapsedMs: number
}

/**
 * One line of progress, e.g. `[######------]  45%  450.1 / 1000.0 MB  83.2 MB/s  ETA 0:07`.
 *
 * @example
 * ```ts
 * formatProgress({ doneBytes: 5e8, totalBytes: 1e9, elapsedMs: 5000 })
 * // '[############------------]  50%  500.0 / 1000.0 MB  100.0 MB/s  ETA 0:05'
 * ```
 */
export function formatProgress({ doneBytes, totalBytes, elapsedMs }: ProgressState): string {
  const seconds = elapsedMs / MS_PER_SECOND
  const rate = seconds > 0 ? doneBytes / seconds : 0
  const speed = `${(rate / MEGABYTE).toFixed(1)} MB/s`
  if (totalBytes === undefined || totalBytes === 0) return `${(doneBytes / MEGABYTE).toFixed(1)} MB  ${speed}`
  const fraction = Math.min(1, doneBytes / totalBytes)
  const filled = Math.round(fraction * BAR_WIDTH)
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4)
  const eta = rate > 0 ? `ETA ${clock((totalBytes - doneBytes) / rate)}` : 'ETA --:--'
  return `${bar} ${percent}  ${(doneBytes / MEGABYTE).toFixed(1)} / ${(totalBytes / MEGABYTE).toFixed(1)} MB  ${speed}  ${eta}`
}

function clock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds))
  return `${Math.floor(seconds / SECONDS_PER_MINUTE)}:${String(seconds % SECONDS_PER_MINUTE).padStart(2, '0')}`
}

/** Tracks bytes read and redraws the bar; does nothing when disabled. */
export class ProgressBar {
  readonly #stream: NodeJS.WriteStream | undefined
  readonly #totalBytes: number | undefined
  readonly #started = performance.now()
  readonly #timer: NodeJS.Timeout | undefined
  #doneBytes = 0
  #drawn = false

  /** `stream` undefined: a disabled bar (not a terminal, `--quiet`, or output going to the same terminal). */
  constructor(stream: NodeJS.WriteStream | undefined, totalBytes: number | undefined) {
    this.#stream = stream
    this.#totalBytes = totalBytes
    if (stream !== undefined) {
      this.#timer = setInterval(() => this.#draw(), REDRAW_EVERY_MS)
      // The bar never keeps the process alive.
      this.#timer.unref()
    }
  }

  add(bytes: number): void {
    this.#doneBytes += bytes
  }

  /** Erases the bar so a message can be printed on a clean line; it is redrawn at the next tick. */
  clear(): void {
    if (!this.#drawn || this.#stream === undefined) return
    this.#stream.write('\r\x1b[K')
    this.#drawn = false
  }

  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer)
    this.clear()
  }

  #draw(): void {
    const elapsedMs = performance.now() - this.#started
    if (this.#stream === undefined || elapsedMs < SHOW_AFTER_MS) return
    const line = `chatmask ${formatProgress({ doneBytes: this.#doneBytes, totalBytes: this.#totalBytes, elapsedMs })}`
    // A terminal that reports no width (0, as under `script`) gets the usual 80.
    const width = this.#stream.columns > 0 ? this.#stream.columns : DEFAULT_COLUMNS
    this.#stream.write(`\r${line.slice(0, width - 1)}\x1b[K`)
    this.#drawn = true
  }
}
