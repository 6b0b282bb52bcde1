// Entry point of the simulated docker client: global flags, subcommand
// dispatch and the management-command aliases (`docker container ls`).

import { CLIENT_VERSION_LINES } from './client-version'
import type { DockerContext } from './context'
import { err, out } from './context'
import { execCommand } from './exec'
import { imagesCommand, pullCommand, rmiCommand } from './images'
import { inspectCommand } from './inspect-cmd'
import { killCommand, pauseCommand, restartCommand, rmCommand, startCommand, stopCommand } from './lifecycle'
import { logsCommand } from './logs'
import { psCommand } from './ps'
import { runCommand } from './run'
import { portCommand, statsCommand, topCommand } from './stats'
import { eventsCommand } from './events'
import { topLevelHelp } from './help'
import { buildCommand, historyCommand } from '../build'
import { infoCommand } from './info'
import { networkCommand } from './network-cmd'
import { systemCommand } from './system'
import { volumeCommand } from './volumes'
import { loginCommand, logoutCommand } from './login'
import { cpCommand, diffCommand, tagCommand } from './files-cmd'
import { scoutCommand } from '../scout'

export const VERSION_LINE = 'Docker version 28.2.2, build e6534b4'

type Handler = (ctx: DockerContext, args: string[]) => Promise<number>

const COMMANDS: Record<string, Handler> = {
  run: (ctx, args) => runCommand(ctx, 'run', args),
  create: (ctx, args) => runCommand(ctx, 'create', args),
  ps: (ctx, args) => psCommand(ctx, args),
  logs: logsCommand,
  exec: execCommand,
  inspect: (ctx, args) => inspectCommand(ctx, args),
  start: startCommand,
  stop: stopCommand,
  restart: restartCommand,
  kill: killCommand,
  rm: rmCommand,
  pause: (ctx, args) => pauseCommand(ctx, args, true),
  unpause: (ctx, args) => pauseCommand(ctx, args, false),
  images: (ctx, args) => imagesCommand(ctx, args),
  rmi: rmiCommand,
  pull: pullCommand,
  version: versionCommand,
  build: buildCommand,
  history: historyCommand,
  stats: statsCommand,
  top: topCommand,
  port: portCommand,
  events: eventsCommand,
  info: (ctx, args) => infoCommand(ctx, args),
  login: loginCommand,
  logout: logoutCommand,
  tag: tagCommand,
  cp: cpCommand,
  diff: diffCommand,
  network: networkCommand,
  volume: volumeCommand,
  system: systemCommand,
  scout: scoutCommand,
}

const CONTAINER_COMMANDS: Record<string, Handler> = {
  ls: (ctx, args) => psCommand(ctx, args, 'container ls'),
  list: (ctx, args) => psCommand(ctx, args, 'container ls'),
  ps: (ctx, args) => psCommand(ctx, args, 'container ls'),
  inspect: (ctx, args) => inspectCommand(ctx, args, 'container'),
  run: COMMANDS.run!,
  create: COMMANDS.create!,
  logs: logsCommand,
  exec: execCommand,
  start: startCommand,
  stop: stopCommand,
  restart: restartCommand,
  kill: killCommand,
  rm: rmCommand,
  pause: COMMANDS.pause!,
  unpause: COMMANDS.unpause!,
  stats: statsCommand,
  top: topCommand,
  port: portCommand,
  cp: cpCommand,
  diff: diffCommand,
}

const IMAGE_COMMANDS: Record<string, Handler> = {
  ls: (ctx, args) => imagesCommand(ctx, args, 'image ls'),
  list: (ctx, args) => imagesCommand(ctx, args, 'image ls'),
  inspect: (ctx, args) => inspectCommand(ctx, args, 'image'),
  rm: rmiCommand,
  pull: pullCommand,
  build: buildCommand,
  history: historyCommand,
  tag: tagCommand,
}

/** Runs `docker <args…>` and resolves the exit code. */
export async function runDocker(ctx: DockerContext, args: string[]): Promise<number> {
  const first = args[0]

  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    out(ctx, topLevelHelp(ctx.hostFiles?.env.get('HOME') ?? '/root'))
    return 0
  }
  if (first === '-v' || first === '--version') {
    out(ctx, `${VERSION_LINE}\n`)
    return 0
  }
  if (first.startsWith('-')) {
    err(ctx, `unknown flag: ${first.startsWith('--') ? first : `${first}`}\n\nUsage:  docker [OPTIONS] COMMAND\n\nRun 'docker --help' for more information\n`)
    return 125
  }

  if (first === 'container' || first === 'image') {
    const table = first === 'container' ? CONTAINER_COMMANDS : IMAGE_COMMANDS
    const sub = args[1]
    const handler = sub === undefined ? undefined : table[sub]
    if (!handler) {
      if (sub === undefined || sub === '--help') {
        out(ctx, `\nUsage:  docker ${first} COMMAND\n\nManage ${first}s\n`)
        return 0
      }
      err(ctx, `docker: unknown command: docker ${first} ${sub}\n\nUsage:  docker ${first}\n\nRun 'docker ${first} --help' for more information\n`)
      return 1
    }
    return dispatch(ctx, `${first} ${sub}`, handler, args.slice(2))
  }

  const handler = COMMANDS[first]
  if (!handler) {
    err(ctx, `docker: unknown command: docker ${first}\n\nRun 'docker --help' for more information\n`)
    return 1
  }
  return dispatch(ctx, first, handler, args.slice(1))
}

async function dispatch(ctx: DockerContext, _name: string, handler: Handler, args: string[]): Promise<number> {
  return handler(ctx, args)
}

// NOTE: only the Client block matches a captured docker 28.2.2 client; the
// Server block's commits and component versions are plausible, not captured.
async function versionCommand(ctx: DockerContext): Promise<number> {
  out(
    ctx,
    [
      ...CLIENT_VERSION_LINES,
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          28.2.2',
      '  API version:      1.50 (minimum version 1.24)',
      '  Go version:       go1.24.3',
      '  Git commit:       45873be',
      '  Built:            Fri May 30 12:07:27 2025',
      '  OS/Arch:          linux/amd64',
      '  Experimental:     false',
      ' containerd:',
      '  Version:          1.7.27',
      '  GitCommit:        05044ec0a9a75232cad458027ca83437aae3f4da',
      ' runc:',
      '  Version:          1.2.5',
      '  GitCommit:        v1.2.5-0-g59923ef',
      ' docker-init:',
      '  Version:          0.19.0',
      '  GitCommit:        de40ad0',
      '',
    ].join('\n'),
  )
  return 0
}
