/**
 * The CLI beside the engine, on the same messages: MB/s per format (text,
 * JSONL, CSV, JSON) against `redact()` per message and against `conversation()`
 * (what the CLI calls for message text), the start-up time, and the speed-up of
 * `--jobs 2` over `--jobs 1`.
 *
 *   npm run build && node --import tsx bench/cli-throughput.ts [SIZE_MB] [RUNS]
 *
 * SIZE_MB (default 20) of message text, from the corpora (`../shared/corpora`)
 * in conversations as chat exports group them, with a card split across two
 * customer messages and its expiry and CVV in the next in every tenth
 * conversation. Each figure is the best of RUNS (default 3) runs: on a machine
 * shared with other work, the least disturbed run is the fair one. Times are CPU
 * time (user + system) of the process for the single-threaded figures, which
 * other work on the machine disturbs far less than wall time, and wall time for
 * `--jobs` (where the point is to use two cores). MB = 10^6 bytes of UTF-8
 * message text, so every format is measured on the same bytes; CLI times exclude
 * start-up, which is reported on its own.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
// CHATMASK_BIN / CHATMASK_ENGINE: another build (a checkout shared with others may be rebuilding dist/).
const bin = process.env.CHATMASK_BIN ?? join(root, 'dist/cli/bin.js')
const engine = process.env.CHATMASK_ENGINE ?? join(root, 'dist/index.js')
const sizeMb = Number(process.argv[2] ?? 20)
const runs = Number(process.argv[3] ?? 3)
if (!existsSync(bin)) throw new Error(`no ${bin}: run npm run build first`)

interface Message {
  readonly conversation: string
  readonly turn: number
  readonly speaker: string
  readonly text: string
}

/** Deterministic messages: corpus text in conversations, split cards in every tenth. */
function generate(targetBytes: number): Message[] {
  const corpora = ['sgd_dev_test.jsonl', 'star_dialogues.jsonl'].map((name) => join(root, '../shared/corpora', name)).filter(existsSync)
  const filler = corpora.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  )
  if (filler.length === 0) for (let n = 0; n < 1000; n++) filler.push(`I would like to book a table for ${(n % 8) + 1} people at ${(n % 12) + 1} pm, please.`)
  let seed = 20261124
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pan = (): string => {
    let body = '4'
    while (body.length < 15) body += Math.floor(random() * 10)
    let sum = 0
    for (let i = 0; i < 15; i++) {
      let digit = Number(body[14 - i])
      if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
      sum += digit
    }
    return body + ((10 - (sum % 10)) % 10)
  }
  const messages: Message[] = []
  let bytes = 0
  for (let conversation = 0; bytes < targetBytes; conversation++) {
    const id = `bench-${conversation}`
    const turns = 6 + Math.floor(random() * 14)
    const texts: string[] = []
    for (let turn = 0; turn < turns; turn++) texts.push(filler[Math.floor(random() * filler.length)] as string)
    if (conversation % 10 === 0) {
      const card = pan()
      const at = 1 + Math.floor(random() * (turns - 1))
      texts.splice(at, 0, `sure, my card is ${card.slice(0, 4)} ${card.slice(4, 8)}`, `${card.slice(8, 12)} ${card.slice(12)}`, `exp 0${1 + Math.floor(random() * 9)}/29 and the cvv is ${100 + Math.floor(random() * 900)}`)
    }
    texts.forEach((text, turn) => {
      messages.push({ conversation: id, turn, speaker: turn % 2 === 0 ? 'customer' : 'agent', text })
      bytes += Buffer.byteLength(text)
    })
  }
  return messages
}

const csvCell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

function writeFormats(folder: string, messages: readonly Message[]): { text: string; jsonl: string; csv: string; json: string } {
  const files = { text: join(folder, 'chat.txt'), jsonl: join(folder, 'chat.jsonl'), csv: join(folder, 'chat.csv'), json: join(folder, 'chat.json') }
  writeFileSync(files.text, messages.map((message) => `${message.text.replaceAll('\n', ' ')}\n`).join(''))
  writeFileSync(files.jsonl, messages.map((message) => `${JSON.stringify(message)}\n`).join(''))
  writeFileSync(files.csv, `conversation,turn,speaker,text\n${messages.map((m) => `${m.conversation},${m.turn},${m.speaker},${csvCell(m.text)}\n`).join('')}`)
  writeFileSync(files.json, `[\n${messages.map((message) => `  ${JSON.stringify(message)}`).join(',\n')}\n]\n`)
  return files
}

function best(times: readonly number[]): number {
  return Math.min(...times)
}

/** Seconds of one CLI run: wall, and CPU (user + system, from GNU time). */
function runCli(args: readonly string[]): { wall: number; cpu: number } {
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  const stderr = result.stderr.toString()
  if (result.status !== 0) throw new Error(`chatmask ${args.join(' ')} exited ${result.status}: ${stderr.slice(0, 500)}`)
  const [user, system] = (stderr.trim().split('\n').pop() ?? '').split(' ').map(Number)
  return { wall, cpu: (user ?? 0) + (system ?? 0) }
}
const cpuOf = (args: readonly string[]): number => runCli(args).cpu
const wallOf = (args: readonly string[]): number => runCli(args).wall

