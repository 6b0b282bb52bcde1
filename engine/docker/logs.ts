// `docker logs` and the attached output of `docker run` without `-d`.

import { rfc3339Nano } from '../core/time'
import type { DockerContext } from './context'
import { err } from './context'
import { parseCommandFlags } from './flags'
import type { Container, LogEntry } from './model'
import { argumentError } from './usage'

/**
 * Maximum virtual time between two checks for new lines while following. Lines
 * and exits happen only at scheduled events, which wake the follower anyway.
 * A long step keeps the lab's saved journal from growing with every wait.
 */
const FOLLOW_STEP_MS = 60_000

function writeEntries(ctx: DockerContext, entries: LogEntry[], timestamps: boolean): void {
  for (const entry of entries) {
    const prefix = timestamps ? `${rfc3339Nano(entry.time)} ` : ''
    ctx.io.write(`${prefix}${entry.text}\n`, entry.stream)
  }
}

export async function logsCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'logs', args, [])
  if (typeof parsed === 'number') return parsed

  const { values, positionals } = parsed
  if (positionals.length !== 1) return argumentError(ctx, 'logs', 'requires 1 argument')

  const container = ctx.daemon.find(positionals[0]!)
  if (!container) {
    err(ctx, `Error response from daemon: No such container: ${positionals[0]}\n`)
    return 1
  }

  const tailText = String(values.get('tail') ?? 'all')
  const tail = tailText === 'all' ? undefined : Number.parseInt(tailText, 10)
  const logs = container.logs
  let entries = logs
  if (tail !== undefined && !Number.isNaN(tail) && tail >= 0) entries = tail === 0 ? [] : logs.slice(-tail)
  const timestamps = values.get('timestamps') === true
  writeEntries(ctx, entries, timestamps)

  if (values.get('follow') !== true) return 0
  return followLogs(ctx, container, { fromStart: false, untilExit: false, timestamps })
}

/**
 * Streams new log lines until the container stops or the user presses Ctrl-C.
 * With `untilExit` (attached `docker run`), Ctrl-C stops the container the
 * way docker's signal proxy does, and the exit code is the container's.
 */
export async function followLogs(ctx: DockerContext, container: Container, options: { fromStart: boolean; untilExit: boolean; timestamps?: boolean }): Promise<number> {
  let shown = options.fromStart ? 0 : container.logs.length
  let lastEntry = container.logs[shown - 1]

  const flush = (): void => {
    const logs = container.logs
    const start = lastEntry ? logs.indexOf(lastEntry) + 1 : shown
    const fresh = logs.slice(Math.max(0, start))
    writeEntries(ctx, fresh, options.timestamps ?? false)
    lastEntry = logs[logs.length - 1] ?? lastEntry
    shown = logs.length
  }

  for (;;) {
    flush()
    const status = container.state.status
    if (status !== 'running' && status !== 'paused') return options.untilExit ? container.state.exitCode : 0

    // Waking at the next scheduled event notices an exit when it happens, as docker's attach does.
    const nextEvent = ctx.daemon.scheduler.nextEventAt() ?? Infinity
    const completed = await ctx.io.sleep(Math.min(FOLLOW_STEP_MS, Math.max(1, nextEvent - ctx.daemon.now())))
    if (!completed) {
      if (!options.untilExit) return 0
      // docker run forwards the terminal's SIGINT to the container (--sig-proxy).
      const delay = ctx.daemon.stop(container, 10, 'SIGINT')
      await ctx.io.sleep(delay)
      flush()
      return container.state.exitCode
    }
  }
}
