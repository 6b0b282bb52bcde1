import { formatGoDuration } from '../../engine/format/duration'
import { FlagError, parseFlags, type FlagSpec, type FlagValue, type ParsedFlags } from '../../engine/flags/parse'
import { parseLine, ShellSyntaxError } from '../../engine/shell/parse'
import { findCommandSpec } from './command-specs'
import type { CommandQuestion } from './schema'

// Grades "write the command" questions. The student's line and the reference
// both go through the engine's own shell and flag parsers, and their parsed
// flags, image and container command are compared. So any form docker treats
// the same is accepted: flag order, `--flag=value` or `--flag value`, short or
// long names.

export interface CommandGrade {
  correct: boolean
  /** Italian messages, one per difference from the reference. */
  problems: string[]
}

interface ParsedCommand {
  /** Canonical command path, e.g. `docker run`. */
  path: string
  spec: FlagSpec[]
  flags: ParsedFlags
  /** Words after the command path, as typed. */
  args: string[]
}

export function gradeCommand(question: CommandQuestion, line: string): CommandGrade {
  const expected = parseCommand(question.expected)
  if (typeof expected === 'string') throw new Error(`Reference command of ${question.id} does not parse: ${expected}`)

  const answer = parseCommand(line)
  if (typeof answer === 'string') return { correct: false, problems: [answer] }

  // A long flag typed with one dash still parses (`-health-interval=10s` is
  // `-h ealth-interval=10s`, a hostname), so name the typo instead of its effects.
  const typos = findSingleDashTypos(answer)
  const problems = typos.length > 0 ? typos : compareCommands(expected, answer, new Set(question.optionalFlags))
  return { correct: problems.length === 0, problems }
}

/** Parses one command line, or returns an Italian message when it cannot be graded. */
function parseCommand(line: string): ParsedCommand | string {
  const words = splitWords(line)
  if (typeof words === 'string') return words

  const found = findCommandSpec(words)
  if (!found) return `Comando non riconosciuto: «${words.slice(0, 2).join(' ')}».`

  try {
    const flags = parseFlags(found.args, found.spec, { interspersed: found.interspersed })
    if (flags.help) return `Con --help il comando mostra solo l'aiuto di «${found.path}» e non esegue nulla.`
    return { path: found.path, spec: found.spec, flags, args: found.args }
  } catch (error) {
    if (error instanceof FlagError) return `Docker rifiuterebbe il comando: ${error.message}`
    throw error
  }
}

function splitWords(line: string): string[] | string {
  try {
    const items = parseLine(line.trim())
    const commands = items.flatMap((item) => item.pipeline.commands)
    if (commands.length === 0) return 'Nessun comando.'
    if (commands.length > 1) return 'Scrivi un solo comando, senza «;», «&&» o pipe.'

    const command = commands[0]!
    if (command.redirects.length > 0) return 'Il comando non ha bisogno di redirezioni (>, <).'
    return command.words.map((word) => word.text)
  } catch (error) {
    if (error instanceof ShellSyntaxError) return `La shell non accetterebbe la riga: ${error.message}`
    throw error
  }
}

function findSingleDashTypos(command: ParsedCommand): string[] {
  const problems: string[] = []

  for (const word of command.args) {
    const match = /^-([a-z][a-z-]+)(=.*)?$/.exec(word)
    const name = match?.[1]
    if (name && findFlag(command.spec, name)) {
      problems.push(`«-${name}» ha un solo trattino e Docker lo leggerebbe come opzioni brevi: scrivi «--${name}».`)
    }
  }

  return problems
}

function compareCommands(expected: ParsedCommand, answer: ParsedCommand, optionalFlags: Set<string>): string[] {
  if (answer.path !== expected.path) return [`Il comando è «${answer.path}», atteso «${expected.path}».`]

  return [
    ...compareFlags(expected, answer, optionalFlags),
    ...comparePositionals(expected.flags.positionals, answer.flags.positionals, expected.path),
  ]
}

function compareFlags(expected: ParsedCommand, answer: ParsedCommand, optionalFlags: Set<string>): string[] {
  const problems: string[] = []
  const expectedValues = expected.flags.values
  const answerValues = answer.flags.values

  for (const [name, value] of expectedValues) {
    const given = answerValues.get(name)
    const flag = findFlag(expected.spec, name)
    if (given === undefined) problems.push(missingFlagMessage(name, value, flag))
    else problems.push(...compareFlagValue(name, value, given, flag))
  }

  for (const [name, value] of answerValues) {
    if (expectedValues.has(name) || optionalFlags.has(`--${name}`)) continue
    problems.push(`L'opzione --${name}${formatAssignment(value, findFlag(answer.spec, name))} non è richiesta.`)
  }

  return problems
}

