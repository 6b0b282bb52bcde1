// Public surface of the simulated container engine. The UI and the `sim`
// runner depend only on these types; everything else in engine/ is internal.

export type OutputStream = 'stdout' | 'stderr'

/** Where a running host command sends its output and how it waits. */
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
   * the newline is still shown. Absent when no one can answer; commands then
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
   * Writes a file into the host filesystem as the student's user, creating
   * missing parent directories; a relative path or `~/…` is taken from the
   * home directory. Editor widgets use it to put a Dockerfile and its build
   * context where `docker build` finds them.
   */
  writeHostFile(path: string, content: string): void
}
