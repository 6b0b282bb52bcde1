// Splits the shell form of a RUN into simple commands with shell-quote.

import { parse, type ParseEntry } from 'shell-quote'

import type { DockerInstruction } from './dockerfile'

export interface ShellCommand {
  name: string
  args: string[]
}

// Operators that end one simple command and start the next.
const COMMAND_SEPARATORS = new Set(['&&', '||', ';', ';;', '|', '|&', '&', '(', ')', '<('])

// Redirections; the word after them is a file name, not an argument.
const REDIRECTIONS = new Set(['<', '>', '>>', '>&'])

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/

/** Returns the simple commands of a RUN, in order; the exec form is one command. */
export function commandsOf(instruction: DockerInstruction): ShellCommand[] {
  if (instruction.execArgs !== undefined) {
    const [name, ...args] = instruction.execArgs
    return name === undefined ? [] : [{ name, args }]
  }

  return parseShellCommands(instruction.text)
}

export function parseShellCommands(script: string): ShellCommand[] {
  // Variables stay as written, so `$HOME/x` is one word and not an empty string.
  const entries = parse(script, (name) => `$${name}`)
  const commands: ShellCommand[] = []
  let words: string[] = []
  let skipNext = false

  for (const entry of entries) {
    if (skipNext) {
      skipNext = false
      continue
    }

    const word = wordOf(entry)
    if (word !== undefined) {
      words.push(word)
      continue
    }

    const op = operatorOf(entry)
    if (op !== undefined && REDIRECTIONS.has(op)) skipNext = true
    if (op !== undefined && COMMAND_SEPARATORS.has(op)) {
      pushCommand(commands, words)
      words = []
    }
  }

  pushCommand(commands, words)
  return commands
}

function wordOf(entry: ParseEntry | string): string | undefined {
  if (typeof entry === 'string') return entry
  if ('op' in entry && entry.op === 'glob') return entry.pattern
  return undefined
}

function operatorOf(entry: ParseEntry | string): string | undefined {
  if (typeof entry === 'object' && 'op' in entry && entry.op !== 'glob') return entry.op
  return undefined
}

function pushCommand(commands: ShellCommand[], words: string[]): void {
  const start = words.findIndex((word) => !ASSIGNMENT.test(word))
  if (start === -1) return

  const [name, ...args] = words.slice(start)
  if (name !== undefined) commands.push({ name, args })
}

/** True when the command is `name` and its arguments contain every word of `words`. */
export function hasArgs(command: ShellCommand, name: string, words: readonly string[]): boolean {
  return command.name === name && words.every((word) => command.args.includes(word))
}
