// A timestamp as Go templates see a time.Time: `{{.Start}}` prints Go's
// String() form and `{{json .Start}}` the RFC 3339 form.

import { goTimeString, rfc3339Nano, ZERO_TIME, type Instant } from '../core/time'

export class GoTime {
  constructor(readonly time: Instant | undefined) {}

  goString(): string {
    return this.time ? goTimeString(this.time) : '0001-01-01 00:00:00 +0000 UTC'
  }

  toJSON(): string {
    return this.time ? rfc3339Nano(this.time) : ZERO_TIME
  }

  toString(): string {
    return this.goString()
  }
}
