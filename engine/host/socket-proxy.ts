// The socket proxy tecnativa/docker-socket-proxy, as a docker client on the
// host meets it. A running container of that image that publishes its port
// 2375 accepts plain HTTP there. Its HAProxy forwards to the mounted Docker
// socket only the API calls its environment enables, and logs each request.
// The rules follow the image's haproxy.cfg: a method other than GET (or HEAD)
// is denied unless POST is on. Then a call is allowed when its API section
// (CONTAINERS, IMAGES, INFO, …) is on, and everything else gets HAProxy's 403 page.

import { nginxAccessTime } from '../core/time'
import type { Daemon } from '../docker/daemon'
import type { Container } from '../docker/model'
import { PROGRAMS } from '../shell/programs'
import type { Program } from '../shell/types'

export const SOCKET_PROXY_REPOSITORY = 'tecnativa/docker-socket-proxy'
const PROXY_PORT = 2375

// HAProxy's stock error pages, which the image's haproxy.cfg installs with `errorfile`.
const FORBIDDEN_PAGE = '<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>'
const UNAVAILABLE_PAGE = '<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>'

/** Virtual run time of the HAProxy process: it stays up until stopped. */
const SERVER_RUN_MS = 365 * 24 * 3_600_000

export interface ApiRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE'
  /** Path after the `/v1.50` version prefix, e.g. `/containers/json`. */
  path: string
}

export interface SocketProxy {
  container: Container
  /** The container's environment: the image defaults with the `-e` values over them. */
  env: Map<string, string>
  /** True when a bind mount puts the host's Docker socket at SOCKET_PATH. */
  socketMounted: boolean
}

/** Registers `haproxy` in the container shell, so the proxy's main process keeps running. */
export function installHaproxyProgram(): void {
  PROGRAMS.haproxy = haproxy
}

// NOTE: the startup lines are those of HAProxy 2.x in master-worker mode (-W); HAProxy 3.2 may word them differently.
const haproxy: Program = (ctx) => {
  ctx.write('[NOTICE]   (1) : New worker (8) forked\n', 'stderr')
  ctx.write('[NOTICE]   (1) : Loading success.\n', 'stderr')
  ctx.spend(SERVER_RUN_MS)
  return 0
}

/** Finds the running socket-proxy container whose port 2375 is published on host port `port`. */
export function findSocketProxy(daemon: Daemon, port: number): SocketProxy | undefined {
  for (const container of daemon.containers) {
    if (container.state.status !== 'running' || container.image.repository !== SOCKET_PROXY_REPOSITORY) continue
    if (!publishesProxyPort(container, port)) continue

    const env = environment(container)
    const socketPath = env.get('SOCKET_PATH') || '/var/run/docker.sock'
    return { container, env, socketMounted: container.host.binds.some((bind) => mountsSocket(bind, socketPath)) }
  }
  return undefined
}

/** True for `-p [IP:]PORT:2375[/tcp]` with PORT equal to `port`. */
function publishesProxyPort(container: Container, port: number): boolean {
  return container.host.publish.some((spec) => {
    const parts = spec.split(':')
    return parts[parts.length - 2] === String(port) && parts[parts.length - 1]!.split('/')[0] === String(PROXY_PORT)
  })
}

function environment(container: Container): Map<string, string> {
  const env = new Map<string, string>()
  for (const item of container.config.Env) {
    const equals = item.indexOf('=')
    if (equals > 0) env.set(item.slice(0, equals), item.slice(equals + 1))
  }
  return env
}

function mountsSocket(bind: string, socketPath: string): boolean {
  const [source, target] = bind.split(':')
  return (source === '/var/run/docker.sock' || source === '/run/docker.sock') && target === socketPath
}

/** HAProxy's `env(NAME) -m bool`: true for a non-zero number. */
function enabled(env: Map<string, string>, name: string): boolean {
  const value = Number(env.get(name) ?? '0')
  return Number.isFinite(value) && value !== 0
}

/** API sections with an env switch, checked in haproxy.cfg's order after the ALLOW_* rules. */
const SECTIONS = ['auth', 'build', 'commit', 'configs', 'containers', 'distribution', 'events', 'exec', 'grpc', 'images', 'info', 'networks', 'nodes', '_ping', 'plugins', 'secrets', 'services', 'session', 'swarm', 'system', 'tasks', 'version', 'volumes']

