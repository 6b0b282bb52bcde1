import { describe, expect, it } from 'vitest'
import { computePace, describePace, formatElapsed } from './pace'

const MINUTE = 60_000

describe('computePace', () => {
  it('is on time at the start', () => {
    expect(computePace(0, 0, 11, 50)).toEqual({ status: 'on-time', deltaMinutes: 0 })
  })

  it('is on time halfway at half time', () => {
    expect(computePace(25 * MINUTE, 5, 11, 50).status).toBe('on-time')
  })

  it('is behind when time runs ahead of slides', () => {
    expect(computePace(30 * MINUTE, 2, 11, 50)).toEqual({ status: 'behind', deltaMinutes: 20 })
  })

  it('is ahead when slides run ahead of time', () => {
    expect(computePace(5 * MINUTE, 5, 11, 50)).toEqual({ status: 'ahead', deltaMinutes: -20 })
  })

  it('tolerates two minutes of drift', () => {
    expect(computePace(7 * MINUTE, 1, 11, 50).status).toBe('on-time')
  })

  it('handles a one-slide deck', () => {
    expect(computePace(10 * MINUTE, 0, 1, 10).status).toBe('on-time')
  })
})

describe('formatElapsed', () => {
  it('formats minutes and seconds', () => {
    expect(formatElapsed(65_000)).toBe('1:05')
  })

  it('adds hours from one hour on', () => {
    expect(formatElapsed(3_725_000)).toBe('1:02:05')
  })

  it('clamps negative durations to zero', () => {
    expect(formatElapsed(-5)).toBe('0:00')
  })
})

describe('describePace', () => {
  it('labels each status in Italian', () => {
    expect(describePace({ status: 'behind', deltaMinutes: 3 })).toBe('In ritardo di 3 minuti')
    expect(describePace({ status: 'ahead', deltaMinutes: -1 })).toBe('In anticipo di 1 minuto')
    expect(describePace({ status: 'on-time', deltaMinutes: 1 })).toBe('In linea con i tempi')
  })
})
