// Writes the precache manifest into the exported service worker: the URL of
// every file the course needs offline, and a version that changes whenever
// any of those files changes, so browsers see a new sw.js after each deploy.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { listFiles, toPosix } from './files'

// public/sw.js carries this placeholder; the build replaces it with the manifest object.
const MANIFEST_PLACEHOLDER = "{ version: 'development', urls: [] }"
const MANIFEST_MARKER = `/* PRECACHE_MANIFEST */ ${MANIFEST_PLACEHOLDER}`

// Files the course never loads: Next's aliases of the 404 page (the worker
// falls back to /404.html) and Pagefind's prebuilt UIs (the search dialog
// uses only pagefind.js and the index).
const SKIPPED_FILES = [/^sw\.js$/, /^404\//, /^_not-found\//, /^pagefind\/pagefind-(.*ui|highlight)\.(js|css)$/]

/** Returns the URL a browser requests for an exported file: `lezioni/x/index.html` → `/lezioni/x/`. */
export function urlOfFile(file: string): string {
  const posix = toPosix(file)
  if (posix === 'index.html') return '/'
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`
  return `/${posix}`
}

/** Returns the URLs to precache and a version hash over their contents. */
export interface PrecacheManifest {
  version: string
  urls: string[]
}

export function buildManifest(outDir: string): PrecacheManifest {
  const files = listFiles(outDir).filter((file) => !SKIPPED_FILES.some((pattern) => pattern.test(toPosix(file))))
  const version = crypto.createHash('sha256')

  for (const file of files) {
    version.update(toPosix(file))
    version.update(fs.readFileSync(path.join(outDir, file)))
  }

  return { version: version.digest('hex').slice(0, 16), urls: files.map(urlOfFile) }
}

/** Replaces the manifest placeholder in `outDir/sw.js` with the manifest of `outDir`. */
export function writePrecacheManifest(outDir: string): { version: string; files: number; bytes: number } {
  const workerFile = path.join(outDir, 'sw.js')
  const source = fs.readFileSync(workerFile, 'utf8')
  if (!source.includes(MANIFEST_MARKER)) {
    throw new Error(`${workerFile} has no "${MANIFEST_MARKER}" placeholder: was public/sw.js changed?`)
  }

  const manifest = buildManifest(outDir)
  fs.writeFileSync(workerFile, source.replace(MANIFEST_PLACEHOLDER, JSON.stringify(manifest)))

  const bytes = manifest.urls.reduce((total, url) => total + fileSize(outDir, url), 0)
  return { version: manifest.version, files: manifest.urls.length, bytes }
}

function fileSize(outDir: string, url: string): number {
  const relative = url.endsWith('/') ? `${url}index.html` : url
  return fs.statSync(path.join(outDir, relative)).size
}
