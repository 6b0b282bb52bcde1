// Runs scripts/check-mdx.ts through tsx so authors can call it with plain node.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const here = path.dirname(fileURLToPath(import.meta.url))
const tsx = path.join(here, '..', 'node_modules', '.bin', 'tsx')
const result = spawnSync(tsx, [path.join(here, 'check-mdx.ts'), ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(result.status ?? 1)
