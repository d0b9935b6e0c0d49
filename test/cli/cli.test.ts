/**
 * The `chatmask` command end to end, run as a user runs it (see run-cli.ts for
 * which binary). Expected outputs are written out here, worked out from the rules
 * (a card keeps its last 4; a card split across messages or lines is masked in
 * both; untouched bytes stay as they were), not recorded from a run.
 *
 * Only test PANs appear: 4111111111111111 (Visa), 5555555555554444 (Mastercard),
 * 378282246310005 (Amex).
 */
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { makeTempDir, removeTempDir, runCli } from './run-cli.js'

/** Digits of the test PANs that a mask must hide (everything but the last four). */
const HIDDEN_DIGITS = ['411111111111', '555555555555', '37828224631', '4111 1111 1111', '5555 5555 5555']

function expectNoHiddenDigits(text: string): void {
  for (const digits of HIDDEN_DIGITS) expect(text).not.toContain(digits)
}

let dir: string
beforeAll(async () => {
  dir = await makeTempDir()
})
afterAll(async () => {
  await removeTempDir(dir)
})

/** Writes `content` to a fresh file in the test folder and returns its path. */
async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

const jsonl = (...objects: object[]): string => objects.map((object) => `${JSON.stringify(object)}\n`).join('')

describe.concurrent('formats', () => {
  it('text: a card split across lines is masked on both; CRLF, blank lines and the missing last newline are kept', async () => {
    const input = 'Hi there\r\nmy card is 4111 1111\n1111 1111 thanks\nthe cvv\n737\n\nroom 12 is fine\nend 5555555555554444'
    const { code, stdout, stderr } = await runCli([await file('chat.txt', input)])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toBe('Hi there\r\nmy card is **** ****\n**** 1111 thanks\nthe cvv\n***\n\nroom 12 is fine\nend ************4444')
  })

  it('text: a line far longer than the piece size comes out as redact() of the whole line', async () => {
    const words = ['card', '4111 1111 1111 1111', 'and', '5555555555554444', 'exp 12/29', 'cvv 737', 'room 12', 'thanks,']
    const line = Array.from({ length: 60_000 }, (_, index) => words[(index * 7) % words.length]).join(' ')
    const { code, stdout } = await runCli([await file('long-line.txt', `${line}\nnext\n`)])
    expect(code).toBe(0)
    expect(stdout).toBe(`${createRedactor().redact(line).text}\nnext\n`)
  })

  it('jsonl: messages of one sender are joined per conversation; unchanged lines are byte-identical', async () => {
    const lines = [
      '{"conversation":"a","speaker":"customer","text":"my card is 4111 1111"}',
      '{ "conversation" : "b", "speaker": "customer", "text": "order 1111 1111", "n": 1.50 }',
      '{"conversation":"a","speaker":"agent","text":"go on"}',
      '{"conversation":"a","speaker":"customer","text":"1111 1111 exp 12/29","turn":3}',
      '{"conversation":"a","speaker":"customer","text":"cvv is 737 \\u00e9"}',
      '',
      '["not", "an object"]',
      '{"role":"user","content":[{"type":"text","text":"card 5555555555554444"}],"text":null}',
    ]
    const { code, stdout } = await runCli([await file('chat.jsonl', `${lines.join('\n')}\n`)])
    expect(code).toBe(0)
    expect(stdout.split('\n')).toEqual([
      '{"conversation":"a","speaker":"customer","text":"my card is **** ****"}',
      lines[1], // another conversation: "1111 1111" there is an order number
      lines[2],
      '{"conversation":"a","speaker":"customer","text":"**** 1111 exp **/**","turn":3}',
      // A changed literal is re-encoded by JSON.stringify: \u00e9 becomes é.
      '{"conversation":"a","speaker":"customer","text":"cvv is *** é"}',
      '',
      lines[6],
      // No default text field holds a string: every string in the line is redacted.
      '{"role":"user","content":[{"type":"text","text":"card ************4444"}],"text":null}',
      '',
    ])
  })

  it('jsonl: examples/transcript.jsonl, with its card split across two messages', async () => {
    const original = (await readFile('examples/transcript.jsonl', 'utf8')).split('\n')
    const { code, stdout } = await runCli(['examples/transcript.jsonl'])
    expect(code).toBe(0)
    const redacted = stdout.split('\n')
    expect(redacted).toHaveLength(original.length)
    expect(redacted[3]).toBe('{"conversation":"chat-1042","turn":3,"speaker":"customer","text":"Sure, the card is **** ****"}')
    expect(redacted[4]).toBe('{"conversation":"chat-1042","turn":4,"speaker":"customer","text":"**** 4444"}')
    expect(redacted[5]).toBe('{"conversation":"chat-1042","turn":5,"speaker":"customer","text":"exp **/** and the cvv is ***"}')
    expect(redacted[9]).toContain('************1111')
    for (const index of [0, 1, 2, 10]) expect(redacted[index]).toBe(original[index])
    expectNoHiddenDigits(stdout)
  })

  it('json: an array of messages is redacted as conversations, keeping the layout', async () => {
    const input = [
      '[',
      '  {"chat_id": 7, "author": "c", "message": "card 4111 1111"},',
      '  {"chat_id": 7, "author": "c", "message": "1111 1111", "price": 1.50},',
      '  {"meta": "no text field: 5555 5555 5555 4444"}',
      ']',
      '',
    ].join('\n')
    const { code, stdout } = await runCli([await file('chat.json', input)])
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        '[',
        '  {"chat_id": 7, "author": "c", "message": "card **** ****"},',
        '  {"chat_id": 7, "author": "c", "message": "**** 1111", "price": 1.50},',
        '  {"meta": "no text field: **** **** **** 4444"}',
        ']',
        '',
      ].join('\n'),
    )
  })

  it('json: any other document has every string and number value redacted, or only --field ones', async () => {
    const input = '{"a": {"b": ["x", "4111111111111111"]}, "note": "5555555555554444", "n": 4111111111111111}'
    const path = await file('doc.json', input)
    const all = await runCli([path])
    // A number is read as written (a double would round a 16-digit card); one that changes becomes a string.
    expect(all.stdout).toBe('{"a": {"b": ["x", "************1111"]}, "note": "************4444", "n": "************1111"}')
    const some = await runCli(['--field', 'note', path])
    expect(some.stdout).toBe('{"a": {"b": ["x", "4111111111111111"]}, "note": "************4444", "n": 4111111111111111}')
  })

  it('csv: only the text column changes; quoting, CRLF and untouched rows are kept', async () => {
    const input = [
      'conversation,speaker,text,note\r\n',
      'c1,customer,"my card, 4111 1111","a ""quoted"" note"\r\n',
      '\r\n',
      'c1,customer,1111 1111,plain\r\n',
      'c2,agent,"fine",\r\n',
      'c1,customer,cvv 123,',
    ].join('')
    const { code, stdout } = await runCli([await file('chat.csv', input)])
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'conversation,speaker,text,note\r\n',
        'c1,customer,"my card, **** ****","a ""quoted"" note"\r\n',
        '\r\n',
        'c1,customer,**** 1111,plain\r\n',
        'c2,agent,"fine",\r\n',
        'c1,customer,cvv ***,',
      ].join(''),
    )
  })

  it('csv: --field, --conversation-key and --speaker-key name the columns', async () => {
    const input = 'thread,who,utterance\nt,c,card 4111 1111\nt,c,1111 1111\n'
    const { code, stdout } = await runCli(['--field', 'utterance', '--conversation-key', 'thread', '--speaker-key', 'who', await file('named.csv', input)])
    expect(code).toBe(0)
    expect(stdout).toBe('thread,who,utterance\nt,c,card **** ****\nt,c,**** 1111\n')
  })

  it('--format overrides the extension', async () => {
    const { stdout } = await runCli(['--format', 'text', await file('really-text.json', 'card 4111111111111111 {')])
    expect(stdout).toBe('card ************1111 {')
  })
})