/** Seconds per pass of the engine in a fresh process (warmed up by one pass first), best of `runs`. */
function timeEngine(kind: 'redact' | 'conversation', messagesFile: string): number {
  const script = `
    import { createRedactor } from ${JSON.stringify(engine)}
    import { readFileSync } from 'node:fs'
    const messages = readFileSync(${JSON.stringify(messagesFile)}, 'utf8').split('\\n').filter(Boolean).map((line) => JSON.parse(line))
    const redactor = createRedactor()
    const pass = ${kind === 'redact'
      ? '() => { for (const m of messages) redactor.redact(m.text) }'
      : `() => {
        const open = new Map()
        for (const m of messages) {
          let chat = open.get(m.conversation)
          if (chat === undefined) { chat = redactor.conversation(); open.set(m.conversation, chat) }
          chat.add({ sender: m.speaker, text: m.text })
        }
        for (const chat of open.values()) chat.settle()
      }`}
    pass()
    const times = []
    for (let run = 0; run < ${runs}; run++) { const start = process.cpuUsage(); pass(); const used = process.cpuUsage(start); times.push((used.user + used.system) / 1e6) }
    console.log(Math.min(...times))
  `
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script]).toString().trim())
}

const folder = mkdtempSync(join(tmpdir(), 'chatmask-cli-throughput-'))
try {
  const messages = generate(sizeMb * 1e6)
  const textBytes = messages.reduce((sum, message) => sum + Buffer.byteLength(message.text), 0)
  const files = writeFormats(folder, messages)
  const mb = textBytes / 1e6
  console.log(`# CLI throughput: ${messages.length.toLocaleString('en-US')} messages, ${mb.toFixed(1)} MB of message text; best of ${runs}`)
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores, Node ${process.version}, ${new Date().toISOString()}\n`)

  const empty = join(folder, 'empty.txt')
  writeFileSync(empty, '')
  const startup = best(Array.from({ length: 5 }, () => cpuOf([empty, '-o', '/dev/null'])))
  const startupWall = best(Array.from({ length: 5 }, () => wallOf([empty, '-o', '/dev/null'])))
  const redact = timeEngine('redact', files.jsonl)
  const conversation = timeEngine('conversation', files.jsonl)
  console.log(`start-up (an empty file): ${(startupWall * 1000).toFixed(0)} ms wall, ${(startup * 1000).toFixed(0)} ms CPU`)
  console.log(`engine redact() per message: ${(mb / redact).toFixed(1)} MB/s; conversation().add per message: ${(mb / conversation).toFixed(1)} MB/s\n`)
  console.log('| format | file MB | CLI CPU s (− start-up) | CLI MB/s of text | ÷ redact() per message | ÷ conversation() |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const [format, path] of Object.entries(files)) {
    const seconds = best(Array.from({ length: runs }, () => cpuOf([path, '-o', '/dev/null']))) - startup
    const fileMb = readFileSync(path).length / 1e6
    console.log(`| ${format} | ${fileMb.toFixed(1)} | ${seconds.toFixed(2)} | ${(mb / seconds).toFixed(1)} | ${(redact / seconds).toFixed(2)}× | ${(conversation / seconds).toFixed(2)}× |`)
  }

  // --jobs: the JSONL cut into four files of whole conversations, rewritten in place on fresh copies.
  const parts = join(folder, 'parts')
  mkdirSync(parts)
  const quarter = Math.ceil(messages.length / 4)
  for (let index = 0; index < 4; index++) {
    let slice = messages.slice(index * quarter, (index + 1) * quarter)
    if (slice.length === 0) slice = messages.slice(0, 1)
    writeFileSync(join(parts, `part-${index}.jsonl`), slice.map((message) => `${JSON.stringify(message)}\n`).join(''))
  }
  const jobsTime = (jobs: number): number =>
    best(
      Array.from({ length: runs }, () => {
        const copy = join(folder, `jobs-${jobs}`)
        rmSync(copy, { recursive: true, force: true })
        cpSync(parts, copy, { recursive: true })
        return wallOf(['--in-place', '--jobs', String(jobs), ...[0, 1, 2, 3].map((index) => join(copy, `part-${index}.jsonl`))])
      }),
    )
  const one = jobsTime(1)
  const two = jobsTime(2)
  console.log(`\n--jobs on 4 JSONL files (--in-place, wall time): --jobs 1 ${one.toFixed(2)} s, --jobs 2 ${two.toFixed(2)} s: ${(one / two).toFixed(2)}× (${availableParallelism()} cores, load ${loadavg().map((load) => load.toFixed(1)).join(' ')})`)
} finally {
  rmSync(folder, { recursive: true, force: true })
}
