// The simulated Docker daemon: container lifecycle, logs, exec and health
// monitoring on the virtual clock. Error messages are Docker Engine 28's.

import type { CommandIO, ContainerState, OutputStream } from '../api'
import type { Random } from '../core/random'
import type { Scheduler } from '../core/scheduler'
import { instant, type Instant } from '../core/time'
import { formatGoDuration } from '../format/duration'
import { OFFICIAL_NGINX_LAYOUT, type HealthcheckConfig, type Image } from '../images/types'
import { ContainerShell } from '../shell/container'
import { containerClientIO, hostDockerArgs } from '../shell/docker-client'
import { perlAllocationBytes } from '../shell/perl'
import { PROGRAMS } from '../shell/programs'
import { quote } from 'shell-quote'
import { baseName, dirName, makeNode, type Credentials, type FileSystem } from '../fs/vfs'
import { mainProcessUid, nginxWorkerUid, userName } from './process-users'
import type { ContainerContext, ExecResult, HttpResult, ProcessInfo, ShellKind, ShellState } from '../shell/types'
import { applyProbeResult, healthDisabled, healthSettings, limitOutput, nextProbeDelay } from './health'
import type { Container, ContainerConfig, HostSettings, LogEntry } from './model'
import { randomName } from './names'
import { nginxServe, nginxShutdownLogs, nginxStartCheck, nginxStartupLogs, NGINX_WORKERS } from './nginx'
import { EventLog, execAction } from './events'
import { attachMounts, type Volume } from './volumes'
import { allocateAddress, findUserNetwork, gatewayOf, isPredefinedNetwork, type UserNetwork } from './networks'
import { effectiveCapabilities } from './capabilities'
import { writeKernelFiles } from './procfs'
import { mountDevTmpfs } from '../fs/devices'
import { writeMountTable, type MountedContainer } from '../fs/mounts'
import { mariadbPhase, mariadbRefusalLogs, mariadbRelease, mariadbStartupLogs, mariadbStopLogs, rootPasswordFromEnv, type ShutdownInitiator } from './mariadb'

/** Restart back-off of moby's restart manager: doubles from 100 ms up to 1 minute, reset after 10 s of running. */
const RESTART_DELAY_MIN_MS = 100
const RESTART_DELAY_MAX_MS = 60_000
const RESTART_RESET_AFTER_MS = 10_000

/**
 * Time from `docker run`/`docker start` to the container's StartedAt. In the
 * recorded sessions the first start after the daemon came up took 0.5-0.9 s
 * (cold caches) and later ones 0.2-0.3 s, client round trips included.
 */
const FIRST_START_DELAY_MS = 900
const START_DELAY_MS = 200

/** Time to a start error found while the daemon builds the runtime spec (an unknown `--user`), before runc runs. */
const SPEC_ERROR_DELAY_MS = 30

/** Time the daemon takes to start a container again once the restart back-off has passed; it stays `restarting` meanwhile. */
const RESTART_START_MS = 150

/**
 * Time from the end of a main process to the daemon recording the exit
 * (containerd's exit event), so a command that ends at once is `Up` briefly,
 * as `docker ps` showed in the recorded restart-policy session.
 */
const EXIT_EVENT_MS = 30

/** Time a SIGINT handler such as ping's takes to print and exit; an estimate. */
const INTERRUPT_EXIT_MS = 5

/** Rate at which `tail /dev/zero` allocates memory; an estimate for a desktop CPU. */
const MEMORY_HOG_BYTES_PER_SECOND = 1024 ** 3

/** Lines kept per container so that fast-forwarding for hours stays bounded. */
export const MAX_LOG_LINES = 10_000

/** An error the daemon returns; the CLI prints `Error response from daemon: <message>`. */
export class DaemonError extends Error {
  constructor(
    message: string,
    /** Exit code `docker run` uses for this failure (125 unless the process could not start). */
    readonly runExitCode = 125,
  ) {
    super(message)
  }
}

export interface CreateRequest {
  name: string | undefined
  image: Image
  imageRef: string
  cmd: string[] | undefined
  entrypoint: string[] | undefined
  env: string[]
  healthcheck: HealthcheckConfig | undefined
  noHealthcheck: boolean
  tty: boolean
  openStdin: boolean
  user: string | undefined
  workdir: string | undefined
  host: HostSettings
  /** The host filesystem that bind mounts refer to. */
  hostFs?: FileSystem
}

export interface ExecOptions {
  tty: boolean
  user?: string
  env?: string[]
  workdir?: string
}

export class Daemon {
  readonly containers: Container[] = []
  readonly eventLog = new EventLog()
  readonly volumes = new Map<string, Volume>()
  /** User-defined networks by name. The predefined bridge, host and none are not stored here. */
  readonly networks = new Map<string, UserNetwork>()
  private listeners = new Set<() => void>()
  private nextPid = 2400
  private nextIp = 2

  /**
   * Runs docker CLI arguments against this daemon, as a container's docker
   * client does through the mounted host socket. The engine sets it because it owns the CLI.
   */
  hostClient: ((args: string[], io: CommandIO) => Promise<number>) | undefined
  private hasStarted = false

  constructor(
    readonly scheduler: Scheduler,
    readonly random: Random,
    readonly images: Image[],
  ) {}

  now(): number {
    return this.scheduler.now()
  }

