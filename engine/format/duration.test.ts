import { describe, expect, it } from 'vitest'

import { formatGoDuration, GoDurationError, humanDuration, parseGoDuration } from './duration'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const WEEK = 7 * DAY
const MONTH = 30 * DAY
const YEAR = 365 * DAY

describe('humanDuration', () => {
  it.each([
    [0, 'Less than a second'],
    [450, 'Less than a second'],
    [999, 'Less than a second'],
    [-5 * SECOND, 'Less than a second'],
    [1 * SECOND, '1 second'],
    [1999, '1 second'],
    [3 * SECOND, '3 seconds'],
    [59 * SECOND, '59 seconds'],
    [60 * SECOND, 'About a minute'],
    [119 * SECOND, 'About a minute'],
    [2 * MINUTE, '2 minutes'],
    [35 * MINUTE + 40 * SECOND, '35 minutes'],
    [59 * MINUTE + 59 * SECOND, '59 minutes'],
    [1 * HOUR, 'About an hour'],
    [1 * HOUR + 29 * MINUTE, 'About an hour'],
    [1 * HOUR + 31 * MINUTE, '2 hours'],
    [3 * HOUR + 59 * MINUTE, '4 hours'],
    [24 * HOUR, '24 hours'],
    [36 * HOUR, '36 hours'],
    [2 * DAY, '2 days'],
    [13 * DAY + 5 * HOUR, '13 days'],
    [2 * WEEK, '2 weeks'],
    [4 * WEEK + 3 * DAY, '4 weeks'],
    [MONTH + 2 * WEEK, '6 weeks'],
    [2 * MONTH, '2 months'],
    [13 * MONTH, '13 months'],
    [24 * MONTH, '24 months'],
    [24 * MONTH + 2 * WEEK, '2 years'],
    [3 * YEAR + 2 * MONTH, '3 years'],
  ])('%d ms is %s', (ms, expected) => {
    expect(humanDuration(ms)).toBe(expected)
  })
})

describe('parseGoDuration', () => {
  it.each([
    ['0', 0],
    ['-0', 0],
    ['0s', 0],
    ['2s', 2000],
    ['1m30s', 90_000],
    ['1.5h', 5_400_000],
    ['2h45m', 9_900_000],
    ['300ms', 300],
    ['-1s', -1000],
    ['+5s', 5000],
    ['.5s', 500],
    ['5.s', 5000],
    ['1h1m1s1ms', 3_661_001],
    ['1500us', 1.5],
    ['1500µs', 1.5],
    ['1500μs', 1.5],
    ['1000000ns', 1],
  ])('parses %s', (text, expected) => {
    expect(parseGoDuration(text)).toBe(expected)
  })

  it.each([
    ['abc', 'time: invalid duration "abc"'],
    ['', 'time: invalid duration ""'],
    ['-', 'time: invalid duration "-"'],
    ['.s', 'time: invalid duration ".s"'],
    ['5', 'time: missing unit in duration "5"'],
    ['1m30', 'time: missing unit in duration "1m30"'],
    ['5x', 'time: unknown unit "x" in duration "5x"'],
    ['5 s', 'time: unknown unit " s" in duration "5 s"'],
    ['3000000h', 'time: invalid duration "3000000h"'],
  ])('rejects %j', (text, message) => {
    expect(() => parseGoDuration(text)).toThrow(GoDurationError)
    expect(() => parseGoDuration(text)).toThrow(message)
  })
})

describe('formatGoDuration', () => {
  it.each([
    [0, '0s'],
    [2000, '2s'],
    [90_000, '1m30s'],
    [HOUR, '1h0m0s'],
    [500, '500ms'],
    [1.5, '1.5ms'],
    [0.0015, '1.5µs'],
    [0.000001, '1ns'],
    [1500, '1.5s'],
    [-1000, '-1s'],
    [2 * HOUR + 45 * MINUTE, '2h45m0s'],
    [30 * SECOND, '30s'],
    [61 * MINUTE + 1.25 * SECOND, '1h1m1.25s'],
  ])('%d ms is %s', (ms, expected) => {
    expect(formatGoDuration(ms)).toBe(expected)
  })
})
