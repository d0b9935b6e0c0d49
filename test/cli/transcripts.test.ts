/**
 * Transcripts as they really are (issue 15), run as a user runs the command
 * (the built binary when it exists, see run-cli.ts) on real files. Expected
 * outputs are worked out from the rules, not recorded from a run:
 *
 * - every value is in scope: JSON numbers (as written, never rounded), bare
 *   values, nested values, other fields, every CSV cell including extra ones;
 * - the record is context: a field or column named like card data is that data,
 *   and a card in a record makes its other values the expiry and CVV;
 * - `--check` names each line with a documented type and exits 1;
 * - in-place safety: hard links, stale temp files of killed runs, UTF-16, `now`
 *   from the policy file, a hint on a bare terminal.
 *
 * Values masked only through the engine's `answering` option (a bare "123" in a
 * `code` column beside a card) need that option implemented.
 *
 * Only test PANs appear: 4111111111111111, 5555555555554444, 378282246310005.
 */
import { spawn } from 'node:child_process'
import { link, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { CLI_NODE_ARGS, makeTempDir, PROJECT_ROOT, removeTempDir, runCli } from './run-cli.js'

const FIXTURES = join(PROJECT_ROOT, 'test/cli/fixtures')

/** Digits of the test PANs that a mask must hide (everything but the last four). */
const HIDDEN_DIGITS = ['411111111111', '555555555555', '37828224631', '4111 1111 1111', '5555 5555 5555', '4111 1111', '5555 5555']

function expectNoHiddenDigits(text: string): void {
  for (const digits of HIDDEN_DIGITS) expect(text.includes(digits), 'hidden card digits in output').toBe(false)
}

let dir: string
beforeAll(async () => {
  dir = await makeTempDir()
})
afterAll(async () => {
  await removeTempDir(dir)
})

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

/** The `--check` listing with the folder taken off the file names. */
const listing = (stdout: string, folder: string): string => stdout.replaceAll(`${folder}/`, '')

describe.concurrent('every value in scope, the record as context', () => {
  it('jsonl: numbers, a bare line, other fields, a split card, named fields and nested values', async () => {
    const path = join(FIXTURES, 'every-shape.jsonl')
    const { code, stdout } = await runCli([path])
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        '{"conversation":"c1","speaker":"customer","text":"hello"}',
        // A card stored as a JSON number, and a bare CVV under "cvv": written as strings, masked.
        '{"card": "************1111", "cvv": "***"}',
        '"************1111"',
        '{"conversation":"c1","speaker":"customer","subject":"card **** **** **** 1111","text":"see the subject"}',
        '{"conversation":"c2","speaker":"customer","text":"my card is **** ****"}',
        '{"conversation":"c2","speaker":"customer","text":"**** 1111"}',
        '{"card":"************4444","exp":"**/**","cvv":"***"}',
        '{"meta":{"payment":{"pan":"***********0005","security_code":"****"}}}',
        '{"conversation":"c1","speaker":"agent","text":"thanks, order 4521 is on its way"}',
        '',
      ].join('\n'),
    )
    expectNoHiddenDigits(stdout)
  })

  it('csv: every cell, extra cells past the header, named columns, and a card making its row card data', async () => {
    const { code, stdout } = await runCli([join(FIXTURES, 'every-shape.csv')])
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'name,card_number,exp,code,note\r\n',
        // "code" names nothing; the card beside it makes 123 the CVV (answering).
        'Jane,************1111,**/**,***,ok\r\n',
        '1,x,,,,extra ************4444\r\n',
        'Bob,,,,"call me, card **** **** **** 1111"\r\n',
        'Ann,,,,room 12\r\n',
      ].join(''),
    )
  })

  it('json: a document streamed, nested records, conversations inside an export, a card as a number', async () => {
    const { code, stdout } = await runCli([join(FIXTURES, 'every-shape.json')])
    expect(code).toBe(0)
    const original = await readFile(join(FIXTURES, 'every-shape.json'), 'utf8')
    expect(stdout).toBe(
      original
        .replace('"card": 4111111111111111, "expiry": "12/29", "cvc": 737', '"card": "************1111", "expiry": "**/**", "cvc": "***"')
        .replace('"card is 5555 5555"', '"card is **** ****"')
        .replace('"5555 4444"', '"**** 4444"')
        .replace('"paid with 378282246310005"', '"paid with ***********0005"'),
    )
  })

  it('text: a card split over lines with a blank line between, a keyword and its code on two lines', async () => {
    const { stdout } = await runCli([join(FIXTURES, 'every-shape.txt')])
    expect(stdout).toBe('hello\nmy card is **** ****\n\n**** 1111 thanks\ncvv\n***\nroom 12\n')
  })

  it('--check names each line with a documented type, counts records without the header, and exits 1', async () => {
    const runs = await Promise.all(['jsonl', 'csv', 'json', 'txt'].map((extension) => runCli(['--check', '--report', join(FIXTURES, `every-shape.${extension}`)])))
    for (const run of runs) expect(run.code).toBe(1)
    const [jsonl, csv, json, text] = runs.map((run) => listing(run.stdout, FIXTURES))
    expect(jsonl).toBe(
      [
        'every-shape.jsonl:2:card_number',
        'every-shape.jsonl:2:cvv',
        'every-shape.jsonl:3:card_number',
        'every-shape.jsonl:4:card_number',
        'every-shape.jsonl:5:card_number',
        'every-shape.jsonl:6:card_number',
        'every-shape.jsonl:7:card_number',
        'every-shape.jsonl:7:expiry_date',
        'every-shape.jsonl:7:cvv',
        'every-shape.jsonl:8:card_number',
        'every-shape.jsonl:8:cvv',
        '',
      ].join('\n'),
    )
    expect(csv).toBe(['every-shape.csv:2:card_number', 'every-shape.csv:2:expiry_date', 'every-shape.csv:2:cvv', 'every-shape.csv:3:card_number', 'every-shape.csv:4:card_number', ''].join('\n'))
    expect(json).toBe(
      ['every-shape.json:6:card_number', 'every-shape.json:6:expiry_date', 'every-shape.json:6:cvv', 'every-shape.json:8:card_number', 'every-shape.json:9:card_number', 'every-shape.json:10:card_number', ''].join('\n'),
    )
    expect(text).toBe('every-shape.txt:2:card_number\nevery-shape.txt:4:card_number\nevery-shape.txt:6:cvv\n')
    const documented = /^[^:]+:\d+:(?:card_number|expiry_date|cvv|phone|email|iban|uk_nino|us_ssn)$/
    for (const line of [jsonl, csv, json, text].join('').split('\n').filter(Boolean)) expect(line).toMatch(documented)
    const reports = runs.map((run) => JSON.parse(run.stderr) as { files: { records: number }[] })
    // CSV: four rows, the header is not a record. JSON: the document, the conversation and its three messages.
    expect(reports.map((report) => report.files[0]?.records)).toEqual([9, 4, 5, 7])
  })

  it('the redacted output audits clean, and redacting it again changes nothing', async () => {
    await Promise.all(
      ['jsonl', 'csv', 'json', 'txt'].map(async (extension) => {
        const once = await runCli([join(FIXTURES, `every-shape.${extension}`)])
        const redacted = await file(`again.${extension}`, once.stdout)
        const [check, twice] = await Promise.all([runCli(['--check', redacted]), runCli([redacted])])
        expect(check).toEqual({ code: 0, stdout: '', stderr: '' })
        expect(twice.stdout).toBe(once.stdout)
      }),
    )
  })

  it('--field narrows what is read: only the named fields, and what is nested in them', async () => {
    const path = await file('narrow.jsonl', '{"text": "card 4111111111111111", "note": "5555555555554444", "card": 4111111111111111}\n')
    expect((await runCli(['--field', 'text', path])).stdout).toBe('{"text": "card ************1111", "note": "5555555555554444", "card": 4111111111111111}\n')
    expect((await runCli(['--fields', 'text,note', path])).stdout).toBe('{"text": "card ************1111", "note": "************4444", "card": 4111111111111111}\n')
  })

  it('a huge JSON string and a huge CSV cell are read in pieces, card data in them masked', async () => {
    const words = 'pay with 4111 1111 1111 1111 please, and 5555555555554444 too. '
    // Just over LONG_VALUE_CHARS (1 Mi characters).
    const long = words.repeat(Math.ceil((1.1 * 2 ** 20) / words.length))
    const [json, csv] = await Promise.all([
      runCli([await file('long.json', JSON.stringify([{ text: long, n: 1 }]))]),
      runCli([await file('long.csv', `text,n\n"${long}",1\n`)]),
    ])
    const expected = createRedactor().redact(long).text
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual([{ text: expected, n: 1 }])
    expect(csv.stdout).toBe(`text,n\n"${expected}",1\n`)
  })

  it('a text line of any length is read in pieces that read as the line itself', async () => {
    // No whitespace at all: cut at the card separators (hyphens), which join without a space.
    const line = '4111-1111-1111-1111;'.repeat(20_000)
    const { code, stdout } = await runCli([await file('long-line.txt', `${line}\nnext\n`)])
    expect(code).toBe(0)
    expect(stdout).toBe(`${'****-****-****-1111;'.repeat(20_000)}\nnext\n`)
    // Nothing to cut at and nothing to find: byte for byte.
    const plain = 'x'.repeat(300_000)
    expect((await runCli([await file('plain-line.txt', plain)])).stdout).toBe(plain)
  })
})

