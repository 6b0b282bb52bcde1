// Data kept by the simulated daemon for each container.

import type { ContainerState, HealthStatus, OutputStream } from '../api'
import type { Instant } from '../core/time'
import type { EventHandle } from '../core/scheduler'
import type { FileSystem } from '../fs/vfs'
import type { HealthcheckConfig, Image, ImageConfig } from '../images/types'
import type { ExecResult, ShellState } from '../shell/types'
import type { MariadbServer } from './mariadb'
import type { MountPoint, MountRequest } from './volumes'

export interface LogEntry {
  time: Instant
  stream: OutputStream
  /** One line without its trailing newline. */
  text: string
}

export interface HealthLogEntry {
  start: Instant
  end: Instant
  exitCode: number
  output: string
}

export interface HealthState {
  status: HealthStatus
  failingStreak: number
  log: HealthLogEntry[]
}

export type MainProcess =
  | { kind: 'nginx'; requests: number; workers: number[] }
  /** A process that runs until stopped or until `exitAfterMs` (sleep, tail -f, an interactive shell). */
  | { kind: 'idle'; exitAfterMs: number | undefined; exitCode: number }
  /** The mariadb server started by the image's entrypoint. */
  | { kind: 'mariadb'; server: MariadbServer }
  /**
   * A command that already ran at start; its exit is scheduled. `interrupt`
   * gives the output and exit code on SIGINT of a program that runs until
   * Ctrl-C, `startMs` the virtual time it started.
   */
  | { kind: 'command'; interrupt?: ExecResult['interrupt']; startMs?: number }

export interface ContainerConfig extends ImageConfig {
  Hostname: string
  Image: string
  Tty: boolean
  OpenStdin: boolean
  AttachStdin: boolean
  AttachStdout: boolean
  AttachStderr: boolean
  StdinOnce: boolean
}

export interface HostSettings {
  networkMode: string
  autoRemove: boolean
  restartPolicy: { Name: string; MaximumRetryCount: number }
  readonlyRootfs: boolean
  privileged: boolean
  memory: number
  nanoCpus: number
  capAdd: string[] | null
  capDrop: string[] | null
  securityOpt: string[] | null
  publish: string[]
  /** `--tmpfs` mounts: path → options (`size=64m`), empty when none were given. */
  tmpfs: Record<string, string>
  /** `-v` values as typed, for `HostConfig.Binds`. */
  binds: string[]
  /** `-v` and `--mount` requests in command-line order. */
  mountRequests: MountRequest[]
  /** `--pids-limit`; 0 when unset. */
  pidsLimit: number
}

export interface Container {
  id: string
  name: string
  image: Image
  /** The reference as the user typed it (`nginx`, `nginx:latest`). */
  imageRef: string
  created: Instant
  path: string
  args: string[]
  config: ContainerConfig
  host: HostSettings
  state: {
    status: ContainerState
    pid: number
    exitCode: number
    startedAt: Instant | undefined
    finishedAt: Instant | undefined
    error: string
    oomKilled: boolean
  }
  health: HealthState | undefined
  process: MainProcess | undefined
  fs: FileSystem
  logs: LogEntry[]
  restartCount: number
  /** Timers that belong to the running process (health probes, scheduled exit, delayed log lines). */
  timers: EventHandle[]
  /** True after `docker stop`/`kill` until the next start, so the restart policy leaves the container stopped. */
  stopRequested: boolean
  /** Next restart delay in ms; doubles from 100 ms up to one minute. */
  restartDelayMs: number
  /** Shell state of the main process when it is an interactive shell. */
  mainShell: ShellState | undefined
  ipAddress: string
  /** ID of the user-defined network the container was created on, so a start after `docker network rm` fails. */
  userNetworkId: string | undefined
  sandboxId: string
  endpointId: string
  /** Effective health-check settings (image value overridden by flags); undefined when none. */
  healthcheck: HealthcheckConfig | undefined
  /** Volumes and bind mounts, as `inspect` lists them under `Mounts`. */
  mounts: MountPoint[]
}
