// The docker client's connection step: global flags (-H, --tls…), the
// DOCKER_HOST/DOCKER_TLS_VERIFY/DOCKER_CERT_PATH variables, the permission
// check on the unix socket and the TLS checks of a tcp:// endpoint. Only a
// client that gets through reaches the simulated daemon.

import type { Daemon } from '../docker/daemon'
import { canAccess } from '../fs/vfs'
import { connectionFailure, socketPermissionMessage } from '../shell/docker-client'
import type { DockerRunner, HostProgramContext } from '../shell/host'
import type { TcpEndpoint } from './dockerd'
import type { CertInfo, PemRegistry } from './pem'
import { accessLogLine, evaluateProxy, findSocketProxy } from './socket-proxy'
import type { HostSystem } from './system'

export const DOCKER_SOCKET = '/var/run/docker.sock'

interface ClientOptions {
  host: string | undefined
  tls: boolean
  tlsVerify: boolean
  files: { ca?: string; cert?: string; key?: string }
  rest: string[]
}

const VALUE_FLAGS = new Map([
  ['-H', 'host'],
  ['--host', 'host'],
  ['--tlscacert', 'ca'],
  ['--tlscert', 'cert'],
  ['--tlskey', 'key'],
  ['-c', 'context'],
  ['--context', 'context'],
  ['--config', 'config'],
  ['-l', 'log-level'],
  ['--log-level', 'log-level'],
])

function parseGlobalOptions(args: string[]): ClientOptions {
  const options: ClientOptions = { host: undefined, tls: false, tlsVerify: false, files: {}, rest: [] }
  let index = 0
  for (; index < args.length; index++) {
    const arg = args[index]!
    if (!arg.startsWith('-') || arg === '-v' || arg === '--version' || arg === '-h' || arg === '--help') break

    const equals = arg.indexOf('=')
    const name = equals > 0 ? arg.slice(0, equals) : arg
    const key = VALUE_FLAGS.get(name)
    if (key !== undefined) {
      const value = equals > 0 ? arg.slice(equals + 1) : (args[++index] ?? '')
      if (key === 'host') options.host = value
      if (key === 'ca' || key === 'cert' || key === 'key') options.files[key] = value
      continue
    }
    const enabled = equals < 0 || arg.slice(equals + 1) !== 'false'
    if (name === '--tls') options.tls = enabled
    else if (name === '--tlsverify') options.tlsVerify = enabled
    else if (name !== '-D' && name !== '--debug') break
  }
  options.rest = args.slice(index)
  return options
}

/** True for invocations that never contact the daemon. */
function clientOnly(args: string[]): boolean {
  const first = args[0]
  return first === undefined || first === '-v' || first === '--version' || first === '-h' || first === '--help' || first === 'help' || args.includes('--help')
}

export class DockerAccess {
  /** Connections made to socket proxies so far, which picks each one's client port. */
  private proxyConnections = 0

  constructor(
    private readonly system: HostSystem,
    private readonly pems: PemRegistry,
    private readonly endpoints: TcpEndpoint[],
    private readonly runDocker: DockerRunner,
    /** The daemon whose containers may include a socket proxy. */
    private readonly daemon: Daemon,
  ) {}

  install(): void {
    this.system.register('docker', async (ctx) => this.docker(ctx))
  }

  private async docker(ctx: HostProgramContext): Promise<number> {
    const system = this.system
    system.notifyAccess({ path: '/usr/bin/docker', perm: 'x', syscall: 'execve', argv: ctx.argv, node: system.fs.lookup('/usr/bin/docker') })

    const options = parseGlobalOptions(ctx.argv.slice(1))
    if (clientOnly(options.rest)) return this.runDocker(options.rest, ctx.io, ctx.stdin)

    const env = system.shell.env
    const host = options.host ?? (env.get('DOCKER_HOST') || `unix://${DOCKER_SOCKET}`)
    const tlsVerify = options.tlsVerify || (env.get('DOCKER_TLS_VERIFY') ?? '') !== ''
    const useTls = tlsVerify || options.tls

    // The CLI reads the TLS files whenever TLS is on, even for a unix socket.
    const files = useTls ? this.loadClientFiles(options) : {}
    const failure = typeof files === 'string' ? files : host.startsWith('unix://') ? this.checkSocket(host) : this.checkTcp(host, useTls, tlsVerify, files, options.rest)
    if (failure === undefined) return this.runDocker(options.rest, ctx.io, ctx.stdin)
    return this.reportFailure(ctx, options.rest, failure)
  }

  /** Checks that the current user may connect to a unix socket (write permission on it). */
  private checkSocket(host: string): string | undefined {
    const path = host.slice('unix://'.length)
    const node = this.system.fs.lookup(path)
    if (!node || !this.system.sockets.has(node)) return `Cannot connect to the Docker daemon at ${host}. Is the docker daemon running?`
    if (canAccess(node, this.system.shell.cred, 2)) return undefined

    return socketPermissionMessage(path)
  }