describe.concurrent('input and output', () => {
  it('reads standard input and writes standard output (text, or --format jsonl)', async () => {
    const text = await runCli([], { input: 'card 4111 1111 1111 1111\n' })
    expect(text).toEqual({ code: 0, stdout: 'card **** **** **** 1111\n', stderr: '' })
    const lines = await runCli(['--format', 'jsonl', '-'], { input: jsonl({ text: 'pay 5555555555554444' }) })
    expect(lines.stdout).toBe('{"text":"pay ************4444"}\n')
  })

  it('-o writes the file whole; several inputs are concatenated in order', async () => {
    const out = join(dir, 'out.txt')
    const first = await file('first.txt', 'a 4111111111111111\n')
    const second = await file('second.txt', 'b 5555555555554444\n')
    const { code, stdout } = await runCli(['-o', out, first, second])
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' })
    expect(await readFile(out, 'utf8')).toBe('a ************1111\nb ************4444\n')
  })

  it('--jobs 2 (worker threads) gives the same output as --jobs 1', async () => {
    const inputs = await Promise.all(
      [1, 2, 3].map((n) => file(`job-${n}.jsonl`, jsonl({ conversation: n, speaker: 'c', text: `card ${n} 4111 1111` }, { conversation: n, speaker: 'c', text: '1111 1111' }))),
    )
    const one = await runCli(['--jobs', '1', ...inputs])
    const two = await runCli(['--jobs', '2', ...inputs])
    expect(two).toEqual(one)
    expect(one.stdout.split('\n').filter((line) => line.includes('**** ****'))).toHaveLength(3)
  })

  it('--report writes counts per type and per file, to stderr or to a file', async () => {
    const input = await file('report.txt', 'card 4111111111111111 exp 12/29\n')
    const { stderr, code } = await runCli(['--report', input, '-o', join(dir, 'report-out.txt')])
    expect(code).toBe(0)
    const report = JSON.parse(stderr) as { findings: Record<string, number>; files: { file: string; findings: Record<string, number> }[] }
    expect(report.findings).toEqual({ card_number: 1, expiry_date: 1 })
    expect(report.files).toEqual([{ file: input, format: 'text', records: 1, changed: 1, findings: { card_number: 1, expiry_date: 1 } }])
    const reportFile = join(dir, 'report.json')
    await runCli([`--report=${reportFile}`, '--check', input])
    expect(JSON.parse(await readFile(reportFile, 'utf8'))).toEqual(report)
  })

  it('prints no progress bar when standard error is not a terminal', async () => {
    const big = await file('big.jsonl', jsonl(...Array.from({ length: 20_000 }, (_, turn) => ({ conversation: turn >> 4, speaker: 'c', text: `message ${turn} with no card` }))))
    const { code, stderr } = await runCli(['-o', join(dir, 'big-out.jsonl'), big])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  })
})

