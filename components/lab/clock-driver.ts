// Drives the engine's virtual clock from real time, and implements the
// CommandIO.sleep of the lab terminal on top of it.

export type ClockSpeed = 1 | 10 | 60

export const CLOCK_SPEEDS: readonly ClockSpeed[] = [1, 10, 60]

/** The part of SimulatedEngine the driver needs. */
export interface VirtualClock {
  now(): number
  advance(ms: number): void
}

export interface ClockSnapshot {
  /** Virtual time, in milliseconds since the Unix epoch. */
  now: number
  paused: boolean
  speed: ClockSpeed
}

export interface ClockDriverOptions {
  /** Interval between real-time steps, in milliseconds. */
  tickMs?: number
  /** Real monotonic time in milliseconds; defaults to performance.now. */
  realNow?: () => number
}

interface Sleeper {
  wakeAt: number
  resolve(completed: boolean): void
}

const DEFAULT_TICK_MS = 200

/**
 * Maximum virtual time, in milliseconds, of one engine.advance call. The
 * engine runs every event due in a call, so a shorter step lets the driver
 * check its time budget between steps.
 */
export const MAX_STEP_MS = 5_000

/**
 * Real time, in milliseconds, that one task may spend advancing the engine
 * before the rest continues in a new task. It stays well under the 50 ms that
 * browsers report as a long task, so input and rendering get their turn.
 */
export const SLICE_BUDGET_MS = 20

/** Maximum single wait that a paused clock treats as a command's own latency. */
export const PAUSED_LATENCY_MAX_MS = 999

/** Virtual time one command may spend in such waits while the clock is paused. */
export const PAUSED_LATENCY_BUDGET_MS = 2000

export class ClockDriver {
  private readonly clock: VirtualClock
  private readonly tickMs: number
  private readonly realNow: () => number
  private paused = false
  private speed: ClockSpeed = 1
  private lastRealTime: number
  /** Virtual milliseconds owed to the engine but not yet advanced. */
  private backlogMs = 0
  private sleepers: Sleeper[] = []
  private listeners = new Set<() => void>()
  private interval: ReturnType<typeof setInterval> | undefined
  private drainScheduled = false
  private snapshot: ClockSnapshot

  constructor(clock: VirtualClock, options: ClockDriverOptions = {}) {
    this.clock = clock
    this.tickMs = options.tickMs ?? DEFAULT_TICK_MS
    this.realNow = options.realNow ?? (() => performance.now())
    this.lastRealTime = this.realNow()
    this.snapshot = { now: clock.now(), paused: false, speed: 1 }
  }

  start(): void {
    if (this.interval !== undefined) return
    this.lastRealTime = this.realNow()
    this.interval = setInterval(() => this.tick(), this.tickMs)
  }

  /** Stops the timer and interrupts every pending sleep. */
  stop(): void {
    clearInterval(this.interval)
    this.interval = undefined
    this.interrupt()
  }

  pause(): void {
    this.accrueRealTime()
    this.paused = true
    this.publish()
  }

  resume(): void {
    this.lastRealTime = this.realNow()
    this.paused = false
    this.publish()
  }

  setSpeed(speed: ClockSpeed): void {
    this.accrueRealTime()
    this.speed = speed
    this.publish()
  }

  /**
   * Moves virtual time forward by `ms` now, or over several tasks when the
   * engine needs more than SLICE_BUDGET_MS for it; works while paused too.
   */
  advanceBy(ms: number): void {
    this.backlogMs += ms
    this.drain()
  }

  /** Resolves true once virtual time has moved `ms` forward, false if interrupted. */
  sleep(ms: number): Promise<boolean> {
    if (ms <= 0) return Promise.resolve(true)

    return new Promise((resolve) => {
      this.sleepers.push({ wakeAt: this.clock.now() + ms, resolve })
    })
  }

  /**
   * Returns the CommandIO.sleep for one command. While the clock runs it is
   * `sleep`. While it is paused, waits under 1 s pass at once, up to 2 s per
   * command, so docker's own latencies (900 ms between create and start in
   * `docker run`) do not hang the command. A longer wait such as `sleep 30`
   * waits for the clock to resume or for advanceBy.
   */
  createCommandSleep(): (ms: number) => Promise<boolean> {
    let budgetMs = PAUSED_LATENCY_BUDGET_MS

    return (ms) => {
      const result = this.sleep(ms)
      if (this.paused && ms > 0 && ms <= PAUSED_LATENCY_MAX_MS && ms <= budgetMs) {
        budgetMs -= ms
        this.advanceBy(ms)
      }
      return result
    }
  }

  /** Resolves every pending sleep with false, as Ctrl-C does to `sleep`. */
  interrupt(): void {
    const interrupted = this.sleepers
    this.sleepers = []
    for (const sleeper of interrupted) sleeper.resolve(false)
  }

  getSnapshot = (): ClockSnapshot => this.snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private tick(): void {
    this.accrueRealTime()
    this.drain()
  }

  private accrueRealTime(): void {
    const realTime = this.realNow()
    if (!this.paused && this.interval !== undefined) this.backlogMs += (realTime - this.lastRealTime) * this.speed
    this.lastRealTime = realTime
  }

  /**
   * Advances the engine through the backlog in steps of at most MAX_STEP_MS.
   * It stops at the earliest sleep deadline, wakes that sleeper and continues
   * in a new task, so the woken command runs its next step at the virtual
   * time it expects before the clock moves on. It also continues in a new
   * task once the current one has spent SLICE_BUDGET_MS.
   */
  private drain(): void {
    const sliceStart = this.realNow()

    while (this.backlogMs >= 1) {
      const step = Math.min(Math.floor(this.backlogMs), this.msUntilNextWake(), MAX_STEP_MS)
      if (step > 0) {
        this.clock.advance(step)
        this.backlogMs -= step
      }

      const wokeSleepers = this.wakeDueSleepers()
      const overBudget = this.realNow() - sliceStart >= SLICE_BUDGET_MS
      if ((wokeSleepers || overBudget) && this.backlogMs >= 1) {
        this.scheduleDrain()
        break
      }
    }

    this.publish()
  }

  private scheduleDrain(): void {
    if (this.drainScheduled) return
    this.drainScheduled = true
    setTimeout(() => {
      this.drainScheduled = false
      this.drain()
    }, 0)
  }

  private msUntilNextWake(): number {
    const now = this.clock.now()
    let earliest = Number.POSITIVE_INFINITY
    for (const sleeper of this.sleepers) earliest = Math.min(earliest, sleeper.wakeAt - now)
    return Math.max(0, earliest)
  }

  private wakeDueSleepers(): boolean {
    const now = this.clock.now()
    const due = this.sleepers.filter((sleeper) => sleeper.wakeAt <= now)
    if (due.length === 0) return false

    this.sleepers = this.sleepers.filter((sleeper) => sleeper.wakeAt > now)
    for (const sleeper of due) sleeper.resolve(true)
    return true
  }

  private publish(): void {
    const now = this.clock.now()
    const { snapshot } = this
    if (snapshot.now === now && snapshot.paused === this.paused && snapshot.speed === this.speed) return

    this.snapshot = { now, paused: this.paused, speed: this.speed }
    for (const listener of this.listeners) listener()
  }
}

/** Formats virtual time as HH:MM:SS in UTC. */
export function formatClockTime(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(11, 19)
}
