/**
 * bench/RESULTS.md holds two generated sections, one per script: `npm run bench`
 * rewrites only what lies between `<!-- bench:start -->` and `<!-- bench:end -->`,
 * `npm run eval` only the `eval` section, so each can be re-run alone.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const RESULTS_PATH = fileURLToPath(new URL('../RESULTS.md', import.meta.url))

export type SectionName = 'bench' | 'eval'

/** How a part that could not run is marked in a section's body; a body holding it is never written. */
export const FAILED_SECTION_MARKER = '**Failed**'

const HEADER = `# chatmask: benchmark and accuracy results

Generated: do not edit between the markers. \`npm run bench\` rewrites the *Benchmark* section,
\`npm run eval\` the *Accuracy* section (see \`bench/README.md\` for what each figure means).
`

const PLACEHOLDER: Record<SectionName, string> = {
  bench: '## Benchmark\n\nNot run yet: `npm run bench`.',
  eval: '## Accuracy\n\nNot run yet: `npm run eval`.',
}

function markers(section: SectionName): { start: string; end: string } {
  return { start: `<!-- ${section}:start -->`, end: `<!-- ${section}:end -->` }
}

/**
 * Replaces one section's body, creating the file (with both sections) when
 * absent. Call it only after a complete run: it is the one place that writes
 * the file, it replaces the section whole, and it refuses a body that reports
 * a failed part (issue 16: an incomplete run must not replace committed figures).
 */
export function writeSection(section: SectionName, body: string): void {
  // bench/run.ts marks a benchmark file that crashed with this: such a run is not complete.
  if (body.includes(FAILED_SECTION_MARKER)) {
    throw new Error(`bench/RESULTS.md left unchanged: the ${section} run was not complete (a part of it reports "${FAILED_SECTION_MARKER}"); fix the failure above and run again.`)
  }
  let content = existsSync(RESULTS_PATH) ? readFileSync(RESULTS_PATH, 'utf8') : ''
  if (content === '') {
    content = `${HEADER}\n${(['bench', 'eval'] as const).map((name) => wrap(name, PLACEHOLDER[name])).join('\n\n')}\n`
  }
  const { start, end } = markers(section)
  const from = content.indexOf(start)
  const to = content.indexOf(end)
  const wrapped = wrap(section, body.trim())
  if (from === -1 || to === -1 || to < from) {
    content = `${content.trimEnd()}\n\n${wrapped}\n`
  } else {
    content = content.slice(0, from) + wrapped + content.slice(to + end.length)
  }
  // Written beside it and renamed over it: an interrupted run never leaves half a file.
  const temporary = `${RESULTS_PATH}.${process.pid}.tmp`
  writeFileSync(temporary, content)
  renameSync(temporary, RESULTS_PATH)
}

function wrap(section: SectionName, body: string): string {
  const { start, end } = markers(section)
  return `${start}\n${body}\n${end}`
}
