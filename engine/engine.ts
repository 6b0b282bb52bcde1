// The SimulatedEngine implementation: wires the virtual clock, the daemon,
// the host shell and interactive container sessions together.

import type { AuditResult, CommandIO, Completion, ContainerSummary, EngineOptions, EngineSnapshot, PersistentEngine } from './api'
import { auditRun } from './audit'
import { lastRun } from './docker/last-run'
import { Random } from './core/random'
import { Scheduler } from './core/scheduler'
import { runDocker } from './docker/cli'
import type { DockerContext, InteractiveSession, RegistryAccess } from './docker/context'
import { Daemon } from './docker/daemon'
import { replayOutput } from './docker/exec'
import { statusText } from './docker/ps'
import { buildTree, resolvePath } from './fs/vfs'
import { createImageCatalog } from './images/catalog'
import { completeLine } from './complete'
import { HOST_HOME, HostShell } from './shell/host'
import { installHost, type HostLab } from './host'
import { installBuildPrograms } from './build'
import { installDockerfileTools } from './build/host-tools'
import { installApptainer, type ApptainerLab } from './apptainer'
import { takeSnapshot } from './snapshot'
import { parse as parseShell } from 'shell-quote'
import { hostDockerArgs } from './shell/docker-client'
import { formatState, parseState, recordingIO, replayIO, StateError, type JournalEntry } from './journal'

const DEFAULT_START = '2025-11-27T10:00:00Z'
/** UID and GID of the student's host account (`studente`). */
const HOST_UID = 1000

export class Engine implements PersistentEngine {
  readonly scheduler: Scheduler
  readonly daemon: Daemon
  readonly host: HostShell
  /** Users, the Docker socket, auditd, openssl and dockerd installed into the host shell. */
  readonly hostLab: HostLab
  /** The apptainer CLI with its cache and registry credentials. */
  readonly apptainer: ApptainerLab
  private session: InteractiveSession | undefined
  private listeners = new Set<() => void>()
  private dirty = false
  private readonly seed: number
  private readonly start: number
  /** Inputs since creation, for serialize(); see journal.ts. */
  private journal: JournalEntry[] = []
  /** Commands still running; clock advances during one are recorded as its wait results instead. */
  private running = 0
  private replaying = false

  constructor(options: EngineOptions = {}) {
    const start = Date.parse(options.start ?? DEFAULT_START)
    this.seed = options.seed ?? 1
    this.start = Number.isNaN(start) ? Date.parse(DEFAULT_START) : start
    this.scheduler = new Scheduler(this.start)
    this.daemon = new Daemon(this.scheduler, new Random(this.seed), createImageCatalog())
    this.daemon.onChange(() => {
      this.dirty = true
    })

    const hostFs = buildTree([{ path: `${HOST_HOME}/`, uid: 1000, gid: 1000 }, { path: '/tmp/', mode: 0o1777 }], this.scheduler.now())
    const docker = (args: string[], io: CommandIO, stdin: string): Promise<number> => runDocker(this.dockerContext(io, stdin), args)
    this.daemon.hostClient = (args, io) => docker(args, io, '')
    this.host = new HostShell(hostFs, docker, () => this.now(), (port, path) => this.hostHttp(port, path))
    this.hostLab = installHost(this.host, this.scheduler, docker, this.daemon)
    installDockerfileTools(this.host, this.daemon)
    installBuildPrograms()
    this.apptainer = installApptainer(this.hostLab.system)
  }

  async execute(line: string, io: CommandIO): Promise<number> {
    if (this.replaying) return this.run(line, io)

    const entry: Extract<JournalEntry, { kind: 'execute' }> = { kind: 'execute', line, isTTY: io.isTTY, columns: io.columns, interactive: io.readLine !== undefined, resolutions: [] }
    this.journal.push(entry)
    this.running++
    try {
      return await this.run(line, recordingIO(io, entry, () => this.now()))
    } finally {
      this.running--
    }
  }

