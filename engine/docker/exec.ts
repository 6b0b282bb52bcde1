// `docker exec` and interactive shells attached to the terminal.

import type { DockerContext } from './context'
import { err } from './context'
import { parseCommandFlags } from './flags'
import type { Container } from './model'
import { argumentError } from './usage'
import { hostDockerArgs } from '../shell/docker-client'
import type { ExecResult, ShellKind, ShellState } from '../shell/types'

/**
 * Replays command output with the pauses it took in virtual time. Returns
 * false when Ctrl-C ended it. With `terminal`, Ctrl-C reaches the program as
 * SIGINT, so what an interruptible program prints then is written and its
 * exit code set in `result`.
 */
export async function replayOutput(ctx: DockerContext, result: ExecResult, terminal = true): Promise<boolean> {
  const startedAt = ctx.daemon.now()
  let elapsed = 0

  for (const chunk of result.chunks) {
    if (chunk.at > elapsed) {
      if (!(await ctx.io.sleep(chunk.at - elapsed))) return terminal && interruptOutput(ctx, result, ctx.daemon.now() - startedAt)
      elapsed = chunk.at
    }
    ctx.io.write(chunk.text, chunk.stream)
  }

  if (result.durationMs <= elapsed) return true
  if (await ctx.io.sleep(result.durationMs - elapsed)) return true
  return terminal && interruptOutput(ctx, result, ctx.daemon.now() - startedAt)
}

/** Writes the terminal's `^C` echo and the program's output on SIGINT, for programs that handle it. */
function interruptOutput(ctx: DockerContext, result: ExecResult, elapsedMs: number): false {
  if (!result.interrupt) return false
  const tail = result.interrupt(elapsedMs)
  ctx.io.write(`^C${tail.text}`, 'stdout')
  result.exitCode = tail.exitCode
  return false
}

/**
 * Time from `docker exec` to the process starting in the container (exec
 * create and start round trips). The recorded health probes, which include
 * it, took 43-150 ms from start to end.
 */
export const EXEC_START_MS = 40

export function shellKindFor(container: Container, program: string): ShellKind | undefined {
  if (program === 'bash' && container.image.flavor === 'debian') return 'bash'
  if (program === 'sh' || program === 'ash' || program === 'dash' || program === '/bin/sh' || program === '/bin/ash') return container.image.shell
  if (program === '/bin/bash' && container.image.flavor === 'debian') return 'bash'
  return undefined
}

/** Attaches the terminal to a shell inside the container; the engine routes later lines to it. */
export function attachShell(ctx: DockerContext, container: Container, state: ShellState, exec: boolean, kind: ShellKind = container.image.shell): void {
  const argv0 = kind === 'bash' ? 'bash' : 'sh'
  const shell = ctx.daemon.makeShell(container, state, kind, argv0, { tty: true, interactive: true })
  ctx.attach({ container, shell, state, kind, exec })
}

export async function execCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'exec', args, [], false)
  if (typeof parsed === 'number') return parsed

  const { values, positionals } = parsed
  if (positionals.length < 2) return argumentError(ctx, 'exec', 'requires at least 2 arguments')

  const tty = values.get('tty') === true
  const container = ctx.daemon.find(positionals[0]!)
  if (!container) {
    err(ctx, `Error response from daemon: No such container: ${positionals[0]}\n`)
    return 1
  }
  // The client checks its terminal after finding the container and before asking the daemon to exec.
  if (tty && values.get('interactive') === true && values.get('detach') !== true && !ctx.io.isTTY) {
    err(ctx, 'the input device is not a TTY\n')
    return 1
  }
  if (container.state.status === 'paused') {
    err(ctx, `Error response from daemon: Container ${positionals[0]} is paused, unpause the container before exec\n`)
    return 1
  }
  if (container.state.status !== 'running') {
    err(ctx, `Error response from daemon: container ${container.id} is not running\n`)
    return 1
  }

  const argv = positionals.slice(1)
  const options = {
    tty,
    user: values.get('user') as string | undefined,
    env: values.get('env') as string[] | undefined,
    workdir: values.get('workdir') as string | undefined,
  }

  const kind = shellKindFor(container, argv[0]!)
  if (kind && argv.length === 1 && values.get('interactive') === true && tty) {
    const found = ctx.daemon.makeShell(container, ctx.daemon.execState(container, options), kind, 'sh').findExecutable(argv[0]!)
    if (found && !found.startsWith('!')) {
      attachShell(ctx, container, ctx.daemon.execState(container, options), true, kind)
      return 0
    }
  }

  // A docker client with the host socket mounted talks to this daemon, which the synchronous container shell cannot do.
  const shell = ctx.daemon.makeShell(container, ctx.daemon.execState(container, options), container.image.shell, 'sh')
  const hostArgs = hostDockerArgs({ mounts: container.mounts, findExecutable: (name) => shell.findExecutable(name), canConnect: (path) => shell.canConnect(path) }, argv)
  if (hostArgs && ctx.daemon.hostClient && values.get('detach') !== true) return ctx.daemon.hostClient(hostArgs, ctx.io)

  await ctx.io.sleep(EXEC_START_MS)
  const result = ctx.daemon.exec(container, argv, options, values.get('interactive') === true ? ctx.stdin : '')
  ctx.daemon.notify()
  if (values.get('detach') === true) return 0
  await replayOutput(ctx, result, tty)
  return result.exitCode
}
