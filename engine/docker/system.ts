// `docker system`.

import type { DockerContext } from './context'
import { err, out } from './context'
import { writeDiskUsage } from './disk-usage'
import { parseCommandFlags } from './flags'
import { infoCommand } from './info'

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
