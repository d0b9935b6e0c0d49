/**
 * bench/RESULTS.md holds two generated sections, one per script: `npm run bench`
 * rewrites only what lies between `<!-- bench:start -->` and `<!-- bench:end -->`,
 * `npm run eval` only the `eval` section, so each can be re-run alone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const RESULTS_PATH = fileURLToPath(new URL('../RESULTS.md', import.meta.url))

export type SectionName = 'bench' | 'eval'

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

/** Replaces one section's body, creating the file (with both sections) when absent. */
export function writeSection(section: SectionName, body: string): void {
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
  writeFileSync(RESULTS_PATH, content)
}

function wrap(section: SectionName, body: string): string {
  const { start, end } = markers(section)
  return `${start}\n${body}\n${end}`
}
