// Serves this folder on http://127.0.0.1:8081/ (PORT to change it): ES modules do
// not load from file:// URLs. Build the bundle first:
//
//   node examples/browser-widget/build.mjs && node examples/browser-widget/serve.mjs
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('.', import.meta.url))
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' }

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  const file = normalize(root + decodeURIComponent(path === '/' ? '/index.html' : path))
  const type = TYPES[extname(file)]
  if (!file.startsWith(root) || file.includes(`${sep}..`) || type === undefined) {
    response.writeHead(404).end()
    return
  }
  try {
    const body = await readFile(file)
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
  } catch {
    response.writeHead(404).end(path.endsWith('.min.js') ? 'Not built yet: run node examples/browser-widget/build.mjs\n' : '')
  }
})
server.listen(Number(process.env.PORT ?? 8081), '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  console.log(`browser widget on http://127.0.0.1:${port}/ (Ctrl-C to stop)`)
})