describe.concurrent('in-place safety', () => {
  it('refuses a file with a second hard link (exit 4), and --force-links rewrites it through every link', async () => {
    const folder = join(dir, 'links')
    await mkdir(folder)
    const original = 'card 4111111111111111\n'
    const name = join(folder, 'chat.txt')
    const other = join(folder, 'other-name.txt')
    await writeFile(name, original)
    await link(name, other)
    const refused = await runCli(['--in-place', name])
    expect(refused.code).toBe(4)
    expect(refused.stderr).toContain('hard links')
    expect(refused.stderr).toContain('--force-links')
    expectNoHiddenDigits(refused.stderr)
    expect(await readFile(name, 'utf8')).toBe(original)
    const before = await stat(name)
    const forced = await runCli(['--in-place', '--force-links', name])
    expect(forced).toEqual({ code: 0, stdout: '', stderr: '' })
    for (const each of [name, other]) expect(await readFile(each, 'utf8')).toBe('card ************1111\n')
    expect((await stat(name)).ino).toBe(before.ino)
    expect(await readdir(folder)).toEqual(['chat.txt', 'other-name.txt'])
    // The same file under two names is named once.
    expect((await runCli(['--in-place', '--force-links', name, other])).code).toBe(2)
    expect((await runCli(['--force-links', name])).code).toBe(2)
  })

  it('removes the temp files a killed run left (its process is gone), and keeps those of live ones', async () => {
    const folder = join(dir, 'stale')
    await mkdir(folder)
    const target = join(folder, 'chat.jsonl')
    await writeFile(target, '{"text": "card 4111111111111111"}\n')
    const deadPid = await pidOfFinishedProcess()
    const stale = join(folder, `.chat.jsonl.chatmask-${deadPid}.tmp`)
    const live = join(folder, `.other.jsonl.chatmask-${process.pid}.tmp`)
    await writeFile(stale, '{"text": "card 4111111111111111"}\n')
    await writeFile(live, 'in use')
    const { code, stderr } = await runCli(['--in-place', target])
    expect(code).toBe(0)
    expect(stderr).toBe(`chatmask: removed ${stale}, left by an interrupted run.\n`)
    expect((await readdir(folder)).sort()).toEqual(['.other.jsonl.chatmask-' + process.pid + '.tmp', 'chat.jsonl'])
    expect(await readFile(target, 'utf8')).toBe('{"text": "card ************1111"}\n')
  })

  it('reads UTF-16 with a byte order mark (either order) and writes it back as it came', async () => {
    const text = '\ufeffname,card\r\nJané,4111111111111111\r\n'
    const redacted = '\ufeffname,card\r\nJané,************1111\r\n'
    const littleEndian = await file('utf16le.csv', Buffer.from(text, 'utf16le'))
    const bigEndian = await file('utf16be.txt', Buffer.from(text, 'utf16le').swap16())
    const le = await runCli(['--in-place', littleEndian])
    expect(le.code).toBe(0)
    expect(await readFile(littleEndian)).toEqual(Buffer.from(redacted, 'utf16le'))
    await runCli(['--in-place', bigEndian])
    expect(await readFile(bigEndian)).toEqual(Buffer.from(redacted, 'utf16le').swap16())
    // Without a mark, UTF-16 is named as such, with how to convert it.
    const unmarked = await runCli([await file('unmarked.txt', Buffer.from('card 4111111111111111\n', 'utf16le'))])
    expect(unmarked.code).toBe(3)
    expect(unmarked.stderr).toContain('looks like UTF-16 text without a byte order mark')
  })

  it('takes now (and every other option) from the policy file', async () => {
    const input = 'exp 12/29\n'
    const at2026 = await file('policy-2026.json', JSON.stringify({ now: '2026-11-24', detectors: ['card_number', 'expiry_date', 'cvv'] }))
    const at2040 = await file('policy-2040.json', JSON.stringify({ now: '2040-01-01T00:00:00Z' }))
    expect((await runCli(['--policy', at2026], { input })).stdout).toBe('exp **/**\n')
    // Judged from 2040, a card that expired in 2029 is outside the default window (5 years back).
    expect((await runCli(['--policy', at2040], { input })).stdout).toBe(input)
    const bad = await runCli(['--policy', await file('policy-bad-now.json', JSON.stringify({ now: 'yesterday' }))], { input })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Invalid option now')
    expect(bad.stderr).not.toContain('yesterday')
  })

  it('prints a one-line hint when reading from a terminal, then reads it', async () => {
    const { stdout } = await runInTerminal('card 4111111111111111\n\u0004')
    expect(stdout).toContain('chatmask: reading text from the terminal; end with Ctrl-D')
    expect(stdout).toContain('card ************1111')
  })
})

/** The id of a process that has exited: no process has it now (unless reused, which the sweep then respects). */
function pidOfFinishedProcess(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    child.on('error', reject)
    child.on('exit', () => resolve(child.pid as number))
  })
}

/** Runs the CLI with a pseudo-terminal as standard input and output (util-linux `script`), typing `input`. */
function runInTerminal(input: string): Promise<{ stdout: string }> {
  const command = [process.execPath, ...CLI_NODE_ARGS].map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ')
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.on('error', reject)
    child.on('close', () => resolve({ stdout: Buffer.concat(out).toString('utf8') }))
    child.stdin.end(input)
  })
}
