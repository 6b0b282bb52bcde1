// Named volumes and bind mounts: `-v`/`--mount` parsing, attaching them to a
// container's filesystem, and `docker volume ls/create/rm/inspect`.
//
// A mount shares one FsNode between the volume (or the host directory) and
// every container that mounts it, so data written in one container is seen
// by the others and survives `docker rm`.

import { cloneNode, dirName, baseName, makeNode, resolvePath, type FileSystem, type FsNode } from '../fs/vfs'
import type { Instant } from '../core/time'
import { formatTable } from '../format/tabwriter'
import type { DockerContext } from './context'
import { err, out } from './context'
import { DaemonError } from './daemon'
import { parseCommandFlags } from './flags'
import { toGoJson } from './json'
import type { Container } from './model'
import { argumentError, requireArgs } from './usage'

export const VOLUMES_ROOT = '/var/lib/docker/volumes'

export interface Volume {
  name: string
  created: Instant
  /** Root directory of the volume's data (`…/volumes/NAME/_data`). */
  data: FsNode
  labels: Record<string, string> | null
  /** True for volumes Docker named with a random ID (`-v /path` without a source). */
  anonymous: boolean
}

/** One mount as requested on the command line, before the daemon resolves it. */
export interface MountRequest {
  type: 'volume' | 'bind'
  /** Volume name, host path, or '' for an anonymous volume. */
  source: string
  target: string
  readOnly: boolean
  /** True for `--mount` (a missing bind source is then an error, and Mode is empty). */
  fromMountFlag: boolean
}

/** A mount as `docker inspect` shows it under `Mounts`. */
export interface MountPoint {
  Type: 'volume' | 'bind'
  Name?: string
  Source: string
  Destination: string
  Driver?: string
  Mode: string
  RW: boolean
  Propagation: string
}

const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

/** Parses one `-v` value (`SRC:DST[:OPTS]` or `DST`); returns an error message when it is invalid. */
export function parseVolumeFlag(spec: string, cwd: string): MountRequest | string {
  const parts = spec.split(':')
  if (parts.length > 3 || parts.some((part) => part === '')) return `invalid volume specification: '${spec}'`

  if (parts.length === 1) return { type: 'volume', source: '', target: parts[0]!, readOnly: false, fromMountFlag: false }

  const [source, target, options = ''] = parts as [string, string, string?]
  if (!target.startsWith('/')) return `invalid volume specification: '${spec}': invalid mount config for type "${source.startsWith('/') ? 'bind' : 'volume'}": invalid mount path: '${target}' mount path must be absolute`

  const readOnly = options.split(',').includes('ro')
  if (source.startsWith('/') || source.startsWith('.')) {
    return { type: 'bind', source: resolvePath(cwd, source), target, readOnly, fromMountFlag: false }
  }
  if (!VOLUME_NAME.test(source)) {
    return `create ${source}: "${source}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`
  }
  return { type: 'volume', source, target, readOnly, fromMountFlag: false }
}

/** Parses one `--mount` value (`type=volume,source=data,target=/data,readonly`). */
export function parseMountFlag(spec: string, cwd: string): MountRequest | string {
  const fields = new Map<string, string>()
  for (const field of spec.split(',')) {
    const equals = field.indexOf('=')
    fields.set((equals < 0 ? field : field.slice(0, equals)).toLowerCase(), equals < 0 ? 'true' : field.slice(equals + 1))
  }

  const type = fields.get('type') ?? 'volume'
  if (type !== 'volume' && type !== 'bind') return `invalid argument "${spec}" for "--mount" flag: mount type "${type}" is not supported by the simulator`

  const source = fields.get('source') ?? fields.get('src') ?? ''
  const target = fields.get('target') ?? fields.get('destination') ?? fields.get('dst') ?? ''
  if (target === '') return 'invalid mount config: must specify a target'

  const readonlyValue = fields.get('readonly') ?? fields.get('ro') ?? 'false'
  const readOnly = readonlyValue === 'true' || readonlyValue === '1'
  if (type === 'bind') {
    if (source === '') return `invalid mount config for type "bind": field Source must not be empty`
    return { type, source: resolvePath(cwd, source), target, readOnly, fromMountFlag: true }
  }
  return { type, source, target, readOnly, fromMountFlag: true }
}

