// The daemon's event stream (`docker events`): container lifecycle, exec and
// health_status events with the attributes moby attaches (image, name,
// container labels, exitCode, execID, signal).
// NOTE: the line layout follows the docker CLI's event printer as known from
// its source; no `docker events` output was captured to compare with.

import { parseGoDuration } from '../format/duration'
import type { Instant } from '../core/time'
import type { DockerContext } from './context'
import { err, out } from './context'
import { parseCommandFlags } from './flags'
import type { Container } from './model'
import { renderTemplate, TemplateError } from '../format/gotemplate'

/** Events kept for `--since`; older ones are dropped. */
const MAX_EVENTS = 1_000

/** Virtual time between two checks for new events while streaming. */
const STREAM_STEP_MS = 250

export interface DockerEvent {
  time: Instant
  type: 'container'
  action: string
  id: string
  attributes: Record<string, string>
}

export class EventLog {
  /** Recorded events. They are trimmed to MAX_EVENTS only when twice as many are stored, so recording stays O(1) amortised. */
  private stored: DockerEvent[] = []

  /** The last MAX_EVENTS events, oldest first. */
  get events(): DockerEvent[] {
    return this.stored.length > MAX_EVENTS ? this.stored.slice(-MAX_EVENTS) : this.stored
  }

  record(time: Instant, container: Container, action: string, extra: Record<string, string> = {}): void {
    // Events of one instant keep their order: the daemon's clock never goes backwards.
    const last = this.stored[this.stored.length - 1]
    if (last && (time.ms < last.time.ms || (time.ms === last.time.ms && time.ns <= last.time.ns))) {
      time = last.time.ns < 999_000 ? { ms: last.time.ms, ns: last.time.ns + 1_000 } : { ms: last.time.ms + 1, ns: 0 }
    }
    const attributes: Record<string, string> = { ...(container.config.Labels ?? {}), image: container.imageRef, name: container.name, ...extra }
    this.stored.push({ time, type: 'container', action, id: container.id, attributes })
    if (this.stored.length > 2 * MAX_EVENTS) this.stored = this.stored.slice(-MAX_EVENTS)
  }
}

/** Formats a time as Go's RFC3339NanoFixed in UTC: always nine fraction digits. */
function fixedNano(time: Instant): string {
  const nanos = (time.ms % 1000) * 1_000_000 + time.ns
  return `${new Date(time.ms).toISOString().slice(0, 19)}.${String(nanos).padStart(9, '0')}Z`
}

/** Formats an event as the docker CLI prints it: time, type, action, ID and sorted attributes. */
export function eventLine(event: DockerEvent): string {
  const attributes = Object.entries(event.attributes)
    .map(([key, value]) => `${key}=${value}`)
    .sort()
  return `${fixedNano(event.time)} ${event.type} ${event.action} ${event.id} (${attributes.join(', ')})`
}

/** Parses `--since`/`--until`: a Go duration before now, a Unix time in seconds or an RFC 3339 time. */
function parseTimeBound(text: string, now: number): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000
  const absolute = Date.parse(text)
  if (!Number.isNaN(absolute)) return absolute
  try {
    return now - parseGoDuration(text)
  } catch {
    return undefined
  }
}

function matches(event: DockerEvent, filters: string[]): boolean {
  const groups = new Map<string, string[]>()
  for (const filter of filters) {
    const equals = filter.indexOf('=')
    const key = filter.slice(0, equals)
    groups.set(key, [...(groups.get(key) ?? []), filter.slice(equals + 1)])
  }

  for (const [key, values] of groups) {
    const ok = values.some((value) => {
      if (key === 'event') return event.action === value || event.action.startsWith(`${value}:`)
      if (key === 'container') return event.id.startsWith(value) || event.attributes.name === value
      if (key === 'type') return event.type === value
      if (key === 'image') return event.attributes.image === value
      return true
    })
    if (!ok) return false
  }
  return true
}

export async function eventsCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'events', args, [])
  if (typeof parsed === 'number') return parsed

  const { values } = parsed
  const now = ctx.daemon.now()
  const since = values.has('since') ? parseTimeBound(String(values.get('since')), now) : undefined
  const until = values.has('until') ? parseTimeBound(String(values.get('until')), now) : undefined
  for (const [name, bound] of [['since', since], ['until', until]] as const) {
    if (values.has(name) && bound === undefined) {
      err(ctx, `Error response from daemon: invalid value for ${name}: ${String(values.get(name))}\n`)
      return 1
    }
  }

  const filters = (values.get('filter') as string[] | undefined) ?? []
  const format = values.get('format') as string | undefined
  const log = ctx.daemon.eventLog.events
  let next = since === undefined ? log.length : log.findIndex((event) => event.time.ms >= since)
  if (next < 0) next = log.length
  let lastSeen = log[next - 1]

  const flush = (limit: number): boolean => {
    const start = lastSeen ? log.indexOf(lastSeen) + 1 : 0
    for (const event of log.slice(start)) {
      if (event.time.ms > limit) return false
      lastSeen = event
      if (!matches(event, filters)) continue
      if (!printEvent(ctx, event, format)) return false
    }
    return true
  }

  if (until !== undefined && until <= now) {
    flush(until)
    return 0
  }

  for (;;) {
    if (!flush(until ?? Number.POSITIVE_INFINITY)) return 0
    const step = until === undefined ? STREAM_STEP_MS : Math.min(STREAM_STEP_MS, until - ctx.daemon.now())
    if (step <= 0) return 0
    if (!(await ctx.io.sleep(step))) return 0
  }
}

function printEvent(ctx: DockerContext, event: DockerEvent, format: string | undefined): boolean {
  if (format === undefined) {
    out(ctx, `${eventLine(event)}\n`)
    return true
  }

  const data = { Type: event.type, Action: event.action, Status: event.action, ID: event.id, id: event.id, From: event.attributes.image, Actor: { ID: event.id, Attributes: event.attributes }, Scope: 'local', Time: Math.floor(event.time.ms / 1000), TimeNano: event.time.ms * 1_000_000 + event.time.ns }
  try {
    out(ctx, `${renderTemplate(format, data)}\n`)
    return true
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    err(ctx, `template parsing error: ${error.message}\n`)
    return false
  }
}

/** Action text of exec events: `exec_create: /bin/sh -c curl …`. */
export function execAction(kind: 'exec_create' | 'exec_start', argv: string[]): string {
  return `${kind}: ${argv.join(' ')}`
}