  private async run(line: string, io: CommandIO): Promise<number> {
    let status: number
    try {
      status = this.session ? await this.executeInSession(this.session, line, io) : await this.host.execute(line, io)
    } catch (error) {
      // An internal failure must not break the terminal; report it like a crashed command.
      io.write(`bash: ${(error as Error).message}\n`, 'stderr')
      status = 1
    }

    this.dirty = false
    this.emit()
    return status
  }

  advance(ms: number): void {
    this.scheduler.advance(ms)
    if (this.running === 0 && !this.replaying) this.recordAdvance()
    if (!this.dirty) return
    this.dirty = false
    this.emit()
  }

  now(): number {
    return this.scheduler.now()
  }

  containers(): ContainerSummary[] {
    const now = this.now()
    return [...this.daemon.containers].reverse().map((container) => ({
      id: container.id,
      name: container.name,
      image: container.imageRef,
      state: container.state.status,
      status: statusText(container, now),
      health: container.health ? { status: container.health.status, failingStreak: container.health.failingStreak } : undefined,
    }))
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  complete(line: string): Completion {
    if (this.session) return { from: line.length, candidates: [] }
    return completeLine(line, this.daemon, [...HostShell.commands, ...this.host.programs.keys()])
  }

  prompt(): string {
    const session = this.session
    if (!session) return this.host.prompt()

    const root = session.state.cred.uid === 0
    if (session.kind === 'bash') return `${root ? 'root' : `I have no name!`}@${session.container.config.Hostname}:${session.state.cwd}${root ? '#' : '$'} `
    if (session.kind === 'dash') return root ? '# ' : '$ '
    return `${session.state.cwd} ${root ? '#' : '$'} `
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }

  writeHostFile(path: string, content: string): void {
    if (!this.replaying) this.journal.push({ kind: 'file', path, content })
    const home = this.host.home
    const absolute = resolvePath(home, path === '~' || path.startsWith('~/') ? `${home}${path.slice(1)}` : path)
    const owner = { uid: HOST_UID, gid: HOST_UID }
    const now = this.now()

    const parts = absolute.split('/').filter(Boolean)
    for (let index = 1; index < parts.length; index++) {
      const dir = `/${parts.slice(0, index).join('/')}`
      if (this.host.fs.lookup(dir)) continue
      this.host.fs.mkdir(dir, now)
      Object.assign(this.host.fs.lookup(dir)!, owner)
    }

    const existed = this.host.fs.lookup(absolute) !== undefined
    this.host.fs.writeFile(absolute, content, now)
    if (!existed) Object.assign(this.host.fs.lookup(absolute)!, owner)
    this.emit()
  }

  snapshot(): EngineSnapshot {
    return takeSnapshot(this)
  }

  /** Returns the engine state as versioned JSON text for restore(). */
  serialize(): string {
    return formatState(this.seed, this.start, this.journal)
  }

  /**
   * Replays a serialize() result. Call it on a newly created engine with the
   * same seed and start time. Throws StateError (English message) for corrupt
   * text, another format version or a mismatch; the engine is then unusable.
   */
  async restore(text: string): Promise<void> {
    const state = parseState(text)
    if (this.journal.length > 0 || this.now() !== this.start) throw new StateError('restore() needs a newly created engine')
    if (state.seed !== this.seed || state.start !== this.start) throw new StateError(`engine state was saved with seed ${state.seed} and start ${state.start}; create the engine with the same options`)

    this.replaying = true
    try {
      for (const entry of state.journal) await this.replayEntry(entry)
    } finally {
      this.replaying = false
    }
    this.journal = state.journal
    this.emit()
  }

  private async replayEntry(entry: JournalEntry): Promise<void> {
    if (entry.kind === 'advance') {
      if (entry.to < this.now()) throw new StateError('corrupt engine state: the clock goes backwards')
      this.advance(entry.to - this.now())
      return
    }
    if (entry.kind === 'file') {
      this.writeHostFile(entry.path, entry.content)
      return
    }

    const { io, check } = replayIO(entry, () => this.now(), (ms) => this.advance(ms))
    await this.run(entry.line, io)
    check()
  }

  private recordAdvance(): void {
    const last = this.journal[this.journal.length - 1]
    if (last?.kind === 'advance') last.to = this.now()
    else this.journal.push({ kind: 'advance', to: this.now() })
  }

  lastRunAudit(): AuditResult | null {
    const config = lastRun(this.daemon)
    return config ? auditRun(config) : null
  }

  private dockerContext(io: CommandIO, stdin: string): DockerContext {
    return {
      daemon: this.daemon,
      io,
      stdin,
      hostFiles: { fs: this.host.fs, cwd: this.host.cwd, env: this.host.env },
      registry: this.registryAccess(),
      attach: (session) => {
        this.session = session
      },
    }
  }

  private registryAccess(): RegistryAccess {
    const configPath = `${this.host.home}/.docker/config.json`
    const credentials = this.apptainer.credentials
    return {
      configPath,
      accepts: (registry, credential) => this.apptainer.acceptsCredential(registry, credential),
      store: (registry, credential) => credentials.store(registry, credential, configPath),
      lookup: (registry) => credentials.lookup(registry, configPath),
      remove: (registry) => credentials.remove(registry, configPath),
    }
  }

  private async executeInSession(session: InteractiveSession, line: string, io: CommandIO): Promise<number> {
    const container = session.container
    if (container.state.status !== 'running' || !this.daemon.containers.includes(container)) {
      this.session = undefined
      return this.host.execute(line, io)
    }

    const dockerArgs = this.socketDockerArgs(session, line)
    if (dockerArgs) return this.runDockerInContainer(session, dockerArgs, io)

    const result = session.shell.run(line)
    this.daemon.notify()
    await replayOutput(this.dockerContext(io, ''), result)

    if (session.shell.exitRequested) {
      if (session.kind === 'bash') io.write('exit\n', 'stdout')
      this.session = undefined
      this.host.lastExit = result.exitCode
      if (!session.exec) this.daemon.processExited(container, result.exitCode)
    }
    return result.exitCode
  }

  /**
   * Returns the arguments of a plain `docker …` line typed in a container that
   * has the docker CLI and the host's /var/run/docker.sock mounted, else undefined.
   * NOTE: only a whole line starting with `docker` reaches the host daemon; pipes
   * and `&&` do not.
   */
  private socketDockerArgs(session: InteractiveSession, line: string): string[] | undefined {
    const words = parseShell(line.trim())
    if (words[0] !== 'docker' || !words.every((word): word is string => typeof word === 'string')) return undefined
    return hostDockerArgs({ mounts: session.container.mounts, findExecutable: (name) => session.shell.findExecutable(name), canConnect: (path) => session.shell.canConnect(path) }, words)
  }

  /** Runs the container's docker CLI against the host daemon through the mounted socket. */
  private async runDockerInContainer(session: InteractiveSession, args: string[], io: CommandIO): Promise<number> {
    const status = await runDocker(this.dockerContext(io, ''), args)
    session.state.lastExit = status
    return status
  }

  private hostHttp(port: number, path: string): { status: number; body: string } | undefined {
    for (const container of this.daemon.containers) {
      if (container.state.status !== 'running') continue

      // With --network host the container's server listens on the host's own port.
      if (container.host.networkMode === 'host' && container.config.ExposedPorts?.[`${port}/tcp`] !== undefined) {
        const result = this.daemon.request(container, 'localhost', port, 'GET', path, this.now(), '127.0.0.1', 'curl/8.5.0')
        if (result.kind === 'response') return { status: result.status, body: result.body }
        continue
      }
      const gateway = this.daemon.gatewayOf(container)
      if (gateway === undefined) continue
      const binding = container.host.publish.map((item) => item.split(':')).find((parts) => parts[parts.length - 2] === String(port))
      if (!binding) continue

      const containerPort = Number(binding[binding.length - 1]!.split('/')[0])
      // Published ports reach the container through its network's gateway; the host runs Ubuntu 24.04's curl.
      const result = this.daemon.request(container, 'localhost', containerPort, 'GET', path, this.now(), gateway, 'curl/8.5.0')
      return result.kind === 'response' ? { status: result.status, body: result.body } : undefined
    }
    return undefined
  }
}
