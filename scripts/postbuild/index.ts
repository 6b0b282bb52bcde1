// Post-build steps for the static export, run by `npm run build` after
// `next build` and `pagefind`: the nginx CSP hash map, then the service
// worker's precache manifest (last, so it lists the search index too).
// Usage: tsx scripts/postbuild/index.ts [OUT_DIR] [CSP_MAP_FILE]
import path from 'node:path'
import { writeCspMap } from './csp'
import { writePrecacheManifest } from './precache'

const outDir = path.resolve(process.argv[2] ?? 'out')
const mapFile = path.resolve(process.argv[3] ?? 'deploy/nginx/generated/csp-hashes.conf')

const csp = writeCspMap(outDir, mapFile)
console.log(`postbuild: ${csp.hashes} inline script hashes for ${csp.pages} HTML files → ${path.relative(process.cwd(), mapFile)}`)

const precache = writePrecacheManifest(outDir)
console.log(`postbuild: service worker ${precache.version} precaches ${precache.files} files (${precache.bytes} bytes)`)
