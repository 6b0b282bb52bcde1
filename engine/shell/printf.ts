// The `printf` builtin of bash 5.2. It expands backslash escapes in the
// format and runs the conversions %s %b %q %c %d %i %u %o %x %X %e %E %f %F
// %g %G and %% with flags, widths and precisions (also `*`). The format is
// reused while arguments remain. Bad numbers print bash's message and make
// the status 1.

export interface PrintfResult {
  /** Output in the order a terminal shows it, error lines with the shell's prefix (`bash: printf: abc: invalid number\n`). */
  chunks: { stream: 'stdout' | 'stderr'; text: string }[]
  exitCode: number
}

/**
 * Output of one printf run. bash writes errors at once but buffers stdout, by
 * line on a terminal and to the end elsewhere, so an error can come first.
 */
class Output {
  readonly chunks: PrintfResult['chunks'] = []
  private pending = ''
  errorCount = 0

  constructor(
    private readonly lineBuffered: boolean,
    private readonly errorPrefix: string,
  ) {}

  write(text: string): void {
    this.pending += text
  }

  /** Writes an error line; bash's usage line has no prefix. */
  error(line: string, prefixed = true): void {
    const newline = this.lineBuffered ? this.pending.lastIndexOf('\n') : -1
    if (newline >= 0) {
      this.chunks.push({ stream: 'stdout', text: this.pending.slice(0, newline + 1) })
      this.pending = this.pending.slice(newline + 1)
    }
    this.chunks.push({ stream: 'stderr', text: `${prefixed ? this.errorPrefix : ''}${line}\n` })
    this.errorCount++
  }

  finish(exitCode: number): PrintfResult {
    if (this.pending !== '') this.chunks.push({ stream: 'stdout', text: this.pending })
    this.pending = ''
    return { chunks: this.chunks, exitCode }
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' }

/**
 * Expands one backslash escape at `text[index]` (the character after the
 * backslash). In %b arguments an octal escape starts with 0 (`\0NNN`) and `\c`
 * ends all output, as bash documents for %b.
 */
function readEscape(text: string, index: number, inArgument: boolean): { value: string; length: number; stop?: boolean } {
  const char = text[index]
  if (char === undefined) return { value: '\\', length: 0 }
  if (char in SIMPLE_ESCAPES) return { value: SIMPLE_ESCAPES[char]!, length: 1 }
  if (char === 'c' && inArgument) return { value: '', length: 1, stop: true }

  const octal = (inArgument ? /^0([0-7]{0,3})/ : /^([0-7]{1,3})/).exec(text.slice(index))
  if (octal) return { value: String.fromCharCode(Number.parseInt(octal[1] || '0', 8) & 0xff), length: octal[0].length }

  const hex = /^x([0-9A-Fa-f]{1,2})/.exec(text.slice(index))
  if (hex) return { value: String.fromCharCode(Number.parseInt(hex[1]!, 16)), length: hex[0].length }

  const unicode = /^(u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8})/.exec(text.slice(index))
  if (unicode) return { value: String.fromCodePoint(Number.parseInt(unicode[1]!.slice(1), 16)), length: unicode[0].length }

  return { value: `\\${char}`, length: 1 }
}

/** Expands the escapes of a %b argument; `stop` is true after `\c`. */
function expandArgument(text: string): { value: string; stop: boolean } {
  let value = ''
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== '\\') {
      value += text[index]
      continue
    }
    const escape = readEscape(text, index + 1, true)
    if (escape.stop) return { value, stop: true }
    value += escape.value
    index += escape.length
  }
  return { value, stop: false }
}

