// `--help` output in the layout of the docker 28.2.2 CLI: cobra's usage
// template as docker customises it, with flag lists wrapped by pflag's
// FlagUsagesWrapped at 79 columns (an 80-column terminal minus one).

import type { FlagSpec } from './parse'

/** Rule for the number of positional arguments, as docker's cobra validators check it. */
export type ArgsRule =
  | { kind: 'none' }
  | { kind: 'exact'; count: number }
  | { kind: 'min'; count: number }
  | { kind: 'max'; count: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'any' }

export interface CommandHelp {
  /** Usage line without the `Usage:  ` prefix, e.g. `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  usage: string
  description: string
  /** Full command paths listed under `Aliases:`, e.g. `docker container run`, `docker run`. */
  aliases?: string[]
  flags: FlagSpec[]
  /** Text printed before `Usage:`, such as the legacy builder's deprecation banner. */
  preface?: string
  /** Subcommands listed under `Commands:` for group commands such as `docker network`. */
  subcommands?: { name: string; description: string }[]
  /** False when flags after the first positional argument belong to it (`docker run IMAGE CMD -x`). */
  interspersed?: boolean
  args?: ArgsRule
}

const WRAP_COLUMNS = 79
const MIN_NAME_PADDING = 11

/** Renders a command's `--help` text, ending with a newline. */
export function renderHelp(help: CommandHelp): string {
  const sections = [`${help.preface ?? ''}Usage:  ${help.usage}`, help.description]
  if (help.aliases !== undefined && help.aliases.length > 0) sections.push(`Aliases:\n  ${help.aliases.join(', ')}`)

  const flagUsages = renderFlagUsages(help.flags)
  if (flagUsages !== '') sections.push(`Options:\n${flagUsages.trimEnd()}`)

  if (help.subcommands !== undefined && help.subcommands.length > 0) {
    sections.push(`Commands:\n${renderSubcommands(help.subcommands)}`)
    const path = help.usage.split(' COMMAND')[0]!.replace(' [OPTIONS]', '')
    sections.push(`Run '${path} COMMAND --help' for more information on a command.`)
  }
  return sections.join('\n\n') + '\n'
}

function renderSubcommands(subcommands: { name: string; description: string }[]): string {
  const padding = Math.max(MIN_NAME_PADDING, ...subcommands.map((command) => command.name.length))
  return subcommands.map((command) => `  ${command.name.padEnd(padding)} ${command.description}`).join('\n')
}

/**
 * Renders flag lines as pflag's FlagUsagesWrapped: visible flags sorted by
 * name, usage text aligned three columns after the longest
 * `-x, --name type` column and wrapped to fit `columns`. Hidden and
 * deprecated flags are left out; without visible flags the result is empty.
 */
export function renderFlagUsages(flags: FlagSpec[], columns = WRAP_COLUMNS): string {
  const visible = flags.filter((flag) => flag.hidden !== true && flag.deprecated === undefined)
  if (visible.length === 0) return ''

  const sorted = visible.sort(compareFlagNames)
  const heads = sorted.map(flagHead)
  const headWidth = Math.max(...heads.map((head) => head.length))

  return sorted
    .map((flag, index) => {
      const head = heads[index]!
      const spacing = ' '.repeat(headWidth + 1 - head.length)
      return `${head} ${spacing} ${wrapText(headWidth + 3, columns, flagUsage(flag))}\n`
    })
    .join('')
}

function compareFlagNames(a: FlagSpec, b: FlagSpec): number {
  if (a.name === b.name) return 0
  return a.name < b.name ? -1 : 1
}

// The `  -m, --memory bytes` part; its width decides the usage column.
function flagHead(flag: FlagSpec): string {
  const names = flag.shorthand === undefined ? `      --${flag.name}` : `  -${flag.shorthand}, --${flag.name}`
  const typeName = displayTypeName(flag)
  return typeName === '' ? names : `${names} ${typeName}`
}

function displayTypeName(flag: FlagSpec): string {
  if (flag.valueName !== undefined) return flag.valueName
  return flag.type === 'bool' ? '' : flag.type
}

function flagUsage(flag: FlagSpec): string {
  if (flag.default === undefined || isZeroDefault(flag)) return flag.usage
  const quoted = displayTypeName(flag) === 'string' ? JSON.stringify(flag.default) : flag.default
  return `${flag.usage} (default ${quoted})`
}

// pflag hides defaults equal to the zero value of the flag's type. For
// docker's own option types (shown with a valueName) it compares the text.
function isZeroDefault(flag: FlagSpec): boolean {
  const text = flag.default ?? ''
  if (flag.valueName !== undefined && flag.valueName !== 'string') return ['false', '<nil>', '', '0'].includes(text)
  switch (flag.type) {
    case 'bool':
      return text === 'false'
    case 'duration':
      return text === '0' || text === '0s'
    case 'string':
      return text === ''
    case 'stringArray':
      return text === '[]'
    default:
      return text === '0'
  }
}

/**
 * Wraps `text` as pflag's wrap() does. Lines after the first are indented
 * by `indent`. A line gets at most `columns - indent - 5` characters unless
 * the rest of the text fits within 5 more, and `\n` in the text is kept.
 */
export function wrapText(indent: number, columns: number, text: string): string {
  let lineIndent = indent
  let width = columns - lineIndent
  let output = ''
  if (width < 24) {
    lineIndent = 16
    width = columns - lineIndent
    output += '\n' + ' '.repeat(lineIndent)
  }
  const newlineIndent = '\n' + ' '.repeat(lineIndent)
  if (width < 24) return output + text.replaceAll('\n', newlineIndent)

  const slop = 5
  let [line, rest] = splitLine(width - slop, slop, text)
  output += line.replaceAll('\n', newlineIndent)
  while (rest !== '') {
    ;[line, rest] = splitLine(width - slop, slop, rest)
    output += newlineIndent + line.replaceAll('\n', newlineIndent)
  }
  return output
}

// pflag's wrapN: breaks at the last blank within `width` characters, or at
// an earlier newline, unless the whole text fits within `width + slop`.
function splitLine(width: number, slop: number, text: string): [string, string] {
  if (width + slop > text.length) return [text, '']

  const window = text.slice(0, width)
  const breakAt = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\t'), window.lastIndexOf('\n'))
  if (breakAt <= 0) return [text, '']

  const newlineAt = window.lastIndexOf('\n')
  if (newlineAt > 0 && newlineAt < breakAt) return [text.slice(0, newlineAt), text.slice(newlineAt + 1)]
  return [text.slice(0, breakAt), text.slice(breakAt + 1)]
}