/** Returns the volume called `name`, creating it as `docker run -v name:/path` does. */
export function ensureVolume(volumes: Map<string, Volume>, name: string, now: Instant, mtime: number, labels: Record<string, string> | null = null, anonymous = false): Volume {
  const existing = volumes.get(name)
  if (existing) return existing

  const volume: Volume = { name, created: now, data: makeNode('dir', 0o755, mtime), labels, anonymous }
  volumes.set(name, volume)
  return volume
}

/**
 * Mounts the container's volumes and bind mounts into its filesystem and
 * returns what `inspect` shows. A named volume mounted for the first time
 * while empty gets a copy of the image's files at the target, as Docker does.
 */
export function attachMounts(container: Container, requests: MountRequest[], volumes: Map<string, Volume>, hostFs: FileSystem | undefined, now: Instant, mtime: number, newId: () => string): MountPoint[] {
  const points: MountPoint[] = []

  for (const request of requests) {
    const target = resolvePath('/', request.target)
    const imageNode = container.fs.lookup(target)

    let node: FsNode
    let point: MountPoint
    if (request.type === 'bind') {
      node = bindSource(request, hostFs, mtime)
      point = { Type: 'bind', Source: request.source, Destination: target, Mode: mountMode(request, ''), RW: !request.readOnly, Propagation: 'rprivate' }
    } else {
      const name = request.source === '' ? newId() : request.source
      const volume = ensureVolume(volumes, name, now, mtime, null, request.source === '')
      if (volume.data.children.size === 0 && imageNode?.type === 'dir') copyInto(volume.data, imageNode)
      node = volume.data
      const mode = mountMode(request, 'z')
      point = { Type: 'volume', Name: name, Source: `${VOLUMES_ROOT}/${name}/_data`, Destination: target, Driver: 'local', Mode: mode, RW: !request.readOnly, Propagation: '' }
    }

    placeNode(container.fs, target, node, mtime)
    points.push(point)
  }
  return points
}

/** `Mode` in `inspect`: empty for `--mount`, `ro` for a read-only `-v`, else Docker's default for the mount type. */
function mountMode(request: MountRequest, writableDefault: string): string {
  if (request.fromMountFlag) return ''
  return request.readOnly ? 'ro' : writableDefault
}

function bindSource(request: MountRequest, hostFs: FileSystem | undefined, mtime: number): FsNode {
  const existing = hostFs?.lookup(request.source)
  if (existing) return existing
  if (request.fromMountFlag) throw new DaemonError(`invalid mount config for type "bind": bind source path does not exist: ${request.source}`)

  // `-v` creates a missing host directory, owned by root, as the daemon does.
  if (!hostFs) return makeNode('dir', 0o755, mtime)
  mkdirAll(hostFs, request.source, mtime)
  return hostFs.lookup(request.source)!
}

function mkdirAll(fs: FileSystem, path: string, mtime: number): void {
  const parts = path.split('/').filter(Boolean)
  let current = fs.root
  for (const part of parts) {
    let child = current.children.get(part)
    if (!child) {
      child = makeNode('dir', 0o755, mtime)
      current.children.set(part, child)
    }
    current = child
  }
}

function placeNode(fs: FileSystem, target: string, node: FsNode, mtime: number): void {
  mkdirAll(fs, dirName(target), mtime)
  fs.lookup(dirName(target))!.children.set(baseName(target), node)
}

function copyInto(volume: FsNode, source: FsNode): void {
  for (const [name, child] of source.children) volume.children.set(name, cloneNode(child))
  volume.mode = source.mode
  volume.uid = source.uid
  volume.gid = source.gid
}

