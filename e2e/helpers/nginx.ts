import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

// Runs Debian's nginx with the course image's configuration (deploy/nginx/)
// on 127.0.0.1, serving a static export. The image paths are rewritten to a
// temporary prefix: /etc/nginx/conf.d and the snippets → the prefix,
// /usr/share/nginx/html → the export, /tmp → the prefix, port 8080 → a free port.

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const CONFIG_DIR = path.resolve('deploy/nginx')
const CSP_MAP = path.join(CONFIG_DIR, 'generated/csp-hashes.conf')

export interface NginxServer {
  url: string
  /** The export directory being served. */
  root: string
  stop(): Promise<void>
}

/** Starts nginx serving `root` and resolves once it accepts connections. */
export async function startNginx(root = path.resolve('out')): Promise<NginxServer> {
  checkPrerequisites(root)

  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'container-sicuri-nginx-'))
  const port = await findFreePort()
  writeConfig(prefix, root, port)

  const child = spawn(NGINX, ['-e', 'stderr', '-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const stderr: string[] = []
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()))

  await waitForPort(port, child, stderr)
  return { url: `http://127.0.0.1:${port}`, root, stop: () => stopNginx(child, prefix) }
}

function checkPrerequisites(root: string) {
  if (!fs.existsSync(NGINX)) throw new Error(`${NGINX} not found: install it with \`apt-get install -y nginx\`.`)
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`No export in ${root}: run \`npm run build\` first.`)
  if (!fs.existsSync(CSP_MAP)) throw new Error(`${CSP_MAP} is missing: run \`npm run build\`, which generates it.`)
}

function writeConfig(prefix: string, root: string, port: number) {
  fs.mkdirSync(path.join(prefix, 'conf.d'))

  // A master process running as root switches its workers to the group
  // `nobody`, which Debian does not have. So under root the workers stay root.
  const user = process.getuid?.() === 0 ? 'user root root;\n' : ''
  const main = fs
    .readFileSync(path.join(CONFIG_DIR, 'nginx.conf'), 'utf8')
    .replaceAll('/tmp/', `${prefix}/`)
    .replace('include /etc/nginx/conf.d/*.conf;', `include ${prefix}/conf.d/*.conf;`)
    .replace('access_log /dev/stdout main;', 'access_log off;')
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), user + main)

  const server = fs
    .readFileSync(path.join(CONFIG_DIR, 'default.conf'), 'utf8')
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('root /usr/share/nginx/html;', `root ${root};`)
    .replaceAll('/etc/nginx/csp-hashes.conf', CSP_MAP)
    .replaceAll('/etc/nginx/security-headers.conf', path.join(CONFIG_DIR, 'security-headers.conf'))
  fs.writeFileSync(path.join(prefix, 'conf.d/default.conf'), server)
}

/** Checks the configuration with `nginx -t` in a temporary prefix; returns nginx's output and exit status. */
export function testNginxConfig(root = path.resolve('out')): { status: number | null; output: string } {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'container-sicuri-nginx-'))
  writeConfig(prefix, root, 8080)
  const result = spawnSync(NGINX, ['-t', '-e', 'stderr', '-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {
    encoding: 'utf8',
  })
  fs.rmSync(prefix, { recursive: true, force: true })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

async function waitForPort(port: number, child: ChildProcess, stderr: string[], timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs

  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with status ${child.exitCode}: ${stderr.join('')}`)
    if (await canConnect(port)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }

  child.kill('SIGTERM')
  throw new Error(`nginx did not accept connections on 127.0.0.1:${port} within ${timeoutMs} ms: ${stderr.join('')}`)
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

async function stopNginx(child: ChildProcess, prefix: string) {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    // SIGQUIT is nginx's graceful shutdown.
    child.kill('SIGQUIT')
    await exited
  }
  fs.rmSync(prefix, { recursive: true, force: true })
}
