// `docker system df` and the SIZE column of `docker ps -s`: sizes computed
// from the images, the containers' writable layers and the volumes the
// daemon holds, printed as docker CLI 28 formats them.

import { humanDuration } from '../format/duration'
import { renderTemplate, TemplateError } from '../format/gotemplate'
import { formatTable } from '../format/tabwriter'
import { humanSize } from '../format/units'
import type { FsNode } from '../fs/vfs'
import type { Image } from '../images/types'
import type { DockerContext } from './context'
import { err, out } from './context'
import type { Daemon } from './daemon'
import type { Container } from './model'
import { psRow } from './ps'
import type { Volume } from './volumes'
import { buildCacheRecords, type BuildCacheRecord } from '../build/cache-usage'
import { repoDigests } from '../images/digest'

/** Files Docker bind-mounts into every container, so they are not part of its writable layer. */
const DAEMON_MOUNTS = ['/etc/hostname', '/etc/hosts', '/etc/resolv.conf', '/dev', '/proc', '/sys']

/**
 * Bytes the nginx entrypoint writes to the container layer: its IPv6 edit of
 * default.conf (about 1.1 kB), which the simulated entrypoint does not perform.
 */
const NGINX_ENTRYPOINT_BYTES = 1080

/** Formats a size as go-units HumanSizeWithPrecision(size, 3) does for image, history and container sizes: `1.08kB`, `192MB`. */
export function humanSize3(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB']
  let size = bytes
  let index = 0
  while (size >= 1000 && index < units.length - 1) {
    size /= 1000
    index++
  }
  return `${Number(size.toPrecision(3))}${units[index]}`
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length
}

/** Adds the sizes of the files that differ from the image, the way overlay2 sizes its upper directory (directories count 0). */
function changedBytes(base: FsNode | undefined, current: FsNode, path: string, skip: Set<string>): number {
  if (skip.has(path)) return 0
  if (current.type === 'file') return base?.type === 'file' && base.content === current.content && base.mode === current.mode && base.uid === current.uid ? 0 : byteLength(current.content)
  if (current.type === 'symlink') return base?.type === 'symlink' && base.target === current.target ? 0 : byteLength(current.target)

  let total = 0
  for (const [name, child] of current.children) total += changedBytes(base?.type === 'dir' ? base.children.get(name) : undefined, child, `${path}/${name}`, skip)
  return total
}

/** Returns the size of a container's writable layer (`SizeRw`) in bytes. */
export function writableLayerBytes(container: Container): number {
  const skip = new Set([...DAEMON_MOUNTS, ...container.mounts.map((mount) => mount.Destination), ...Object.keys(container.host.tmpfs)])
  let total = changedBytes(container.image.buildFs().root, container.fs.root, '', skip)

  const nginxStarted = container.image.behaviour === 'nginx' && container.state.startedAt !== undefined
  if (nginxStarted && !container.host.readonlyRootfs) total += NGINX_ENTRYPOINT_BYTES
  return total
}

/** Formats the SIZE cell of `docker ps -s`: the writable layer and, in brackets, the layer plus the image. */
export function containerSizeText(container: Container): string {
  const layer = writableLayerBytes(container)
  return `${humanSize3(layer)} (virtual ${humanSize3(container.image.size + layer)})`
}

function treeBytes(node: FsNode): number {
  if (node.type === 'file') return byteLength(node.content)
  if (node.type === 'symlink') return byteLength(node.target)
  let total = 0
  for (const child of node.children.values()) total += treeBytes(child)
  return total
}

/** Formats the RECLAIMABLE cell, with the share rounded down as the CLI's integer division does. */
function reclaimable(bytes: number, total: number): string {
  if (total <= 0) return humanSize(bytes)
  return `${humanSize(bytes)} (${Math.floor((bytes * 100) / total)}%)`
}

interface Usage {
  /** One entry per image ID, with the containers created from it. */
  images: { image: Image; containers: number }[]
  containers: { container: Container; size: number; active: boolean }[]
  volumes: { volume: Volume; links: number; size: number }[]
  buildCache: BuildCacheRecord[]
}