/** Applies the proxy's rules to one request; HAProxy's METH_GET matches GET and HEAD. */
export function isAllowed(env: Map<string, string>, request: ApiRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD' && !enabled(env, 'POST')) return false

  const action = /^\/containers\/[a-zA-Z0-9_.-]+\/(stop|restart|kill|start)/.exec(request.path)?.[1]
  if ((action === 'stop' || action === 'restart' || action === 'kill') && enabled(env, 'ALLOW_RESTARTS')) return true
  if (action === 'start' && enabled(env, 'ALLOW_START')) return true
  if (action === 'stop' && enabled(env, 'ALLOW_STOP')) return true

  const section = SECTIONS.find((name) => request.path.toLowerCase().startsWith(`/${name}`))
  return section !== undefined && enabled(env, section === '_ping' ? 'PING' : section.toUpperCase())
}

/** A request the proxy handled and the HTTP status of its response. */
export interface HandledRequest {
  request: ApiRequest
  status: number
}

export interface ProxyOutcome {
  /** The daemon error the docker client prints; undefined when the command gets through. */
  error: string | undefined
  /** The requests in the order the proxy saw them, for its access log. */
  handled: HandledRequest[]
}

/**
 * Runs a docker command's API calls through the proxy's rules. The first
 * rejected call ends the command with HAProxy's 403 page, which the client
 * prints as is after its usual prefix. A GET of a container that does not
 * exist also ends the check, because the real client stops there with the
 * daemon's own "No such container" error.
 */
export function evaluateProxy(proxy: SocketProxy, args: string[], containerExists: (name: string) => boolean): ProxyOutcome {
  const ping: ApiRequest = { method: 'HEAD', path: '/_ping' }
  if (!proxy.socketMounted) return { error: `Error response from daemon: ${UNAVAILABLE_PAGE}`, handled: [{ request: ping, status: 503 }] }

  // NOTE: the CLI goes on after a rejected _ping with its default API version, so PING=0 only shows in the log.
  const handled: HandledRequest[] = [{ request: ping, status: isAllowed(proxy.env, ping) ? 200 : 403 }]
  for (const request of apiRequests(args)) {
    if (!isAllowed(proxy.env, request)) {
      handled.push({ request, status: 403 })
      return { error: `Error response from daemon: ${FORBIDDEN_PAGE}`, handled }
    }

    const inspected = /^\/containers\/([^/]+)\/json$/.exec(request.path)?.[1]
    const missing = inspected !== undefined && !containerExists(inspected)
    handled.push({ request, status: missing ? 404 : 200 })
    if (missing) break
  }
  return { error: undefined, handled }
}

/**
 * Formats one line of HAProxy's `option httplog`, as the image logs it to
 * stdout: the client (the bridge gateway, seen through the IPv6 socket), the
 * frontend, the backend server or `<NOSRV>` for a denied request, and the
 * termination state `PR--` for a deny.
 * NOTE: the timers and byte counts are fixed plausible values.
 */
export function accessLogLine(handled: HandledRequest, ms: number, clientPort: number): string {
  const { request, status } = handled
  const time = `${nginxAccessTime(ms).slice(0, -' +0000'.length)}.${String(ms % 1000).padStart(3, '0')}`
  let outcome = `dockerbackend/dockersocket 0/0/0/1/1 ${status} ${responseBytes(handled)} - - ----`
  if (status === 403) outcome = 'dockerfrontend/<NOSRV> 0/-1/-1/-1/0 403 192 - - PR--'
  if (status === 503) outcome = 'dockerbackend/dockersocket 0/0/-1/-1/0 503 217 - - SC--'
  return `::ffff:172.17.0.1:${clientPort} [${time}] dockerfrontend ${outcome} 1/1/0/0/0 0/0 "${request.method} /v1.50${request.path} HTTP/1.1"`
}

function responseBytes({ request, status }: HandledRequest): number {
  if (request.method === 'HEAD') return 276
  return status === 200 ? 1489 : 212
}

