import { COMMAND_HELP } from '../../engine/flags/commands'
import type { FlagSpec } from '../../engine/flags/parse'

export interface CommandSpecMatch {
  /** Canonical command path, e.g. `docker run` for `docker container run`. */
  path: string
  spec: FlagSpec[]
  interspersed: boolean
  /** Words after the command path, to hand to parseFlags. */
  args: string[]
}

interface CommandAlias {
  words: string[]
  path: string
  spec: FlagSpec[]
  interspersed: boolean
}

/** Every spelling of every docker subcommand, longest first so `docker container run` wins over `docker container`. */
const ALIASES: CommandAlias[] = Object.entries(COMMAND_HELP)
  .flatMap(([name, help]) => {
    const path = `docker ${name}`
    const spellings = new Set([path, ...(help.aliases ?? [])])
    return [...spellings].map((spelling) => ({
      words: spelling.split(' '),
      path,
      spec: help.flags,
      interspersed: help.interspersed ?? true,
    }))
  })
  .sort((a, b) => b.words.length - a.words.length)

/** Finds the docker subcommand that `words` start with, using the engine's flag specs. */
export function findCommandSpec(words: string[]): CommandSpecMatch | undefined {
  const alias = ALIASES.find((candidate) => candidate.words.every((word, index) => words[index] === word))
  if (!alias) return undefined

  return { path: alias.path, spec: alias.spec, interspersed: alias.interspersed, args: words.slice(alias.words.length) }
}
