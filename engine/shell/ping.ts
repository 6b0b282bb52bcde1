// `ping` as BusyBox 1.37 (busybox and alpine images) and iputils 20221126
// (Debian bookworm's iputils-ping) print it. Loopback, the container's own
// address, the bridge gateway and running containers on the default bridge
// reply. Docker sets net.ipv4.ping_group_range to "0 2147483647" in every
// private network namespace, so both tools fall back to an ICMP datagram
// socket and ping works even without CAP_NET_RAW.
// Names of containers on the same user-defined network resolve through
// Docker's embedded DNS. NOTE: any other address never replies, because the
// simulated host has no route to the internet.

import type { ContainerNetwork, Program, ProgramContext } from './types'

const BRIDGE_GATEWAY = '172.17.0.1'
/** Packets a ping without `-c` sends before the simulation stops it, one per second (one hour). */
const MAX_UNBOUNDED_PACKETS = 3600
/** How long both tools wait for the last reply before printing the statistics. */
const LINGER_MS = 10_000
const BUSYBOX_USAGE = 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST'

interface PingOptions {
  count: number | undefined
  intervalMs: number
  quiet: boolean
  host: string
}

interface Target {
  /** The name as typed, or the address when an address was typed. */
  name: string
  address: string
  replies: boolean
}

function parseOptions(argv: string[]): PingOptions | string {
  const options: PingOptions = { count: undefined, intervalMs: 1000, quiet: false, host: '' }

  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    const valueFlag = /^-([ciWwst])(.*)$/.exec(arg)
    if (valueFlag) {
      const value = valueFlag[2] !== '' ? valueFlag[2]! : argv[++index]
      if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) return `invalid argument: '${value ?? ''}'`
      if (valueFlag[1] === 'c') options.count = Number(value)
      if (valueFlag[1] === 'i') options.intervalMs = Math.round(Number(value) * 1000)
    } else if (arg === '-q') options.quiet = true
    else if (arg === '-4' || arg === '-n') continue
    else if (arg.startsWith('-')) return `invalid option -- '${arg.slice(1, 2)}'`
    else options.host = arg
  }

  return options
}

/** Looks a name up in the container's /etc/hosts, as the resolver does before DNS. */
function hostsAddress(ctx: ProgramContext, name: string): string | undefined {
  const hosts = ctx.container.fs.lookup('/etc/hosts')?.content ?? ''
  for (const line of hosts.split('\n')) {
    const [address, ...names] = line.split(/\s+/)
    if (address !== undefined && /^\d+\.\d+\.\d+\.\d+$/.test(address) && names.includes(name)) return address
  }
  return undefined
}

function replies(network: ContainerNetwork | undefined, address: string): boolean {
  if (address.startsWith('127.')) return true
  if (!network) return address === BRIDGE_GATEWAY
  if (network.mode === 'none') return false
  return address === network.address || address === BRIDGE_GATEWAY || network.hasPeer(address)
}

function resolveTarget(ctx: ProgramContext, host: string): Target | undefined {
  const address = /^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : (hostsAddress(ctx, host) ?? ctx.container.network?.resolve?.(host))
  if (address === undefined) return undefined
  return { name: host, address, replies: replies(ctx.container.network, address) }
}

/** Round-trip time of one reply in ms: tens of microseconds on loopback, a little more across the bridge. */
function roundTrip(target: Target, sequence: number): number {
  const base = target.address.startsWith('127.') ? 0.03 : 0.06
  const spread = [...target.address].reduce((sum, char) => sum + char.charCodeAt(0), 0)
  return base + ((spread + sequence * 37) % 61) / 1000
}

/** Formats a time as iputils does: three significant digits, at least three decimals below 1 ms. */
function iputilsTime(ms: number): string {
  if (ms < 1) return ms.toFixed(3)
  if (ms < 10) return ms.toFixed(2)
  if (ms < 100) return ms.toFixed(1)
  return ms.toFixed(0)
}

interface Statistics {
  transmitted: number
  rtts: number[]
  /** ms from the first packet to the last one sent. */
  spanMs: number
}

function statisticsText(busybox: boolean, target: Target, stats: Statistics): string {
  const received = stats.rtts.length
  const loss = stats.transmitted === 0 ? 0 : Math.round(((stats.transmitted - received) / stats.transmitted) * 100)
  const min = Math.min(...stats.rtts)
  const max = Math.max(...stats.rtts)
  const avg = stats.rtts.reduce((sum, rtt) => sum + rtt, 0) / Math.max(1, received)
  let text = `\n--- ${target.name} ping statistics ---\n`

  if (busybox) {
    text += `${stats.transmitted} packets transmitted, ${received} packets received, ${loss}% packet loss\n`
    if (received > 0) text += `round-trip min/avg/max = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)} ms\n`
    return text
  }

  text += `${stats.transmitted} packets transmitted, ${received} received, ${loss}% packet loss, time ${Math.round(stats.spanMs)}ms\n`
  if (received > 0) {
    const mdev = Math.sqrt(Math.max(0, stats.rtts.reduce((sum, rtt) => sum + rtt * rtt, 0) / received - avg * avg))
    text += `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n`
  }
  return text
}

