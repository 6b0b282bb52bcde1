import { describe, expect, it } from 'vitest'
import { parseStopwatch, pauseStopwatch, readElapsed, resumeStopwatch, startStopwatch } from './timer'

describe('stopwatch', () => {
  it('counts from the start', () => {
    expect(readElapsed(startStopwatch(1000), 4000)).toBe(3000)
  })

  it('stops counting while paused', () => {
    const paused = pauseStopwatch(startStopwatch(0), 5000)
    expect(readElapsed(paused, 9000)).toBe(5000)
  })

  it('excludes the paused time after resuming', () => {
    const resumed = resumeStopwatch(pauseStopwatch(startStopwatch(0), 5000), 8000)
    expect(readElapsed(resumed, 10_000)).toBe(7000)
  })

  it('ignores a second pause', () => {
    const paused = pauseStopwatch(startStopwatch(0), 5000)
    expect(pauseStopwatch(paused, 6000)).toBe(paused)
  })
})

describe('parseStopwatch', () => {
  it('reads a stored state', () => {
    expect(parseStopwatch('{"startedAt":10,"pausedAt":null}')).toEqual({ startedAt: 10, pausedAt: null })
  })

  it('rejects malformed data', () => {
    expect(parseStopwatch(null)).toBeNull()
    expect(parseStopwatch('not json')).toBeNull()
    expect(parseStopwatch('{"startedAt":"10","pausedAt":null}')).toBeNull()
    expect(parseStopwatch('{"startedAt":10,"pausedAt":"x"}')).toBeNull()
  })
})
