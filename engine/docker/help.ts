// `--help` output, rendered from the docker 28.2.2 help data in engine/flags.

import { COMMAND_HELP, DOCKER_HELP } from '../flags/commands'
import { renderHelp } from '../flags/help'
import type { FlagSpec } from '../flags/parse'
import { USAGE } from './usage'

export const TOP_LEVEL_HELP = DOCKER_HELP

/** Management-command paths that share the data of their short form. */
const ALIASES: Record<string, string> = {
  'container ls': 'ps',
  'container run': 'run',
  'container create': 'create',
  'container inspect': 'inspect',
  'image ls': 'images',
  'image inspect': 'inspect',
  'image rm': 'rmi',
  'image pull': 'pull',
}

function helpData(name: string): (typeof COMMAND_HELP)[string] | undefined {
  return COMMAND_HELP[name] ?? COMMAND_HELP[ALIASES[name] ?? '']
}

export function commandHelp(name: string): string {
  const data = helpData(name)
  if (data) return renderHelp(data)
  return `Usage:  ${USAGE[name] ?? `docker ${name}`}\n`
}

/** Returns the full flag list the real client accepts for a command, or `fallback` when none is recorded. */
export function commandFlags(name: string, fallback: FlagSpec[]): FlagSpec[] {
  return helpData(name)?.flags ?? fallback
}
