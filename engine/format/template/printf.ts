// A subset of Go's fmt.Sprintf for the template `printf` function: verbs
// v s d q t f e g x X c and %%, flags `-+ 0#`, width and precision.
// Mismatches print Go's markers: `%!d(string=abc)`, `%!s(MISSING)`,
// `%!(EXTRA int=3)`.

import { formatGoNumber, goTypeName, MISSING, printValue } from './values'

interface Spec {
  flags: string
  width?: number
  precision?: number
  verb: string
}

const SPEC_PATTERN = /%([-+# 0]*)(\d+)?(?:\.(\d*))?(.)?/y

/** Formats `args` by `format` as Go's fmt.Sprintf does for the supported verbs. */
export function sprintf(format: string, args: unknown[]): string {
  let output = ''
  let argIndex = 0
  let index = 0

  while (index < format.length) {
    const percent = format.indexOf('%', index)
    if (percent === -1) {
      output += format.slice(index)
      break
    }
    output += format.slice(index, percent)

    SPEC_PATTERN.lastIndex = percent
    const match = SPEC_PATTERN.exec(format)!
    index = SPEC_PATTERN.lastIndex
    const spec: Spec = {
      flags: match[1] ?? '',
      width: match[2] === undefined ? undefined : Number(match[2]),
      precision: match[3] === undefined ? undefined : Number(match[3] || '0'),
      verb: match[4] ?? '',
    }

    if (spec.verb === '%') output += '%'
    else if (spec.verb === '') output += '%!(NOVERB)'
    else if (argIndex >= args.length) output += `%!${spec.verb}(MISSING)`
    else output += formatArgument(spec, args[argIndex++])
  }

  if (argIndex < args.length) {
    const extra = args.slice(argIndex).map((arg) => `${goTypeName(arg)}=${printValue(arg)}`)
    output += `%!(EXTRA ${extra.join(', ')})`
  }
  return output
}

function formatArgument(spec: Spec, arg: unknown): string {
  const text = formatVerb(spec, arg)
  if (text === undefined) return badVerb(spec.verb, arg)
  return pad(text, spec, typeof arg === 'number')
}

function formatVerb(spec: Spec, arg: unknown): string | undefined {
  if (arg === null || arg === undefined || arg === MISSING) {
    return spec.verb === 'v' ? '<nil>' : undefined
  }

  switch (spec.verb) {
    case 'v':
      return typeof arg === 'number' ? withSign(formatGoNumber(arg), spec, arg) : printValue(arg)
    case 's':
      return typeof arg === 'string' ? truncate(arg, spec.precision) : formatStrings(arg)
    case 'q':
      return typeof arg === 'string' ? JSON.stringify(arg) : undefined
    case 't':
      return typeof arg === 'boolean' ? String(arg) : undefined
    default:
      return typeof arg === 'number' ? formatNumberVerb(spec, arg) : undefined
  }
}

// %s applies to each element of a slice of strings, as fmt does.
function formatStrings(arg: unknown): string | undefined {
  if (Array.isArray(arg) && arg.every((item) => typeof item === 'string')) return `[${arg.join(' ')}]`
  return undefined
}

function formatNumberVerb(spec: Spec, value: number): string | undefined {
  const isInteger = Number.isInteger(value)
  switch (spec.verb) {
    case 'd':
      return isInteger ? withSign(formatGoNumber(value), spec, value) : undefined
    case 'x':
    case 'X': {
      if (!isInteger) return undefined
      const hex = (spec.flags.includes('#') ? '0x' : '') + Math.abs(value).toString(16)
      const signed = withSign(value < 0 ? `-${hex}` : hex, spec, value)
      return spec.verb === 'X' ? signed.toUpperCase() : signed
    }
    case 'c':
      return isInteger ? String.fromCodePoint(value) : undefined
    case 'f':
      return withSign(value.toFixed(spec.precision ?? 6), spec, value)
    case 'e':
      return withSign(value.toExponential(spec.precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2'), spec, value)
    case 'g':
      return withSign(formatGoNumber(spec.precision === undefined ? value : Number(value.toPrecision(spec.precision))), spec, value)
    default:
      return undefined
  }
}

function withSign(text: string, spec: Spec, value: number): string {
  if (value < 0) return text
  if (spec.flags.includes('+')) return `+${text}`
  if (spec.flags.includes(' ')) return ` ${text}`
  return text
}

function truncate(text: string, precision: number | undefined): string {
  return precision === undefined ? text : [...text].slice(0, precision).join('')
}

function pad(text: string, spec: Spec, isNumber: boolean): string {
  const missing = (spec.width ?? 0) - [...text].length
  if (missing <= 0) return text
  if (spec.flags.includes('-')) return text + ' '.repeat(missing)

  if (isNumber && spec.flags.includes('0')) {
    const sign = /^[+\- ]/.test(text) ? text.slice(0, 1) : ''
    return sign + '0'.repeat(missing) + text.slice(sign.length)
  }
  return ' '.repeat(missing) + text
}

function badVerb(verb: string, arg: unknown): string {
  if (arg === null || arg === undefined || arg === MISSING) return `%!${verb}(<nil>)`
  return `%!${verb}(${goTypeName(arg)}=${printValue(arg)})`
}
