// `docker run` and `docker create`.

import type { HealthcheckConfig } from '../images/types'
import type { DockerContext } from './context'
import { err, out } from './context'
import { DaemonError, type CreateRequest } from './daemon'
import type { FlagValue } from '../flags/parse'
import { parseCommandFlags } from './flags'
import type { Container, HostSettings } from './model'
import { argumentError, requireArgs, runError } from './usage'
import { attachShell, shellKindFor } from './exec'
import { followLogs } from './logs'
import { recordRun } from './last-run'
import { parseMountFlag, parseVolumeFlag, type MountRequest } from './volumes'
import { unknownCapability } from './capabilities'
import { findRemoteImage, pullRemote } from './pull'

const NS_PER_MS = 1_000_000
/** moby's linuxMinMemory: the smallest --memory the daemon accepts. */
const MIN_MEMORY_BYTES = 6 * 1024 * 1024
const HOST_CPUS = 4

/** The simulator has no registry, so every pull fails the way an offline daemon reports it. */
export const PULL_ERROR = 'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: dial udp 127.0.0.53:53: connect: network is unreachable'

type Values = Map<string, FlagValue>

/** Parses run/create flags into a create request, or returns the exit code of an error already printed. */
function buildRequest(ctx: DockerContext, command: 'run' | 'create', values: Values, positionals: string[]): CreateRequest | number {
  const healthcheck = healthFlags(ctx, command, values)
  if (typeof healthcheck === 'number') return healthcheck

  const restart = parseRestart(String(values.get('restart') ?? 'no'))
  if (restart instanceof Error) return runError(ctx, command, restart.message)
  if (values.get('rm') === true && restart.Name !== 'no') return runError(ctx, command, 'conflicting options: cannot specify both --restart and --rm')

  const memory = (values.get('memory') as number | undefined) ?? 0
  const nanoCpus = (values.get('cpus') as number | undefined) ?? 0
  const limitError = checkLimits(memory, nanoCpus)
  if (limitError) return runError(ctx, command, `Error response from daemon: ${limitError}`)

  const publishError = ((values.get('publish') as string[] | undefined) ?? []).map(checkPublish).find((message) => message !== undefined)
  if (publishError) return runError(ctx, command, publishError)

  const reference = positionals[0]!
  if (reference !== reference.toLowerCase()) {
    return runError(ctx, command, `invalid reference format: repository name (library/${reference.split(':')[0]}) must be lowercase`)
  }

  const image = ctx.daemon.findImage(reference)
  if (!image) return pullFailure(ctx, command, reference)

  const networks = [...((values.get('network') as string[] | undefined) ?? []), ...((values.get('net') as string[] | undefined) ?? [])]
  const network = networks[networks.length - 1] ?? 'bridge'
  const host: HostSettings = {
    networkMode: network === 'default' ? 'bridge' : network,
    autoRemove: values.get('rm') === true,
    restartPolicy: restart,
    readonlyRootfs: values.get('read-only') === true,
    privileged: values.get('privileged') === true,
    memory,
    nanoCpus,
    capAdd: (values.get('cap-add') as string[] | undefined) ?? null,
    capDrop: (values.get('cap-drop') as string[] | undefined) ?? null,
    securityOpt: (values.get('security-opt') as string[] | undefined) ?? null,
    publish: network === 'none' || network === 'host' ? [] : ((values.get('publish') as string[] | undefined) ?? []),
    tmpfs: parseTmpfs((values.get('tmpfs') as string[] | undefined) ?? []),
    binds: (values.get('volume') as string[] | undefined) ?? [],
    mountRequests: [],
    pidsLimit: (values.get('pids-limit') as number | undefined) ?? 0,
  }

  if (network === 'host' && values.has('publish')) err(ctx, 'WARNING: Published ports are discarded when using host network mode\n')

  const badCapability = unknownCapability(host)
  if (badCapability) return runError(ctx, command, `Error response from daemon: invalid ${badCapability.flag}: unknown capability: "${badCapability.name}"`)

  const mounts = parseMounts(host.binds, (values.get('mount') as string[] | undefined) ?? [], ctx.hostFiles?.cwd ?? '/')
  if (typeof mounts === 'string') return runError(ctx, command, `Error response from daemon: ${mounts}`)
  host.mountRequests = mounts

  const entrypoint = values.get('entrypoint')
  return {
    name: values.get('name') as string | undefined,
    image,
    imageRef: reference,
    cmd: positionals.length > 1 ? positionals.slice(1) : undefined,
    entrypoint: entrypoint === undefined ? undefined : String(entrypoint) === '' ? [] : [String(entrypoint)],
    env: expandEnv((values.get('env') as string[] | undefined) ?? []),
    healthcheck,
    noHealthcheck: values.get('no-healthcheck') === true,
    tty: values.get('tty') === true,
    openStdin: values.get('interactive') === true,
    user: values.get('user') as string | undefined,
    workdir: values.get('workdir') as string | undefined,
    host,
    hostFs: ctx.hostFiles?.fs,
  }
}