  private checkTcp(host: string, useTls: boolean, tlsVerify: boolean, client: { ca?: CertInfo; cert?: CertInfo }, args: string[]): string | undefined {
    const match = /^(?:tcp:\/\/)?([^:/]+):?(\d+)?$/.exec(host)
    if (!match) return `unable to parse docker host \`${host}\``
    const name = match[1]!
    const port = Number(match[2] ?? (useTls ? 2376 : 2375))
    const display = `tcp://${name}:${port}`

    if (!['localhost', '127.0.0.1', '0.0.0.0', 'host', '::1'].includes(name)) {
      // NOTE: only this host exists in the simulation; any other name fails to resolve.
      return `error during connect: Head "${useTls ? 'https' : 'http'}://${name}:${port}/_ping": dial tcp: lookup ${name} on 127.0.0.53:53: server misbehaving`
    }
    const url = `${useTls ? 'https' : 'http'}://${name}:${port}/_ping`
    const endpoint = this.endpoints.find((item) => item.port === port)
    if (!endpoint) return this.checkProxy(port, display, useTls ? url : undefined, args)

    if (!useTls) return endpoint.tls === 'none' ? undefined : 'Error response from daemon: Client sent an HTTP request to an HTTPS server.'
    if (endpoint.tls === 'none') return `error during connect: Head "${url}": http: server gave HTTP response to HTTPS client`

    const serverError = tlsVerify ? this.verifyServer(endpoint, client.ca, name) : undefined
    if (serverError !== undefined) return `error during connect: Head "${url}": tls: failed to verify certificate: ${serverError}`
    return this.verifyClient(endpoint, client.cert, url)
  }

  /** Connects through a socket-proxy container published on `port`, which speaks plain HTTP. */
  private checkProxy(port: number, display: string, tlsUrl: string | undefined, args: string[]): string | undefined {
    const proxy = findSocketProxy(this.daemon, port)
    if (!proxy) return `Cannot connect to the Docker daemon at ${display}. Is the docker daemon running?`
    if (tlsUrl !== undefined) return `error during connect: Head "${tlsUrl}": http: server gave HTTP response to HTTPS client`

    const outcome = evaluateProxy(proxy, args, (name) => this.daemon.find(name) !== undefined)
    // Each docker command opens a new connection from the next ephemeral port.
    this.proxyConnections++
    const clientPort = 40_000 + (this.proxyConnections % 20_000)
    for (const handled of outcome.handled) this.daemon.log(proxy.container, 'stdout', accessLogLine(handled, this.system.now(), clientPort))
    return outcome.error
  }

  private loadClientFiles(options: ClientOptions): { ca?: CertInfo; cert?: CertInfo } | string {
    const certPath = this.system.shell.env.get('DOCKER_CERT_PATH') || `${this.system.shell.home}/.docker`
    const result: { ca?: CertInfo; cert?: CertInfo } = {}
    for (const kind of ['ca', 'cert', 'key'] as const) {
      const explicit = options.files[kind]
      const path = this.system.resolve(explicit ?? `${certPath}/${kind}.pem`)
      const node = this.system.fs.lookup(path)
      // The docker CLI drops missing default cert.pem/key.pem silently, but not ca.pem.
      if (!node && explicit === undefined && kind !== 'ca') continue
      if (!node) return `unable to resolve docker endpoint: open ${explicit ?? path}: no such file or directory`
      if (kind === 'key') continue

      const info = this.pems.identify(node.content)
      if (info?.kind === 'cert') result[kind] = info
    }
    return result
  }

  private verifyServer(endpoint: TcpEndpoint, ca: CertInfo | undefined, name: string): string | undefined {
    const server = endpoint.certText === undefined ? undefined : this.pems.identify(endpoint.certText)
    if (server?.kind !== 'cert' || !ca || server.signerKeyId !== ca.keyId) return 'x509: certificate signed by unknown authority'

    const isIp = /^[\d.]+$/.test(name) || name.includes(':')
    if (isIp && !server.ipAddresses.includes(name)) return `x509: cannot validate certificate for ${name} because it doesn't contain any IP SANs`
    if (!isIp && server.dnsNames.length === 0) return 'x509: certificate relies on legacy Common Name field, use SANs instead'
    if (!isIp && !server.dnsNames.includes(name)) return `x509: certificate is valid for ${server.dnsNames.join(', ')}, not ${name}`
    if (server.extendedKeyUsage.length > 0 && !server.extendedKeyUsage.includes('serverAuth')) return 'x509: certificate specifies an incompatible key usage'
    return undefined
  }

  private verifyClient(endpoint: TcpEndpoint, cert: CertInfo | undefined, url: string): string | undefined {
    if (endpoint.tls !== 'verify') return undefined
    if (!cert) return `error during connect: Head "${url}": remote error: tls: certificate required`

    const ca = endpoint.caText === undefined ? undefined : this.pems.identify(endpoint.caText)
    const trusted = ca?.kind === 'cert' && cert.signerKeyId === ca.keyId
    const usable = cert.extendedKeyUsage.length === 0 || cert.extendedKeyUsage.includes('clientAuth')
    if (trusted && usable) return undefined
    return `the server probably has client authentication (--tlsverify) enabled; check your TLS client certification settings: Head "${url}": remote error: tls: bad certificate`
  }

  private reportFailure(ctx: HostProgramContext, args: string[], message: string): number {
    const failure = connectionFailure(args, message)
    ctx.io.write(failure.stdout, 'stdout')
    ctx.io.write(failure.stderr, 'stderr')
    return failure.exitCode
  }
}
