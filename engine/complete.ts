// Tab completion for the host prompt: commands, docker subcommands, their
// flags, container names and image names.

import type { Completion } from './api'
import type { Daemon } from './docker/daemon'
import { commandFlags } from './docker/help'
import { HostShell } from './shell/host'

const SUBCOMMANDS = ['build', 'container', 'cp', 'create', 'diff', 'events', 'exec', 'history', 'image', 'images', 'info', 'inspect', 'kill', 'login', 'logout', 'logs', 'network', 'pause', 'port', 'ps', 'pull', 'restart', 'rm', 'rmi', 'run', 'start', 'stats', 'stop', 'system', 'tag', 'top', 'unpause', 'version', 'volume']

const MANAGEMENT_ALIASES: Record<string, string> = { 'image ls': 'images', 'image rm': 'rmi', 'container ls': 'ps' }

const CONTAINER_ARGUMENT = new Set(['exec', 'logs', 'stop', 'start', 'restart', 'kill', 'rm', 'inspect', 'pause', 'unpause', 'diff', 'port', 'top', 'stats'])
const IMAGE_ARGUMENT = new Set(['run', 'create', 'images', 'rmi', 'pull', 'history', 'tag'])

/** Completes `line`; `commands` are the names the host prompt accepts, built-ins and installed programs alike. */
export function completeLine(line: string, daemon: Daemon, commands: readonly string[] = HostShell.commands): Completion {
  const segment = line.split(/&&|\|\||[;|]/).pop() ?? ''
  const from = line.length - (/\S*$/.exec(line)?.[0].length ?? 0)
  const word = line.slice(from)
  const before = segment.slice(0, segment.length - word.length).trim().split(/\s+/).filter(Boolean)

  const candidates = candidatesFor(before, word, daemon, commands)
  return { from, candidates: [...new Set(candidates.filter((candidate) => candidate.startsWith(word)))].sort() }
}

function candidatesFor(before: string[], word: string, daemon: Daemon, commands: readonly string[]): string[] {
  if (before.length === 0) return [...commands]
  if (before[0] !== 'docker') return []
  if (before.length === 1) return word.startsWith('-') ? ['--help', '--version'] : SUBCOMMANDS

  let subcommand = before[1]!
  if (subcommand === 'container' || subcommand === 'image') {
    if (before.length === 2) return subcommand === 'container' ? ['exec', 'inspect', 'kill', 'logs', 'ls', 'pause', 'restart', 'rm', 'run', 'start', 'stop', 'unpause'] : ['build', 'history', 'inspect', 'ls', 'pull', 'rm']
    subcommand = MANAGEMENT_ALIASES[`${subcommand} ${before[2]}`] ?? before[2]!
  }

  if (word.startsWith('-')) {
    // The flags the real client accepts, from the same recorded data that drives parsing and --help.
    const spec = commandFlags(subcommand, [])
    return spec.filter((flag) => !flag.hidden).flatMap((flag) => [`--${flag.name}`, ...(flag.shorthand ? [`-${flag.shorthand}`] : [])])
  }

  if (CONTAINER_ARGUMENT.has(subcommand)) {
    const containerNames = daemon.containers.map((container) => container.name)
    return subcommand === 'inspect' ? [...containerNames, ...imageNames(daemon)] : containerNames
  }
  if (IMAGE_ARGUMENT.has(subcommand)) return imageNames(daemon)
  return []
}

function imageNames(daemon: Daemon): string[] {
  return daemon.images.flatMap((image) => [image.repository, `${image.repository}:${image.tag}`])
}
