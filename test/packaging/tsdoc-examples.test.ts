/**
 * "Every public export has TSDoc with an @example that runs" (DESIGN.md §5),
 * checked: the TypeScript compiler lists what src/index.ts, src/pci.ts and
 * src/node.ts export; for each export, the @example blocks on its declaration
 * (and on its members: `Redactor.redact`) are extracted and RUN, each in its own
 * Node process with `chatmask`, `chatmask/pci` and `chatmask/node` mapped to src/.
 *
 * Result comments are asserted where they have one of these shapes:
 *   expression            // 'value'        (or // → 'value', any JS literal)
 *   console.log(expr)     // 'value'
 *   // name === 'value'   // expr → ['a', 'b']   (a comment line about an earlier result)
 *
 * Exports still without an @example are listed in MISSING_EXAMPLE; the test
 * fails when a new export comes without one, and when a listed one gains one (so
 * the list only shrinks).
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const ENTRY_POINTS = { chatmask: 'src/index.ts', 'chatmask/pci': 'src/pci.ts', 'chatmask/node': 'src/node.ts' } as const
type EntryPoint = keyof typeof ENTRY_POINTS

/** Public exports with no @example on themselves or their members (to be written: see the report in issue #7). */
const MISSING_EXAMPLE: ReadonlySet<string> = new Set([])

/** Examples that need something from outside (an LLM's stream): shown, not run. */
const NOT_SELF_CONTAINED: ReadonlySet<string> = new Set(['createRedactionTransformStream'])

const RUN_TIMEOUT_MS = 30_000

interface Example {
  /** `entry: ExportName` or `entry: ExportName.member`. */
  readonly id: string
  readonly exportName: string
  readonly code: string
  readonly file: string
}

function collect(): { exportsByEntry: Map<EntryPoint, string[]>; examples: Example[] } {
  const files = Object.values(ENTRY_POINTS).map((file) => join(ROOT, file))
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
    noEmit: true,
    skipLibCheck: true,
  })
  const checker = program.getTypeChecker()
  const exportsByEntry = new Map<EntryPoint, string[]>()
  const examples: Example[] = []
  const seen = new Set<string>()
  for (const [entry, file] of Object.entries(ENTRY_POINTS) as Array<[EntryPoint, string]>) {
    const source = program.getSourceFile(join(ROOT, file))
    const moduleSymbol = source && checker.getSymbolAtLocation(source)
    if (moduleSymbol === undefined) throw new Error(`cannot read the exports of ${file}`)
    const names: string[] = []
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      names.push(exported.name)
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      for (const declaration of symbol.declarations ?? []) {
        const owners: Array<[string, ts.Node]> = [[exported.name, declaration]]
        if (ts.isClassDeclaration(declaration) || ts.isInterfaceDeclaration(declaration)) {
          for (const member of declaration.members) {
            if (member.name !== undefined && ts.isIdentifier(member.name)) owners.push([`${exported.name}.${member.name.text}`, member])
          }
        }
        for (const [name, node] of owners) {
          for (const code of exampleBlocks(node)) {
            const key = `${declaration.getSourceFile().fileName}:${code}`
            const id = `${entry}: ${name}`
            // chatmask and chatmask/pci re-export the same declarations: run each example once.
            if (seen.has(key)) {
              examples.push({ id, exportName: exported.name, code: '', file: '' })
              continue
            }
            seen.add(key)
            examples.push({ id, exportName: exported.name, code, file: declaration.getSourceFile().fileName.slice(ROOT.length) })
          }
        }
      }
    }
    exportsByEntry.set(entry, names)
  }
  return { exportsByEntry, examples }
}

/** The code of each @example tag on `node`: its fenced blocks, or the whole tag text if it has none. */
function exampleBlocks(node: ts.Node): string[] {
  const blocks: string[] = []
  for (const tag of ts.getJSDocTags(node)) {
    // A const's TSDoc belongs to its statement, two levels above the declaration.
    const owner = ts.isVariableDeclaration(node) ? node.parent.parent : node
    if (tag.tagName.text !== 'example' || tag.parent.parent !== owner) continue
    const text = ts.getTextOfJSDocComment(tag.comment) ?? ''
    const fenced = [...text.matchAll(/```(?:ts|typescript|js|javascript)?\n([\s\S]*?)```/g)].map((match) => match[1] as string)
    blocks.push(...(fenced.length > 0 ? fenced : [text]))
  }
  return blocks
}

/** Literal-looking expected values: a string, number, array, object, boolean, null, undefined. */
const LITERAL = /^(?:'.*'|".*"|`.*`|\[.*\]|\{.*\}|-?\d[\d_.]*|true|false|null|undefined)$/
const DECLARATION = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/

/** Rewrites result comments into checks; returns the code and how many checks it holds. */
function withChecks(code: string): { code: string; checks: number } {
  let checks = 0
  const lines = code.split('\n').map((line, index) => {
    const commentLine = /^(\s*)\/\/\s*(.+?)\s*(?:===|→)\s*(.+?)\s*$/.exec(line)
    if (commentLine !== null && LITERAL.test(commentLine[3] as string)) {
      checks++
      return `${commentLine[1]}__check((${commentLine[2]}), (${commentLine[3]}), ${index + 1})`
    }
    const trailing = /^(\s*)(.*?\S)\s*\/\/\s*(?:→\s*)?(.+?)\s*$/.exec(line)
    if (trailing === null || !LITERAL.test(trailing[3] as string)) return line
    const [, indent, statement, expected] = trailing as unknown as [string, string, string, string]
    checks++
    const logged = /console\.log\((.*)\)/.exec(statement)
    if (logged !== null) return `${indent}${statement.replace(logged[0], `__check((${logged[1]}), (${expected}), ${index + 1})`)}`
    const declared = DECLARATION.exec(statement)
    if (declared !== null) return `${indent}${statement}; __check(${declared[1]}, (${expected}), ${index + 1})`
    return `${indent}__check((${statement}), (${expected}), ${index + 1})`
  })
  return { code: lines.join('\n'), checks }
}

