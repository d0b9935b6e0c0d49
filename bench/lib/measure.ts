/**
 * A thin layer over tinybench: each case is one pass over a known number of
 * input bytes (or keystrokes), run repeatedly within a time budget; the result is
 * throughput in MB/s (10^6 bytes of UTF-8 input per second) or time per unit.
 * Figures use the median pass time (robust to bursts of other work on a shared
 * machine). Cases run one after another in the same process, so the ratios
 * between them come from one run on one machine.
 */
import { Bench } from 'tinybench'
import { errorText } from './format.js'

export interface Case {
  readonly name: string
  /** One pass over the input. May return a promise (a peer with an async API). */
  readonly fn: () => unknown
  /** UTF-8 bytes one pass reads. */
  readonly bytes: number
  /** Units one pass performs (keystrokes, messages), for a per-unit time. Default 1. */
  readonly units?: number
}

export interface Measured {
  readonly name: string
  readonly bytes: number
  readonly units: number
  /** Median time of one pass, ms. */
  readonly msPerPass?: number
  /** 10^6 bytes per second. */
  readonly mbPerSecond?: number
  /** Median pass time per unit, µs. */
  readonly microsecondsPerUnit?: number
  /** Relative margin of error of the mean (95%), percent. */
  readonly rme?: number
  readonly samples?: number
  readonly error?: string
}

export interface Budget {
  /** Time budget per case, ms (tinybench `time`). */
  readonly time: number
  /** Minimum passes per case (tinybench `iterations`). */
  readonly iterations: number
  readonly warmupTime: number
  readonly warmupIterations: number
}

/** Cases whose one pass takes 50–500 ms (a whole corpus): a few passes are enough. */
export const HEAVY: Budget = { time: 1500, iterations: 4, warmupTime: 300, warmupIterations: 1 }
/** Cases whose one pass takes under 50 ms. */
export const LIGHT: Budget = { time: 1000, iterations: 10, warmupTime: 250, warmupIterations: 3 }
/** Slow peers: one pass may take a second or more; a time cap rather than a sample count. */
export const SLOW: Budget = { time: 2000, iterations: 2, warmupTime: 0, warmupIterations: 1 }
/** `--quick`: one pass after one warm-up pass, to check that a case runs. */
export const SLOW_QUICK: Budget = { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 1 }

/** Keeps results alive so that V8 cannot drop a call whose value is unused. */
export let sink = 0
export function consume(value: unknown): void {
  if (typeof value === 'string') sink = (sink + value.length) | 0
  else if (typeof value === 'number') sink = (sink + value) | 0
  else if (value !== undefined && value !== null) sink = (sink + 1) | 0
}

export async function measure(cases: readonly Case[], budget: Budget, log: (line: string) => void = console.log): Promise<Measured[]> {
  const results: Measured[] = []
  for (const item of cases) {
    // One Bench per case: a failing case cannot disturb the others, and each is logged as it ends.
    const bench = new Bench({ ...budget, throws: false })
    bench.add(item.name, item.fn)
    await bench.run()
    const task = bench.tasks[0]
    const units = item.units ?? 1
    const result = task?.result
    if (result === undefined || result.state !== 'completed') {
      const error = result !== undefined && result.state === 'errored' ? errorText(result.error) : `tinybench state ${result?.state ?? 'missing'}`
      results.push({ name: item.name, bytes: item.bytes, units, error })
      log(`  ${item.name}: FAILED ${error}`)
      continue
    }
    // The median pass, not the mean: on a shared 2-core machine a burst of other work inflates a few
    // passes, and the median ignores them; ± is still tinybench's margin of error of the mean.
    const msPerPass = result.latency.p50
    const measured: Measured = {
      name: item.name,
      bytes: item.bytes,
      units,
      msPerPass,
      ...(item.bytes > 0 ? { mbPerSecond: item.bytes / 1e6 / (msPerPass / 1000) } : {}),
      microsecondsPerUnit: (msPerPass * 1000) / units,
      rme: result.latency.rme,
      samples: result.latency.samplesCount,
    }
    results.push(measured)
    const rate = item.bytes > 0 ? `${measured.mbPerSecond?.toFixed(2)} MB/s` : `${measured.microsecondsPerUnit?.toFixed(3)} µs/unit`
    log(`  ${item.name}: ${rate}, ${msPerPass.toFixed(2)} ms/pass ±${measured.rme?.toFixed(1)}% (${measured.samples} passes)`)
  }
  return results
}