/** Daemon-side limit checks; the simulated host has 4 CPUs, as `docker info` reports. */
function checkLimits(memory: number, nanoCpus: number): string | undefined {
  if (memory > 0 && memory < MIN_MEMORY_BYTES) return 'Minimum memory limit allowed is 6MB'
  if (nanoCpus > HOST_CPUS * 1e9) return `Range of CPUs is from 0.01 to ${HOST_CPUS.toFixed(2)}, as there are only ${HOST_CPUS} CPUs available`
  return undefined
}

/** Client-side check of one `-p [IP:][HOST_PORT:]CONTAINER_PORT[/PROTO]` value. */
function checkPublish(spec: string): string | undefined {
  const [ports = '', proto] = spec.split('/')
  if (proto !== undefined && !['tcp', 'udp', 'sctp'].includes(proto)) return `invalid proto: ${proto}`

  const parts = ports.split(':')
  const containerPort = parts[parts.length - 1]!
  const hostPort = parts.length > 1 ? parts[parts.length - 2]! : ''
  if (!validPortRange(containerPort)) return `invalid containerPort: ${containerPort}`
  if (hostPort !== '' && !validPortRange(hostPort)) return `invalid hostPort: ${hostPort}`
  return undefined
}

function validPortRange(text: string): boolean {
  return text.split('-').every((part) => /^\d+$/.test(part) && Number(part) <= 65535) && text.split('-').length <= 2
}

function parseMounts(volumeFlags: string[], mountFlags: string[], cwd: string): MountRequest[] | string {
  const requests: MountRequest[] = []
  for (const spec of volumeFlags) {
    const request = parseVolumeFlag(spec, cwd)
    if (typeof request === 'string') return request
    requests.push(request)
  }
  for (const spec of mountFlags) {
    const request = parseMountFlag(spec, cwd)
    if (typeof request === 'string') return request
    requests.push(request)
  }
  return requests
}

/** `-e NAME` without a value takes it from the client's environment; the simulator has none, so it is dropped. */
function expandEnv(items: string[]): string[] {
  return items.filter((item) => item.includes('='))
}

function healthFlags(ctx: DockerContext, command: string, values: Values): HealthcheckConfig | undefined | number {
  const durations = ['health-interval', 'health-timeout', 'health-start-period', 'health-start-interval'] as const
  const anyHealth = values.has('health-cmd') || values.has('health-retries') || durations.some((name) => values.has(name))

  if (values.get('no-healthcheck') === true && anyHealth) return runError(ctx, command, '--no-healthcheck conflicts with --health-* options')

  for (const name of durations) {
    if (((values.get(name) as number | undefined) ?? 0) < 0) return runError(ctx, command, `--${name} cannot be negative`)
  }
  if (((values.get('health-retries') as number | undefined) ?? 0) < 0) return runError(ctx, command, '--health-retries cannot be negative')
  if (!anyHealth) return undefined

  const ns = (name: string): number | undefined => {
    const value = values.get(name) as number | undefined
    return value === undefined || value === 0 ? undefined : Math.round(value * NS_PER_MS)
  }
  const cmd = values.get('health-cmd') as string | undefined
  const config: HealthcheckConfig = { Test: cmd === undefined ? [] : ['CMD-SHELL', cmd] }
  if (ns('health-interval') !== undefined) config.Interval = ns('health-interval')
  if (ns('health-timeout') !== undefined) config.Timeout = ns('health-timeout')
  if (ns('health-start-period') !== undefined) config.StartPeriod = ns('health-start-period')
  if (ns('health-start-interval') !== undefined) config.StartInterval = ns('health-start-interval')
  const retries = values.get('health-retries') as number | undefined
  if (retries !== undefined && retries !== 0) config.Retries = retries
  return config
}

