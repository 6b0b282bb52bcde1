// Types shared by the container shell and the programs it runs.

import type { OutputStream } from '../api'
import type { Credentials, FileSystem } from '../fs/vfs'

export interface OutputChunk {
  stream: OutputStream
  text: string
  /** Virtual milliseconds since the command started. */
  at: number
}

export interface ExecResult {
  exitCode: number
  chunks: OutputChunk[]
  /** Virtual time the command took, in ms. */
  durationMs: number
  /**
   * Output and exit code of a program that runs until interrupted (`ping`
   * without `-c`), given the ms after the start at which SIGINT reached it.
   * Callers apply it only where Ctrl-C becomes SIGINT: a terminal, or the
   * signal proxy of an attached `docker run`.
   */
  interrupt?: (elapsedMs: number) => { text: string; exitCode: number }
}

/** The container's network settings that programs inside it use. */
export interface ContainerNetwork {
  /** `bridge`, `host`, `none` or a network name. */
  mode: string
  /** IPv4 address on the default bridge or a user-defined network, empty for `host` and `none`. */
  address: string
  /** Returns true when a running container on the default bridge has `address`. */
  hasPeer(address: string): boolean
  /** Returns the address Docker's embedded DNS gives a peer container's name on a user-defined network. */
  resolve?(name: string): string | undefined
  /**
   * False where Docker leaves net.ipv4.ping_group_range unset (user namespaces),
   * so that ping cannot fall back to an ICMP datagram socket without CAP_NET_RAW.
   */
  pingSockets: boolean
}

export type ShellKind = 'ash' | 'dash' | 'bash'

/** A simulated process as `ps` lists it. */
export interface ProcessInfo {
  pid: number
  user: string
  command: string
}

export type HttpResult =
  | { kind: 'refused' }
  | { kind: 'unresolved' }
  | { kind: 'response'; status: number; body: string }

/** Services a container offers to the commands running inside it. */
export interface ContainerContext {
  fs: FileSystem
  hostname: string
  /** `busybox` images print BusyBox applet messages, `debian` ones GNU coreutils messages. */
  flavor: 'busybox' | 'debian'
  /** Current virtual time (ms) when the command started. */
  startMs: number
  /** The container's processes as `ps` lists them, ending with `ps` itself run by `caller`. */
  processes(caller: Credentials): ProcessInfo[]
  http(host: string, port: number, method: string, path: string, atMs: number): HttpResult
  /** Software the image contains, e.g. `nginx` for `nginx -v`. */
  software: Set<string>
  /**
   * The database server of a mariadb container at `atMs`, or undefined when none runs.
   * `shutdown` stops the server (`mariadb-admin shutdown`) and returns the ms until it exits.
   */
  database(atMs: number): { phase: 'down' | 'temporary' | 'restarting' | 'ready'; rootPassword: string; shutdown?(atMs: number): number } | undefined
  /** Capability names without `CAP_`; absent where Docker's default set applies (image builds). */
  capabilities?: ReadonlySet<string>
  /** Absent where no network is modelled (image builds), which `ping` treats as the default bridge. */
  network?: ContainerNetwork
}

export interface ShellState {
  cwd: string
  env: Map<string, string>
  cred: Credentials
  lastExit: number
}

/** Everything a program receives when it runs. */
export interface ProgramContext {
  container: ContainerContext
  state: ShellState
  argv: string[]
  stdin: string
  /** True when stdout goes to a terminal (`docker exec -t`); curl then hides its meter. */
  stdoutIsTTY: boolean
  write(text: string, stream?: OutputStream): void
  /** Adds virtual time spent by the program. */
  spend(ms: number): void
  /** Virtual time now: command start plus the time spent so far. */
  now(): number
  /** Runs a nested shell script (for `sh -c`). */
  runScript(script: string, argv0: string, kind: ShellKind): number
  /**
   * Marks the program as running until Ctrl-C: the script stops after it, and
   * on a terminal `onInterrupt` gives the output and exit code that SIGINT
   * produces `elapsedMs` after the program started.
   */
  runUntilInterrupted(onInterrupt: (elapsedMs: number) => { text: string; exitCode: number }): void
}

export type Program = (ctx: ProgramContext) => number