function replyLine(busybox: boolean, target: Target, sequence: number, rtt: number): string {
  if (busybox) return `64 bytes from ${target.address}: seq=${sequence} ttl=64 time=${rtt.toFixed(3)} ms\n`
  const from = target.name === target.address ? target.address : `${target.name} (${target.address})`
  return `64 bytes from ${from}: icmp_seq=${sequence + 1} ttl=64 time=${iputilsTime(rtt)} ms\n`
}

/** Returns the error and exit status of a ping that cannot start, or undefined. */
function startError(ctx: ProgramContext, busybox: boolean, options: PingOptions): [string, number] | undefined {
  if (options.host === '') return busybox ? [BUSYBOX_USAGE, 1] : ['ping: usage error: Destination address required', 1]

  const network = ctx.container.network
  const rawSocket = ctx.container.capabilities?.has('NET_RAW') ?? true
  if (!rawSocket && network?.pingSockets === false) {
    return busybox ? ['ping: permission denied (are you root?)', 1] : ['ping: socktype: SOCK_RAW\nping: socket: Operation not permitted\nping: => missing cap_net_raw+p capability or setuid?', 2]
  }
  return undefined
}

/** Sends the packets one interval apart and returns the statistics, writing each reply when it arrives. */
function exchange(ctx: ProgramContext, busybox: boolean, target: Target, options: PingOptions, packets: number): Statistics {
  const rtts: number[] = []

  for (let sequence = 0; sequence < packets; sequence++) {
    if (sequence > 0) ctx.spend(options.intervalMs)
    if (!target.replies) continue
    const rtt = roundTrip(target, sequence)
    rtts.push(rtt)
    if (!options.quiet) ctx.write(replyLine(busybox, target, sequence, rtt))
  }

  return { transmitted: packets, rtts, spanMs: (packets - 1) * options.intervalMs + (rtts.length > 0 ? rtts[rtts.length - 1]! : 0) }
}

export const ping: Program = (ctx) => {
  const busybox = ctx.container.flavor === 'busybox'
  const options = parseOptions(ctx.argv.slice(1))
  if (typeof options === 'string') {
    ctx.write(busybox ? `ping: ${options}\n${BUSYBOX_USAGE}\n` : `ping: ${options}\n`, 'stderr')
    return busybox ? 1 : 2
  }

  const failure = startError(ctx, busybox, options)
  if (failure) {
    ctx.write(`${failure[0]}\n`, 'stderr')
    return failure[1]
  }

  const target = resolveTarget(ctx, options.host)
  if (!target) {
    const offline = ctx.container.network?.mode === 'none'
    ctx.write(busybox ? `ping: bad address '${options.host}'\n` : `ping: ${options.host}: ${offline ? 'Temporary failure in name resolution' : 'Name or service not known'}\n`, 'stderr')
    return busybox ? 1 : 2
  }

  const unreachable = ctx.container.network?.mode === 'none' && !target.address.startsWith('127.')
  if (unreachable && !busybox) {
    ctx.write('ping: connect: Network is unreachable\n', 'stderr')
    return 2
  }

  ctx.write(busybox ? `PING ${target.name} (${target.address}): 56 data bytes\n` : `PING ${target.name} (${target.address}) 56(84) bytes of data.\n`)
  if (unreachable) {
    ctx.write('ping: sendto: Network unreachable\n', 'stderr')
    return 1
  }

  if (options.count !== undefined) return pingCount(ctx, busybox, target, options, options.count)
  return pingUntilInterrupted(ctx, busybox, target, options)
}

function pingCount(ctx: ProgramContext, busybox: boolean, target: Target, options: PingOptions, count: number): number {
  const stats = exchange(ctx, busybox, target, options, count)
  const lost = stats.rtts.length < count
  ctx.spend(lost ? LINGER_MS : stats.rtts[stats.rtts.length - 1] ?? 0)
  ctx.write(statisticsText(busybox, target, stats))
  return stats.rtts.length > 0 ? 0 : 1
}

/**
 * Runs until Ctrl-C. The replies for one hour are produced up front; an
 * interrupt keeps those sent before it and appends the statistics.
 */
function pingUntilInterrupted(ctx: ProgramContext, busybox: boolean, target: Target, options: PingOptions): number {
  exchange(ctx, busybox, target, options, MAX_UNBOUNDED_PACKETS)
  ctx.spend(options.intervalMs)

  ctx.runUntilInterrupted((elapsedMs) => {
    const sent = Math.min(MAX_UNBOUNDED_PACKETS, Math.floor(elapsedMs / options.intervalMs) + 1)
    const rtts = target.replies ? Array.from({ length: sent }, (_, sequence) => roundTrip(target, sequence)) : []
    const stats = { transmitted: sent, rtts, spanMs: elapsedMs }
    return { text: statisticsText(busybox, target, stats), exitCode: rtts.length > 0 ? 0 : 1 }
  })
  return 0
}
