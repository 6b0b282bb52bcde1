// `docker ps` / `docker container ls`.

import { humanDuration } from '../format/duration'
import { formatTable } from '../format/tabwriter'
import { containerSizeText } from './disk-usage'
import type { DockerContext } from './context'
import { err, out } from './context'
import { parseCommandFlags } from './flags'
import { checkTemplateSyntax } from './template-syntax'
import type { Container } from './model'
import { renderTemplate, TemplateError } from '../format/gotemplate'
import { argumentError } from './usage'

/** Builds the STATUS column text as moby's State.String() does. */
export function statusText(container: Container, now: number): string {
  const state = container.state

  switch (state.status) {
    case 'running': {
      const up = `Up ${humanDuration(now - (state.startedAt?.ms ?? now))}`
      if (!container.health) return up
      const health = container.health.status === 'starting' ? 'health: starting' : container.health.status
      return `${up} (${health})`
    }
    case 'paused':
      return `Up ${humanDuration(now - (state.startedAt?.ms ?? now))} (Paused)`
    case 'restarting':
      return `Restarting (${state.exitCode}) ${humanDuration(now - (state.finishedAt?.ms ?? now))} ago`
    case 'created':
      return 'Created'
    case 'removing':
      return 'Removal In Progress'
    case 'dead':
      return 'Dead'
    default:
      return state.finishedAt ? `Exited (${state.exitCode}) ${humanDuration(now - state.finishedAt.ms)} ago` : 'Exited'
  }
}

/** Builds the daemon's command string: path and args, args with spaces in single quotes. */
export function commandText(container: Container): string {
  const args = container.args.map((arg) => (arg.includes(' ') ? `'${arg}'` : arg))
  return args.length > 0 ? `${container.path} ${args.join(' ')}` : container.path
}

function ellipsis(text: string, width: number): string {
  const chars = [...text]
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`
}

function portsText(container: Container): string {
  if (container.state.status !== 'running' && container.state.status !== 'paused') return ''
  if (container.host.networkMode === 'none' || container.host.networkMode === 'host') return ''

  const published = container.host.publish.map((item) => {
    const parts = item.split(':')
    const target = parts[parts.length - 1]!
    const port = target.includes('/') ? target : `${target}/tcp`
    const hostPort = parts[parts.length - 2] ?? ''
    // `-p IP:HOST:CONTAINER` binds one address; without IP docker binds both 0.0.0.0 and [::].
    const address = parts.length === 3 ? parts[0]! : ''
    if (address !== '') return `${address}:${hostPort}->${port}`
    return `0.0.0.0:${hostPort}->${port}, [::]:${hostPort}->${port}`
  })
  const publishedPorts = new Set(container.host.publish.map((item) => item.split(':').pop()!.replace(/^(\d+)$/, '$1/tcp')))
  const exposed = Object.keys(container.config.ExposedPorts ?? {}).filter((port) => !publishedPorts.has(port))
  return [...published, ...exposed].join(', ')
}

/** Builds a row with the fields `--format` templates use (`.ID`, `.Names`, `.Status`, …). */
export function psRow(container: Container, now: number, trunc: boolean): Record<string, string> {
  const command = commandText(container)
  return {
    ID: trunc ? container.id.slice(0, 12) : container.id,
    Image: container.imageRef,
    Command: JSON.stringify(trunc ? ellipsis(command, 20) : command),
    CreatedAt: `${new Date(container.created.ms).toISOString().replace('T', ' ').slice(0, 19)} +0000 UTC`,
    // The list API sends Created in whole seconds, so the CLI ages it from the truncated value.
    RunningFor: `${humanDuration(now - Math.floor(container.created.ms / 1000) * 1000)} ago`,
    Ports: portsText(container),
    State: container.state.status,
    Status: statusText(container, now),
    Size: containerSizeText(container),
    Names: container.name,
    Labels: Object.entries(container.config.Labels ?? {}).map(([key, value]) => `${key}=${value}`).join(','),
    Mounts: '',
    Networks: container.host.networkMode,
  }
}

const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Names: 'NAMES',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  Networks: 'NETWORKS',
}

function matchesFilter(container: Container, filter: string, now: number): boolean {
  const equals = filter.indexOf('=')
  const key = filter.slice(0, equals)
  const value = filter.slice(equals + 1)

  switch (key) {
    case 'name': {
      const pattern = new RegExp(value.replace(/^\^\//, '^'))
      return pattern.test(container.name) || pattern.test(`/${container.name}`)
    }
    case 'id':
      return container.id.startsWith(value)
    case 'status':
      return container.state.status === value
    case 'health':
      return (container.health?.status ?? 'none') === value
    case 'ancestor':
      return container.imageRef === value || `${container.image.repository}:${container.image.tag}` === value || container.image.repository === value
    default:
      return statusText(container, now) !== ''
  }
}

export async function psCommand(ctx: DockerContext, args: string[], command = 'ps'): Promise<number> {
  const parsed = parseCommandFlags(ctx, command, args, [])
  if (typeof parsed === 'number') return parsed

  const { values, positionals } = parsed
  if (positionals.length > 0) return argumentError(ctx, command, 'accepts no arguments')

  const now = ctx.daemon.now()
  const filters = (values.get('filter') as string[] | undefined) ?? []
  const all = values.get('all') === true || values.has('last') || values.get('latest') === true
  let containers = [...ctx.daemon.containers].reverse().filter((container) => all || container.state.status === 'running' || container.state.status === 'paused')
  containers = containers.filter((container) => filters.every((filter) => matchesFilter(container, filter, now)))
  if (values.get('latest') === true) containers = containers.slice(0, 1)
  if (values.has('last')) containers = containers.slice(0, Number(values.get('last')))

  const trunc = values.get('no-trunc') !== true
  const rows = containers.map((container) => psRow(container, now, trunc))

  if (values.get('quiet') === true) {
    for (const row of rows) out(ctx, `${row.ID}\n`)
    return 0
  }

  const format = values.get('format') as string | undefined
  if (format !== undefined && format !== 'table') return printFormatted(ctx, format, rows)

  const columns = ['ID', 'Image', 'Command', 'RunningFor', 'Status', 'Ports', 'Names']
  if (values.get('size') === true) columns.push('Size')
  out(ctx, formatTable([columns.map((column) => HEADERS[column]!), ...rows.map((row) => columns.map((column) => row[column]!))]))
  return 0
}

/** Renders rows with a user template; `table …` adds the header row and aligns columns. */
export function printFormatted(ctx: DockerContext, format: string, rows: Record<string, string>[]): number {
  const table = format.startsWith('table ')
  const template = (table ? format.slice(6) : format).replace(/\\t/g, '\t').replace(/\\n/g, '\n')

  try {
    checkTemplateSyntax(template)
    const lines = rows.map((row) => renderTemplate(template, row))
    if (!table) {
      for (const line of lines) out(ctx, `${line}\n`)
      return 0
    }

    const header = renderTemplate(template, Object.fromEntries(Object.keys(HEADERS).map((key) => [key, HEADERS[key]!])))
    out(ctx, formatTable([header, ...lines].map((line) => line.split('\t'))))
    return 0
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    err(ctx, `template parsing error: ${error.message}\n`)
    // The CLI's list formatters wrap a syntax error in a plain error, so it exits 1 (only inspect and info use 64).
    return 1
  }
}
