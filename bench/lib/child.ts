/**
 * Runs one benchmark file in a process of its own (bench/run.ts starts one per
 * file): every file starts from a fresh heap and a cold JIT, and a peer whose
 * speed depends on the heap size is not slowed by another file's data.
 *
 *   node --import tsx bench/lib/child.ts <file> <result.json> [--quick]
 *
 * Writes `{ section, figures, seconds }` to result.json.
 */
import { writeFileSync } from 'node:fs'
import type { BenchContext } from './context.js'
import { assertCorporaPresent, loadMessages, MESSAGE_SEPARATOR, sampleStep } from './corpus.js'
import { BENCH_FILES } from './registry.js'

export interface ChildResult {
  readonly section: { readonly title: string; readonly markdown: string }
  readonly figures: [string, unknown][]
  readonly seconds: number
}

async function main(): Promise<void> {
  const [name, output] = process.argv.slice(2)
  const quick = process.argv.includes('--quick')
  const file = BENCH_FILES.find((candidate) => candidate.name === name)
  if (file === undefined || output === undefined) throw new Error(`usage: child.ts <${BENCH_FILES.map((candidate) => candidate.name).join('|')}> <result.json> [--quick]`)
  // Before any measuring: without the corpora nothing this file reports would mean anything.
  assertCorporaPresent()
  const started = performance.now()
  const log = (line: string) => console.log(line)
  let messages: readonly string[] | undefined
  let wholeText: string | undefined
  const context: BenchContext = {
    messages: () => (messages ??= loadMessages()),
    wholeText: () => (wholeText ??= context.messages().join(MESSAGE_SEPARATOR)),
    sample: (targetBytes) => {
      const all = messages ?? loadMessages()
      const step = sampleStep(all, targetBytes)
      return { messages: all.filter((_, index) => index % step === 0), step, total: all.length }
    },
    figures: new Map(),
    quick,
    log,
  }
  const section = await file.run(context)
  const result: ChildResult = { section, figures: [...context.figures.entries()], seconds: (performance.now() - started) / 1000 }
  writeFileSync(output, JSON.stringify(result))
}

await main()
