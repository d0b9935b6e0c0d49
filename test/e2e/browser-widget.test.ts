/**
 * The browser widget in a real browser: Debian's Chromium driven by
 * playwright-core, the page served over http on 127.0.0.1. A card number is typed
 * one key at a time and, after EVERY key, the "what the agent sees" pane is read
 * and checked: the same layout as the draft, digits masked, and a digit shown
 * only where the card's last four sit. A MutationObserver in the page also records
 * every text the pane ever held, so no state between two reads escapes the check.
 *
 * Without Chromium this file is skipped with a notice, except in CI (CI=true),
 * where a missing browser is a failure: .ci/run installs it.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoLeak, expectSafePreview, lastDigitPositions } from '../examples/leak-check.js'

const WIDGET_DIR = fileURLToPath(new URL('../../examples/browser-widget/', import.meta.url))
const BUNDLE = join(WIDGET_DIR, 'dist', 'chatmask-pci.min.js')
const SCREENSHOT = join(tmpdir(), 'chatmask-browser-widget.png')

/** The flags this workplace's closed network needs (no background connections), and a sandbox-less root launch. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
/** A typed key's effects are synchronous; this only bounds a read if the page stalls. */
const KEY_DELAY_MS = 5
const BROWSER_TIMEOUT_MS = 60_000

/** Published test card numbers: Mastercard (one message) and Visa (split over two). */
const MESSAGE_ONE = 'my card is 5425 2334 3010 9903 exp 12/29 cvv 123 ok'
const MESSAGE_ONE_MASKED = 'my card is **** **** **** 9903 exp **/** cvv *** ok'
const SPLIT_FIRST = 'my other card is 4539 1488'
const SPLIT_SECOND = '0343 6467 thanks'

function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv !== undefined && existsSync(fromEnv)) return fromEnv
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim()
    return found === '' ? undefined : found.split('\n')[0]
  } catch {
    return undefined
  }
}

const chromiumPath = findChromium()
const inCI = process.env.CI === 'true'
if (chromiumPath === undefined && !inCI) {
  console.warn(
    '\n[e2e] SKIPPED test/e2e/browser-widget.test.ts: Chromium not found on PATH.\n' +
      '      Install it with `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH); in CI this is a failure.\n',
  )
}

/** Serves the widget folder (static files only, nothing outside it) on 127.0.0.1 and an ephemeral port. */
async function serveWidget(): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    const file = resolve(WIDGET_DIR, `.${decodeURIComponent(path === '/' ? '/index.html' : path)}`)
    const type = types[extname(file)]
    if (!file.startsWith(WIDGET_DIR.endsWith(sep) ? WIDGET_DIR : WIDGET_DIR + sep) || type === undefined || !existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

async function readPanes(page: Page): Promise<{ draft: string; preview: string; transcript: string[] }> {
  return page.evaluate(() => ({
    draft: (document.querySelector('#draft') as HTMLInputElement).value,
    preview: (document.querySelector('#agent-preview') as HTMLElement).textContent ?? '',
    transcript: [...document.querySelectorAll('#transcript li')].map((item) => item.textContent ?? ''),
  }))
}

/** Types `text` one key at a time, checking the preview after every key. Returns the last preview. */
async function typeChecked(page: Page, text: string, revealable: ReadonlySet<number>): Promise<string> {
  let preview = ''
  for (let length = 1; length <= text.length; length++) {
    await page.keyboard.type(text[length - 1] as string, { delay: KEY_DELAY_MS })
    const panes = await readPanes(page)
    expect(panes.draft).toBe(text.slice(0, length))
    expectSafePreview(panes.draft, panes.preview, revealable)
    preview = panes.preview
  }
  return preview
}

if (chromiumPath === undefined && inCI) {
  // A test of its own, so CI's summary counts it as failed rather than silently skipped.
  it('Chromium is installed (required when CI=true)', () => {
    expect.fail('CI=true but Chromium is not installed: .ci/run must run `apt-get install -y chromium` before the tests.')
  })
}

describe.skipIf(chromiumPath === undefined)('examples/browser-widget in Chromium', () => {
  let context: BrowserContext | undefined
  let server: Server | undefined
  let origin = ''
  let userDataDir = ''

  beforeAll(async () => {
    // Build the page's bundle of chatmask/pci (not committed).
    execFileSync(process.execPath, [join(WIDGET_DIR, 'build.mjs')], { stdio: 'pipe' })
    expect(existsSync(BUNDLE)).toBe(true)
    ;({ server, origin } = await serveWidget())
    userDataDir = mkdtempSync(join(tmpdir(), 'chatmask-chromium-'))
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath as string,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 900, height: 520 },
      timeout: BROWSER_TIMEOUT_MS,
    })
    // The page may reach our server and nothing else.
    await context.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()))
  }, BROWSER_TIMEOUT_MS * 2)

  afterAll(async () => {
    await context?.close()
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()))
    if (userDataDir !== '') rmSync(userDataDir, { recursive: true, force: true })
  })

  it('never previews more than the last 4 digits, key by key, and sends the message masked', async () => {
    const page = await (context as BrowserContext).newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`${origin}/`)
    await page.waitForSelector('html[data-ready="true"]', { timeout: BROWSER_TIMEOUT_MS })

    // Record every text the preview and transcript panes ever hold, between our reads too.
    await page.evaluate(() => {
      const seen: string[] = []
      ;(window as unknown as { seenTexts: string[] }).seenTexts = seen
      const record = () => {
        seen.push(document.querySelector('#agent-preview')?.textContent ?? '')
        for (const item of document.querySelectorAll('#transcript li')) seen.push(item.textContent ?? '')
      }
      new MutationObserver(record).observe(document.body, { childList: true, subtree: true, characterData: true })
    })

    await page.click('#draft')
    const cardStart = MESSAGE_ONE.indexOf('5425')
    const last = await typeChecked(page, MESSAGE_ONE, lastDigitPositions(MESSAGE_ONE, cardStart, cardStart + '5425 2334 3010 9903'.length))
    // Once the number is known to be complete, the last four do appear, in place.
    expect(last).toBe(MESSAGE_ONE_MASKED)
    await page.click('#send')
    expect((await readPanes(page)).transcript).toEqual([MESSAGE_ONE_MASKED])
    expect((await readPanes(page)).preview).toBe('')

    // A card split over two messages: the second draft is the end of a card, not two harmless groups.
    await typeChecked(page, SPLIT_FIRST, new Set())
    await page.keyboard.press('Enter')
    expect((await readPanes(page)).transcript).toEqual([MESSAGE_ONE_MASKED, 'my other card is **** ****'])
    const splitPreview = await typeChecked(page, SPLIT_SECOND, lastDigitPositions(SPLIT_SECOND, 0, '0343 6467'.length))
    expect(splitPreview).toBe('**** 6467 thanks')

    await page.screenshot({ path: SCREENSHOT, fullPage: true })
    await page.keyboard.press('Enter')
    expect((await readPanes(page)).transcript).toEqual([MESSAGE_ONE_MASKED, 'my other card is **** ****', '**** 6467 thanks'])

    const seen = await page.evaluate(() => (window as unknown as { seenTexts: string[] }).seenTexts)
    expect(seen.length).toBeGreaterThan(MESSAGE_ONE.length)
    for (const text of seen) expectNoLeak(text, ['9903', '6467'])
    expect(pageErrors).toEqual([])
    console.info(`[e2e] screenshot: ${SCREENSHOT}`)
  })
})
