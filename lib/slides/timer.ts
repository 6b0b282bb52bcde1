// The presenter's stopwatch as plain data, so it survives a reload through
// sessionStorage. Times are epoch milliseconds.

export interface StopwatchState {
  startedAt: number
  /** When the stopwatch was paused, or null while it runs. */
  pausedAt: number | null
}

export function startStopwatch(now: number): StopwatchState {
  return { startedAt: now, pausedAt: null }
}

export function readElapsed(state: StopwatchState, now: number): number {
  return (state.pausedAt ?? now) - state.startedAt
}

export function pauseStopwatch(state: StopwatchState, now: number): StopwatchState {
  if (state.pausedAt !== null) return state
  return { ...state, pausedAt: now }
}

/** Resumes a paused stopwatch, moving its start forward by the paused time. */
export function resumeStopwatch(state: StopwatchState, now: number): StopwatchState {
  if (state.pausedAt === null) return state
  return { startedAt: state.startedAt + (now - state.pausedAt), pausedAt: null }
}

/** Reads a stored stopwatch. Returns null for missing or malformed data. */
export function parseStopwatch(text: string | null): StopwatchState | null {
  if (text === null) return null
  try {
    const value = JSON.parse(text) as Record<string, unknown>
    if (typeof value.startedAt !== 'number') return null
    if (value.pausedAt !== null && typeof value.pausedAt !== 'number') return null
    return { startedAt: value.startedAt, pausedAt: value.pausedAt }
  } catch {
    return null
  }
}
