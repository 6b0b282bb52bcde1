// Command-line flag parsing with the rules and error texts of spf13/pflag,
// which the docker 28.2.2 CLI uses through cobra.

import { GoDurationError, parseGoDuration } from '../format/duration'
import { ByteSizeError, parseByteSize } from '../format/units'

/**
 * Value type of a flag. `stringArray` collects every occurrence, like
 * docker's `list` options. `duration` parses a Go duration into
 * milliseconds and `bytes` a size like `64m` into bytes. `decimal` parses
 * docker's `--cpus` value into nano-CPUs (0.5 gives 500000000).
 */
export type FlagType = 'bool' | 'string' | 'stringArray' | 'int' | 'duration' | 'bytes' | 'uint' | 'decimal'

export interface FlagSpec {
  /** Long name without dashes; the key in ParsedFlags.values. */
  name: string
  /** One-letter short name without the dash. */
  shorthand?: string
  type: FlagType
  /** Default as help prints it, e.g. `missing` or `-1`. Parsing never fills it in. */
  default?: string
  /** Help text, with docker's wording; may contain `\n`. */
  usage: string
  /** Type name help shows when it differs from the type (`list`, `map`, `filter`, `uint16`). */
  valueName?: string
  /** Hidden flags parse normally but are left out of help. */
  hidden?: boolean
  /** Deprecation message; such flags parse with a warning and are left out of help. */
  deprecated?: string
}

export type FlagValue = string | boolean | string[] | number

export interface ParsedFlags {
  /** Values of the flags given on the command line, keyed by long name. */
  values: Map<string, FlagValue>
  positionals: string[]
  /** True when `--help` (or `-h` where it is not a defined shorthand) was given; parsing stopped there. */
  help: boolean
  /** Lines pflag writes to stderr, e.g. `Flag --x has been deprecated, use --y`. */
  warnings: string[]
}

export interface ParseOptions {
  /** False for `docker run`/`exec`/`create`: parsing stops at the first positional argument. */
  interspersed: boolean
}

/** Invalid command line; `message` is pflag's text, e.g. `unknown flag: --x`. */
export class FlagError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FlagError'
  }
}

/** Parses `args` against `spec` as pflag does. Throws FlagError on the first invalid flag. */
export function parseFlags(args: string[], spec: FlagSpec[], options: ParseOptions): ParsedFlags {
  const parser = new FlagParser(spec)
  const result: ParsedFlags = { values: parser.values, positionals: [], help: false, warnings: parser.warnings }
  let rest = [...args]

  while (rest.length > 0) {
    const arg = rest.shift()!
    if (arg.length < 2 || !arg.startsWith('-')) {
      result.positionals.push(arg)
      if (!options.interspersed) return { ...result, positionals: [...result.positionals, ...rest] }
      continue
    }
    if (arg === '--') return { ...result, positionals: [...result.positionals, ...rest] }

    const parsed = arg.startsWith('--') ? parser.parseLong(arg, rest) : parser.parseShortCluster(arg, rest)
    if (parsed === 'help') return { ...result, help: true }
    rest = parsed
  }
  return result
}

class FlagParser {
  readonly values = new Map<string, FlagValue>()
  readonly warnings: string[] = []
  private readonly byName = new Map<string, FlagSpec>()
  private readonly byShorthand = new Map<string, FlagSpec>()

  constructor(spec: FlagSpec[]) {
    for (const flag of spec) {
      this.byName.set(flag.name, flag)
      if (flag.shorthand !== undefined) this.byShorthand.set(flag.shorthand, flag)
    }
  }

  // Parses `--name`, `--name=value` or `--name value`; returns the remaining args.
  parseLong(arg: string, rest: string[]): string[] | 'help' {
    const body = arg.slice(2)
    if (body === '' || body.startsWith('-') || body.startsWith('=')) throw new FlagError(`bad flag syntax: ${arg}`)

    const equals = body.indexOf('=')
    const name = equals === -1 ? body : body.slice(0, equals)
    const flag = this.byName.get(name)
    if (flag === undefined) {
      if (name === 'help') return 'help'
      throw new FlagError(`unknown flag: --${name}`)
    }

    if (equals !== -1) this.set(flag, body.slice(equals + 1))
    else if (flag.type === 'bool') this.set(flag, 'true')
    else if (rest.length > 0) this.set(flag, rest[0]!)
    else throw new FlagError(`flag needs an argument: ${arg}`)

    if (flag.name === 'help') return 'help'
    return equals === -1 && flag.type !== 'bool' ? rest.slice(1) : rest
  }