  /** Current time with random nanoseconds, for timestamps Docker prints in RFC 3339 nano. */
  stamp(ms = this.now()): Instant {
    return instant(ms, this.random.int(0, 999_999))
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Records a container event for `docker events` at the current time. */
  recordEvent(container: Container, action: string, attributes: Record<string, string> = {}): void {
    this.eventLog.record(this.stamp(), container, action, attributes)
  }

  notify(): void {
    for (const listener of this.listeners) listener()
  }

  findImage(reference: string): Image | undefined {
    const [repository, tag = 'latest'] = splitReference(reference)
    return this.images.find((image) => (image.repository === repository && image.tag === tag) || image.id === reference || image.id.slice(7).startsWith(reference))
  }

  /** Finds a container by exact name, full ID or unique ID prefix. */
  find(reference: string): Container | undefined {
    const clean = reference.startsWith('/') ? reference.slice(1) : reference
    const byName = this.containers.find((container) => container.name === clean)
    if (byName) return byName
    const byId = this.containers.filter((container) => container.id.startsWith(reference))
    return reference.length > 0 && byId.length === 1 ? byId[0] : undefined
  }

  create(request: CreateRequest): Container {
    if (request.name !== undefined) this.checkName(request.name)
    request.host.networkMode = this.networkModeName(request.host.networkMode)
    const id = this.random.hex(64)
    const name = request.name ?? randomName(this.random, (candidate) => this.find(candidate) !== undefined)
    const image = request.image

    const entrypoint = request.entrypoint ?? image.config.Entrypoint
    const cmd = request.cmd ?? (request.entrypoint ? null : image.config.Cmd)
    const argv = [...(entrypoint ?? []), ...(cmd ?? [])]
    const healthcheck = this.effectiveHealthcheck(image, request)

    const config: ContainerConfig = {
      Hostname: id.slice(0, 12),
      Image: request.imageRef,
      Tty: request.tty,
      OpenStdin: request.openStdin,
      AttachStdin: request.openStdin,
      AttachStdout: true,
      AttachStderr: true,
      StdinOnce: request.openStdin,
      Env: mergeEnv(image.config.Env, request.env),
      Cmd: cmd,
      Entrypoint: entrypoint,
      ExposedPorts: image.config.ExposedPorts,
      WorkingDir: request.workdir ?? image.config.WorkingDir,
      User: request.user ?? image.config.User,
      Labels: image.config.Labels ?? {},
      StopSignal: image.config.StopSignal,
      Healthcheck: healthcheck,
    }

    const container: Container = {
      id,
      name,
      image,
      imageRef: request.imageRef,
      created: this.stamp(),
      path: argv[0] ?? '',
      args: argv.slice(1),
      config,
      host: request.host,
      state: { status: 'created', pid: 0, exitCode: 0, startedAt: undefined, finishedAt: undefined, error: '', oomKilled: false },
      health: undefined,
      process: undefined,
      fs: image.buildFs(),
      logs: [],
      restartCount: 0,
      timers: [],
      stopRequested: false,
      restartDelayMs: RESTART_DELAY_MIN_MS,
      mainShell: undefined,
      ipAddress: this.allocateContainerAddress(request.host.networkMode),
      userNetworkId: this.networks.get(request.host.networkMode)?.id,
      sandboxId: this.random.hex(64),
      endpointId: this.random.hex(64),
      healthcheck: healthDisabled(healthcheck) ? undefined : healthcheck,
      mounts: [],
    }

    container.mounts = attachMounts(container, request.host.mountRequests, this.volumes, request.hostFs, this.stamp(), this.now(), () => this.random.hex(64))
    const user = resolveUser(container.fs, config.User)
    writeKernelFiles(container, typeof user === 'string' ? 0 : user.uid, this.now())
    mountDevTmpfs(container.fs, this.now())
    writeMountTable(container.fs, mountedContainer(container), this.now())
    this.mountFilesystems(container)
    container.fs.writeFile('/etc/hostname', `${config.Hostname}\n`, this.now())
    container.fs.writeFile('/etc/hosts', `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n${container.ipAddress ? `${container.ipAddress}\t${config.Hostname}\n` : ''}`, this.now())
    this.containers.push(container)
    this.recordEvent(container, 'create')
    this.notify()
    return container
  }

  /** Creates empty tmpfs directories and makes the rest read-only for `--read-only`. */
  private mountFilesystems(container: Container): void {
    const mounts = Object.keys(container.host.tmpfs)
    for (const path of mounts) {
      const parent = container.fs.lookup(dirName(path))
      if (!parent || parent.type !== 'dir') container.fs.mkdir(dirName(path), this.now())
      const dir = container.fs.lookup(dirName(path))
      dir?.children.set(baseName(path), makeNode('dir', 0o1777, this.now()))
    }

    // /etc/hostname, /etc/hosts and /etc/resolv.conf are bind mounts that stay writable.
    const volumes = container.mounts.filter((mount) => mount.RW).map((mount) => mount.Destination)
    const readOnlyMounts = container.mounts.filter((mount) => !mount.RW).map((mount) => mount.Destination)
    const writable = [...mounts, ...volumes, '/etc/hostname', '/etc/hosts', '/etc/resolv.conf', '/dev', '/proc', '/sys']
    const under = (path: string, mount: string): boolean => path === mount || path.startsWith(`${mount}/`)
    const rootReadOnly = container.host.readonlyRootfs

    if (rootReadOnly || readOnlyMounts.length > 0) {
      container.fs.readOnly = (path) => readOnlyMounts.some((mount) => under(path, mount)) || (rootReadOnly && !writable.some((mount) => under(path, mount)))
    }
  }

  /**
   * Returns the network mode with a user network's ID resolved to its name,
   * or raises Docker's not-found error. `container:<id>` modes pass unchecked.
   */
  private networkModeName(mode: string): string {
    if (isPredefinedNetwork(mode) || mode === 'default' || mode.startsWith('container:')) return mode

    const network = findUserNetwork(this.networks, mode)
    if (!network) throw new DaemonError(`network ${mode} not found`)
    return network.name
  }

  private allocateContainerAddress(mode: string): string {
    if (mode === 'bridge' || mode === 'default') return `172.17.0.${this.nextIp++}`

    const network = this.networks.get(mode)
    return network ? allocateAddress(network) : ''
  }

  private checkName(name: string): void {
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name)) {
      throw new DaemonError(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`)
    }
    const existing = this.containers.find((container) => container.name === name)
    if (existing) {
      throw new DaemonError(`Conflict. The container name "/${name}" is already in use by container "${existing.id}". You have to remove (or rename) that container to be able to reuse that name.`)
    }
  }

  private effectiveHealthcheck(image: Image, request: CreateRequest): HealthcheckConfig | undefined {
    if (request.noHealthcheck) return { ...(image.config.Healthcheck ?? {}), Test: ['NONE'] }
    const base = image.config.Healthcheck
    const flags = request.healthcheck
    if (!base && !flags) return undefined

    const merged: HealthcheckConfig = { ...(base ?? { Test: [] }) }
    if (flags) {
      if (flags.Test.length > 0) merged.Test = flags.Test
      for (const key of ['Interval', 'Timeout', 'StartPeriod', 'StartInterval', 'Retries'] as const) {
        if (flags[key] !== undefined && flags[key] !== 0) merged[key] = flags[key]
      }
    }
    return merged
  }

  /** Appends a log line now or at `atMs`, keeping at most MAX_LOG_LINES. */
  log(container: Container, stream: OutputStream, text: string, atMs = this.now()): void {
    const entry: LogEntry = { time: this.stamp(atMs), stream, text }
    container.logs.push(entry)
    if (container.logs.length > MAX_LOG_LINES) container.logs.splice(0, container.logs.length - MAX_LOG_LINES)
  }

  private logChunks(container: Container, result: ExecResult, startMs: number): void {
    const pending: Record<OutputStream, string> = { stdout: '', stderr: '' }

    for (const chunk of result.chunks) {
      const lines = (pending[chunk.stream] + chunk.text).split('\n')
      pending[chunk.stream] = lines.pop() ?? ''
      for (const line of lines) this.logAt(container, chunk.stream, line, startMs + chunk.at)
    }
    for (const stream of ['stdout', 'stderr'] as const) {
      if (pending[stream] !== '') this.logAt(container, stream, pending[stream], startMs + result.durationMs)
    }
  }

  private logAt(container: Container, stream: OutputStream, text: string, atMs: number): void {
    if (atMs <= this.now()) {
      this.log(container, stream, text, atMs)
      return
    }
    container.timers.push(this.scheduler.at(atMs, () => this.log(container, stream, text, atMs)))
  }

  /** Returns how long `docker run` and `docker start` wait before the container starts or fails to. */
  startDelayMs(container: Container): number {
    if (typeof resolveUser(container.fs, container.config.User) === 'string') return SPEC_ERROR_DELAY_MS
    return this.hasStarted ? START_DELAY_MS : FIRST_START_DELAY_MS
  }

  /** Starts a created or exited container; throws DaemonError when its command cannot run. */
  start(container: Container): void {
    if (container.state.status === 'running' || container.state.status === 'paused') return
    const removedNetwork = container.userNetworkId !== undefined && ![...this.networks.values()].some((network) => network.id === container.userNetworkId)
    if (removedNetwork) throw new DaemonError(`network ${container.userNetworkId} not found`)

    const shell = this.makeShell(container, this.mainShellState(container), container.image.shell, container.image.shell === 'ash' ? 'sh' : '/bin/sh', { tty: container.config.Tty })
    const argv = [container.path, ...container.args]
    const user = resolveUser(container.fs, container.config.User)
    const missing = typeof user === 'string' ? new DaemonError(user) : this.checkExecutable(shell, argv[0] ?? '')
    if (missing) {
      container.state.error = missing.message
      container.state.exitCode = missing.runExitCode
      if (container.host.autoRemove) this.removeNow(container)
      this.notify()
      throw missing
    }

    this.hasStarted = true
    container.state.status = 'running'
    container.stopRequested = false
    container.state.startedAt = this.stamp()
    container.state.pid = this.nextPid += this.random.int(3, 40)
    container.state.exitCode = 0
    container.state.error = ''
    container.state.oomKilled = false
    this.recordEvent(container, 'start')
    this.startProcess(container, argv, shell)
    if (container.state.status === 'running') this.startHealthMonitor(container)
    this.notify()
  }

  private mainShellState(container: Container): ShellState {
    const env = new Map<string, string>()
    for (const item of container.config.Env) {
      const equals = item.indexOf('=')
      env.set(equals < 0 ? item : item.slice(0, equals), equals < 0 ? '' : item.slice(equals + 1))
    }
    env.set('HOSTNAME', container.config.Hostname)
    const user = resolveUser(container.fs, container.config.User)
    const resolved = typeof user === 'string' ? { uid: 0, gid: 0, home: '/root' } : user
    if (!env.has('HOME')) env.set('HOME', resolved.home)
    return { cwd: container.config.WorkingDir || '/', env, cred: { uid: resolved.uid, gid: resolved.gid }, lastExit: 0 }
  }

  private checkExecutable(shell: ContainerShell, program: string): DaemonError | undefined {
    const found = shell.findExecutable(program)
    const prefix = 'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init:'
    if (found === undefined) return new DaemonError(`${prefix} exec: "${program}": executable file not found in $PATH: unknown`, 127)
    if (found.startsWith('!')) return new DaemonError(`${prefix} exec: "${program}": permission denied: unknown`, 126)
    return undefined
  }

  private startProcess(container: Container, argv: string[], shell: ContainerShell): void {
    const startMs = this.now()
    const hostArgs = this.hostClient ? hostDockerArgs({ mounts: container.mounts, findExecutable: (name) => shell.findExecutable(name), canConnect: (path) => shell.canConnect(path) }, argv) : undefined
    if (hostArgs && this.hostClient) {
      this.startHostClient(container, hostArgs, this.hostClient)
      return
    }

    // The official entrypoints run setup only for their server and exec any other command as given.
    const commandArgs = argv[0] === '/docker-entrypoint.sh' || argv[0] === 'docker-entrypoint.sh' ? argv.slice(1) : argv
    const program = (commandArgs[0] ?? '').split('/').pop() ?? ''

    if (container.image.behaviour === 'nginx' && (program === 'nginx' || program === 'nginx-debug')) {
      this.startNginx(container, startMs)
      return
    }

    if (container.image.behaviour === 'mariadb' && program === 'mariadbd') {
      this.startMariadb(container, startMs)
      return
    }

    const isShell = ['sh', 'ash', 'bash', 'dash'].includes(program) && !commandArgs.includes('-c')
    if (isShell && container.config.OpenStdin) {
      container.process = { kind: 'idle', exitAfterMs: undefined, exitCode: 0 }
      container.mainShell = this.mainShellState(container)
      return
    }

    if (program === 'sleep' && commandArgs.length === 2) {
      const seconds = Number(commandArgs[1])
      if (Number.isFinite(seconds) && seconds >= 0) {
        container.process = { kind: 'idle', exitAfterMs: seconds * 1000, exitCode: 0 }
        container.timers.push(this.scheduler.after(seconds * 1000, () => this.processExited(container, 0)))
        return
      }
    }

    if (program === 'tail' && commandArgs.includes('-f')) {
      container.process = { kind: 'idle', exitAfterMs: undefined, exitCode: 0 }
      return
    }

    if (program === 'tail' && commandArgs.includes('/dev/zero')) {
      this.startMemoryHog(container)
      return
    }

    // A perl string larger than --memory fills the cgroup just as `tail /dev/zero` does.
    const perlBytes = perlAllocationBytes(commandArgs)
    const hasPerl = shell.findExecutable(commandArgs[0]!)?.startsWith('!') === false
    if (perlBytes !== undefined && hasPerl && container.host.memory > 0 && perlBytes >= container.host.memory) {
      this.startMemoryHog(container)
      return
    }

    const script = shebangScript(container.fs, shell.findExecutable(scriptPath(commandArgs)))
    const result = shell.run(script ?? quote(commandArgs))
    container.process = { kind: 'command', interrupt: result.interrupt, startMs }
    this.logChunks(container, result, startMs)

    container.timers.push(this.scheduler.at(startMs + result.durationMs + EXIT_EVENT_MS, () => this.processExited(container, result.exitCode)))
  }

  /**
   * Runs the container's docker client against this daemon as its main
   * process. Output goes to the log, and waits are timers of the container.
   */
  private startHostClient(container: Container, args: string[], client: (args: string[], io: CommandIO) => Promise<number>): void {
    container.process = { kind: 'idle', exitAfterMs: undefined, exitCode: 0 }
    const startedAt = container.state.startedAt
    const sleep = (ms: number): Promise<boolean> => new Promise((resolve) => container.timers.push(this.scheduler.after(ms, () => resolve(true))))
    const { io, flush } = containerClientIO(container.config.Tty, (stream, line) => this.log(container, stream, line), sleep)

    void client(args, io).then((status) => {
      flush()
      // A stop or restart in the meantime ended this run of the process.
      if (container.state.startedAt === startedAt) this.processExited(container, status)
    })
  }

  /**
   * Runs `tail /dev/zero`, which buffers an endless line and so grows until the
   * kernel kills it: with `--memory` the cgroup OOM killer stops it at the limit.
   */
  private startMemoryHog(container: Container): void {
    container.process = { kind: 'idle', exitAfterMs: undefined, exitCode: 0 }
    // NOTE: without --memory the hog keeps running, because the simulated host never runs out of memory.
    if (container.host.memory <= 0) return

    const fillMs = Math.max(50, Math.round((container.host.memory / MEMORY_HOG_BYTES_PER_SECOND) * 1000))
    container.timers.push(
      this.scheduler.after(fillMs, () => {
        container.state.oomKilled = true
        this.recordEvent(container, 'oom')
        this.processExited(container, 137)
      }),
    )
  }

  private startNginx(container: Container, startMs: number): void {
    const user = resolveUser(container.fs, container.config.User)
    const cred = typeof user === 'string' ? { uid: 0, gid: 0 } : { uid: user.uid, gid: user.gid }
    const start = nginxStartCheck(container, cred, effectiveCapabilities(container.host))

    const write = (stream: OutputStream, text: string, atMs?: number): void => this.log(container, stream, text, atMs)
    nginxStartupLogs(write, startMs, start)

    if (start.emergency === undefined) {
      container.process = { kind: 'nginx', requests: 0, workers: NGINX_WORKERS }
      return
    }
    container.process = { kind: 'command' }
    container.timers.push(this.scheduler.after(30, () => this.processExited(container, 1)))
  }

  private startMariadb(container: Container, startMs: number): void {
    const write = (stream: OutputStream, text: string, atMs: number): void => this.logAt(container, stream, text, atMs)
    const rootPassword = rootPasswordFromEnv(container.config.Env)

    if (rootPassword === undefined) {
      const exitAfter = mariadbRefusalLogs(write, startMs, mariadbRelease(container.config.Env))
      container.process = { kind: 'command' }
      container.timers.push(this.scheduler.at(startMs + exitAfter, () => this.processExited(container, 1)))
      return
    }

    container.process = { kind: 'mariadb', server: { startMs, rootPassword } }
    mariadbStartupLogs(write, startMs, mariadbRelease(container.config.Env))
  }

  /** Cancels the server's pending start-up and writes its shutdown lines; returns the ms until it exits. */
  private shutdownMariadb(container: Container, atMs: number, initiator: ShutdownInitiator): number {
    for (const timer of container.timers) timer.cancel()
    container.timers = []
    return mariadbStopLogs((stream, text, when) => this.logAt(container, stream, text, when), atMs, initiator)
  }

  /** Records the end of the main process and applies `--rm`. */
  processExited(container: Container, exitCode: number): void {
    if (container.state.status !== 'running' && container.state.status !== 'paused') return
    const ranMs = this.now() - (container.state.startedAt?.ms ?? this.now())

    for (const timer of container.timers) timer.cancel()
    container.timers = []
    container.state.status = 'exited'
    container.state.exitCode = exitCode
    container.state.pid = 0
    container.state.finishedAt = this.stamp()
    this.recordEvent(container, 'die', { exitCode: String(exitCode) })
    container.process = undefined
    container.mainShell = undefined
    // moby reports a stopped container as unhealthy, keeping FailingStreak and Log.
    if (container.health) container.health.status = 'unhealthy'

    if (this.shouldRestart(container, exitCode)) this.scheduleRestart(container, ranMs)
    else if (container.host.autoRemove) this.removeNow(container)
    this.notify()
  }

  private shouldRestart(container: Container, exitCode: number): boolean {
    const policy = container.host.restartPolicy
    if (container.stopRequested || policy.Name === 'no' || policy.Name === '') return false
    if (policy.Name !== 'on-failure') return true
    return exitCode !== 0 && (policy.MaximumRetryCount === 0 || container.restartCount < policy.MaximumRetryCount)
  }

  private scheduleRestart(container: Container, ranMs: number): void {
    if (ranMs >= RESTART_RESET_AFTER_MS) container.restartDelayMs = RESTART_DELAY_MIN_MS
    const delay = container.restartDelayMs
    container.restartDelayMs = Math.min(delay * 2, RESTART_DELAY_MAX_MS)
    // moby counts the restart when it decides on it, before the back-off.
    container.restartCount++
    container.state.status = 'restarting'

    container.timers.push(
      this.scheduler.after(delay + RESTART_START_MS, () => {
        if (container.state.status !== 'restarting') return
        container.state.status = 'exited'
        try {
          this.start(container)
        } catch (error) {
          if (!(error instanceof DaemonError)) throw error
        }
      }),
    )
  }

  /**
   * Sends the stop signal and returns how long `docker stop` waits (ms):
   * nginx handles SIGQUIT quickly, other PID-1 processes ignore SIGTERM and
   * are killed when the grace period ends.
   */
  stop(container: Container, graceSeconds = 10, signal?: 'SIGINT'): number {
    container.stopRequested = true
    if (container.state.status === 'restarting') this.cancelRestart(container)
    if (container.state.status !== 'running' && container.state.status !== 'paused') return 0
    container.state.status = 'running'
    const process = container.process

    if (process?.kind === 'nginx') {
      const delay = 80 + this.random.int(0, 40)
      const stopSignal = signal ?? (container.config.StopSignal === 'SIGQUIT' ? 'SIGQUIT' : 'SIGTERM')
      this.recordEvent(container, 'kill', { signal: String({ SIGQUIT: 3, SIGTERM: 15, SIGINT: 2 }[stopSignal]) })
      nginxShutdownLogs((stream, text, atMs) => this.log(container, stream, text, atMs), this.now(), stopSignal)
      this.stopHealthMonitor(container)
      container.timers.push(this.scheduler.after(delay, () => this.stopped(container, 0)))
      return delay
    }

    if (process?.kind === 'mariadb') {
      this.recordEvent(container, 'kill', { signal: '15' })
      const delay = this.shutdownMariadb(container, this.now(), 'signal')
      container.timers.push(this.scheduler.after(delay, () => this.stopped(container, 0)))
      return delay
    }

    if (signal === 'SIGINT' && process?.kind === 'command' && process.interrupt) return this.interruptCommand(container, process.interrupt, process.startMs ?? this.now())

    this.recordEvent(container, 'kill', { signal: '15' })
    const delay = graceSeconds * 1000 + 60 + this.random.int(0, 30)
    container.timers.push(
      this.scheduler.after(delay, () => {
        this.recordEvent(container, 'kill', { signal: '9' })
        this.stopped(container, 137)
      }),
    )
    return delay
  }

  /**
   * Delivers Ctrl-C, forwarded by an attached `docker run`, to a main process
   * that handles SIGINT (`ping` without `-c`): it logs its last output and exits.
   */
  private interruptCommand(container: Container, interrupt: NonNullable<ExecResult['interrupt']>, startMs: number): number {
    this.recordEvent(container, 'kill', { signal: '2' })
    this.stopHealthMonitor(container)
    const tail = interrupt(this.now() - startMs)
    // A terminal echoes the Ctrl-C as `^C`, on the line the program then ends.
    const text = `${container.config.Tty ? '^C' : ''}${tail.text}`.replace(/\n$/, '')
    for (const line of text.split('\n')) this.log(container, 'stdout', line)
    container.timers.push(this.scheduler.after(INTERRUPT_EXIT_MS, () => this.processExited(container, tail.exitCode)))
    return INTERRUPT_EXIT_MS
  }

  /** Ends a `docker stop`: the process exits, then the daemon reports `stop`. */
  private stopped(container: Container, exitCode: number): void {
    this.processExited(container, exitCode)
    this.recordEvent(container, 'stop')
  }

  kill(container: Container): void {
    container.stopRequested = true
    this.recordEvent(container, 'kill', { signal: '9' })
    if (container.state.status === 'restarting') {
      this.cancelRestart(container)
      return
    }
    this.processExited(container, 137)
  }

  /** Leaves a container that waits for its next restart in the exited state. */
  cancelRestart(container: Container): void {
    for (const timer of container.timers) timer.cancel()
    container.timers = []
    container.state.status = 'exited'
    this.notify()
  }

  pause(container: Container): void {
    container.state.status = 'paused'
    this.recordEvent(container, 'pause')
    this.stopHealthMonitor(container)
    if (container.health) container.health.status = 'unhealthy'
    this.notify()
  }

  unpause(container: Container): void {
    container.state.status = 'running'
    this.recordEvent(container, 'unpause')
    if (container.health) this.scheduleProbe(container, healthSettings(container.healthcheck!).intervalMs)
    this.notify()
  }

  /** Removes a container; `removeVolumes` (`docker rm -v`) also deletes its anonymous volumes. */
  remove(container: Container, removeVolumes = false): void {
    this.removeNow(container, removeVolumes)
    this.notify()
  }

  private removeNow(container: Container, removeVolumes = container.host.autoRemove): void {
    this.recordEvent(container, 'destroy')
    for (const timer of container.timers) timer.cancel()
    const index = this.containers.indexOf(container)
    if (index >= 0) this.containers.splice(index, 1)
    if (removeVolumes) this.removeAnonymousVolumes(container)
  }

  /** Deletes the container's anonymous volumes that no other container mounts, as `--rm` and `rm -v` do. */
  private removeAnonymousVolumes(container: Container): void {
    for (const mount of container.mounts) {
      const volume = mount.Name === undefined ? undefined : this.volumes.get(mount.Name)
      if (!volume?.anonymous) continue
      const used = this.containers.some((other) => other.mounts.some((point) => point.Name === volume.name))
      if (!used) this.volumes.delete(volume.name)
    }
  }

  // --- health monitor -------------------------------------------------------

  private startHealthMonitor(container: Container): void {
    if (!container.healthcheck) {
      container.health = undefined
      return
    }
    container.health = { status: 'starting', failingStreak: 0, log: container.health?.log ?? [] }
    const settings = healthSettings(container.healthcheck)
    this.scheduleProbe(container, nextProbeDelay(settings, container.health, 0))
  }

  private stopHealthMonitor(container: Container): void {
    for (const timer of container.timers) timer.cancel()
    container.timers = []
  }

  private scheduleProbe(container: Container, delayMs: number): void {
    container.timers.push(this.scheduler.after(delayMs, () => this.runProbe(container)))
  }

  private runProbe(container: Container): void {
    const config = container.healthcheck
    if (!config || !container.health || container.state.status !== 'running') return

    const settings = healthSettings(config)
    const start = this.stamp()
    const execId = this.random.hex(64)
    const probeArgv = config.Test[0] === 'CMD-SHELL' ? ['/bin/sh', '-c', config.Test[1] ?? ''] : config.Test.slice(1)
    this.recordEvent(container, execAction('exec_create', probeArgv), { execID: execId })
    this.recordEvent(container, execAction('exec_start', probeArgv), { execID: execId })
    const overheadMs = 20 + this.random.int(0, 40)
    const result = this.probeCommand(container, config.Test)
    const timedOut = result.durationMs + overheadMs > settings.timeoutMs
    const output = result.chunks.filter((chunk) => !timedOut || chunk.at < settings.timeoutMs).map((chunk) => chunk.text).join('')

    const endMs = start.ms + (timedOut ? settings.timeoutMs : result.durationMs + overheadMs)
    const exitCode = timedOut ? -1 : result.exitCode
    const timeoutText = `Health check exceeded timeout (${formatGoDuration(settings.timeoutMs)})`
    let text = output
    if (timedOut) text = output === '' ? timeoutText : `${timeoutText}: ${output}`

    container.timers.push(
      this.scheduler.at(endMs, () => {
        const health = container.health
        if (!health || container.state.status !== 'running') return
        const startedAt = container.state.startedAt?.ms ?? start.ms
        const before = health.status
        this.recordEvent(container, 'exec_die', { execID: execId, exitCode: String(exitCode) })
        applyProbeResult(health, { start, end: this.stamp(endMs), exitCode, output: limitOutput(text) }, settings, start.ms - startedAt)
        if (health.status !== before) this.recordEvent(container, `health_status: ${health.status}`)
        this.scheduleProbe(container, nextProbeDelay(settings, health, this.now() - startedAt))
        this.notify()
      }),
    )
  }

  private probeCommand(container: Container, test: string[]): ExecResult {
    const state = this.mainShellState(container)
    const shell = this.makeShell(container, state, container.image.shell === 'bash' ? 'dash' : container.image.shell, '/bin/sh')

    if (test[0] === 'CMD-SHELL') return shell.run(test[1] ?? '')

    const argv = test.slice(1)
    const missing = this.checkExecutable(shell, argv[0] ?? '')
    if (missing) {
      return { exitCode: -1, chunks: [{ stream: 'stderr', at: 0, text: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown` }], durationMs: 0 }
    }
    return shell.run(quote(argv))
  }

  // --- exec -----------------------------------------------------------------

  makeShell(container: Container, state: ShellState, kind: ShellKind, argv0: string, options: { tty?: boolean; interactive?: boolean } = {}): ContainerShell {
    return new ContainerShell(this.containerContext(container), state, { kind, argv0, stdoutIsTTY: options.tty, interactive: options.interactive })
  }

  execState(container: Container, options: ExecOptions): ShellState {
    const state = this.mainShellState(container)
    if (options.user !== undefined) {
      const user = resolveUser(container.fs, options.user)
      if (typeof user !== 'string') state.cred = { uid: user.uid, gid: user.gid }
    }
    if (options.workdir !== undefined) state.cwd = options.workdir
    for (const item of options.env ?? []) {
      const equals = item.indexOf('=')
      if (equals > 0) state.env.set(item.slice(0, equals), item.slice(equals + 1))
    }
    return state
  }

  /** Runs a command in a running container (`docker exec` without a session). */
  exec(container: Container, argv: string[], options: ExecOptions, stdin = ''): ExecResult {
    const user = options.user === undefined ? undefined : resolveUser(container.fs, options.user)
    if (typeof user === 'string') {
      // NOTE: wording of runc's exec failure for an unknown user is assumed, not captured.
      return { exitCode: 126, chunks: [{ stream: 'stdout', at: 0, text: `OCI runtime exec failed: exec failed: unable to start container process: ${user}: unknown\n` }], durationMs: 0 }
    }
    const state = this.execState(container, options)
    const shell = this.makeShell(container, state, container.image.shell, 'sh', { tty: options.tty })
    const found = shell.findExecutable(argv[0] ?? '')

    if (found === undefined || found.startsWith('!')) {
      const reason = found === undefined ? 'executable file not found in $PATH' : 'permission denied'
      return {
        exitCode: found === undefined ? 127 : 126,
        chunks: [{ stream: 'stdout', at: 0, text: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": ${reason}: unknown\n` }],
        durationMs: 0,
      }
    }

    const execId = this.random.hex(64)
    this.recordEvent(container, execAction('exec_create', argv), { execID: execId })
    this.recordEvent(container, execAction('exec_start', argv), { execID: execId })
    const result = shell.run(quote(argv), stdin)
    this.recordEvent(container, 'exec_die', { execID: execId, exitCode: String(result.exitCode) })
    return result
  }

  private containerContext(container: Container): ContainerContext {
    return {
      fs: container.fs,
      hostname: container.config.Hostname,
      flavor: container.image.flavor,
      startMs: this.now(),
      software: new Set(container.image.behaviour === 'nginx' ? ['nginx'] : []),
      capabilities: effectiveCapabilities(container.host),
      network: {
        mode: container.host.networkMode,
        address: container.ipAddress,
        hasPeer: (address) => this.containers.some((other) => other.state.status === 'running' && other.ipAddress === address),
        resolve: (name) => {
          const peer = this.resolvePeer(container, name)
          return peer?.state.status === 'running' ? peer.ipAddress : undefined
        },
        // Docker opens net.ipv4.ping_group_range to every group in private network namespaces.
        // NOTE: with --network host the host's value applies; this assumes it is open too.
        pingSockets: true,
      },
      processes: (caller) => this.processes(container, caller),
      database: (atMs) => {
        const process = container.process
        if (process?.kind !== 'mariadb' || container.state.status !== 'running') return undefined
        const shutdown = (when: number): number => {
          const delay = this.shutdownMariadb(container, when, 'root')
          container.timers.push(this.scheduler.at(when + delay, () => this.processExited(container, 0)))
          return delay
        }
        return { phase: mariadbPhase(process.server, atMs), rootPassword: process.server.rootPassword, shutdown }
      },
      http: (host, port, method, path, atMs) => this.request(container, host, port, method, path, atMs),
    }
  }

  /** Lists the container's processes for `ps`, ending with `ps` itself run as `caller`. */
  private processes(container: Container, caller: Credentials): ProcessInfo[] {
    const name = (uid: number): string => userName(container.fs, uid)
    const masterUid = mainProcessUid(container)
    const list: ProcessInfo[] = [{ pid: 1, user: name(masterUid), command: [container.path, ...container.args].join(' ') }]
    if (container.process?.kind === 'nginx') {
      list[0] = { pid: 1, user: name(masterUid), command: 'nginx: master process nginx -g daemon off;' }
      for (const pid of NGINX_WORKERS) list.push({ pid, user: name(nginxWorkerUid(masterUid)), command: 'nginx: worker process' })
    }
    list.push({ pid: 40, user: name(caller.uid), command: 'ps' })
    return list
  }

  /** Sends an HTTP request from `container` (or from the host when it is the target itself) to `host:port`. */
  request(container: Container, host: string, port: number, method: string, path: string, atMs: number, client?: string, userAgent?: string): HttpResult {
    let target: Container | undefined
    if (host === 'localhost' || host === '127.0.0.1' || host === container.config.Hostname) target = container
    else {
      const peer = this.resolvePeer(container, host) ?? this.containers.find((other) => other.ipAddress !== '' && other.ipAddress === host)
      if (peer) target = peer
      else return { kind: 'unresolved' }
    }

    if (target.state.status !== 'running' || target.process?.kind !== 'nginx' || port !== (target.image.nginx ?? OFFICIAL_NGINX_LAYOUT).port) return { kind: 'refused' }
    if (target !== container && container.host.networkMode === 'none') return { kind: 'unresolved' }

    const sourceIp = client ?? (target === container ? '127.0.0.1' : container.ipAddress || '127.0.0.1')
    const response = nginxServe(target, method, path, atMs, (stream, text, when) => this.log(target!, stream, text, when), sourceIp, userAgent)
    return { kind: 'response', status: response.status, body: response.body }
  }

  /** Returns the gateway address of the container's bridge network, or undefined for `host`, `none` and other modes. */
  gatewayOf(container: Container): string | undefined {
    if (container.host.networkMode === 'bridge') return '172.17.0.1'

    const network = this.networks.get(container.host.networkMode)
    return network ? gatewayOf(network) : undefined
  }

  /**
   * Resolves a name the way Docker's embedded DNS server (127.0.0.11) does on
   * a user-defined network: another container on the same network answers
   * to its name and its short ID. The default bridge has no such DNS.
   */
  resolvePeer(container: Container, name: string): Container | undefined {
    const mode = container.host.networkMode
    if (!this.networks.has(mode)) return undefined

    const sameNetwork = this.containers.filter((other) => other !== container && other.host.networkMode === mode)
    return sameNetwork.find((other) => other.name === name) ?? sameNetwork.find((other) => other.id.slice(0, 12) === name)
  }

  statusOf(container: Container): ContainerState {
    return container.state.status
  }
}

export function splitReference(reference: string): [string, string | undefined] {
  const colon = reference.lastIndexOf(':')
  if (colon > 0 && !reference.slice(colon).includes('/')) return [reference.slice(0, colon), reference.slice(colon + 1)]
  return [reference, undefined]
}

function mergeEnv(base: string[], extra: string[]): string[] {
  const result = [...base]
  for (const item of extra) {
    const key = item.split('=')[0]
    const index = result.findIndex((existing) => existing.split('=')[0] === key)
    if (index >= 0) result[index] = item
    else result.push(item)
  }
  return result
}

interface ResolvedUser {
  uid: number
  gid: number
  home: string
}

function readEntries(fs: FileSystem, path: string): string[][] {
  return (fs.lookup(path)?.content ?? '').split('\n').filter(Boolean).map((line) => line.split(':'))
}

/**
 * Resolves `--user name|uid[:group|gid]` against the container's /etc/passwd
 * and /etc/group as runc does: a numeric uid without an entry gets gid 0.
 */
export function resolveUser(fs: FileSystem, user: string): ResolvedUser | string {
  if (user === '') return { uid: 0, gid: 0, home: '/root' }
  const [userPart = '', groupPart] = user.split(':')
  const passwd = readEntries(fs, '/etc/passwd')
  const entry = passwd.find((fields) => fields[0] === userPart || (/^\d+$/.test(userPart) && fields[2] === userPart))
  if (!entry && !/^\d+$/.test(userPart)) return `unable to find user ${userPart}: no matching entries in passwd file`

  const uid = entry ? Number(entry[2]) : Number(userPart)
  let gid = entry ? Number(entry[3]) : 0
  if (groupPart !== undefined) {
    const group = readEntries(fs, '/etc/group').find((fields) => fields[0] === groupPart || fields[2] === groupPart)
    if (!group && !/^\d+$/.test(groupPart)) return `unable to find group ${groupPart}: no matching entries in group file`
    gid = group ? Number(group[2]) : Number(groupPart)
  }
  return { uid, gid, home: entry?.[5] || '/' }
}

/** Returns the program a command runs, or the script that a shell-form `sh -c /path/script.sh` runs. */
function scriptPath(argv: readonly string[]): string {
  const [program = '', flag, text] = argv
  if (argv.length >= 3 && flag === '-c' && /(^|\/)(ba|da|a)?sh$/.test(program) && /^\S+$/.test(text!.trim())) return text!.trim()
  return program
}

/**
 * Returns the body of an executable `#!` script that no simulated program
 * implements (an ENTRYPOINT or CMD script copied into a built image) as one
 * line for the container shell, or undefined for any other executable.
 * NOTE: the lines are joined with `;`, so multi-line constructs such as
 * `if … fi` and the script's positional parameters are not supported.
 */
function shebangScript(fs: FileSystem, path: string | undefined): string | undefined {
  if (path === undefined || path.startsWith('!')) return undefined
  const node = fs.lookup(path)
  if (!node || node.type !== 'file' || !node.content.startsWith('#!')) return undefined
  if (PROGRAMS[path.slice(path.lastIndexOf('/') + 1)] !== undefined) return undefined

  const lines = node.content.replace(/\\\n/g, '').split('\n').slice(1).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
  return lines.reduce((script, line) => (script === '' ? line : /(&&|\|\||\|)$/.test(script) ? `${script} ${line}` : `${script}; ${line}`), '')
}

/** Returns what the mount table of a container depends on: its storage, layers, mounts and flags. */
function mountedContainer(container: Container): MountedContainer {
  const host = container.host
  return { storageId: container.sandboxId, layers: container.image.layers, readOnlyRoot: host.readonlyRootfs, privileged: host.privileged, tty: container.config.Tty, tmpfs: host.tmpfs, mounts: container.mounts }
}
