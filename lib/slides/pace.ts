// Timing helpers for the presenter view.

export type PaceStatus = 'ahead' | 'on-time' | 'behind'

export interface Pace {
  status: PaceStatus
  /** Minutes ahead (negative) or behind (positive) the planned pace, rounded. */
  deltaMinutes: number
}

/** Minutes of drift either way that still count as on time. */
export const PACE_TOLERANCE_MINUTES = 2

/**
 * Compares the share of slides already shown with the share of the planned
 * time already spent. Reaching slide `index` of `count` is expected after
 * index / (count - 1) of `plannedMinutes`, so the last slide is due when
 * the time is up.
 */
export function computePace(elapsedMs: number, index: number, count: number, plannedMinutes: number): Pace {
  const elapsedMinutes = elapsedMs / 60_000
  const progress = count > 1 ? index / (count - 1) : 1
  const expectedMinutes = progress * plannedMinutes
  const delta = elapsedMinutes - expectedMinutes

  const deltaMinutes = Math.round(delta)
  if (delta > PACE_TOLERANCE_MINUTES) return { status: 'behind', deltaMinutes }
  if (delta < -PACE_TOLERANCE_MINUTES) return { status: 'ahead', deltaMinutes }
  return { status: 'on-time', deltaMinutes }
}

/** Formats a duration as `m:ss`, or `h:mm:ss` from one hour on. */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const ss = String(seconds).padStart(2, '0')

  if (hours === 0) return `${minutes}:${ss}`
  return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`
}

/** Italian label for the pace indicator. */
export function describePace(pace: Pace): string {
  const minutes = Math.abs(pace.deltaMinutes)
  const unit = minutes === 1 ? 'minuto' : 'minuti'
  if (pace.status === 'behind') return `In ritardo di ${minutes} ${unit}`
  if (pace.status === 'ahead') return `In anticipo di ${minutes} ${unit}`
  return 'In linea con i tempi'
}
