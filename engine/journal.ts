// Engine persistence by replay. The engine is deterministic for a given seed
// and start time, so its state is the list of inputs it received: commands
// (with the virtual times their waits and prompts resolved at), clock advances
// and host file writes. `serialize` writes that list as JSON with a format
// version, and `restore` replays it on a newly created engine.

import type { CommandIO } from './api'

/** Version of the serialised form; restore rejects any other. */
export const STATE_VERSION = 1
const STATE_FORMAT = 'container-sicuri-engine-state'

/** One CommandIO.sleep or readLine result and the virtual time it resolved at. */
type Resolution = { at: number; sleep: boolean } | { at: number; line: string | null }

export type JournalEntry =
  | { kind: 'execute'; line: string; isTTY: boolean; columns: number; interactive: boolean; resolutions: Resolution[] }
  /** The clock advanced to `to` (virtual ms) while no command ran. */
  | { kind: 'advance'; to: number }
  | { kind: 'file'; path: string; content: string }

export interface SavedState {
  format: string
  version: number
  seed: number
  start: number
  journal: JournalEntry[]
}

/** Raised when `restore` gets text that is not a saved state of this version. */
export class StateError extends Error {}

/** Wraps a CommandIO so that every wait and prompt result lands in `entry`. */
export function recordingIO(io: CommandIO, entry: Extract<JournalEntry, { kind: 'execute' }>, now: () => number): CommandIO {
  const recorded: CommandIO = {
    write: (text, stream) => io.write(text, stream),
    sleep: async (ms) => {
      const completed = await io.sleep(ms)
      entry.resolutions.push({ at: now(), sleep: completed })
      return completed
    },
    isTTY: io.isTTY,
    get columns() {
      return io.columns
    },
  }

  const readLine = io.readLine?.bind(io)
  if (readLine) {
    recorded.readLine = async (echo) => {
      const text = await readLine(echo)
      entry.resolutions.push({ at: now(), line: text ?? null })
      return text
    }
  }
  return recorded
}

/**
 * Returns a CommandIO that discards output and resolves each wait and prompt
 * from the recording, advancing the clock to its time; `check` raises a mismatch.
 */
export function replayIO(entry: Extract<JournalEntry, { kind: 'execute' }>, now: () => number, advance: (ms: number) => void): { io: CommandIO; check(): void } {
  const pending = [...entry.resolutions]
  let failure: StateError | undefined
  const fail = (message: string): never => {
    failure ??= new StateError(`corrupt engine state: command "${entry.line}" ${message}`)
    throw failure
  }
  const next = (): Resolution => {
    const resolution = pending.shift() ?? fail('waited more often than recorded')
    if (resolution.at > now()) advance(resolution.at - now())
    return resolution
  }
  // execute() turns errors thrown by its IO into a failed command, so check() raises them afterwards.
  const check = (): void => {
    if (failure) throw failure
    if (pending.length > 0) fail('waited less often than recorded')
  }

  const io: CommandIO = {
    write: () => {},
    sleep: async () => {
      const resolution = next()
      if (!('sleep' in resolution)) return fail('slept where a prompt was recorded')
      return resolution.sleep
    },
    isTTY: entry.isTTY,
    columns: entry.columns,
  }
  if (entry.interactive) {
    io.readLine = async () => {
      const resolution = next()
      if (!('line' in resolution)) return fail('prompted where a wait was recorded')
      return resolution.line ?? undefined
    }
  }
  return { io, check }
}

/** Parses and validates saved text; throws StateError with the reason. */
export function parseState(text: string): SavedState {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new StateError('corrupt engine state: not valid JSON')
  }

  const state = value as Partial<SavedState> | null
  if (!state || typeof state !== 'object' || state.format !== STATE_FORMAT) throw new StateError('corrupt engine state: not a saved engine state')
  if (state.version !== STATE_VERSION) throw new StateError(`unsupported engine state version ${String(state.version)}; this engine reads version ${STATE_VERSION}`)
  if (typeof state.seed !== 'number' || typeof state.start !== 'number' || !Array.isArray(state.journal)) throw new StateError('corrupt engine state: missing seed, start or journal')

  for (const entry of state.journal as unknown[]) {
    if (!validEntry(entry)) throw new StateError('corrupt engine state: invalid journal entry')
  }
  return state as SavedState
}

function validEntry(entry: unknown): boolean {
  const item = entry as Record<string, unknown> | null
  if (!item || typeof item !== 'object') return false
  if (item.kind === 'advance') return typeof item.to === 'number'
  if (item.kind === 'file') return typeof item.path === 'string' && typeof item.content === 'string'
  if (item.kind !== 'execute') return false
  return typeof item.line === 'string' && typeof item.isTTY === 'boolean' && typeof item.columns === 'number' && typeof item.interactive === 'boolean' && Array.isArray(item.resolutions) && item.resolutions.every(validResolution)
}

function validResolution(resolution: unknown): boolean {
  const item = resolution as Record<string, unknown> | null
  if (!item || typeof item !== 'object' || typeof item.at !== 'number') return false
  return typeof item.sleep === 'boolean' || typeof item.line === 'string' || item.line === null
}

export function formatState(seed: number, start: number, journal: JournalEntry[]): string {
  const state: SavedState = { format: STATE_FORMAT, version: STATE_VERSION, seed, start, journal }
  return JSON.stringify(state)
}
