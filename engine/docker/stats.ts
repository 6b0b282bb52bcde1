// `docker stats`, `docker top` and `docker port`.
// NOTE: memory and PID figures are plausible values per image, not measurements.

import { bytesSize } from '../format/units'
import { renderTemplate, TemplateError } from '../format/gotemplate'
import { formatTable } from '../format/tabwriter'
import type { DockerContext } from './context'
import { err, out } from './context'
import { parseCommandFlags } from './flags'
import { checkTemplateSyntax } from './template-syntax'
import type { Container } from './model'
import { mainProcessUid, nginxWorkerUid, psEfUser, userName } from './process-users'
import { argumentError, requireArgs } from './usage'

/** Memory of the simulated host, the limit `docker stats` shows without `--memory`. */
const HOST_MEMORY_BYTES = 8_222_720_000

/** Refresh period of the streaming `docker stats` view. */
const STATS_REFRESH_MS = 2_000

function usage(container: Container): { memory: number; pids: number } {
  switch (container.process?.kind) {
    case 'nginx':
      return { memory: 3_612_672, pids: 3 }
    case 'mariadb':
      return { memory: 94_371_840, pids: 8 }
    default:
      return { memory: 507_904, pids: 1 }
  }
}

/** Builds a row with the fields `--format` templates use (`.ID`, `.Name`, `.MemUsage`, …). */
function statsRow(container: Container, trunc: boolean): Record<string, string> {
  const running = container.state.status === 'running'
  const { memory, pids } = running ? usage(container) : { memory: 0, pids: 0 }
  const limit = container.host.memory > 0 ? container.host.memory : HOST_MEMORY_BYTES
  const id = trunc ? container.id.slice(0, 12) : container.id

  return {
    Container: id,
    ID: id,
    Name: container.name,
    CPUPerc: '0.00%',
    MemUsage: `${bytesSize(memory)} / ${bytesSize(limit)}`,
    MemPerc: `${((memory / limit) * 100).toFixed(2)}%`,
    NetIO: running && container.host.networkMode === 'bridge' ? '1.05kB / 0B' : '0B / 0B',
    BlockIO: '0B / 0B',
    PIDs: String(pids),
  }
}

/** Column headers of docker 28's stats formatter, by template field. */
const STATS_HEADERS: Record<string, string> = {
  Container: 'CONTAINER',
  ID: 'CONTAINER ID',
  Name: 'NAME',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
}

const DEFAULT_STATS_FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}'

/** Renders the rows with a `--format` template; `table …` adds the header row and aligns columns. */
function renderStats(format: string, rows: Record<string, string>[]): string {
  const table = format === 'table' || format.startsWith('table ')
  const body = table ? format.slice(6) || DEFAULT_STATS_FORMAT.slice(6) : format
  const template = body.replace(/\\t/g, '\t').replace(/\\n/g, '\n')
  checkTemplateSyntax(template)
  const lines = rows.map((row) => renderTemplate(template, row))
  if (!table) return lines.map((line) => `${line}\n`).join('')

  const header = renderTemplate(template, STATS_HEADERS)
  return formatTable([header, ...lines].map((line) => line.split('\t')))
}

export async function statsCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'stats', args, [])
  if (typeof parsed === 'number') return parsed

  const { values, positionals } = parsed
  const selected: Container[] = []
  for (const reference of positionals) {
    const container = ctx.daemon.find(reference)
    if (!container) {
      err(ctx, `Error response from daemon: No such container: ${reference}\n`)
      return 1
    }
    selected.push(container)
  }

  const pick = (): Container[] => (selected.length > 0 ? selected : [...ctx.daemon.containers].reverse().filter((container) => values.get('all') === true || container.state.status === 'running'))
  const format = (values.get('format') as string | undefined) ?? DEFAULT_STATS_FORMAT
  const render = (): string => renderStats(format, pick().map((container) => statsRow(container, values.get('no-trunc') !== true)))

  try {
    render()
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    err(ctx, `template parsing error: ${error.message}\n`)
    // The CLI's list formatters wrap a syntax error in a plain error, so it exits 1 (only inspect and info use 64).
    return 1
  }

  if (values.get('no-stream') === true) {
    // The client waits for two samples to compute CPU %.
    await ctx.io.sleep(2_000)
    out(ctx, render())
    return 0
  }

  for (;;) {
    out(ctx, `${ctx.io.isTTY ? '\u001b[2J\u001b[H' : ''}${render()}`)
    if (!(await ctx.io.sleep(STATS_REFRESH_MS))) return 0
  }
}

export async function topCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'top', args, [], false)
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length === 0) return argumentError(ctx, 'top', requireArgs(1, false))

  const reference = parsed.positionals[0]!
  const container = ctx.daemon.find(reference)
  if (!container) {
    err(ctx, `Error response from daemon: No such container: ${reference}\n`)
    return 1
  }
  if (container.state.status !== 'running') {
    err(ctx, `Error response from daemon: container ${container.id} is not running\n`)
    return 1
  }

  const started = new Date(container.state.startedAt?.ms ?? ctx.daemon.now()).toISOString().slice(11, 16)
  const pid = container.state.pid
  const rows = [['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']]
  // docker top runs `ps -ef` on the host, so uids get the host's user names.
  const hostUser = (uid: number): string => psEfUser(userName(ctx.hostFiles?.fs, uid))
  const masterUid = mainProcessUid(container)
  if (container.process?.kind === 'nginx') {
    const workerUid = nginxWorkerUid(masterUid)
    rows.push([hostUser(masterUid), String(pid), String(pid - 21), '0', started, '?', '00:00:00', 'nginx: master process nginx -g daemon off;'])
    rows.push([hostUser(workerUid), String(pid + 45), String(pid), '0', started, '?', '00:00:00', 'nginx: worker process'])
    rows.push([hostUser(workerUid), String(pid + 46), String(pid), '0', started, '?', '00:00:00', 'nginx: worker process'])
  } else {
    const command = [container.path, ...container.args].join(' ')
    rows.push([hostUser(masterUid), String(pid), String(pid - 21), '0', started, '?', '00:00:00', command])
  }
  out(ctx, formatTable(rows))
  return 0
}

export async function portCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'port', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length === 0) return argumentError(ctx, 'port', requireArgs(1, false))

  const reference = parsed.positionals[0]!
  const container = ctx.daemon.find(reference)
  if (!container) {
    err(ctx, `Error response from daemon: No such container: ${reference}\n`)
    return 1
  }
  if (container.state.status !== 'running' || container.host.networkMode !== 'bridge') return 0

  for (const item of container.host.publish) {
    const parts = item.split(':')
    const target = parts[parts.length - 1]!
    const port = target.includes('/') ? target : `${target}/tcp`
    const hostPort = parts[parts.length - 2] ?? ''
    // `-p IP:HOST:CONTAINER` binds only that address.
    if (parts.length === 3 && parts[0] !== '') out(ctx, `${port} -> ${parts[0]}:${hostPort}\n`)
    else out(ctx, `${port} -> 0.0.0.0:${hostPort}\n${port} -> [::]:${hostPort}\n`)
  }
  return 0
}
