// start, stop, restart, kill, rm, pause, unpause.

import type { DockerContext } from './context'
import { err, out } from './context'
import { DaemonError } from './daemon'
import { parseCommandFlags } from './flags'
import type { Container } from './model'
import { argumentError, requireArgs } from './usage'

type Action = (container: Container, reference: string) => Promise<string | undefined>

/** Parses flags, then applies `action` to every named container, printing each name or error. */
async function eachContainer(
  ctx: DockerContext,
  command: string,
  args: string[],
  action: (values: Map<string, unknown>) => Action,
  options: { missingOk?: boolean; failureSummary?: string } = {},
): Promise<number> {
  const parsed = parseCommandFlags(ctx, command, args, [])
  if (typeof parsed === 'number') return parsed

  const { values, positionals } = parsed
  if (positionals.length === 0) return argumentError(ctx, command, requireArgs(1, false))

  const run = action(values)
  const failed: string[] = []

  for (const reference of positionals) {
    const container = ctx.daemon.find(reference)
    if (!container) {
      err(ctx, `Error response from daemon: No such container: ${reference}\n`)
      if (!options.missingOk) failed.push(reference)
      continue
    }

    const problem = await run(container, reference)
    if (problem === undefined) out(ctx, `${reference}\n`)
    else {
      err(ctx, `${problem}\n`)
      failed.push(reference)
    }
  }

  if (failed.length > 0 && options.failureSummary) err(ctx, `Error: ${options.failureSummary}: ${failed.join(', ')}\n`)
  return failed.length > 0 ? 1 : 0
}

/** `-t/--timeout` (docker 28) or the deprecated `--time`; 10 s by default. */
function graceSeconds(values: Map<string, unknown>): number {
  const value = values.get('timeout') ?? values.get('time')
  return value === undefined ? 10 : Math.max(0, Number(value))
}

function startContainer(ctx: DockerContext, container: Container): string | undefined {
  try {
    ctx.daemon.start(container)
    return undefined
  } catch (error) {
    if (error instanceof DaemonError) return `Error response from daemon: ${error.message}`
    throw error
  }
}

export function startCommand(ctx: DockerContext, args: string[]): Promise<number> {
  return eachContainer(ctx, 'start', args, () => async (container) => {
    if (container.state.status === 'paused') return `Error response from daemon: cannot start a paused container, try unpause instead`
    if (container.state.status !== 'running') await ctx.io.sleep(ctx.daemon.startDelayMs(container))
    return startContainer(ctx, container)
  }, { failureSummary: 'failed to start containers' })
}

export function stopCommand(ctx: DockerContext, args: string[]): Promise<number> {
  return eachContainer(ctx, 'stop', args, (values) => async (container) => {
    const delay = ctx.daemon.stop(container, graceSeconds(values))
    if (delay > 0) await ctx.io.sleep(delay)
    return undefined
  })
}

export function restartCommand(ctx: DockerContext, args: string[]): Promise<number> {
  return eachContainer(ctx, 'restart', args, (values) => async (container) => {
    const delay = ctx.daemon.stop(container, graceSeconds(values))
    if (delay > 0) await ctx.io.sleep(delay)
    await ctx.io.sleep(ctx.daemon.startDelayMs(container))
    const problem = startContainer(ctx, container)
    if (problem === undefined) ctx.daemon.recordEvent(container, 'restart')
    return problem
  })
}

export function killCommand(ctx: DockerContext, args: string[]): Promise<number> {
  return eachContainer(ctx, 'kill', args, () => async (container) => {
    if (container.state.status !== 'running' && container.state.status !== 'paused') {
      return `Error response from daemon: cannot kill container: ${container.name}: container ${container.id} is not running`
    }
    ctx.daemon.kill(container)
    return undefined
  })
}

export function rmCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const forceRequested = args.some((arg) => arg === '-f' || arg === '--force' || /^-[a-z]*f/.test(arg))

  return eachContainer(ctx, 'rm', args, (values) => async (container) => {
    const running = container.state.status === 'running' || container.state.status === 'paused'
    const restarting = container.state.status === 'restarting'
    if ((running || restarting) && values.get('force') !== true) {
      // Docker names the container as it stores it, with the leading slash, and gives its state.
      return `Error response from daemon: cannot remove container "/${container.name}": container is ${restarting ? 'restarting' : 'running'}: stop the container before removing or force remove`
    }
    if (restarting) ctx.daemon.cancelRestart(container)
    if (running) ctx.daemon.kill(container)
    if (ctx.daemon.containers.includes(container)) ctx.daemon.remove(container, values.get('volumes') === true)
    return undefined
  }, { missingOk: forceRequested })
}

export function pauseCommand(ctx: DockerContext, args: string[], pause: boolean): Promise<number> {
  const command = pause ? 'pause' : 'unpause'
  return eachContainer(ctx, command, args, () => async (container) => {
    if (pause) {
      if (container.state.status === 'paused') return `Error response from daemon: container ${container.id} is already paused`
      if (container.state.status !== 'running') return `Error response from daemon: container ${container.id} is not running`
      ctx.daemon.pause(container)
    } else {
      if (container.state.status !== 'paused') return `Error response from daemon: container ${container.id} is not paused`
      ctx.daemon.unpause(container)
    }
    return undefined
  })
}
