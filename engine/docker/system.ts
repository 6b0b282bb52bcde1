// `docker system` and `docker network ls`.

import { formatTable } from '../format/tabwriter'
import type { DockerContext } from './context'
import { err, out } from './context'
import { writeDiskUsage } from './disk-usage'
import { parseCommandFlags } from './flags'
import { infoCommand } from './info'
import { networkId } from './inspect'

const NETWORKS = [
  { name: 'bridge', driver: 'bridge' },
  { name: 'host', driver: 'host' },
  { name: 'none', driver: 'null' },
]

export async function systemCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const sub = args[0]
  if (sub === 'df') return systemDf(ctx, args.slice(1))
  if (sub === 'info') return infoCommand(ctx, args.slice(1), 'system info')

  if (sub === undefined || sub === '--help') {
    out(ctx, "\nUsage:  docker system COMMAND\n\nManage Docker\n\nCommands:\n  df          Show docker disk usage\n  events      Get real time events from the server\n  info        Display system-wide information\n  prune       Remove unused data\n\nRun 'docker system COMMAND --help' for more information on a command.\n")
    return 0
  }
  err(ctx, `docker: unknown command: docker system ${sub}\n\nUsage:  docker system\n\nRun 'docker system --help' for more information\n`)
  return 1
}

async function systemDf(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'system df', args, [])
  if (typeof parsed === 'number') return parsed

  return writeDiskUsage(ctx, parsed.values.get('verbose') === true, parsed.values.get('format') as string | undefined)
}

export async function networkCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const sub = args[0]
  if (sub === 'ls' || sub === 'list') return networkLs(ctx, args.slice(1))

  if (sub === undefined || sub === '--help') {
    out(ctx, "\nUsage:  docker network COMMAND\n\nManage networks\n\nCommands:\n  connect     Connect a container to a network\n  create      Create a network\n  disconnect  Disconnect a container from a network\n  inspect     Display detailed information on one or more networks\n  ls          List networks\n  prune       Remove all unused networks\n  rm          Remove one or more networks\n\nRun 'docker network COMMAND --help' for more information on a command.\n")
    return 0
  }
  // NOTE: only `network ls` is simulated; the course uses the three default networks.
  err(ctx, `docker: unknown command: docker network ${sub}\n\nUsage:  docker network\n\nRun 'docker network --help' for more information\n`)
  return 1
}

async function networkLs(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'network ls', args, [])
  if (typeof parsed === 'number') return parsed

  const trunc = parsed.values.get('no-trunc') !== true
  const id = (name: string): string => (trunc ? networkId(name).slice(0, 12) : networkId(name))
  if (parsed.values.get('quiet') === true) {
    for (const network of NETWORKS) out(ctx, `${id(network.name)}\n`)
    return 0
  }
  out(ctx, formatTable([['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], ...NETWORKS.map((network) => [id(network.name), network.name, network.driver, 'local'])]))
  return 0
}