  // Parses `-d`, `-dit`, `-n5`, `-n=5` or `-n 5`; returns the remaining args.
  parseShortCluster(arg: string, rest: string[]): string[] | 'help' {
    let shorthands = arg.slice(1)
    let remaining = rest

    while (shorthands.length > 0) {
      const letter = shorthands[0]!
      const flag = this.byShorthand.get(letter)
      if (flag === undefined) {
        if (letter === 'h') return 'help'
        throw new FlagError(`unknown shorthand flag: '${letter}' in -${shorthands}`)
      }

      if (shorthands.length > 2 && shorthands[1] === '=') {
        this.set(flag, shorthands.slice(2))
        shorthands = ''
      } else if (flag.type === 'bool') {
        this.set(flag, 'true')
        shorthands = shorthands.slice(1)
      } else if (shorthands.length > 1) {
        this.set(flag, shorthands.slice(1))
        shorthands = ''
      } else if (rest.length > 0) {
        // pflag reads a separate value from the args after the whole cluster.
        this.set(flag, rest[0]!)
        remaining = rest.slice(1)
        shorthands = ''
      } else {
        throw new FlagError(`flag needs an argument: '${letter}' in -${shorthands}`)
      }
    }
    return remaining
  }

  private set(flag: FlagSpec, text: string): void {
    if (flag.deprecated !== undefined) this.warnings.push(`Flag --${flag.name} has been deprecated, ${flag.deprecated}`)

    let value: FlagValue
    try {
      value = convertFlagValue(flag.type, text)
    } catch (error) {
      const label = flag.shorthand === undefined ? `--${flag.name}` : `-${flag.shorthand}, --${flag.name}`
      throw new FlagError(`invalid argument ${JSON.stringify(text)} for ${JSON.stringify(label)} flag: ${(error as Error).message}`)
    }

    const previous = this.values.get(flag.name)
    if (flag.type === 'stringArray') value = [...(Array.isArray(previous) ? previous : []), text]
    this.values.set(flag.name, value)
  }
}

/** Converts one flag argument to its typed value; throws an Error with Go's message. */
export function convertFlagValue(type: FlagType, text: string): FlagValue {
  switch (type) {
    case 'bool':
      return parseGoBool(text)
    case 'string':
    case 'stringArray':
      return text
    case 'int':
      return parseGoInteger(text, 'strconv.ParseInt', true)
    case 'uint':
      return parseGoInteger(text, 'strconv.ParseUint', false)
    case 'duration':
      return rethrow(() => parseGoDuration(text), GoDurationError)
    case 'bytes':
      return rethrow(() => parseByteSize(text), ByteSizeError)
    case 'decimal':
      return parseNanoCpus(text)
  }
}

function rethrow<T>(action: () => T, errorClass: new (message: string) => Error): T {
  try {
    return action()
  } catch (error) {
    if (error instanceof errorClass) throw new Error(error.message)
    throw error
  }
}

const TRUE_TEXTS = ['1', 't', 'T', 'TRUE', 'true', 'True']
const FALSE_TEXTS = ['0', 'f', 'F', 'FALSE', 'false', 'False']

function parseGoBool(text: string): boolean {
  if (TRUE_TEXTS.includes(text)) return true
  if (FALSE_TEXTS.includes(text)) return false
  throw new Error(`strconv.ParseBool: parsing ${JSON.stringify(text)}: invalid syntax`)
}

// strconv.ParseInt/ParseUint with base 0: decimal, 0x, 0o, 0b, leading-0 octal, underscores.
function parseGoInteger(text: string, functionName: string, signed: boolean): number {
  const syntaxError = new Error(`${functionName}: parsing ${JSON.stringify(text)}: invalid syntax`)
  const match = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text)
  if (match === null || (!signed && match[1] !== '')) throw syntaxError

  const digits = match[2]!
  const prefixed = /^0[xXbBoO]/.test(digits)
  if (digits.includes('_') && !/^0[xXbBoO]?_?[0-9a-fA-F]+(_[0-9a-fA-F]+)*$/.test(digits)) throw syntaxError

  const clean = digits.replace(/_/g, '')
  const value = BigInt(prefixed ? clean : clean.length > 1 && clean.startsWith('0') ? `0o${clean.slice(1)}` : clean)
  const signedValue = match[1] === '-' ? -value : value
  const [min, max] = signed ? [-(2n ** 63n), 2n ** 63n - 1n] : [0n, 2n ** 64n - 1n]
  if (signedValue < min || signedValue > max) {
    throw new Error(`${functionName}: parsing ${JSON.stringify(text)}: value out of range`)
  }
  return Number(signedValue)
}

// docker's NanoCPUs option: a rational number (`1.5`, `3/2`, `2e-1`) times 1e9, which must be whole.
function parseNanoCpus(text: string): number {
  const invalid = new Error(`failed to parse ${text} as a rational number`)
  const fraction = /^([+-]?\d+)\/(\d+)$/.exec(text)
  let value: number
  if (fraction !== null) {
    if (Number(fraction[2]) === 0) throw invalid
    value = Number(fraction[1]) / Number(fraction[2])
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    value = Number(text)
  } else {
    throw invalid
  }

  const nano = value * 1e9
  if (Math.abs(nano - Math.round(nano)) > 1e-6) throw new Error('value is too precise')
  return Math.round(nano)
}
