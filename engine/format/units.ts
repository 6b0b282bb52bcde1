// Byte sizes as docker prints and parses them with github.com/docker/go-units.
// The parse errors match the docker 28.2.2 client (`invalid suffix: 'x'`).

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB']
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB']

const BINARY_MULTIPLIERS: Record<string, number> = {
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
}

/** Error from parseByteSize; `message` is go-units' text, e.g. `invalid suffix: 'x'`. */
export class ByteSizeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ByteSizeError'
  }
}

/**
 * Parses a memory size as go-units RAMInBytes does for `--memory`:
 * `1024`, `512k`, `64m`, `1.5g`, `64MiB`, `1 GB`. Suffixes are binary
 * (k = 1024) and case-insensitive. Returns whole bytes, truncated.
 * Throws ByteSizeError with go-units' message (`invalid size: 'abc'`,
 * `invalid suffix: 'x'`).
 */
export function parseByteSize(text: string): number {
  const separator = lastIndexOfAny(text, '0123456789. ')
  if (separator === -1) throw new ByteSizeError(`invalid size: '${text}'`)

  // A single space between the number and the suffix is allowed.
  const numberEnd = text[separator] === ' ' ? separator : separator + 1
  const numberText = text.slice(0, numberEnd)
  const suffix = text.slice(separator + 1)

  const size = parseGoFloat(numberText)
  if (size < 0) throw new ByteSizeError(`invalid size: '${text}'`)
  if (suffix === '') return Math.trunc(size)

  return Math.trunc(size * suffixMultiplier(suffix))
}

/**
 * Formats a size with decimal units and 4 significant digits, as go-units
 * HumanSize does for `docker images`: `139MB`, `1.98MB`, `23.5kB`, `0B`.
 */
export function humanSize(bytes: number): string {
  return formatScaled(bytes, 1000, DECIMAL_UNITS)
}

/**
 * Formats a size with binary units and 4 significant digits, as go-units
 * BytesSize does for `docker stats`: `580KiB`, `64MiB`, `23.54GiB`.
 */
export function bytesSize(bytes: number): string {
  return formatScaled(bytes, 1024, BINARY_UNITS)
}

function suffixMultiplier(suffix: string): number {
  if (suffix.length > 3) throw new ByteSizeError(`invalid suffix: '${suffix}'`)

  const lower = suffix.toLowerCase()
  const badSuffix = new ByteSizeError(`invalid suffix: '${lower}'`)
  if (lower[0] === 'b') {
    if (lower.length > 1) throw badSuffix
    return 1
  }

  const multiplier = BINARY_MULTIPLIERS[lower[0] ?? '']
  if (multiplier === undefined) throw badSuffix
  if (lower.length === 2 && lower[1] !== 'b') throw badSuffix
  if (lower.length === 3 && lower.slice(1) !== 'ib') throw badSuffix
  return multiplier
}

// Parses a number the way Go's strconv.ParseFloat accepts it in size
// strings, and fails with Go's message otherwise.
function parseGoFloat(text: string): number {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    throw new ByteSizeError(`strconv.ParseFloat: parsing ${JSON.stringify(text)}: invalid syntax`)
  }
  return Number(text)
}

function formatScaled(bytes: number, base: number, units: string[]): string {
  let size = bytes
  let unitIndex = 0
  while (size >= base && unitIndex < units.length - 1) {
    size /= base
    unitIndex++
  }
  return `${formatGoG4(size)}${units[unitIndex]}`
}

// Formats like Go's fmt `%.4g` for values below 10000: 4 significant
// digits, no trailing zeros, no exponent.
function formatGoG4(value: number): string {
  return String(Number(value.toPrecision(4)))
}

function lastIndexOfAny(text: string, characters: string): number {
  for (let index = text.length - 1; index >= 0; index--) {
    if (characters.includes(text[index] ?? '')) return index
  }
  return -1
}
