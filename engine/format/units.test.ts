import { describe, expect, it } from 'vitest'

import { ByteSizeError, bytesSize, humanSize, parseByteSize } from './units'

describe('parseByteSize', () => {
  it.each([
    ['1024', 1024],
    ['512k', 512 * 1024],
    ['64m', 67_108_864],
    ['64M', 67_108_864],
    ['64MB', 67_108_864],
    ['64MiB', 67_108_864],
    ['1g', 1_073_741_824],
    ['1.5g', 1_610_612_736],
    ['1 GB', 1_073_741_824],
    ['100b', 100],
    ['0', 0],
    ['32.7', 32],
  ])('parses %s', (text, expected) => {
    expect(parseByteSize(text)).toBe(expected)
  })

  it.each([
    ['64x', "invalid suffix: 'x'"],
    ['64X', "invalid suffix: 'x'"],
    ['64mx', "invalid suffix: 'mx'"],
    ['64bb', "invalid suffix: 'bb'"],
    ['64kibb', "invalid suffix: 'kibb'"],
    ['abc', "invalid size: 'abc'"],
    ['', "invalid size: ''"],
    ['-64m', "invalid size: '-64m'"],
    ['1.2.3m', 'strconv.ParseFloat: parsing "1.2.3": invalid syntax'],
  ])('rejects %j', (text, message) => {
    expect(() => parseByteSize(text)).toThrow(ByteSizeError)
    expect(() => parseByteSize(text)).toThrow(message)
  })
})

describe('humanSize', () => {
  it.each([
    [0, '0B'],
    [18, '18B'],
    [8920, '8.92kB'],
    [23_500, '23.5kB'],
    [1_980_000, '1.98MB'],
    [117_440_000, '117.4MB'],
    [139_000_000, '139MB'],
    [138_999_999, '139MB'],
    [999_950, '1000kB'],
    [2_746_000, '2.746MB'],
  ])('%d bytes is %s', (bytes, expected) => {
    expect(humanSize(bytes)).toBe(expected)
  })
})

describe('bytesSize', () => {
  it.each([
    [0, '0B'],
    [580 * 1024, '580KiB'],
    [64 * 1024 * 1024, '64MiB'],
    [8.715 * 1024 * 1024, '8.715MiB'],
    [23.54 * 1024 ** 3, '23.54GiB'],
    [1023, '1023B'],
  ])('%d bytes is %s', (bytes, expected) => {
    expect(bytesSize(bytes)).toBe(expected)
  })
})