function parseTmpfs(items: string[]): Record<string, string> {
  const mounts: Record<string, string> = {}
  for (const item of items) {
    const colon = item.indexOf(':')
    mounts[colon < 0 ? item : item.slice(0, colon)] = colon < 0 ? '' : item.slice(colon + 1)
  }
  return mounts
}

function parseRestart(text: string): HostSettings['restartPolicy'] | Error {
  const [name = '', count] = text.split(':')
  if (name === '' && count !== undefined) return new Error('invalid restart policy format: no policy provided before colon')
  if (count !== undefined && !/^-?\d+$/.test(count)) return new Error('invalid restart policy format: maximum retry count must be an integer')

  if (!['no', 'always', 'on-failure', 'unless-stopped'].includes(name)) {
    return new Error(`Error response from daemon: invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`)
  }
  if (count !== undefined && name !== 'on-failure') return new Error("Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'")
  if (count !== undefined && Number(count) < 0) return new Error('Error response from daemon: invalid restart policy: maximum retry count cannot be negative')
  return { Name: name, MaximumRetryCount: count === undefined ? 0 : Number(count) }
}

/** Pulls an image that is not local but in the simulated registry, printing `Unable to find image … locally` first. */
async function pullMissing(ctx: DockerContext, reference: string): Promise<void> {
  if (reference !== reference.toLowerCase() || ctx.daemon.findImage(reference)) return
  const remote = findRemoteImage(reference)
  if (!remote) return

  err(ctx, `Unable to find image '${reference.includes(':') ? reference : `${reference}:latest`}' locally\n`)
  const saved = ctx.io.write
  // The pull progress of `docker run` goes to stderr.
  await pullRemote({ ...ctx, io: { ...ctx.io, write: (text) => saved.call(ctx.io, text, 'stderr') } }, remote)
}

function pullFailure(ctx: DockerContext, command: string, reference: string): number {
  const withTag = reference.includes(':') ? reference : `${reference}:latest`
  err(ctx, `Unable to find image '${withTag}' locally\n`)
  return runError(ctx, command, PULL_ERROR)
}

export async function runCommand(ctx: DockerContext, command: 'run' | 'create', args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, command, args, [], false)
  if (typeof parsed === 'number') return parsed

  const { values, positionals } = parsed
  if (positionals.length === 0) return argumentError(ctx, command, requireArgs(1, false))

  const tty = values.get('tty') === true
  // The client checks its terminal only when it attaches stdin to a TTY (-it without -d).
  if (command === 'run' && tty && values.get('interactive') === true && values.get('detach') !== true && !ctx.io.isTTY) {
    err(ctx, 'the input device is not a TTY\n')
    return 1
  }

  await pullMissing(ctx, positionals[0]!)
  const request = buildRequest(ctx, command, values, positionals)
  if (typeof request === 'number') return request
  recordRun(ctx.daemon, request, values)

  let container: Container
  try {
    container = ctx.daemon.create(request)
  } catch (error) {
    if (error instanceof DaemonError) return runError(ctx, command, `Error response from daemon: ${error.message}`)
    throw error
  }

  if (command === 'create') {
    out(ctx, `${container.id}\n`)
    return 0
  }

  return startCreated(ctx, container, values.get('detach') === true, tty, values.get('interactive') === true)
}

async function startCreated(ctx: DockerContext, container: Container, detach: boolean, tty: boolean, interactive: boolean): Promise<number> {
  await ctx.io.sleep(ctx.daemon.startDelayMs(container))

  try {
    ctx.daemon.start(container)
  } catch (error) {
    if (!(error instanceof DaemonError)) throw error
    return runError(ctx, 'run', `Error response from daemon: ${error.message}`, error.runExitCode)
  }

  if (detach) {
    out(ctx, `${container.id}\n`)
    return 0
  }

  if (container.mainShell && interactive && tty) {
    const argv = [container.path, ...container.args]
    const program = (argv[0] === '/docker-entrypoint.sh' || argv[0] === 'docker-entrypoint.sh' ? argv[1] : argv[0]) ?? 'sh'
    attachShell(ctx, container, container.mainShell, false, shellKindFor(container, program))
    return 0
  }

  return followLogs(ctx, container, { fromStart: true, untilExit: true })
}