/** Subcommands of `docker container` and `docker image` under their top-level names. */
const ALIASES: Record<string, string> = {
  'container ls': 'ps',
  'container list': 'ps',
  'container ps': 'ps',
  'image ls': 'images',
  'image list': 'images',
  'image rm': 'rmi',
  'image remove': 'rmi',
  'container remove': 'rm',
  'system info': 'info',
}

/**
 * Lists the API calls a docker CLI 28 command makes after its `_ping`, in order.
 * NOTE: the initial HEAD /_ping is left out, so PING=0 has no effect here,
 * and a subcommand missing from this table is treated as a call to `/<name>`.
 */
export function apiRequests(args: string[]): ApiRequest[] {
  const group = ['container', 'image', 'network', 'volume', 'system'].includes(args[0] ?? '') ? args[0]! : undefined
  const joined = group === undefined ? (args[0] ?? '') : `${group} ${args[1] ?? ''}`
  const command = ALIASES[joined] ?? (group === 'container' || group === 'image' ? (args[1] ?? '') : joined)
  const rest = args.slice(group === undefined ? 1 : 2)
  const target = rest.find((arg) => !arg.startsWith('-')) ?? 'id'
  if (group === 'image' && command === 'inspect') return [{ method: 'GET', path: `/images/${target}/json` }]

  const get = (path: string): ApiRequest => ({ method: 'GET', path })
  const post = (path: string): ApiRequest => ({ method: 'POST', path })
  const table: Record<string, ApiRequest[]> = {
    ps: [get('/containers/json')],
    images: [get('/images/json')],
    info: [get('/info')],
    version: [get('/version')],
    events: [get('/events')],
    inspect: [get(`/containers/${target}/json`)],
    logs: [get(`/containers/${target}/logs`)],
    top: [get(`/containers/${target}/top`)],
    port: [get(`/containers/${target}/json`)],
    diff: [get(`/containers/${target}/changes`)],
    stats: [get('/containers/json'), get(`/containers/${target}/stats`)],
    history: [get(`/images/${target}/history`)],
    run: [post('/containers/create'), post(`/containers/${target}/start`)],
    create: [post('/containers/create')],
    start: [post(`/containers/${target}/start`)],
    stop: [post(`/containers/${target}/stop`)],
    restart: [post(`/containers/${target}/restart`)],
    kill: [post(`/containers/${target}/kill`)],
    pause: [post(`/containers/${target}/pause`)],
    unpause: [post(`/containers/${target}/unpause`)],
    rename: [post(`/containers/${target}/rename`)],
    update: [post(`/containers/${target}/update`)],
    wait: [post(`/containers/${target}/wait`)],
    attach: [post(`/containers/${target}/attach`)],
    rm: [{ method: 'DELETE', path: `/containers/${target}` }],
    exec: [get(`/containers/${target}/json`), post(`/containers/${target}/exec`)],
    cp: [target.includes(':') ? get(`/containers/${target.split(':')[0]}/archive`) : { method: 'PUT', path: `/containers/${rest.filter((arg) => !arg.startsWith('-'))[1]?.split(':')[0] ?? 'id'}/archive` }],
    commit: [post('/commit')],
    prune: [post(group === 'image' ? '/images/prune' : '/containers/prune')],
    pull: [post('/images/create')],
    push: [post(`/images/${target}/push`)],
    tag: [post(`/images/${target}/tag`)],
    rmi: [{ method: 'DELETE', path: `/images/${target}` }],
    build: [post('/build')],
    login: [post('/auth')],
    save: [get('/images/get')],
    load: [post('/images/load')],
    'network ls': [get('/networks')],
    'network inspect': [get(`/networks/${target}`)],
    'network create': [post('/networks/create')],
    'network rm': [{ method: 'DELETE', path: `/networks/${target}` }],
    'volume ls': [get('/volumes')],
    'volume inspect': [get(`/volumes/${target}`)],
    'volume create': [post('/volumes/create')],
    'volume rm': [{ method: 'DELETE', path: `/volumes/${target}` }],
    'system df': [get('/system/df')],
    'system prune': [post('/containers/prune')],
  }
  return table[command] ?? [get(`/${command.split(' ').pop() ?? ''}`)]
}
