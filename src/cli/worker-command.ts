/**
 * `chatmask worker --redis URL …`: one redaction worker of the broker stage
 * (`chatmask/redis`), until SIGTERM or SIGINT, then a clean drain. Kept apart
 * from the transcript command: its own options, its own help, and ioredis
 * loaded only here (an optional peer dependency).
 */
import { parseArgs } from 'node:util'
import { CliError } from './cli-error.js'
import { ExitCode } from './exit-codes.js'
import { workerHelpText } from './worker-help.js'

/** What `chatmask worker` was asked to do. */
export interface WorkerCommandOptions {
  readonly redis: string
  readonly prefix: string | undefined
  readonly shards: number | undefined
  readonly group: string | undefined
  readonly consumer: string | undefined
  readonly leaseMs: number | undefined
  readonly batchSize: number | undefined
  readonly stateTtlMs: number | undefined
  readonly maxDeliveries: number | undefined
  readonly passFields: readonly string[]
  readonly keepDeadEvents: boolean
  readonly policyFile: string | undefined
  readonly quiet: boolean
}

const OPTION_SPEC = {
  redis: { type: 'string' },
  prefix: { type: 'string' },
  shards: { type: 'string' },
  group: { type: 'string' },
  consumer: { type: 'string' },
  'lease-ms': { type: 'string' },
  batch: { type: 'string' },
  'state-ttl-ms': { type: 'string' },
  'max-deliveries': { type: 'string' },
  'pass-field': { type: 'string', multiple: true },
  'drop-dead-events': { type: 'boolean' },
  policy: { type: 'string', short: 'p' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const

/** The URL schemes ioredis connects with: plain and TLS. */
const REDIS_URL_PATTERN = /^rediss?:\/\/[^\s]+$/

/**
 * Parses `chatmask worker` arguments; `undefined` means `--help` was asked for.
 *
 * @example
 * ```ts
 * parseWorkerCommand(['--redis', 'redis://127.0.0.1:6379', '--shards', '8']) // { redis: 'redis://127.0.0.1:6379', shards: 8, … }
 * parseWorkerCommand([])                                                     // throws CliError USAGE: --redis URL is required
 * ```
 */
export function parseWorkerCommand(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): WorkerCommandOptions | undefined {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: OPTION_SPEC, allowPositionals: false, strict: true })
  } catch (error) {
    throw new CliError('USAGE', error instanceof Error ? error.message : String(error))
  }
  const { values } = parsed
  if (values.help === true) return undefined
  const redis = values.redis ?? env.CHATMASK_REDIS_URL
  if (redis === undefined) throw new CliError('USAGE', 'worker: --redis URL is required (or set CHATMASK_REDIS_URL), e.g. --redis redis://127.0.0.1:6379.')
  if (!REDIS_URL_PATTERN.test(redis)) throw new CliError('USAGE', `worker: --redis takes a redis:// or rediss:// URL; received ${describeUrl(redis)}.`)
  return {
    redis,
    prefix: values.prefix,
    shards: wholeNumber('--shards', values.shards),
    group: values.group,
    consumer: values.consumer,
    leaseMs: wholeNumber('--lease-ms', values['lease-ms']),
    batchSize: wholeNumber('--batch', values.batch),
    stateTtlMs: wholeNumber('--state-ttl-ms', values['state-ttl-ms']),
    maxDeliveries: wholeNumber('--max-deliveries', values['max-deliveries']),
    passFields: values['pass-field'] ?? [],
    keepDeadEvents: values['drop-dead-events'] !== true,
    policyFile: values.policy,
    quiet: values.quiet === true,
  }
}

function wholeNumber(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^[1-9][0-9]{0,11}$/.test(value)) throw new CliError('USAGE', `worker: ${option} ${value} is not a whole number from 1.`)
  return Number(value)
}

/** A Redis URL as it may be printed: the password, if any, replaced. */
export function describeUrl(url: string): string {
  const at = url.lastIndexOf('@')
  const scheme = url.indexOf('://')
  return at > scheme && scheme >= 0 ? `${url.slice(0, scheme + 3)}***@${url.slice(at + 1)}` : url
}

/**
 * Runs `chatmask worker` with `argv` (the arguments after "worker") and
 * resolves to its exit code once it has drained after SIGTERM or SIGINT.
 */
export async function runWorkerCommand(argv: readonly string[]): Promise<number> {
  const options = parseWorkerCommand(argv)
  if (options === undefined) {
    process.stdout.write(workerHelpText())
    return ExitCode.Done
  }
  const [{ loadPolicy, redactorOptionsOf }, { createRedactor }, { createRedactionWorker }] = await Promise.all([
    import('./policy-file.js'),
    import('../index.js'),
    import('../redis/index.js'),
  ])
  // The policy file is plain JSON (so it can be posted to worker threads); its "now" becomes a clock here.
  const redactor = createRedactor(redactorOptionsOf(options.policyFile === undefined ? undefined : await loadPolicy(options.policyFile)))
  let ioredis: typeof import('ioredis')
  try {
    ioredis = await import('ioredis')
  } catch {
    throw new CliError('USAGE', 'worker: needs the ioredis package next to chatmask: npm install ioredis.')
  }
  const redis = new ioredis.Redis(options.redis, { lazyConnect: true })
  // Connection problems show up as failed calls (and worker "error" events); no raw stack on stderr.
  redis.on('error', () => {})
  try {
    await redis.connect()
  } catch {
    redis.disconnect()
    throw new CliError('INPUT', `worker: cannot connect to Redis at ${describeUrl(options.redis)}.`)
  }
  const log = (line: object): void => {
    if (!options.quiet) process.stderr.write(`${JSON.stringify(line)}\n`)
  }
  const worker = createRedactionWorker({
    redis,
    redactor,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.shards === undefined ? {} : { shards: options.shards }),
    ...(options.group === undefined ? {} : { group: options.group }),
    ...(options.consumer === undefined ? {} : { consumer: options.consumer }),
    ...(options.leaseMs === undefined ? {} : { leaseMs: options.leaseMs }),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.stateTtlMs === undefined ? {} : { stateTtlMs: options.stateTtlMs }),
    ...(options.maxDeliveries === undefined ? {} : { maxDeliveries: options.maxDeliveries }),
    passFields: options.passFields,
    keepDeadEvents: options.keepDeadEvents,
    onEvent: (event) => log(event),
  })
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'))
    process.once('SIGINT', () => resolve('SIGINT'))
  })
  await worker.start()
  log({ type: 'started', consumer: worker.consumer, shards: worker.ownedShards() })
  const signal = await stopped
  log({ type: 'draining', signal })
  await worker.stop()
  log({ type: 'stopped', ...worker.stats })
  redis.disconnect()
  return ExitCode.Done
}
