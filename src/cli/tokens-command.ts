/**
 * `chatmask detokenize` and `chatmask forget`: the reader's side of reversible
 * tokens. Both work on a sealed key-ring file (keys wrapped under a master key
 * that is never written to disk); the master key comes from the environment
 * variable {@link MASTER_KEY_VARIABLE}, never from the command line, where it
 * would be seen by every `ps` and kept in shell history.
 *
 *   chatmask detokenize --keys ring.json [FILE …]   restores the tokens it can open, to standard output
 *   chatmask forget --keys ring.json --scope ID     deletes that scope's keys: its tokens are unreadable for good
 */
import { readFile } from 'node:fs/promises'
import { CliError, inputError } from './cli-error.js'
import { ExitCode } from './exit-codes.js'

/** Where the 32-byte master key is read from: 64 hex digits, or base64 / base64url. */
export const MASTER_KEY_VARIABLE = 'CHATMASK_MASTER_KEY'

/** AES-256: the master key wraps the data keys with AES-256-GCM. */
const MASTER_KEY_BYTES = 32
const HEX_KEY_CHARS = MASTER_KEY_BYTES * 2

interface TokensCommand {
  readonly keys: string
  readonly scope: string | undefined
  readonly files: readonly string[]
}

/** The help text of both commands. */
export function tokensHelpText(): string {
  return `Usage:
  chatmask detokenize --keys FILE [INPUT …]   restore the tokens whose keys FILE holds; standard input without INPUT
  chatmask forget --keys FILE --scope ID      delete every key of scope ID: its tokens can never be opened again

The key-ring FILE holds data keys wrapped with AES-256-GCM under the master key, which is read
from the environment variable ${MASTER_KEY_VARIABLE} (64 hex digits or base64 of 32 bytes) and never
written anywhere. detokenize writes the restored text to standard output and, to standard error,
how many tokens it opened and how many it could not (another scope, a forgotten key, a tampered
token). Exit codes: 0 done, 2 usage or key error, 3 input error.
`
}

function parseTokensCommand(name: string, argv: readonly string[]): TokensCommand | undefined {
  let keys: string | undefined
  let scope: string | undefined
  const files: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string
    if (argument === '--help' || argument === '-h') return undefined
    if (argument === '--keys' || argument === '--scope') {
      const value = argv[index + 1]
      if (value === undefined || value.startsWith('--')) throw new CliError('USAGE', `${name}: ${argument} needs a value.`)
      if (argument === '--keys') keys = value
      else scope = value
      index++
    } else if (argument.startsWith('--')) {
      throw new CliError('USAGE', `${name}: unknown option ${argument.length > 40 ? 'given' : argument}. Allowed: --keys, ${name === 'forget' ? '--scope' : 'INPUT files'}, --help.`)
    } else {
      files.push(argument)
    }
  }
  if (keys === undefined) throw new CliError('USAGE', `${name}: --keys FILE is required (the sealed key-ring file).`)
  if (name === 'forget' && (scope === undefined || scope === '')) throw new CliError('USAGE', 'forget: --scope ID is required.')
  if (name === 'forget' && files.length > 0) throw new CliError('USAGE', 'forget takes no input files.')
  return { keys, scope, files }
}

/** The master key from the environment; the message never shows what was there. */
export function masterKeyFromEnvironment(environment: NodeJS.ProcessEnv = process.env): Uint8Array {
  const text = environment[MASTER_KEY_VARIABLE]?.trim()
  if (text === undefined || text === '') {
    throw new CliError('USAGE', `set ${MASTER_KEY_VARIABLE} to the master key (64 hex digits or base64 of ${MASTER_KEY_BYTES} bytes).`)
  }
  const bytes = /^[0-9a-fA-F]+$/.test(text) && text.length === HEX_KEY_CHARS ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64')
  if (bytes.length !== MASTER_KEY_BYTES) {
    throw new CliError('USAGE', `${MASTER_KEY_VARIABLE} must hold ${MASTER_KEY_BYTES} bytes (64 hex digits or base64); it holds ${bytes.length}.`)
  }
  return new Uint8Array(bytes)
}

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Runs `chatmask detokenize …` or `chatmask forget …` (`name` says which) and
 * returns the exit code.
 *
 * @example
 * ```ts
 * import { runTokensCommand } from './tokens-command.js'
 * await runTokensCommand('forget', ['--keys', 'ring.json', '--scope', 'chat-1']) // 0, with CHATMASK_MASTER_KEY set
 * ```
 */
export async function runTokensCommand(name: 'detokenize' | 'forget', argv: readonly string[]): Promise<number> {
  const command = parseTokensCommand(name, argv)
  if (command === undefined) {
    process.stdout.write(tokensHelpText())
    return ExitCode.Done
  }
  const masterKey = masterKeyFromEnvironment()
  const [{ createSealedKeyRing, detokenize }, { fileKeyStorage }] = await Promise.all([import('../tokens/index.js'), import('../tokens/file-key-storage.js')])
  let keyRing: ReturnType<typeof createSealedKeyRing>
  try {
    keyRing = createSealedKeyRing({ masterKey, storage: fileKeyStorage(command.keys) })
  } catch (error) {
    // The key ring's own message names what is wrong (a wrong master key, a damaged file), never a key.
    throw new CliError('USAGE', `${name}: ${command.keys}: ${error instanceof Error ? error.message : 'cannot open the key ring'}`)
  }
  if (name === 'forget') {
    const removed = keyRing.deleteKey(command.scope as string)
    process.stderr.write(`forget: removed ${removed} key${removed === 1 ? '' : 's'}; tokens of that scope can no longer be opened.\n`)
    return ExitCode.Done
  }
  let opened = 0
  let failed = 0
  const inputs = command.files.length === 0 ? ['-'] : command.files
  for (const file of inputs) {
    let text: string
    try {
      text = file === '-' ? await readStandardInput() : await readFile(file, 'utf8')
    } catch (error) {
      throw inputError(file, `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'}).`)
    }
    const result = detokenize(text, keyRing)
    opened += result.opened
    failed += result.failed
    process.stdout.write(result.text)
  }
  process.stderr.write(`detokenize: opened ${opened} token${opened === 1 ? '' : 's'}, could not open ${failed}.\n`)
  return ExitCode.Done
}