function compareFlagValue(name: string, expected: FlagValue, given: FlagValue, flag: FlagSpec | undefined): string[] {
  if (Array.isArray(expected) && Array.isArray(given)) return compareLists(name, expected, given)
  if (expected === given) return []

  if (typeof expected === 'boolean') return [`L'opzione --${name} vale ${String(given)}, atteso ${String(expected)}.`]
  return [`--${name} vale ${formatValue(given, flag)}, atteso ${formatValue(expected, flag)}.`]
}

function compareLists(name: string, expected: string[], given: string[]): string[] {
  const remaining = [...given]
  const problems: string[] = []

  for (const item of expected) {
    const index = remaining.indexOf(item)
    if (index === -1) problems.push(`Manca l'opzione --${name} ${quoteIfNeeded(item)}.`)
    else remaining.splice(index, 1)
  }
  for (const item of remaining) problems.push(`L'opzione --${name} ${quoteIfNeeded(item)} non è richiesta.`)

  return problems
}

function comparePositionals(expected: string[], given: string[], path: string): string[] {
  if (path !== 'docker run' && path !== 'docker create') return compareArguments(expected, given)

  const [expectedImage, ...expectedCommand] = expected
  const [givenImage, ...givenCommand] = given
  if (givenImage === undefined) return [`Manca l'immagine: attesa «${expectedImage}».`]
  if (normalizeImage(givenImage) !== normalizeImage(expectedImage ?? '')) {
    return [`L'immagine è «${displayWord(givenImage)}», attesa «${expectedImage}».`]
  }

  return compareContainerCommand(expectedCommand, givenCommand)
}

function compareContainerCommand(expected: string[], given: string[]): string[] {
  if (sameWords(expected, given)) return []
  if (given.length === 0) return [`Manca il comando da eseguire nel container: «${displayWords(expected)}».`]
  if (expected.length === 0) return [`Dopo l'immagine non serve un comando: hai scritto «${displayWords(given)}».`]
  return [`Il comando nel container è «${displayWords(given)}», atteso «${displayWords(expected)}».`]
}

function compareArguments(expected: string[], given: string[]): string[] {
  if (sameWords(expected, given)) return []
  return [`Gli argomenti sono «${displayWords(given)}», attesi «${displayWords(expected)}».`]
}

function sameWords(expected: string[], given: string[]): boolean {
  return expected.length === given.length && expected.every((word, index) => collapseSpaces(word) === collapseSpaces(given[index] ?? ''))
}

function collapseSpaces(text: string): string {
  return text.trim().replace(/\s+/g, ' ')
}

/** `nginx`, `nginx:latest` and `docker.io/library/nginx:latest` name the same image. */
export function normalizeImage(reference: string): string {
  let name = reference.replace(/^docker\.io\//, '').replace(/^library\//, '')
  const lastPart = name.slice(name.lastIndexOf('/') + 1)
  if (!lastPart.includes(':') && !name.includes('@')) name += ':latest'
  return name
}

function findFlag(spec: FlagSpec[], name: string): FlagSpec | undefined {
  return spec.find((flag) => flag.name === name)
}

function missingFlagMessage(name: string, value: FlagValue, flag: FlagSpec | undefined): string {
  if (Array.isArray(value)) return value.map((item) => `Manca l'opzione --${name} ${quoteIfNeeded(item)}.`).join(' ')
  return `Manca l'opzione --${name}${formatAssignment(value, flag)}.`
}

function formatAssignment(value: FlagValue, flag: FlagSpec | undefined): string {
  if (typeof value === 'boolean') return value ? '' : '=false'
  if (Array.isArray(value)) return ` ${value.map(quoteIfNeeded).join(', ')}`
  return `=${formatValue(value, flag)}`
}

/** Shows a parsed value the way a student would type it. */
function formatValue(value: FlagValue, flag: FlagSpec | undefined): string {
  if (typeof value === 'number') return formatNumber(value, flag?.type)
  if (typeof value === 'string') return quoteIfNeeded(value)
  return String(value)
}

function formatNumber(value: number, type: FlagSpec['type'] | undefined): string {
  if (type === 'duration') return formatGoDuration(value)
  if (type === 'decimal') return String(value / 1e9)
  if (type === 'bytes') return formatBytes(value)
  return String(value)
}

function formatBytes(bytes: number): string {
  const units: Array<[string, number]> = [
    ['g', 1024 ** 3],
    ['m', 1024 ** 2],
    ['k', 1024],
  ]
  const unit = units.find(([, size]) => bytes >= size && bytes % size === 0)
  return unit ? `${bytes / unit[1]}${unit[0]}` : String(bytes)
}

/** Shows the parser's placeholders for shell variables as `$NAME`. */
function displayWord(word: string): string {
  return word.replace(/\u0000([^\u0000]*)\u0000/g, (_match, name: string) => `$${name}`)
}

function displayWords(words: string[]): string {
  return words.map((word) => quoteIfNeeded(word)).join(' ')
}

function quoteIfNeeded(text: string): string {
  const shown = displayWord(text)
  return /[\s'"|&;<>]/.test(shown) ? `'${shown}'` : shown
}