function collectUsage(daemon: Daemon): Usage {
  const byId = new Map<string, { image: Image; containers: number }>()
  for (const image of daemon.images) if (!byId.has(image.id)) byId.set(image.id, { image, containers: 0 })
  for (const container of daemon.containers) {
    const entry = byId.get(container.image.id)
    if (entry) entry.containers++
  }

  const active = new Set(['running', 'paused', 'restarting'])
  const containers = daemon.containers.map((container) => ({ container, size: writableLayerBytes(container), active: active.has(container.state.status) }))
  const volumes = [...daemon.volumes.values()].map((volume) => ({
    volume,
    links: daemon.containers.filter((container) => container.mounts.some((mount) => mount.Name === volume.name)).length,
    size: treeBytes(volume.data),
  }))
  return { images: [...byId.values()], containers, volumes, buildCache: buildCacheRecords(daemon) }
}

function summaryRows(usage: Usage): string[][] {
  const imageBytes = usage.images.reduce((sum, entry) => sum + entry.image.size, 0)
  const usedImageBytes = usage.images.filter((entry) => entry.containers > 0).reduce((sum, entry) => sum + entry.image.size, 0)
  const containerBytes = usage.containers.reduce((sum, entry) => sum + entry.size, 0)
  const stoppedBytes = usage.containers.filter((entry) => !entry.active).reduce((sum, entry) => sum + entry.size, 0)
  const volumeBytes = usage.volumes.reduce((sum, entry) => sum + entry.size, 0)
  const unusedVolumeBytes = usage.volumes.filter((entry) => entry.links === 0).reduce((sum, entry) => sum + entry.size, 0)

  return [
    ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
    ['Images', String(usage.images.length), String(usage.images.filter((entry) => entry.containers > 0).length), humanSize(imageBytes), reclaimable(imageBytes - usedImageBytes, imageBytes)],
    ['Containers', String(usage.containers.length), String(usage.containers.filter((entry) => entry.active).length), humanSize(containerBytes), reclaimable(stoppedBytes, containerBytes)],
    ['Local Volumes', String(usage.volumes.length), String(usage.volumes.filter((entry) => entry.links > 0).length), humanSize(volumeBytes), reclaimable(unusedVolumeBytes, volumeBytes)],
    buildCacheRow(usage.buildCache),
  ]
}

/** Sums the records that no image shares, as the CLI sizes the build cache. */
function builderBytes(records: BuildCacheRecord[]): number {
  return records.filter((record) => !record.shared).reduce((sum, record) => sum + record.size, 0)
}

/** Returns the Build Cache summary row. Records in use are not reclaimable. */
function buildCacheRow(records: BuildCacheRecord[]): string[] {
  const size = builderBytes(records)
  const inUse = records.filter((record) => record.inUse && !record.shared).reduce((sum, record) => sum + record.size, 0)
  return ['Build Cache', String(records.length), String(records.filter((record) => record.inUse).length), humanSize(size), humanSize(size - inUse)]
}

function verboseText(usage: Usage, now: number): string {
  const images = usage.images.map(({ image, containers }) => [image.repository, image.tag, image.id.slice(7, 19), `${humanDuration(now - Date.parse(image.created))} ago`, humanSize3(image.size), '0B', humanSize(image.size), String(containers)])
  // Newest first, as `docker ps -a` lists them.
  const containers = [...usage.containers].reverse().map(({ container, size }) => {
    const row = psRow(container, now, true)
    const volumes = container.mounts.filter((mount) => mount.Type === 'volume').length
    return [row.ID!, row.Image!, row.Command!, String(volumes), humanSize3(size), row.RunningFor!, row.Status!, row.Names!]
  })
  const volumes = usage.volumes.map(({ volume, links, size }) => [volume.name, String(links), humanSize(size)])
  const cache = usage.buildCache.map((record) => [record.id.slice(0, 12), record.type, humanSize3(record.size), `${humanDuration(now - record.createdAt)} ago`, `${humanDuration(now - record.lastUsedAt)} ago`, String(record.usageCount), String(record.shared)])

  return [
    'Images space usage:\n\n',
    formatTable([['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE', 'SHARED SIZE', 'UNIQUE SIZE', 'CONTAINERS'], ...images]),
    '\nContainers space usage:\n\n',
    formatTable([['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES'], ...containers]),
    '\nLocal Volumes space usage:\n\n',
    formatTable([['VOLUME NAME', 'LINKS', 'SIZE'], ...volumes]),
    `\nBuild cache usage: ${humanSize(builderBytes(usage.buildCache))}\n\n`,
    formatTable([['CACHE ID', 'CACHE TYPE', 'SIZE', 'CREATED', 'LAST USED', 'USAGE', 'SHARED'], ...cache]),
  ].join('')
}

