// `dockerd` started by hand: checks its TLS files and records which TCP
// endpoints it listens on, so `docker -H tcp://…` clients can connect.
// NOTE: the simulated dockerd returns after its startup lines instead of staying
// in the foreground, and every endpoint serves the one simulated daemon.

import { rfc3339Nano, instant } from '../core/time'
import type { HostProgramContext } from '../shell/host'
import type { PemRegistry } from './pem'
import type { HostSystem } from './system'

export interface TcpEndpoint {
  address: string
  port: number
  /** `verify` = --tlsverify (clients need a certificate), `tls` = encrypted only, `none` = plain HTTP. */
  tls: 'none' | 'tls' | 'verify'
  caText: string | undefined
  certText: string | undefined
}

export function installDockerd(system: HostSystem, pems: PemRegistry, endpoints: TcpEndpoint[]): void {
  system.register('dockerd', async (ctx) => dockerd(system, pems, endpoints, ctx))
}

function parseFlags(args: string[]): { hosts: string[]; values: Map<string, string> } {
  const hosts: string[] = []
  const values = new Map<string, string>()
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    const equals = arg.indexOf('=')
    const name = equals > 0 ? arg.slice(0, equals) : arg
    const takesValue = ['-H', '--host', '--tlscacert', '--tlscert', '--tlskey'].includes(name)
    let value = 'true'
    if (equals > 0) value = arg.slice(equals + 1)
    else if (takesValue) value = args[++index] ?? ''
    if (name === '-H' || name === '--host') hosts.push(value)
    else values.set(name.replace(/^-+/, ''), value)
  }
  return { hosts, values }
}

function logLine(system: HostSystem, ctx: HostProgramContext, level: 'info' | 'warning', message: string, host?: string): void {
  const time = rfc3339Nano(instant(system.now(), 456_789))
  if (ctx.io.isTTY) {
    const label = level === 'info' ? 'INFO' : 'WARN'
    ctx.io.write(`${label}[${time}] ${message.padEnd(44)}${host === undefined ? '' : ` host="${host}"`}\n`, 'stderr')
    return
  }
  ctx.io.write(`time="${time}" level=${level} msg="${message}"${host === undefined ? '' : ` host="${host}"`}\n`, 'stderr')
}

async function dockerd(system: HostSystem, pems: PemRegistry, endpoints: TcpEndpoint[], ctx: HostProgramContext): Promise<number> {
  if (system.shell.cred.uid !== 0) {
    ctx.io.write('dockerd needs to be started with root privileges. To run dockerd in rootless mode as an unprivileged user, see https://docs.docker.com/go/rootless/\n', 'stderr')
    return 1
  }

  const { hosts, values } = parseFlags(ctx.argv.slice(1))
  const verify = values.has('tlsverify') && values.get('tlsverify') !== 'false'
  const tls = verify || (values.has('tls') && values.get('tls') !== 'false')
  const explicitNoTls = values.get('tls') === 'false' || values.get('tlsverify') === 'false'

  const files = new Map<string, string>()
  for (const flag of tls ? ['tlscacert', 'tlscert', 'tlskey'] : []) {
    if (flag === 'tlscacert' && !verify && !values.has(flag)) continue
    const path = values.get(flag) ?? `/root/.docker/${flag === 'tlscacert' ? 'ca' : flag === 'tlscert' ? 'cert' : 'key'}.pem`
    const node = system.fs.lookup(system.resolve(path))
    if (!node || node.type !== 'file') {
      ctx.io.write(`failed to load listeners: open ${path}: no such file or directory\n`, 'stderr')
      return 1
    }
    files.set(flag, node.content)
  }

  logLine(system, ctx, 'info', 'Starting up')
  const added: TcpEndpoint[] = []
  for (const host of hosts.length > 0 ? hosts : ['unix:///var/run/docker.sock']) {
    if (host.startsWith('unix://') || host.startsWith('fd://')) continue
    const match = /^(?:tcp:\/\/)?([^:]*):(\d+)$/.exec(host)
    if (!match) {
      ctx.io.write(`failed to load listeners: error parsing -H ${host}: invalid bind address (${host})\n`, 'stderr')
      return 1
    }
    const protoAddr = `tcp://${match[1] || '0.0.0.0'}:${match[2]}`
    if (!tls && !explicitNoTls) await warnUnauthenticated(system, ctx, protoAddr)
    let tlsMode: 'verify' | 'tls' | 'none' = 'none'
    if (verify) tlsMode = 'verify'
    else if (tls) tlsMode = 'tls'
    added.push({
      address: match[1] || '0.0.0.0',
      port: Number(match[2]),
      tls: tlsMode,
      caText: files.get('tlscacert'),
      certText: files.get('tlscert'),
    })
  }

  const keyInfo = files.get('tlskey') === undefined ? undefined : pems.identify(files.get('tlskey')!)
  if (keyInfo?.kind === 'key' && keyInfo.passphrase !== undefined) {
    ctx.io.write('failed to load listeners: could not load X509 key pair: tls: failed to parse private key\n', 'stderr')
    return 1
  }

  for (const endpoint of added) {
    const index = endpoints.findIndex((item) => item.port === endpoint.port)
    if (index >= 0) endpoints.splice(index, 1)
    endpoints.push(endpoint)
    logLine(system, ctx, 'info', `API listen on [::]:${endpoint.port}`)
  }
  logLine(system, ctx, 'info', 'Daemon has completed initialization')
  return 0
}

// Messages and pauses of moby's daemon/listeners code in Engine 28 (1 s, then 15 s).
async function warnUnauthenticated(system: HostSystem, ctx: HostProgramContext, host: string): Promise<void> {
  logLine(system, ctx, 'warning', 'Binding to IP address without --tlsverify is insecure and gives root access on this machine to everyone who has access to your network.', host)
  logLine(system, ctx, 'warning', 'Binding to an IP address, even on localhost, can also give access to scripts run in a browser. Be safe out there!', host)
  logLine(system, ctx, 'warning', '[DEPRECATION NOTICE] In future versions this will be a hard failure preventing the daemon from starting! Learn more at: https://docs.docker.com/go/api-security/', host)
  await ctx.io.sleep(1000)
  logLine(system, ctx, 'warning', 'Binding to an IP address without --tlsverify is deprecated. Startup is intentionally being slowed down to show this message', host)
  logLine(system, ctx, 'warning', 'Please consider generating tls certificates with client validation to prevent exposing unauthenticated root access to your network', host)
  logLine(system, ctx, 'warning', "You can override this by explicitly specifying '--tls=false' or '--tlsverify=false'", host)
  logLine(system, ctx, 'warning', 'Support for listening on TCP without authentication or explicit intent to run without authentication will be removed in the next release', host)
  await ctx.io.sleep(15_000)
}
