// Serves the static export on 127.0.0.1 (next start does not support
// `output: 'export'`). Usage: node scripts/serve-out.mjs [DIR] [PORT]
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(process.argv[2] ?? 'out')
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173)

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
}

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No export found in ${root}: run \`npm run build\` first.`)
  process.exit(1)
}

function resolveFile(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  const candidate = path.normalize(path.join(root, decoded))
  if (!candidate.startsWith(root)) return null

  if (fs.existsSync(candidate) && fs.statSync(candidate).isDirectory()) {
    const index = path.join(candidate, 'index.html')
    return fs.existsSync(index) ? index : null
  }
  return fs.existsSync(candidate) ? candidate : null
}

const server = http.createServer((request, response) => {
  let file = null
  try {
    file = resolveFile(request.url ?? '/')
  } catch {
    file = null
  }

  const status = file ? 200 : 404
  const served = file ?? path.join(root, '404.html')
  response.writeHead(status, { 'Content-Type': CONTENT_TYPES[path.extname(served)] ?? 'application/octet-stream' })
  fs.createReadStream(served).pipe(response)
})

server.listen(port, '127.0.0.1', () => {
  console.log(`Container sicuri: http://127.0.0.1:${port}/`)
})