/** Names of the volumes a container mounts. */
function volumesOf(container: Container): string[] {
  return container.mounts.filter((mount) => mount.Type === 'volume').map((mount) => mount.Name!)
}

export async function volumeCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const sub = args[0]
  const rest = args.slice(1)
  if (sub === 'ls' || sub === 'list') return volumeLs(ctx, rest)
  if (sub === 'create') return volumeCreate(ctx, rest)
  if (sub === 'rm' || sub === 'remove') return volumeRm(ctx, rest)
  if (sub === 'inspect') return volumeInspect(ctx, rest)

  if (sub === undefined || sub === '--help') {
    out(ctx, '\nUsage:  docker volume COMMAND\n\nManage volumes\n\nCommands:\n  create      Create a volume\n  inspect     Display detailed information on one or more volumes\n  ls          List volumes\n  rm          Remove one or more volumes\n\nRun \'docker volume COMMAND --help\' for more information on a command.\n')
    return 0
  }
  err(ctx, `docker: unknown command: docker volume ${sub}\n\nUsage:  docker volume\n\nRun 'docker volume --help' for more information\n`)
  return 1
}

async function volumeLs(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'volume ls', args, [])
  if (typeof parsed === 'number') return parsed

  const names = [...ctx.daemon.volumes.keys()].sort()
  if (parsed.values.get('quiet') === true) {
    for (const name of names) out(ctx, `${name}\n`)
    return 0
  }
  out(ctx, formatTable([['DRIVER', 'VOLUME NAME'], ...names.map((name) => ['local', name])]))
  return 0
}

async function volumeCreate(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'volume create', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length > 1) return argumentError(ctx, 'volume create', 'requires at most 1 argument')

  const name = parsed.positionals[0] ?? ctx.daemon.random.hex(64)
  if (!VOLUME_NAME.test(name)) {
    err(ctx, `Error response from daemon: create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n`)
    return 1
  }

  const labels = Object.fromEntries(((parsed.values.get('label') as string[] | undefined) ?? []).map((label) => [label.split('=')[0]!, label.split('=').slice(1).join('=')]))
  ensureVolume(ctx.daemon.volumes, name, ctx.daemon.stamp(), ctx.daemon.now(), labels)
  ctx.daemon.notify()
  out(ctx, `${name}\n`)
  return 0
}

async function volumeRm(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'volume rm', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length === 0) return argumentError(ctx, 'volume rm', requireArgs(1, false))

  let status = 0
  for (const name of parsed.positionals) {
    if (!ctx.daemon.volumes.has(name)) {
      err(ctx, `Error response from daemon: get ${name}: no such volume\n`)
      status = 1
      continue
    }
    const users = ctx.daemon.containers.filter((container) => volumesOf(container).includes(name))
    if (users.length > 0) {
      err(ctx, `Error response from daemon: remove ${name}: volume is in use - [${users.map((container) => container.id).join(', ')}]\n`)
      status = 1
      continue
    }
    ctx.daemon.volumes.delete(name)
    out(ctx, `${name}\n`)
  }
  ctx.daemon.notify()
  return status
}

async function volumeInspect(ctx: DockerContext, args: string[]): Promise<number> {
  const names = args.filter((arg) => !arg.startsWith('-'))
  if (names.length === 0) return argumentError(ctx, 'volume inspect', requireArgs(1, false))

  const found: unknown[] = []
  let status = 0
  for (const name of names) {
    const volume = ctx.daemon.volumes.get(name)
    if (!volume) {
      err(ctx, `Error response from daemon: get ${name}: no such volume\n`)
      status = 1
      continue
    }
    found.push({
      CreatedAt: new Date(volume.created.ms).toISOString().replace(/\.\d+Z$/, 'Z'),
      Driver: 'local',
      Labels: volume.labels,
      Mountpoint: `${VOLUMES_ROOT}/${name}/_data`,
      Name: name,
      Options: volume.labels === null ? null : {},
      Scope: 'local',
    })
  }
  out(ctx, `${toGoJson(found, '    ')}\n`)
  return status
}
