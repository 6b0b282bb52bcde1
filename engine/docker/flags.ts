// Flag parsing shared by the subcommands: pflag errors and `--help`.

import { FlagError, parseFlags, type FlagSpec, type ParsedFlags } from '../flags/parse'
import type { DockerContext } from './context'
import { out } from './context'
import { commandFlags, commandHelp } from './help'
import { flagError } from './usage'

/**
 * Parses `args` with the command's recorded flags; `spec` is used only for a
 * command without recorded data (see commandFlags). Prints the error or help
 * text and returns an exit code when the command must not run.
 */
export function parseCommandFlags(ctx: DockerContext, command: string, args: string[], spec: FlagSpec[], interspersed = true): ParsedFlags | number {
  let parsed: ParsedFlags
  try {
    parsed = parseFlags(args, commandFlags(command, spec), { interspersed })
  } catch (error) {
    if (error instanceof FlagError) return flagError(ctx, command, error.message)
    throw error
  }

  for (const warning of parsed.warnings) ctx.io.write(`${warning}\n`, 'stderr')
  if (parsed.help) {
    out(ctx, commandHelp(command))
    return 0
  }
  return parsed
}
