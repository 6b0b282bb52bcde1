// Behaviour of the nginx main process: startup and shutdown log lines and
// HTTP responses served from the container's filesystem.

import { nginxAccessTime, nginxErrorTime } from '../core/time'
import { canAccess, dirName, resolvePath, type Credentials } from '../fs/vfs'
import { KERNEL_RELEASE, NGINX_ENTRYPOINT_LINES, nginxErrorPage } from '../images/nginx-files'
import { OFFICIAL_NGINX_LAYOUT } from '../images/types'
import type { Container } from './model'

export const NGINX_WORKERS = [29, 30]

const NGINX_UID = 101

export type LogWriter = (stream: 'stdout' | 'stderr', text: string, atMs?: number) => void

export interface NginxStartOptions {
  /** False when the entrypoint's IPv6 script cannot edit default.conf (read-only root filesystem or a non-root user). */
  configWritable: boolean
  /** The `[warn]` message nginx logs before it starts, e.g. an ignored `user` directive. */
  warning?: string
  /** The `[emerg]` error that stops nginx, e.g. a temp directory on a read-only filesystem. */
  emergency?: string
  /** Compiler that nginx logs after `built by `. DEBIAN_COMPILER applies when absent. */
  compiler?: string
}

/**
 * The compiler the official Debian-based nginx 1.27 images log. nginx copies
 * gcc's version line with its trailing space, so the log line ends in one.
 */
const DEBIAN_COMPILER = 'gcc 12.2.0 (Debian 12.2.0-14) '

/**
 * Works out how nginx's start-up goes for the container's filesystem, user and
 * capabilities: whether the entrypoint can edit default.conf, the warning it
 * logs and the error that stops it, in the order nginx meets them. It creates
 * its temp paths (and chowns them to the worker user) before it writes the
 * pid file and binds the listening socket.
 */
export function nginxStartCheck(container: Container, cred: Credentials, capabilities: ReadonlySet<string>): NginxStartOptions {
  const fs = container.fs
  const layout = container.image.nginx ?? OFFICIAL_NGINX_LAYOUT
  const clientTemp = `${layout.tempDir}/client_temp`
  const readOnly = (path: string): boolean => fs.readOnly?.(path) === true
  const denied = (path: string): boolean => {
    const node = fs.lookup(path) ?? fs.lookup(dirName(path))
    return node !== undefined && !canAccess(node, cred, 2)
  }
  const asRoot = cred.uid === 0
  const options: NginxStartOptions = { configWritable: !readOnly('/etc/nginx/conf.d/default.conf') && !denied('/etc/nginx/conf.d/default.conf') }
  if (container.image.nginxCompiler !== undefined) options.compiler = container.image.nginxCompiler

  const userLine = (fs.lookup('/etc/nginx/nginx.conf')?.content ?? '').split('\n').findIndex((line) => /^\s*user\s/.test(line))
  if (!asRoot && userLine >= 0) options.warning = `the "user" directive makes sense only if the master process runs with super-user privileges, ignored in /etc/nginx/nginx.conf:${userLine + 1}`

  if (readOnly(clientTemp)) options.emergency = `mkdir() "${clientTemp}" failed (30: Read-only file system)`
  else if (fs.lookup(clientTemp) === undefined && denied(clientTemp)) options.emergency = `mkdir() "${clientTemp}" failed (13: Permission denied)`
  else if (asRoot && !capabilities.has('CHOWN')) options.emergency = `chown("${clientTemp}", ${NGINX_UID}) failed (1: Operation not permitted)`
  else if (readOnly(layout.pidFile)) options.emergency = `open() "${layout.pidFile}" failed (30: Read-only file system)`
  else if (denied(layout.pidFile)) options.emergency = `open() "${layout.pidFile}" failed (13: Permission denied)`
  else if (bindNeedsCapability(container, layout.port) && !capabilities.has('NET_BIND_SERVICE')) options.emergency = `bind() to 0.0.0.0:${layout.port} failed (13: Permission denied)`
  return options
}

/**
 * Since Engine 20.10 the daemon sets net.ipv4.ip_unprivileged_port_start=0 in
 * every network namespace of its own, so any user binds ports below 1024 there.
 * Only a container on the host's network stack still needs NET_BIND_SERVICE.
 */
function bindNeedsCapability(container: Container, port: number): boolean {
  return port < 1024 && container.host.networkMode === 'host'
}

