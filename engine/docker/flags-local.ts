// Minimal pflag-style parser used until engine/flags/parse.ts exists.
// TODO: replace with engine/flags/parse.ts once it lands.

import { parseGoDuration } from '../format/duration'

export interface FlagSpec {
  name: string
  shorthand?: string
  type: 'bool' | 'string' | 'stringArray' | 'int' | 'duration' | 'bytes' | 'uint'
  default?: string
  usage: string
  hidden?: boolean
}

export class FlagError extends Error {}

export type FlagValue = string | boolean | string[] | number

export function parseFlags(args: string[], spec: FlagSpec[], options: { interspersed: boolean }): { values: Map<string, FlagValue>; positionals: string[] } {
  const values = new Map<string, FlagValue>()
  const positionals: string[] = []

  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!

    if (arg === '--') {
      positionals.push(...args.slice(index + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (!options.interspersed) {
        positionals.push(...args.slice(index))
        break
      }
      positionals.push(arg)
      continue
    }

    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=')
      const name = equals >= 0 ? arg.slice(2, equals) : arg.slice(2)
      const flag = spec.find((item) => item.name === name)
      if (!flag) throw new FlagError(`unknown flag: --${name}`)

      if (flag.type === 'bool') {
        setValue(values, flag, equals >= 0 ? arg.slice(equals + 1) : 'true')
        continue
      }
      if (equals >= 0) setValue(values, flag, arg.slice(equals + 1))
      else if (index + 1 < args.length) setValue(values, flag, args[++index]!)
      else throw new FlagError(`flag needs an argument: --${name}`)
      continue
    }

    const letters = arg.slice(1)
    for (let position = 0; position < letters.length; position++) {
      const letter = letters[position]!
      const flag = spec.find((item) => item.shorthand === letter)
      if (!flag) throw new FlagError(`unknown shorthand flag: '${letter}' in ${arg}`)

      if (flag.type === 'bool') {
        setValue(values, flag, 'true')
        continue
      }
      const rest = letters.slice(position + 1).replace(/^=/, '')
      if (rest !== '') setValue(values, flag, rest)
      else if (index + 1 < args.length) setValue(values, flag, args[++index]!)
      else throw new FlagError(`flag needs an argument: '${letter}' in ${arg}`)
      break
    }
  }

  return { values, positionals }
}

function flagLabel(flag: FlagSpec): string {
  return flag.shorthand ? `-${flag.shorthand}, --${flag.name}` : `--${flag.name}`
}

function setValue(values: Map<string, FlagValue>, flag: FlagSpec, raw: string): void {
  const invalid = (reason: string): FlagError => new FlagError(`invalid argument "${raw}" for "${flagLabel(flag)}" flag: ${reason}`)

  switch (flag.type) {
    case 'bool':
      if (!['true', 'false', '1', '0', 't', 'f', 'TRUE', 'FALSE', 'True', 'False'].includes(raw)) throw invalid(`strconv.ParseBool: parsing "${raw}": invalid syntax`)
      values.set(flag.name, ['true', '1', 't', 'TRUE', 'True'].includes(raw))
      return
    case 'int':
    case 'uint':
      if (!/^[+-]?\d+$/.test(raw)) throw invalid(`strconv.Parse${flag.type === 'int' ? 'Int' : 'Uint'}: parsing "${raw}": invalid syntax`)
      values.set(flag.name, Number(raw))
      return
    case 'duration':
      try {
        values.set(flag.name, parseGoDuration(raw))
      } catch (error) {
        throw invalid((error as Error).message)
      }
      return
    case 'stringArray': {
      const list = (values.get(flag.name) as string[] | undefined) ?? []
      list.push(raw)
      values.set(flag.name, list)
      return
    }
    default:
      values.set(flag.name, raw)
  }
}
