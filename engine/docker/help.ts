// `--help` output.
// TODO: switch to engine/flags/help.ts (renderHelp and the command data) once it lands.

import { USAGE } from './usage'

export const TOP_LEVEL_HELP = '\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n'

export function commandHelp(name: string): string {
  return `\nUsage:  ${USAGE[name] ?? `docker ${name}`}\n`
}
