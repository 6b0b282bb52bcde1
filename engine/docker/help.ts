// `--help` output, rendered from the docker 28.2.2 help data in engine/flags.

import { COMMAND_HELP, DOCKER_HELP } from '../flags/commands'
import { renderHelp } from '../flags/help'
import type { FlagSpec } from '../flags/parse'
import { CLI_PLUGINS } from './plugins'
import { USAGE } from './usage'

/** Swarm commands that the CLI hides unless the node is a swarm manager. */
const SWARM_MANAGER_COMMANDS = ['config', 'node', 'secret', 'service', 'stack']

/**
 * Returns `docker --help` as the docker 28.2.2 client prints it when it
 * reaches the simulated daemon. DOCKER_HELP was recorded with no daemon
 * listening, so the client showed every command. With a daemon that is not
 * experimental and not a swarm manager, it hides `checkpoint` and the swarm
 * manager commands, and it lists each CLI plugin, starred and sorted by
 * name, among the management commands. The config and TLS defaults sit
 * under the user's home (`/root` in the recording).
 */
export function topLevelHelp(home: string): string {
  const hidden = new Set(['checkpoint', ...SWARM_MANAGER_COMMANDS])
  const pluginLines = CLI_PLUGINS.map((plugin) => ({ name: plugin.name, line: `  ${`${plugin.name}*`.padEnd(12)}${plugin.description}` }))
  const lines: string[] = []
  let section = ''

  for (const line of DOCKER_HELP.replaceAll('"/root/.docker', `"${home}/.docker`).split('\n')) {
    if (line.endsWith(':') && !line.startsWith(' ')) section = line
    const name = /^  (\S+)\s/.exec(line)?.[1]
    const isCommand = name !== undefined && section.endsWith('Commands:')
    if (isCommand && hidden.has(name)) continue

    if (isCommand && section === 'Management Commands:') {
      while (pluginLines.length > 0 && pluginLines[0]!.name < name) lines.push(pluginLines.shift()!.line)
    }
    const sectionEnds = line === '' && section === 'Management Commands:'
    if (sectionEnds) lines.push(...pluginLines.splice(0).map((plugin) => plugin.line))
    lines.push(line)
  }
  return lines.join('\n')
}

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
  'system info': 'info',
}

function helpData(name: string): (typeof COMMAND_HELP)[string] | undefined {
  return COMMAND_HELP[name] ?? COMMAND_HELP[ALIASES[name] ?? '']
}

export function commandHelp(name: string): string {
  const data = helpData(name)
  const target = ALIASES[name]
  // cobra prints the path the user typed: `docker container ls [OPTIONS]`, not `docker ps [OPTIONS]`.
  // NOTE: `container inspect` and `image inspect` are commands of their own in docker, with their
  // own usage and flags; they show `docker inspect`'s help here.
  const sameCommand = target !== undefined && !name.endsWith(' inspect') && COMMAND_HELP[name] === undefined
  if (data && sameCommand) return renderHelp({ ...data, usage: data.usage.replace(`docker ${target}`, `docker ${name}`) })
  if (data) return renderHelp(data)
  return `Usage:  ${USAGE[name] ?? `docker ${name}`}\n`
}

/**
 * Returns the flags the docker 28.2.2 client accepts for a command, from the
 * recorded help data in engine/flags. `unrecorded` applies only to a command
 * with no recorded data: today `login` and `logout`, whose help was not
 * captured, so login.ts passes its three flags. Every other command the
 * simulator dispatches has recorded data, as recorded-flags.test.ts checks.
 */
export function commandFlags(name: string, unrecorded: FlagSpec[]): FlagSpec[] {
  return helpData(name)?.flags ?? unrecorded
}

/** Reports whether docker 28.2.2 help data is recorded for a command or its alias. */
export function hasRecordedFlags(name: string): boolean {
  return helpData(name) !== undefined
}
