// Error blocks the docker 28.2.2 client prints for command-line mistakes,
// with their exit codes.

import { COMMAND_HELP } from './commands'
import type { ArgsRule } from './help'
import { FlagError } from './parse'

export interface CliError {
  /** Complete stderr text, ending with a newline. */
  stderr: string
  exitCode: number
}

/**
 * Formats the error block for a command-line mistake in `command` (a path
 * without `docker`, e.g. `run` or `network ls`):
 *
 * - a FlagError prints its message, the usage line and `Run '…' for more
 *   information`, exit 125;
 * - an argument-count message from checkArgumentCount prints
 *   `docker: <message>`, the usage line and `Run '…'`, or `See '…'` after
 *   `requires at least N argument(s)`, exit 1.
 *
 * Throws when `command` has no help data, because its usage line is unknown.
 */
export function usageError(command: string, error: FlagError | string): CliError {
  const usage = COMMAND_HELP[command]?.usage
  if (usage === undefined) throw new Error(`no help data for command "docker ${command}"; add it to COMMAND_HELP`)

  const isFlagError = error instanceof FlagError
  const message = isFlagError ? error.message : `docker: ${error}`
  const verb = !isFlagError && /requires at least \d+ argument/.test(error) ? 'See' : 'Run'
  const stderr = `${message}\n\nUsage:  ${usage}\n\n${verb} 'docker ${command} --help' for more information\n`
  return { stderr, exitCode: isFlagError ? 125 : 1 }
}

/**
 * Formats an error found after parsing, as `docker run` and `docker create`
 * print it: `docker: <message>`, a blank line and the `Run '…'` hint, exit
 * 125. Examples: `--health-retries cannot be negative`, daemon errors such
 * as `Error response from daemon: Conflict. …`.
 */
export function runtimeError(command: string, message: string): CliError {
  return { stderr: `docker: ${message}\n\nRun 'docker ${command} --help' for more information\n`, exitCode: 125 }
}

/** Formats `docker nosuch`: exit 1, pointing at `docker --help`. */
export function unknownCommandError(commandLine: string): CliError {
  return { stderr: `docker: unknown command: ${commandLine}\n\nRun 'docker --help' for more information\n`, exitCode: 1 }
}

/**
 * Checks the number of positional arguments against `rule` and returns
 * docker's message (`'docker logs' requires 1 argument`), or undefined
 * when the count is allowed.
 */
export function checkArgumentCount(command: string, rule: ArgsRule, count: number): string | undefined {
  const name = `'docker ${command}'`
  switch (rule.kind) {
    case 'any':
      return undefined
    case 'none':
      return count === 0 ? undefined : `${name} accepts no arguments`
    case 'exact':
      return count === rule.count ? undefined : `${name} requires ${pluralArguments(rule.count)}`
    case 'min':
      return count >= rule.count ? undefined : `${name} requires at least ${pluralArguments(rule.count)}`
    // NOTE: the `max` and `range` wordings were not recorded; they follow the pattern of the others.
    case 'max':
      return count <= rule.count ? undefined : `${name} requires at most ${pluralArguments(rule.count)}`
    case 'range':
      if (count >= rule.min && count <= rule.max) return undefined
      return `${name} requires at least ${rule.min} and at most ${pluralArguments(rule.max)}`
  }
}

function pluralArguments(count: number): string {
  return count === 1 ? '1 argument' : `${count} arguments`
}
