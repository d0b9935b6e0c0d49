import { describe, expect, it } from 'vitest'
import { CliError } from '../../src/cli/cli-error.js'
import { parseCommandLine, reportsToStderr } from '../../src/cli/options.js'

function runOptions(argv: string[]) {
  const command = parseCommandLine(argv)
  if (command.kind !== 'run') throw new Error(`expected a run, got ${command.kind}`)
  return command.options
}

function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv)
  } catch (error) {
    if (error instanceof CliError && error.code === 'USAGE') return error.message
    throw error
  }
  throw new Error(`no usage error for ${argv.join(' ')}`)
}

describe('parseCommandLine', () => {
  it('reads standard input when no file is given', () => {
    expect(runOptions([]).files).toEqual(['-'])
  })

  it('parses every option', () => {
    const options = runOptions(['-f', 'csv', '--field', 'a', '--field', 'b', '--conversation-key', 'c', '--speaker-key', 's', '-p', 'p.json', '-q', '-j', '3', 'x.csv'])
    expect(options).toMatchObject({ files: ['x.csv'], format: 'csv', fields: { text: ['a', 'b'], conversation: 'c', speaker: 's' }, policyFile: 'p.json', quiet: true, jobs: 3 })
  })

  it('--report alone means standard error; only --report=FILE names a file', () => {
    const bare = runOptions(['--report', 'a.jsonl'])
    expect(bare.files).toEqual(['a.jsonl'])
    expect(reportsToStderr(bare.report ?? '')).toBe(true)
    expect(runOptions(['--report=r.json', 'a.jsonl']).report).toBe('r.json')
    // After "--", "--report" is a file name.
    expect(runOptions(['--', '--report']).files).toEqual(['--report'])
  })

  it('--jobs defaults to one per file, at most one per core', () => {
    expect(runOptions(['a']).jobs).toBe(1)
    expect(runOptions(['a', 'b', 'c']).jobs).toBeGreaterThanOrEqual(1)
  })

  it.each([
    [['--in-place'], 'standard input cannot be rewritten'],
    [['--in-place', '-o', 'x', 'y'], 'use one'],
    [['--check', '-o', 'x'], '--check writes nothing'],
    [['--format', 'yaml'], 'Allowed: text, jsonl, json, csv'],
    [['--jobs', 'two'], 'Allowed: a whole number'],
    [['--field', ''], '--field needs a field name'],
    [['--report='], '--report=FILE needs a file name'],
    [['-', '-'], 'only once'],
    [['--nope'], "Unknown option '--nope'"],
  ])('%j is a usage error', (argv, message) => {
    expect(usageError(argv)).toContain(message)
  })

  it('--help and --version win over everything else', () => {
    expect(parseCommandLine(['--check', '--help'])).toEqual({ kind: 'help' })
    expect(parseCommandLine(['-v'])).toEqual({ kind: 'version' })
  })
})
