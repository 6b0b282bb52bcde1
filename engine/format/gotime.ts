// Timestamps that render like Go's time.Time in templates: `{{.Start}}`
// prints `2026-12-04 19:22:15.35444561 +0000 UTC`, while `{{json .Start}}`
// and inspect JSON show the RFC 3339 text.

import type { GoStringer } from './template/values'

export interface GoTime extends GoStringer {
  /** The RFC 3339 text the value was created from. */
  toJSON(): string
}

const RFC3339_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/

/**
 * Wraps an RFC 3339 timestamp (`2026-12-04T19:22:15.35444561Z`) so that
 * templates print it as Go's Time.String() does. Throws on other formats.
 */
export function goTime(rfc3339: string): GoTime {
  const match = RFC3339_PATTERN.exec(rfc3339)
  if (match === null) throw new Error(`invalid RFC 3339 timestamp: ${JSON.stringify(rfc3339)}`)

  const [, date, time, fraction = '', zone] = match
  const trimmedFraction = fraction.replace(/0+$/, '')
  const seconds = trimmedFraction === '' ? time : `${time}.${trimmedFraction}`
  // Go names the zone UTC for Z; a numeric offset without a zone name is printed twice.
  const offset = zone === 'Z' ? '+0000 UTC' : `${zone!.replace(':', '')} ${zone!.replace(':', '')}`
  const text = `${date} ${seconds} ${offset}`

  return {
    goString: () => text,
    toJSON: () => rfc3339,
  }
}
