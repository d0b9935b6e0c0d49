/** Every benchmark file, in the order `npm run bench` runs them. */
import type { BenchFile } from './context.js'
import { detectors } from '../detectors.bench.js'
import { keystroke } from '../keystroke.bench.js'
import { peers } from '../peers.bench.js'
import { streaming } from '../streaming.bench.js'
import { throughput } from '../throughput.bench.js'

export const BENCH_FILES: readonly BenchFile[] = [throughput, streaming, keystroke, detectors, peers]

/** Files that compare with the peers, which must be installed first. */
export const FILES_WITH_PEERS: readonly string[] = ['keystroke', 'peers']