/** Quotes like bash's %q: backslashes before special characters, $'…' for control characters, '' when empty. */
export function shellQuote(text: string): string {
  if (text === '') return "''"
  if (/[\x00-\x1f\x7f]/.test(text)) {
    const escaped = text.replace(/[\\'\x00-\x1f\x7f]/g, (char) => {
      const named: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\x1b': '\\E' }
      return named[char] ?? `\\${char.charCodeAt(0).toString(8).padStart(3, '0')}`
    })
    return `$'${escaped}'`
  }
  return text.replace(/[^A-Za-z0-9_\-./:@%+,=^]/g, (char) => `\\${char}`).replace(/^([=~#])/, '\\$1')
}

class Converter {
  constructor(private readonly output: Output) {}

  /** Parses a number as bash does: 0x hex, leading-0 octal, 'c for a character code; a bad one is reported. */
  integer(text: string | undefined): bigint {
    if (text === undefined || text === '') return 0n
    if (/^['"]/.test(text)) return BigInt(text.codePointAt(1) ?? 0)

    const match = /^\s*([+-]?)(0[xX][0-9A-Fa-f]+|0[0-7]*|[1-9]\d*)/.exec(text)
    if (!match) {
      this.output.error(`printf: ${text}: invalid number`)
      return 0n
    }
    const digits = match[2]!
    const magnitude = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits)
    if (match[0].length !== text.length) this.output.error(`printf: ${text}: invalid number`)
    return match[1] === '-' ? -magnitude : magnitude
  }

  float(text: string | undefined): number {
    if (text === undefined || text === '') return 0
    if (/^['"]/.test(text)) return text.codePointAt(1) ?? 0
    const match = /^\s*[+-]?(\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?|inf|infinity|nan)/i.exec(text)
    if (!match) {
      this.output.error(`printf: ${text}: invalid number`)
      return 0
    }
    if (match[0].length !== text.length) this.output.error(`printf: ${text}: invalid number`)
    return Number(match[0].replace(/inf(inity)?/i, 'Infinity'))
  }
}

interface Spec {
  flags: string
  width: number | undefined
  precision: number | undefined
  conversion: string
}

function pad(text: string, spec: Spec, numeric: boolean): string {
  const width = spec.width ?? 0
  if (text.length >= width) return text
  if (spec.flags.includes('-')) return text.padEnd(width)
  if (numeric && spec.flags.includes('0') && spec.precision === undefined) {
    const sign = /^[+\- ]|^0[xX]/.exec(text)?.[0] ?? ''
    return sign + text.slice(sign.length).padStart(width - sign.length, '0')
  }
  return text.padStart(width)
}

function formatInteger(value: bigint, spec: Spec): string {
  const negative = value < 0n && spec.conversion !== 'u'
  let magnitude = negative ? -value : value
  if (value < 0n && !negative) magnitude = (1n << 64n) + value

  const radix = { d: 10, i: 10, u: 10, o: 8, x: 16, X: 16 }[spec.conversion as 'd'] ?? 10
  let digits = magnitude.toString(radix)
  if (spec.conversion === 'X') digits = digits.toUpperCase()
  if (spec.precision !== undefined) digits = spec.precision === 0 && magnitude === 0n ? '' : digits.padStart(spec.precision, '0')
  if (spec.flags.includes('#') && magnitude !== 0n && spec.conversion === 'o' && !digits.startsWith('0')) digits = `0${digits}`
  if (spec.flags.includes('#') && magnitude !== 0n && (spec.conversion === 'x' || spec.conversion === 'X')) digits = `0${spec.conversion}${digits}`

  let sign = ''
  if (negative) sign = '-'
  else if (spec.flags.includes('+') && 'di'.includes(spec.conversion)) sign = '+'
  else if (spec.flags.includes(' ') && 'di'.includes(spec.conversion)) sign = ' '
  return pad(sign + digits, spec, true)
}

function formatFloat(value: number, spec: Spec): string {
  const precision = spec.precision ?? 6
  const lower = spec.conversion.toLowerCase()
  let text: string

  if (Number.isNaN(value)) text = 'nan'
  else if (!Number.isFinite(value)) text = value > 0 ? 'inf' : '-inf'
  else if (lower === 'f') text = value.toFixed(precision)
  else if (lower === 'e') text = exponential(value, precision)
  else text = general(value, precision === 0 ? 1 : precision, spec.flags.includes('#'))

  if (spec.conversion === spec.conversion.toUpperCase()) text = text.toUpperCase()
  if (value >= 0 && spec.flags.includes('+')) text = `+${text}`
  else if (value >= 0 && spec.flags.includes(' ')) text = ` ${text}`
  return pad(text, spec, Number.isFinite(value))
}

/** C's %e: at least two exponent digits. */
function exponential(value: number, precision: number): string {
  return value.toExponential(precision).replace(/e([+-])(\d)$/, 'e$10$2')
}

/** C's %g: %e or %f by the exponent, without trailing zeros unless `#`. */
function general(value: number, precision: number, keepZeros: boolean): string {
  const exponent = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)))
  let text = exponent < -4 || exponent >= precision ? exponential(value, precision - 1) : value.toFixed(Math.max(0, precision - 1 - exponent))
  if (keepZeros) return text

  const [mantissa = '', exponentPart] = text.split('e')
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa
  return exponentPart === undefined ? trimmed : `${trimmed}e${exponentPart}`
}

/**
 * Formats `printf FORMAT [ARGUMENTS…]` as bash's builtin does. The format is
 * applied again while arguments remain, but only if it consumed one.
 */
export function bashPrintf(args: string[], lineBuffered: boolean, errorPrefix = 'bash: '): PrintfResult {
  const output = new Output(lineBuffered, errorPrefix)
  if (args[0] === '--') args = args.slice(1)
  const format = args[0]
  if (format === undefined) {
    output.error('printf: usage: printf [-v var] format [arguments]', false)
    return output.finish(2)
  }

  const converter = new Converter(output)
  const values = args.slice(1)
  let next = 0

  for (;;) {
    const pass = formatOnce(format, values, next, converter, output)
    if (pass.invalid !== undefined) {
      output.error(formatError(pass.invalid))
      return output.finish(1)
    }
    if (pass.stop || pass.next === next || pass.next >= values.length) break
    next = pass.next
  }

  return output.finish(output.errorCount > 0 ? 1 : 0)
}

/** bash's message for a conversion it cannot run: `missing:%-5` for a format that ends early, else the conversion letter. */
function formatError(invalid: string): string {
  if (invalid.startsWith('missing:')) return `printf: \`${invalid.slice('missing:'.length)}': missing format character`
  return `printf: \`${invalid}': invalid format character`
}

function formatOnce(format: string, values: string[], start: number, converter: Converter, output: Output): { next: number; stop?: boolean; invalid?: string } {
  let next = start
  const take = (): string | undefined => (next < values.length ? values[next++] : undefined)

  for (let index = 0; index < format.length; index++) {
    const char = format[index]!
    if (char === '\\') {
      const escape = readEscape(format, index + 1, false)
      output.write(escape.value)
      index += escape.length
      continue
    }
    if (char !== '%') {
      output.write(char)
      continue
    }

    const match = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([a-zA-Z%])?/.exec(format.slice(index))!
    index += match[0].length - 1
    const conversion = match[4]
    if (conversion === undefined) return { next, invalid: `missing:${match[0]}` }
    if (conversion === '%') {
      output.write('%')
      continue
    }

    const width = fieldNumber(match[2], take, converter)
    const precision = fieldNumber(match[3], take, converter)
    const spec: Spec = { flags: match[1]! + (width !== undefined && width < 0 ? '-' : ''), width: width === undefined ? undefined : Math.abs(width), precision, conversion }
    const converted = convert(spec, take(), converter)
    if (converted === undefined) return { next, invalid: conversion }
    output.write(converted.text)
    if (converted.stop) return { next, stop: true }
  }
  return { next }
}

/** Reads a width or precision: digits, `*` for the next argument, or undefined when absent. */
function fieldNumber(text: string | undefined, take: () => string | undefined, converter: Converter): number | undefined {
  if (text === undefined) return undefined
  if (text === '*') return Number(converter.integer(take()))
  return Number(text || 0)
}

function convert(spec: Spec, value: string | undefined, converter: Converter): { text: string; stop?: boolean } | undefined {
  switch (spec.conversion) {
    case 's':
      return { text: pad(truncate(value ?? '', spec.precision), spec, false) }
    case 'b': {
      const expanded = expandArgument(value ?? '')
      return { text: pad(truncate(expanded.value, spec.precision), spec, false), stop: expanded.stop }
    }
    case 'q':
      return { text: pad(shellQuote(value ?? ''), spec, false) }
    case 'c':
      return { text: pad((value ?? '').slice(0, 1), spec, false) }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      return { text: formatInteger(converter.integer(value), spec) }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return { text: formatFloat(converter.float(value), spec) }
    default:
      return undefined
  }
}

function truncate(text: string, precision: number | undefined): string {
  return precision === undefined ? text : text.slice(0, precision)
}
