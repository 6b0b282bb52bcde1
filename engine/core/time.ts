// Timestamps and the text formats Docker, Go and nginx print them in.
// An Instant keeps nanoseconds beside the millisecond clock because Docker
// prints RFC 3339 times with nanosecond precision.

export interface Instant {
  ms: number
  /** Nanoseconds within the millisecond, 0–999999. */
  ns: number
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export const ZERO_TIME = '0001-01-01T00:00:00Z'

/**
 * Creates an instant on the whole millisecond at or before `ms`, so that its
 * text formats stay valid after a command has slept a fractional time.
 */
export function instant(ms: number, ns = 0): Instant {
  return { ms: Math.floor(ms), ns }
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

function fraction(time: Instant): string {
  const nanos = (((time.ms % 1000) + 1000) % 1000) * 1_000_000 + time.ns
  return pad(nanos, 9).replace(/0+$/, '')
}

/** Go's time.RFC3339Nano in UTC: `2026-12-04T19:22:15.35444561Z`. */
export function rfc3339Nano(time: Instant): string {
  const date = new Date(time.ms)
  const base = date.toISOString().slice(0, 19)
  const frac = fraction(time)
  return frac === '' ? `${base}Z` : `${base}.${frac}Z`
}

/** Go's time.Time.String() in UTC: `2026-12-04 19:22:15.35444561 +0000 UTC`. */
export function goTimeString(time: Instant): string {
  const date = new Date(time.ms)
  const base = `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 19)}`
  const frac = fraction(time)
  return `${frac === '' ? base : `${base}.${frac}`} +0000 UTC`
}

/** nginx error-log time: `2026/12/04 19:23:15`. */
export function nginxErrorTime(ms: number): string {
  const date = new Date(ms)
  return `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())} ${date.toISOString().slice(11, 19)}`
}

/** nginx access-log time: `04/Dec/2026:19:22:15 +0000`. */
export function nginxAccessTime(ms: number): string {
  const date = new Date(ms)
  return `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${date.toISOString().slice(11, 19)} +0000`
}

/** `ls -l` time: `Dec  4 19:19` within six months of now, `Oct 19  2022` otherwise. */
export function lsTime(ms: number, nowMs: number): string {
  const date = new Date(ms)
  const month = MONTHS[date.getUTCMonth()]
  const day = String(date.getUTCDate()).padStart(2, ' ')
  const sixMonths = 182.5 * 24 * 3600 * 1000
  const recent = nowMs - ms < sixMonths && ms - nowMs < 3600 * 1000

  return recent ? `${month} ${day} ${date.toISOString().slice(11, 16)}` : `${month} ${day}  ${date.getUTCFullYear()}`
}

/** `date` output in the C locale: `Thu Nov 27 10:00:00 UTC 2025`. */
export function dateCommandTime(ms: number): string {
  const date = new Date(ms)
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()]
  const day = String(date.getUTCDate()).padStart(2, ' ')
  return `${weekday} ${MONTHS[date.getUTCMonth()]} ${day} ${date.toISOString().slice(11, 19)} UTC ${date.getUTCFullYear()}`
}
