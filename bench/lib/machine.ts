/** What the figures were measured on: printed at the top of each RESULTS.md section. */
import { spawnSync } from 'node:child_process'
import os from 'node:os'

export interface MachineInfo {
  readonly cpu: string
  readonly cores: number
  readonly memoryGiB: number
  readonly platform: string
  readonly node: string
  readonly v8: string
  readonly date: string
  readonly commit: string
}

const BYTES_PER_GIB = 1024 ** 3

export function machineInfo(): MachineInfo {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / BYTES_PER_GIB) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: gitCommit(),
  }
}

/** The commit the library was measured at, marked when the work tree had uncommitted changes. */
function gitCommit(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' })
  if (head.status !== 0) return 'unknown (not a git checkout)'
  const status = spawnSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' })
  const dirty = status.status === 0 && status.stdout.trim() !== ''
  return dirty ? `${head.stdout.trim()} + uncommitted changes in src/` : head.stdout.trim()
}

export function machineMarkdown(info: MachineInfo): string {
  return [
    `- Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB RAM (${info.platform})`,
    `- Node ${info.node} (V8 ${info.v8})`,
    `- Date: ${info.date}; chatmask at ${info.commit}`,
  ].join('\n')
}
