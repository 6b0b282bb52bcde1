import { describe, expect, it } from 'vitest'
import { instant, rfc3339Nano } from './time'

describe('instant', () => {
  it('drops a fraction of a millisecond', () => {
    expect(rfc3339Nano(instant(Date.UTC(2026, 11, 4, 19, 34, 22, 219) + 0.828125, 793_880))).toBe('2026-12-04T19:34:22.21979388Z')
  })
})
