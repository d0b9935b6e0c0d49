/**
 * `npm run bench`: runs every `*.bench.ts` (one question each) in one process,
 * so every ratio comes from one run on one machine, and rewrites the Benchmark
 * section of bench/RESULTS.md.
 *
 *   npm run bench                     everything (about 2 minutes on 2 cores)
 *   npm run bench -- streaming peers  only these files; prints, does not write RESULTS.md
 *   npm run bench -- --quick          small inputs and budgets, to check it runs; prints only
 *
 * Peers are installed on first use (`npm ci --prefix bench/peers`) when
 * bench/peers/node_modules is missing.
 */
import { spawnSync } from 'node:child_process'
import { assertCorporaPresent } from './lib/corpus.js'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchFile, BenchSection } from './lib/context.js'
import type { ChildResult } from './lib/child.js'
import { markdownTable, significant, times } from './lib/format.js'
import { machineInfo, machineMarkdown } from './lib/machine.js'
import type { Measured } from './lib/measure.js'
import { OURS_ALL } from './lib/ours.js'
import { PEERS_INSTALL_ERROR_VARIABLE } from './lib/peer-child.js'
import { ensurePeersInstalled } from './lib/peers.js'
import { BENCH_FILES, FILES_WITH_PEERS } from './lib/registry.js'
import { writeSection } from './lib/results-file.js'
import { ratio } from './lib/rows.js'

const CHILD = fileURLToPath(new URL('./lib/child.ts', import.meta.url))

interface Target {
  readonly name: string
  readonly goal: number
  readonly ours: string
  readonly reference: string
  readonly describe: (figures: Map<string, Measured>) => string
}

const TARGETS: readonly Target[] = [
  { name: `${OURS_ALL} per message ÷ fastest peer per message`, goal: 5, ours: 'peers.ours.perMessage', reference: 'peers.fastest.perMessage', describe: (figures) => figures.get('peers.fastest.perMessage')?.name.replace(/ per message$/, '') ?? 'n/a' },
  { name: `${OURS_ALL} whole text ÷ fastest peer whole text`, goal: 5, ours: 'peers.ours.whole', reference: 'peers.fastest.whole', describe: (figures) => figures.get('peers.fastest.whole')?.name.replace(/ whole$/, '') ?? 'n/a' },
  { name: `${OURS_ALL} whole text ÷ single-regex scan`, goal: 0.5, ours: 'throughput.ours.whole', reference: 'throughput.regex.whole', describe: () => 'single regex, whole corpus' },
]

function targetsTable(figures: Map<string, Measured>): string {
  const rows = TARGETS.map((target) => {
    const value = ratio(figures.get(target.ours), figures.get(target.reference))
    if (value === undefined) return [target.name, `≥ ${target.goal}×`, 'n/a', target.describe(figures), 'not measured']
    const status = value >= target.goal ? '**met**' : `**missed**: ${times(value / target.goal)} of the goal; needs ${times(target.goal / value)} faster`
    return [target.name, `≥ ${target.goal}×`, times(value), target.describe(figures), status]
  })
  const loop = ratio(figures.get('throughput.ours.whole'), figures.get('throughput.loop.whole'))
  if (loop !== undefined) rows.push([`${OURS_ALL} whole text ÷ charCodeAt loop`, '(context)', times(loop), 'bare loop, whole corpus', ''])
  const perMessage = ratio(figures.get('throughput.ours.perMessage'), figures.get('throughput.ours.whole'))
  if (perMessage !== undefined) rows.push([`${OURS_ALL} per message ÷ whole text`, '(context)', times(perMessage), 'whole corpus', ''])
  return markdownTable(['ratio', 'goal', 'measured', 'against', 'status'], rows, ['l', 'r', 'r', 'l', 'l'])
}

/** Runs one file in its own process (see lib/child.ts) and reads back what it measured. */
function runFile(file: BenchFile, quick: boolean, directory: string): { section: BenchSection; figures: [string, Measured][]; seconds: number } {
  const output = join(directory, `${file.name}.json`)
  // process.execArgv carries tsx's loader flags, so the child can import TypeScript too.
  const child = spawnSync(process.execPath, [...process.execArgv, CHILD, file.name, output, ...(quick ? ['--quick'] : [])], { stdio: 'inherit' })
  if (child.status !== 0) {
    const reason = child.error?.message ?? `exited with ${String(child.status ?? child.signal)}`
    return { section: { title: file.name, markdown: `**Failed**: \`bench/${file.name}.bench.ts\` ${reason}; see the console output of \`npm run bench\`.` }, figures: [], seconds: 0 }
  }
  const result = JSON.parse(readFileSync(output, 'utf8')) as ChildResult
  return { section: result.section, figures: result.figures as [string, Measured][], seconds: result.seconds }
}

async function main(): Promise<void> {
  // Fail before the first file rather than once per file: nothing is measured without the corpora.
  assertCorporaPresent()
  const argv = process.argv.slice(2)
  const quick = argv.includes('--quick')
  const chosen = argv.filter((argument) => !argument.startsWith('--'))
  const unknown = chosen.filter((name) => !BENCH_FILES.some((file) => file.name === name))
  if (unknown.length > 0) throw new Error(`Unknown bench file(s): ${unknown.join(', ')}. Allowed: ${BENCH_FILES.map((file) => file.name).join(', ')}.`)
  const files = chosen.length === 0 ? BENCH_FILES : BENCH_FILES.filter((file) => chosen.includes(file.name))
  const write = !quick && chosen.length === 0 && !argv.includes('--no-write')

  const started = performance.now()
  const log = (line: string) => console.log(line)
  // Installed once here, before the files that need the peers start.
  if (files.some((file) => FILES_WITH_PEERS.includes(file.name))) {
    const installError = ensurePeersInstalled(log)
    if (installError !== undefined) {
      log(`peers unavailable: ${installError} (they are reported as failed)`)
      process.env[PEERS_INSTALL_ERROR_VARIABLE] = installError
    }
  }
  const directory = mkdtempSync(join(tmpdir(), 'chatmask-bench-'))
  const figures = new Map<string, Measured>()
  const sections: { file: BenchFile; section: BenchSection; seconds: number }[] = []
  try {
    for (const file of files) {
      log(`\n== ${file.name}: ${file.question}`)
      const result = runFile(file, quick, directory)
      for (const [name, measured] of result.figures) figures.set(name, measured)
      sections.push({ file, section: result.section, seconds: result.seconds })
    }
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
  const seconds = (performance.now() - started) / 1000
  const markdown = [
    '## Benchmark',
    '',
    machineMarkdown(machineInfo()),
    `- Whole run: ${significant(seconds)} s (\`npm run bench\`), each file in a fresh Node process; figures from the median pass; MB = 10^6 bytes of UTF-8 input; ± is tinybench's 95% relative margin of error of the mean (large ones mean other work shared the 2 cores).`,
    '',
    '### Targets (ratios from this run)',
    '',
    targetsTable(figures),
    '',
    ...sections.flatMap(({ file, section, seconds: fileSeconds }) => [`### ${section.title}`, '', `*${file.question}* (\`bench/${file.name}.bench.ts\`, ${significant(fileSeconds)} s)`, '', section.markdown, '']),
  ].join('\n')
  if (write) {
    writeSection('bench', markdown)
    log(`\nbench: wrote bench/RESULTS.md in ${significant(seconds)} s`)
  } else {
    console.log(`\n${markdown}`)
  }
}

await main()