export function nginxStartupLogs(write: LogWriter, atMs: number, options: NginxStartOptions = { configWritable: true }): void {
  for (const line of NGINX_ENTRYPOINT_LINES) {
    if (options.configWritable || !line.startsWith('10-listen-on-ipv6-by-default.sh: info: ')) write('stdout', line, atMs)
    else if (line.includes('Getting the checksum')) write('stdout', '10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)', atMs)
  }

  const stamp = nginxErrorTime(atMs)
  // Before start-up completes nginx repeats each message on stderr with an `nginx:` prefix.
  if (options.warning !== undefined) {
    write('stderr', `${stamp} [warn] 1#1: ${options.warning}`, atMs)
    write('stderr', `nginx: [warn] ${options.warning}`, atMs)
  }
  if (options.emergency !== undefined) {
    write('stderr', `${stamp} [emerg] 1#1: ${options.emergency}`, atMs)
    write('stderr', `nginx: [emerg] ${options.emergency}`, atMs)
    return
  }

  const notices = [
    'using the "epoll" event method',
    'nginx/1.27.4',
    `built by ${options.compiler ?? DEBIAN_COMPILER}`,
    `OS: Linux ${KERNEL_RELEASE}`,
    'getrlimit(RLIMIT_NOFILE): 1048576:1048576',
    'start worker processes',
    ...NGINX_WORKERS.map((pid) => `start worker process ${pid}`),
  ]
  for (const notice of notices) write('stderr', `${stamp} [notice] 1#1: ${notice}`, atMs)
}

/** Log lines of a graceful (SIGQUIT) or fast (SIGTERM/SIGINT) shutdown. */
export function nginxShutdownLogs(write: LogWriter, atMs: number, signal: 'SIGQUIT' | 'SIGTERM' | 'SIGINT'): void {
  const stamp = nginxErrorTime(atMs)
  const number = { SIGQUIT: 3, SIGTERM: 15, SIGINT: 2 }[signal]
  const graceful = signal === 'SIGQUIT'
  const lines = [`1#1: signal ${number} (${signal}) received, ${graceful ? 'shutting down' : 'exiting'}`]

  NGINX_WORKERS.forEach((pid, index) => {
    if (graceful) lines.push(`${pid}#${pid}: gracefully shutting down`)
    lines.push(`${pid}#${pid}: exiting`, `${pid}#${pid}: exit`)
    lines.push(`1#1: signal 17 (SIGCHLD) received from ${pid}`, `1#1: worker process ${pid} exited with code 0`)
    if (index === 0) lines.push('1#1: signal 29 (SIGIO) received')
  })
  lines.push('1#1: exit')

  for (const line of lines) write('stderr', `${stamp} [notice] ${line}`, atMs)
}

export interface NginxResponse {
  status: number
  body: string
}

/** Serves one request the way the image's default.conf does, logging like nginx's `main` format. */
export function nginxServe(container: Container, method: string, path: string, atMs: number, write: LogWriter, client = '127.0.0.1', userAgent = 'curl/7.88.1'): NginxResponse {
  const process = container.process
  if (process?.kind !== 'nginx') return { status: 502, body: '' }

  process.requests++
  const connection = process.requests
  const worker = NGINX_WORKERS[0]!
  const root = '/usr/share/nginx/html'
  const cleanPath = path.split('?')[0] ?? '/'
  const filePath = resolvePath(root, `.${cleanPath}`)
  const cred = { uid: NGINX_UID, gid: NGINX_UID }
  const logError = (message: string): void =>
    write('stderr', `${nginxErrorTime(atMs)} [error] ${worker}#${worker}: *${connection} ${message}, client: ${client}, server: localhost, request: "${method} ${path} HTTP/1.1", host: "localhost"`, atMs)

  let response: NginxResponse
  const node = container.fs.lookup(filePath)

  if (cleanPath.endsWith('/') && node?.type === 'dir') {
    const index = container.fs.lookup(`${filePath === '/' ? '' : filePath}/index.html`)
    if (index && index.type === 'file') response = readable(index, cred) ? { status: 200, body: index.content } : forbiddenFile(`${filePath}/index.html`, logError)
    else {
      logError(`directory index of "${filePath.endsWith('/') ? filePath : `${filePath}/`}" is forbidden`)
      response = { status: 403, body: nginxErrorPage(403, 'Forbidden') }
    }
  } else if (node && node.type === 'file') {
    response = readable(node, cred) ? { status: 200, body: node.content } : forbiddenFile(filePath, logError)
  } else {
    logError(`open() "${filePath}" failed (2: No such file or directory)`)
    response = { status: 404, body: nginxErrorPage(404, 'Not Found') }
  }

  const bytes = method === 'HEAD' ? 0 : new TextEncoder().encode(response.body).length
  write('stdout', `${client} - - [${nginxAccessTime(atMs)}] "${method} ${path} HTTP/1.1" ${response.status} ${bytes} "-" "${userAgent}" "-"`, atMs)
  return response
}

function readable(node: { mode: number; uid: number; gid: number; type: 'file' | 'dir' | 'symlink' }, cred: { uid: number; gid: number }): boolean {
  return canAccess(node as Parameters<typeof canAccess>[0], cred, 4)
}

function forbiddenFile(path: string, logError: (message: string) => void): NginxResponse {
  logError(`open() "${path}" failed (13: Permission denied)`)
  return { status: 403, body: nginxErrorPage(403, 'Forbidden') }
}