/** Formats a time as Go's time.Time String() in UTC, as `CreatedAt` fields print. */
function goTimeText(ms: number): string {
  return `${new Date(ms).toISOString().replace('T', ' ').slice(0, 19)} +0000 UTC`
}

/**
 * Returns what a `-v --format` template runs on: one list per section, each
 * item with the fields of the CLI's image, container, volume and build cache
 * formatters. IDs and commands are not truncated, as with any non-table format.
 */
function verboseTemplateData(usage: Usage, now: number, images: readonly Image[]): Record<string, unknown> {
  const ago = (ms: number): string => `${humanDuration(now - ms)} ago`
  return {
    Images: usage.images.map(({ image, containers }) => ({
      ID: image.id,
      Repository: image.repository,
      Tag: image.tag,
      Digest: repoDigests(image, images).find((digest) => digest.startsWith(`${image.repository}@`))?.split('@')[1] ?? '<none>',
      CreatedSince: ago(Date.parse(image.created)),
      CreatedAt: goTimeText(Date.parse(image.created)),
      Size: humanSize3(image.size),
      SharedSize: '0B',
      UniqueSize: humanSize(image.size),
      VirtualSize: humanSize(image.size),
      Containers: String(containers),
    })),
    Containers: [...usage.containers].reverse().map(({ container, size }) => ({
      ...psRow(container, now, false),
      Size: humanSize3(size),
      LocalVolumes: String(container.mounts.filter((mount) => mount.Type === 'volume').length),
    })),
    Volumes: usage.volumes.map(({ volume, links, size }) => ({ Name: volume.name, Driver: 'local', Scope: 'local', Links: String(links), Size: humanSize(size) })),
    BuildCache: usage.buildCache.map((record) => ({
      ID: record.id,
      CacheType: record.type,
      Size: humanSize3(record.size),
      CreatedSince: ago(record.createdAt),
      LastUsedSince: ago(record.lastUsedAt),
      UsageCount: String(record.usageCount),
      InUse: String(record.inUse),
      Shared: String(record.shared),
    })),
  }
}

/** Renders the summary rows with a `--format` template: `json`, `table TEMPLATE` or a plain template. */
function formattedSummary(rows: string[][], format: string): string {
  const [header, ...body] = rows as [string[], ...string[][]]
  const fields = ['Type', 'TotalCount', 'Active', 'Size', 'Reclaimable']
  const records = body.map((row) => Object.fromEntries(fields.map((field, index) => [field, row[index]!])))
  if (format === 'json') return records.map((record) => `${JSON.stringify(Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b))))}\n`).join('')

  const table = format.startsWith('table ')
  const template = (table ? format.slice('table '.length) : format).replace(/\\t/g, '\t').replace(/\\n/g, '\n')
  const lines = records.map((record) => renderTemplate(template, record))
  if (!table) return lines.map((line) => `${line}\n`).join('')

  const headerLine = renderTemplate(template, Object.fromEntries(fields.map((field, index) => [field, header[index]!])))
  return formatTable([headerLine, ...lines].map((line) => line.split('\t')))
}

/**
 * Renders `-v` with a custom format: the CLI runs the template once on all
 * sections (`{{range .Images}}…{{end}}`), after dropping a `table ` prefix,
 * and adds no newline.
 */
function formattedVerbose(usage: Usage, now: number, images: readonly Image[], format: string): string {
  const source = format === 'json' ? '{{json .}}' : format.startsWith('table ') ? format.slice('table '.length) : format
  const template = source.replace(/\\t/g, '\t').replace(/\\n/g, '\n')
  return renderTemplate(template, verboseTemplateData(usage, now, images))
}

/**
 * Writes `docker system df`, its `-v` sections, or either through a
 * `--format` template, and returns the exit code.
 */
export function writeDiskUsage(ctx: DockerContext, verbose: boolean, format: string | undefined): number {
  const usage = collectUsage(ctx.daemon)
  const custom = format !== undefined && format !== '' && format !== 'table'
  if (verbose && !custom) {
    out(ctx, verboseText(usage, ctx.daemon.now()))
    return 0
  }

  const rows = summaryRows(usage)
  if (!custom) {
    out(ctx, formatTable(rows))
    return 0
  }

  try {
    out(ctx, verbose ? formattedVerbose(usage, ctx.daemon.now(), ctx.daemon.images, format) : formattedSummary(rows, format))
    return 0
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    err(ctx, `template parsing error: ${error.message}\n`)
    // The CLI's list formatters wrap a syntax error in a plain error, so it exits 1 (only inspect and info use 64).
    return 1
  }
}