/** Maps the package's own specifiers to src/, so examples run against the code under test. */
function withSourceImports(code: string): string {
  return code.replace(/from\s+(['"])(chatmask(?:\/pci|\/node)?)\1/g, (_match, _quote, specifier: EntryPoint) => {
    return `from '${pathToFileURL(join(ROOT, ENTRY_POINTS[specifier])).href}'`
  })
}

const PRELUDE = [
  "import { deepStrictEqual as __deepStrictEqual } from 'node:assert'",
  "import { writeFileSync as __writeFileSync } from 'node:fs'",
  'let __checks = 0',
  'function __check(actual: unknown, expected: unknown, line: number): void {',
  '  __deepStrictEqual(actual, expected, `@example line ${line}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`)',
  '  __checks++',
  '}',
].join('\n')

const { exportsByEntry, examples } = collect()
const runnable = examples.filter((example) => example.code !== '' && !NOT_SELF_CONTAINED.has(example.exportName))
const workDir = mkdtempSync(join(tmpdir(), 'chatmask-tsdoc-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

describe('TSDoc @example blocks of the public API', () => {
  it('finds the public exports of every entry point', () => {
    for (const name of ['createRedactor', 'ChatmaskError', 'RedactionStream', 'Conversation', 'createRedactionTransformStream']) {
      expect(exportsByEntry.get('chatmask')).toContain(name)
      expect(exportsByEntry.get('chatmask/pci')).toContain(name)
    }
    expect(exportsByEntry.get('chatmask/node')).toContain('createRedactionTransform')
  })

  it('every public export has an @example (MISSING_EXAMPLE lists those still to write)', () => {
    const documented = new Set(examples.map((example) => `${example.id.split(':')[0]}: ${example.exportName}`))
    const missing: string[] = []
    for (const [entry, names] of exportsByEntry) {
      for (const name of names) {
        const key = `${entry}: ${name}`
        // chatmask/pci re-exports chatmask's API: list a missing example once, under chatmask.
        const listedKey = entry === 'chatmask/pci' && exportsByEntry.get('chatmask')?.includes(name) ? `chatmask: ${name}` : key
        if (!documented.has(key)) missing.push(listedKey)
      }
    }
    const unique = [...new Set(missing)].sort()
    const unlisted = unique.filter((key) => !MISSING_EXAMPLE.has(key))
    const nowDocumented = [...MISSING_EXAMPLE].filter((key) => !unique.includes(key))
    if (unique.length > 0) console.info(`[tsdoc] public exports without an @example (${unique.length}):\n  ${unique.join('\n  ')}`)
    expect(unlisted, 'new public exports need an @example').toEqual([])
    expect(nowDocumented, 'these have an @example now: remove them from MISSING_EXAMPLE').toEqual([])
  })

  it('has examples to run', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(6)
  })

  it('turns result comments into checks that fail on a wrong value', async () => {
    const sample = [
      "import { createRedactor } from 'chatmask'",
      "createRedactor().redact('4111 1111 1111 1111').text // '**** **** **** 1111'",
      "const { findings } = createRedactor().redact('cvv 123')",
      "// findings.map((f) => f.type) → ['cvv']",
    ].join('\n')
    expect(withChecks(sample).checks).toBe(2)
    await expect(runExample('self-test-ok', sample)).resolves.toBe(2)
    await expect(runExample('self-test-wrong', sample.replace("'**** **** **** 1111'", "'4111 **** **** 1111'"))).rejects.toThrow(/@example line 2/)
  })

  it.each(runnable.map((example) => [example.id, example] as const))('%s example runs', async (_id, example) => {
    const checks = await runExample(example.id, example.code, example.file)
    console.info(`[tsdoc] ${example.id}: ran, ${checks} result comment(s) checked`)
  })
})

/** Runs one example in its own Node process (tsx); resolves to the number of result comments checked. */
async function runExample(id: string, source: string, file = 'sample'): Promise<number> {
  const { code, checks } = withChecks(withSourceImports(source))
  expect(code, `${file}: an example imports something other than chatmask`).not.toMatch(/from\s+['"]\.{1,2}\//)
  const script = join(workDir, `${id.replace(/[^\w]+/g, '-')}.mts`)
  // The count goes to a file: an example may end process.stdout (pipeline(stdin, transform, stdout)).
  const countFile = `${script}.checks`
  writeFileSync(script, `${PRELUDE}\n${code}\n__writeFileSync(${JSON.stringify(countFile)}, String(__checks))\n`)
  const child = promisify(execFile)(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, timeout: RUN_TIMEOUT_MS, encoding: 'utf8' })
  // Examples that read stdin (a pipeline from process.stdin) see it closed at once.
  child.child.stdin?.end()
  await child.catch((error: { stderr?: string; message: string }) => {
    throw new Error(`${id} (${file}) failed:\n${error.stderr ?? error.message}\n--- as run:\n${code}`)
  })
  const ran = Number(readFileSync(countFile, 'utf8'))
  expect(ran, `${id}: result comments checked`).toBe(checks)
  return ran
}
