// Serves the export on 127.0.0.1 for the bench: Debian's nginx with the image's
// configuration when it is installed (gzip and headers as in production),
// otherwise scripts/serve-out.mjs (uncompressed).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import { startNginx } from '../../e2e/helpers/nginx'

export interface BenchServer {
  url: string
  description: string
  stop(): Promise<void>
}

export async function startServer(root: string): Promise<BenchServer> {
  if (fs.existsSync(process.env.NGINX_PATH ?? '/usr/sbin/nginx')) {
    const nginx = await startNginx(root)
    return { url: nginx.url, description: 'nginx (deploy/nginx/, gzip on)', stop: nginx.stop }
  }

  return startNodeServer(root)
}

async function startNodeServer(root: string): Promise<BenchServer> {
  const port = await freePort()
  const child = spawn(process.execPath, ['scripts/serve-out.mjs', root, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve())
    child.once('exit', (code) => reject(new Error(`scripts/serve-out.mjs exited with status ${code}`)))
  })

  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  return { url: `http://127.0.0.1:${port}`, description: 'scripts/serve-out.mjs (no compression)', stop }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
