// Public surface of the simulated container engine. The UI and the `sim`
// runner depend only on these types; everything else in engine/ is internal.

import type { AuditResult } from './audit/types'

export type OutputStream = 'stdout' | 'stderr'

/** Output and waiting channel of a running host command. */
export interface CommandIO {
  /** Text uses `\n` line endings; the terminal adapter converts them. */
  write(text: string, stream: OutputStream): void

  /**
   * Waits until the virtual clock has advanced by `ms`. Resolves `true` when
   * the time has passed and `false` when the user interrupted (Ctrl-C).
   * The headless runner advances the engine synchronously and resolves `true`.
   */
  sleep(ms: number): Promise<boolean>

  /** True when the host terminal is interactive, so `docker exec -it` works. */
  isTTY: boolean

  /** Terminal width in columns, for commands that wrap or truncate. */
  columns: number

  /**
   * Reads one line typed by the user after the command has written its prompt,
   * resolving it without the newline, or `undefined` at end of input (Ctrl-D).
   * With `echo` false the typed characters stay hidden (password prompts) but
   * the newline is still shown. Absent when nothing can supply input; commands then
   * behave as the real tool does when its input is not a terminal.
   */
  readLine?(echo: boolean): Promise<string | undefined>
}

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead'

export type HealthStatus = 'starting' | 'healthy' | 'unhealthy'

/** One container as the UI's container panel shows it. */
export interface ContainerSummary {
  /** Full 64-hex container ID. */
  id: string
  name: string
  image: string
  state: ContainerState
  /** The STATUS column of `docker ps`, e.g. `Up 3 seconds (health: starting)`. */
  status: string
  /** Present only when the container has a health check configured. */
  health?: { status: HealthStatus; failingStreak: number }
}

export interface Completion {
  /** Offset in the line where the word being completed starts. */
  from: number
  /** Full replacement words for line.slice(from), sorted. */
  candidates: string[]
}

export interface EngineOptions {
  /** Seed for container IDs and other random-looking values. */
  seed?: number
  /** Virtual start time, ISO 8601. Defaults to 2025-11-27T10:00:00Z. */
  start?: string
}

export interface SimulatedEngine {
  /** Runs one line typed at the host prompt and resolves its exit code. */
  execute(line: string, io: CommandIO): Promise<number>

  /** Moves the virtual clock forward, running every scheduled event that falls due. */
  advance(ms: number): void

  /** Current virtual time in milliseconds since the Unix epoch. */
  now(): number

  containers(): ContainerSummary[]

  /** Registers a listener called after any state change; returns the unsubscribe function. */
  onChange(listener: () => void): () => void

  /** Tab completion for the word before the end of `line`. */
  complete(line: string): Completion

  /** Prompt shown before each line, e.g. `studente@host:~$ `. */
  prompt(): string

  /**
   * Writes a file into the host filesystem as the student's user and creates
   * missing parent directories. A relative path or `~/…` starts from the home
   * directory. Editor widgets use it to put a Dockerfile and its build
   * context where `docker build` finds them.
   */
  writeHostFile(path: string, content: string): void

  /** Copies the container, image, host file and audit state for exercise goal checks. */
  snapshot(): EngineSnapshot

  /**
   * Audits the last `docker run` or `docker create` with the docker-bench
   * container checks, or returns null before the first one. Optional so that
   * wrappers and test doubles need not implement it.
   */
  lastRunAudit?(): AuditResult | null
}

export type { AuditFinding, AuditResult, AuditStatus } from './audit/types'

/** Health-check settings in effect for a container or stored in an image; durations in milliseconds. */
export interface HealthcheckSnapshot {
  /** `["CMD-SHELL", "curl -f http://localhost/ || exit 1"]`, `["CMD", …]` or `["NONE"]`. */
  test: string[]
  /** Undefined where Docker's default applies (30 s interval and timeout, 0 s start period, 3 retries). */
  intervalMs?: number
  timeoutMs?: number
  startPeriodMs?: number
  retries?: number
}

/** One container as `docker inspect` describes it, reduced to what exercises check. */
export interface ContainerSnapshot {
  id: string
  name: string
  /** The image reference as typed (`nginx`, `nginx:latest`). */
  image: string
  state: ContainerState
  exitCode: number
  restartCount: number
  /** `Config.User`: empty for the image's default user. */
  user: string
  env: string[]
  healthcheck?: HealthcheckSnapshot
  health?: { status: HealthStatus; failingStreak: number; log: { exitCode: number; output: string }[] }
  readOnlyRootfs: boolean
  /** `--tmpfs` mounts: path → options. */
  tmpfs: Record<string, string>
  /** Memory limit in bytes; 0 when unlimited. */
  memoryBytes: number
  /** CPU limit in units of 1e-9 CPUs; 0 when unlimited. */
  nanoCpus: number
  restartPolicy: { name: string; maximumRetryCount: number }
  privileged: boolean
  capAdd: string[]
  capDrop: string[]
  securityOpt: string[]
  /** `-p` values as typed, e.g. `127.0.0.1:8080:80`. */
  publish: string[]
  networkMode: string
}

/** One image in `docker images`. */
export interface ImageSnapshot {
  repository: string
  tag: string
  id: string
  /** Size in bytes. */
  size: number
  /** `Config.User`: empty when the image runs as root by default. */
  user: string
  healthcheck?: HealthcheckSnapshot
  /** `docker history` rows, oldest first; empty for images without recorded history. */
  history: { createdBy: string; size: number; emptyLayer: boolean }[]
}

/** A host file as `stat` shows it. */
export interface HostFileSnapshot {
  type: 'file' | 'dir' | 'symlink'
  /** Permission bits, e.g. 0o660. */
  mode: number
  owner: string
  group: string
  /** File content; empty for directories. */
  content: string
  /** Names in a directory, sorted; empty for other types. */
  entries: string[]
}

/** An audit record as ausearch shows it, with its fields unquoted. */
export interface AuditEventSnapshot {
  key: string | undefined
  time: number
  /** The SYSCALL record's `syscall` name (`fchmodat`) or the CONFIG_CHANGE `op` (`add_rule`). */
  action: string
  /** The PATH record's `name`, when there is one. */
  path: string | undefined
}

/**
 * A read-only copy of the state that exercises check. Containers, images and
 * audit data are copied when the snapshot is taken. `file` and `groupMembers`
 * read the live host when called, so call them before the next command runs.
 */
export interface EngineSnapshot {
  /** Virtual time, in milliseconds since the Unix epoch. */
  time: number
  /** Newest first, as `docker ps -a` lists them. */
  containers: ContainerSnapshot[]
  images: ImageSnapshot[]
  /** Name of the user the host shell runs as. */
  hostUser: string
  /** Absolute path of the host shell's home directory. */
  home: string
  /** Follows symlinks; undefined when the path does not exist. */
  file(path: string): HostFileSnapshot | undefined
  /** Members of a host group as `getent group` lists them; undefined when the group does not exist. */
  groupMembers(group: string): string[] | undefined
  /** Audit watch rules loaded in the kernel, as `auditctl -l` lists them. */
  auditRules: { path: string; perms: string; key: string | undefined }[]
  auditEvents: AuditEventSnapshot[]
}

/** An engine whose state survives a page reload: serialize() on unload, restore() into a new engine. */
export interface PersistentEngine extends SimulatedEngine {
  /** Returns the state as JSON text with a format version. */
  serialize(): string
  /**
   * Rebuilds the saved state in a newly created engine with the same options.
   * Rejects with an English message for corrupt text or another version.
   */
  restore(text: string): Promise<void>
}