describe.concurrent('--check', () => {
  it('lists FILE:LINE:TYPE without any digit of a card and exits 1', async () => {
    const input = await file('check.jsonl', jsonl({ text: 'hello' }, { text: 'card 4111111111111111' }, { text: 'cvv 737 and 5555 5555 5555 4444' }))
    const { code, stdout, stderr } = await runCli(['--check', input])
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' })
    expect(stdout).toBe(`${input}:2:card_number\n${input}:3:cvv\n${input}:3:card_number\n`)
    expect(stdout.replaceAll(input, '')).not.toMatch(/[0-9]{2,}/)
    // Writes nothing: the file is as it was.
    expect(await readFile(input, 'utf8')).toContain('4111111111111111')
  })

  it('lists the lines of a card split across messages, and exits 0 when nothing is found', async () => {
    const split = await file('split.jsonl', jsonl({ speaker: 'c', text: 'card 4111 1111' }, { speaker: 'c', text: '1111 1111' }))
    const found = await runCli(['--check', split])
    expect(found.code).toBe(1)
    // Both lines are listed with the finding's type: the second half continues the card that began on line 1.
    expect(found.stdout).toBe(`${split}:1:card_number\n${split}:2:card_number\n`)
    const clean = await runCli(['--check', await file('clean.jsonl', jsonl({ text: 'room 404, order 1234' }))])
    expect(clean).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('--quiet lists nothing but keeps the exit code', async () => {
    const { code, stdout } = await runCli(['--check', '--quiet', await file('quiet.txt', 'card 4111111111111111')])
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' })
  })
})

describe.concurrent('--in-place', () => {
  it('rewrites the file, keeping its permissions; a file with nothing to redact is not rewritten', async () => {
    const path = await file('inplace.txt', 'card 4111111111111111\n')
    await chmod(path, 0o640)
    const clean = await file('inplace-clean.txt', 'nothing here\n')
    const cleanBefore = await stat(clean)
    const { code, stdout } = await runCli(['--in-place', path, clean])
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' })
    expect(await readFile(path, 'utf8')).toBe('card ************1111\n')
    expect((await stat(path)).mode & 0o777).toBe(0o640)
    expect((await stat(clean)).ino).toBe(cleanBefore.ino)
  })

  it('leaves the original byte-identical and no temp file when a line late in the file is malformed', async () => {
    const folder = join(dir, 'atomic')
    await mkdir(folder)
    const good = Array.from({ length: 5000 }, (_, turn) => JSON.stringify({ conversation: 'c', speaker: 'u', turn, text: 'card 4111 1111 1111 1111' }))
    const original = `${good.join('\n')}\n{"turn": 5000, "text": "4111111111111111" oops}\n`
    const path = join(folder, 'transcript.jsonl')
    await writeFile(path, original)
    const { code, stderr } = await runCli(['--in-place', path])
    expect(code).toBe(3)
    expect(stderr).toContain(`${path}:5001: invalid JSON`)
    expectNoHiddenDigits(stderr)
    expect(await readFile(path, 'utf8')).toBe(original)
    expect(await readdir(folder)).toEqual(['transcript.jsonl'])
  })

  it('rejects standard input and a file named twice (exit 2)', async () => {
    expect((await runCli(['--in-place'])).code).toBe(2)
    const path = await file('twice.txt', 'x')
    const twice = await runCli(['--in-place', path, path])
    expect(twice.code).toBe(2)
    expect(twice.stderr).toContain('same file')
  })
})

describe.concurrent('errors', () => {
  it('invalid JSON on a line names the file and line, never the content', async () => {
    const path = await file('bad.jsonl', `${jsonl({ text: 'ok' })}{"text": "4111111111111111" x}\n`)
    const { code, stdout, stderr } = await runCli([path])
    expect(code).toBe(3)
    expect(stderr).toMatch(new RegExp(`^chatmask: ${path}:2: invalid JSON \\(Expected ',' or '}' after property value, column \\d+\\)\\.\\n$`))
    expectNoHiddenDigits(stderr)
    // Lines before the error may already be on standard output; never the bad line.
    expectNoHiddenDigits(stdout)
  })

  it('invalid JSON in a document names its line; V8 text that would quote the input is dropped', async () => {
    const path = await file('bad.json', '[\n  {"text": "4111111111111111"},\n  {"text": 4111 1111}\n]')
    const { code, stderr } = await runCli([path])
    expect(code).toBe(3)
    expect(stderr).toMatch(new RegExp(`^chatmask: ${path}:3: invalid JSON`))
    expectNoHiddenDigits(stderr)
    expect(stderr).not.toContain('4111')
  })

  it('invalid CSV names the line and the csv-parse code only', async () => {
    const path = await file('bad.csv', 'text\n"card 4111111111111111" x\n')
    const { code, stderr } = await runCli([path])
    expect(code).toBe(3)
    expect(stderr).toBe(`chatmask: ${path}:2: invalid CSV (CSV_INVALID_CLOSING_QUOTE).\n`)
  })

  it('a missing file, a directory, a binary file and non-UTF-8 text exit 3 with a clear message', async () => {
    const [missing, folder, binary, latin1] = await Promise.all([
      runCli([join(dir, 'nope.jsonl')]),
      runCli([dir]),
      runCli([await file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))]),
      runCli([await file('latin1.txt', Buffer.from('caf\xe9 4111111111111111\n', 'latin1'))]),
    ])
    expect(missing).toEqual({ code: 3, stdout: '', stderr: `chatmask: ${join(dir, 'nope.jsonl')}: no such file.\n` })
    expect(folder.code).toBe(3)
    expect(folder.stderr).toBe(`chatmask: ${dir}: is a directory; name the files in it (e.g. dir/*.jsonl).\n`)
    expect(binary.code).toBe(3)
    expect(binary.stderr).toContain('looks like a binary file')
    expect(latin1.code).toBe(3)
    expect(latin1.stderr).toContain('is not UTF-8 text')
    expect(latin1.stdout).toBe('')
  })

  it('goes on with the other files and exits 3 if one fails', async () => {
    const good = await file('good.txt', 'card 4111111111111111\n')
    const { code, stdout, stderr } = await runCli([join(dir, 'missing.txt'), good])
    expect(code).toBe(3)
    expect(stdout).toBe('card ************1111\n')
    expect(stderr).toContain('missing.txt: no such file.')
  })

  it('a -o file is not written when an input fails', async () => {
    const out = join(dir, 'never.txt')
    const { code } = await runCli(['-o', out, await file('ok.txt', 'fine\n'), join(dir, 'missing-too.txt')])
    expect(code).toBe(3)
    await expect(stat(out)).rejects.toThrow()
  })

  it('a bad policy file exits 2 naming the field, never the value', async () => {
    const policy = await file('policy.json', JSON.stringify({ policies: { card_number: { action: 'keep' } } }))
    const secret = await file('secret-policy.json', JSON.stringify({ policies: { email: { action: 'hash', key: 'short-secret' } } }))
    const [bad, short, notJson, missing] = await Promise.all([
      runCli(['--policy', policy], { input: 'x' }),
      runCli(['--policy', secret], { input: 'x' }),
      runCli(['--policy', await file('policy.txt', '{"policies": ')], { input: 'x' }),
      runCli(['--policy', join(dir, 'no-policy.json')], { input: 'x' }),
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(new RegExp(`^chatmask: invalid policy in ${policy}: Invalid option policies\\.card_number\\.action: `))
    expect(short.code).toBe(2)
    expect(short.stderr).toContain('policies.email.key')
    expect(short.stderr).not.toContain('short-secret')
    expect(notJson.code).toBe(2)
    expect(notJson.stderr).toBe(`chatmask: invalid policy in ${join(dir, 'policy.txt')}: invalid JSON (Unexpected end of JSON input).\n`)
    expect(missing).toEqual({ code: 2, stdout: '', stderr: `chatmask: cannot read policy file ${join(dir, 'no-policy.json')}: no such file.\n` })
  })

  it('a good policy file is applied', async () => {
    const policy = await file('replace.json', JSON.stringify({ policies: { card_number: { action: 'replace', template: '[card ending {last4}]' } } }))
    const { stdout } = await runCli(['--policy', policy], { input: 'card 4111 1111\n1111 1111\n' })
    // A replacement longer than the text goes where the card starts; its rest is dropped from the next line.
    expect(stdout).toBe('card [card ending 1111]\n\n')
  })

  it('usage errors exit 2 and point at --help', async () => {
    const cases = [['--bogus'], ['--check', '-o', 'x'], ['--format', 'xml'], ['--jobs', '0'], ['--in-place', '-o', 'x', 'y'], ['-', '-']]
    const runs = await Promise.all(cases.map((args) => runCli(args)))
    runs.forEach(({ code, stderr }, index) => {
      expect({ args: cases[index], code }).toEqual({ args: cases[index], code: 2 })
      expect(stderr).toContain('Try "chatmask --help".')
    })
  })
})

describe.concurrent('help and version', () => {
  it('--help describes options, formats and exit codes', async () => {
    const { code, stdout } = await runCli(['--help'])
    expect(code).toBe(0)
    for (const text of ['Usage: chatmask', '--in-place', '--check', '--report', '--jobs', 'streamed', 'Exit status', '--force-links']) expect(stdout).toContain(text)
  })

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `chatmask ${version}\n`, stderr: '' })
  })
})
