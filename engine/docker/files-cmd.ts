// `docker cp`, `docker diff` and `docker tag`.

import { baseName, cloneNode, dirName, resolvePath, type FileSystem, type FsNode } from '../fs/vfs'
import type { DockerContext } from './context'
import { err, out } from './context'
import { parseCommandFlags } from './flags'
import { humanSize } from '../format/units'
import type { Container } from './model'
import { argumentError } from './usage'
import { splitReference } from './daemon'

/** Files Docker bind-mounts into every container, which `docker diff` never lists. */
const DAEMON_MOUNTS = ['/etc/hostname', '/etc/hosts', '/etc/resolv.conf']

/** Size of the tar stream `docker cp` reports: a 512-byte header per entry, data in 512-byte blocks, a 1024-byte trailer. */
function tarSize(node: FsNode): number {
  const own = 512 + (node.type === 'file' ? Math.ceil(node.content.length / 512) * 512 : 0)
  let children = 0
  for (const child of node.children.values()) children += tarSize(child) - 1024
  return own + children + 1024
}

function splitContainerPath(arg: string): { container: string; path: string } | undefined {
  // A path with a slash before the colon is a local path, as in the docker CLI.
  const colon = arg.indexOf(':')
  if (colon <= 0 || arg.slice(0, colon).includes('/')) return undefined
  return { container: arg.slice(0, colon), path: arg.slice(colon + 1) }
}

export async function cpCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'cp', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length !== 2) return argumentError(ctx, 'cp', 'requires 2 arguments')

  const [source, destination] = parsed.positionals as [string, string]
  const from = splitContainerPath(source)
  const to = splitContainerPath(destination)
  if (from && to) return cpError(ctx, 'copying between containers is not supported')
  if (!from && !to) return cpError(ctx, 'must specify at least one container source')

  const host = ctx.hostFiles
  if (!host) return cpError(ctx, 'the simulator has no host filesystem here')
  const reference = (from ?? to)!.container
  const container = ctx.daemon.find(reference)
  if (!container) {
    err(ctx, `Error response from daemon: No such container: ${reference}\n`)
    return 1
  }

  const quiet = parsed.values.get('quiet') === true || !ctx.io.isTTY
  if (from) return copyOut(ctx, container, from.path, resolvePath(host.cwd, destination), host.fs, quiet)
  return copyIn(ctx, container, resolvePath(host.cwd, source), to!.path, host.fs, quiet, destination)
}

function cpError(ctx: DockerContext, message: string): number {
  err(ctx, `${message}\n`)
  return 1
}

function copyOut(ctx: DockerContext, container: Container, path: string, destination: string, hostFs: FileSystem, quiet: boolean): number {
  const absolute = resolvePath('/', path)
  const node = container.fs.lookup(absolute)
  if (!node) {
    err(ctx, `Error response from daemon: Could not find the file ${path} in container ${container.name}\n`)
    return 1
  }

  const owner = hostFs.lookup(ctx.hostFiles?.env.get('HOME') ?? '/')
  const failure = place(hostFs, destination, baseName(absolute), node, owner?.uid ?? 0, owner?.gid ?? 0)
  if (failure) return cpError(ctx, failure)
  if (!quiet) err(ctx, `Successfully copied ${humanSize(tarSize(node))} to ${destination}\n`)
  return 0
}

function copyIn(ctx: DockerContext, container: Container, source: string, path: string, hostFs: FileSystem, quiet: boolean, typed: string): number {
  const node = hostFs.lookup(source)
  if (!node) {
    err(ctx, `lstat ${source}: no such file or directory\n`)
    return 1
  }
  if (container.host.readonlyRootfs) {
    err(ctx, 'Error response from daemon: container rootfs is marked read-only\n')
    return 1
  }

  // Files copied into a container keep the uid/gid they had on the host, as without -a on a root daemon.
  const failure = place(container.fs, resolvePath('/', path), baseName(source), node, node.uid, node.gid)
  if (failure) {
    err(ctx, `Error response from daemon: ${failure}\n`)
    return 1
  }
  if (!quiet) err(ctx, `Successfully copied ${humanSize(tarSize(node))} to ${typed}\n`)
  return 0
}

/** Copies `node` to `destination`, or into it when it is an existing directory; returns an error message on failure. */
function place(fs: FileSystem, destination: string, name: string, node: FsNode, uid: number, gid: number): string | undefined {
  const existing = fs.lookup(destination)
  const copy = cloneNode(node)
  chownTree(copy, uid, gid)

  if (existing?.type === 'dir') {
    existing.children.set(name, copy)
    return undefined
  }

  const parent = fs.lookup(dirName(destination))
  if (!parent || parent.type !== 'dir') return `Could not find the file ${dirName(destination)}: no such directory`
  parent.children.set(baseName(destination), copy)
  return undefined
}

function chownTree(node: FsNode, uid: number, gid: number): void {
  node.uid = uid
  node.gid = gid
  for (const child of node.children.values()) chownTree(child, uid, gid)
}

export async function diffCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'diff', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length !== 1) return argumentError(ctx, 'diff', 'requires 1 argument')

  const reference = parsed.positionals[0]!
  const container = ctx.daemon.find(reference)
  if (!container) {
    err(ctx, `Error response from daemon: No such container: ${reference}\n`)
    return 1
  }

  const skip = new Set([...DAEMON_MOUNTS, '/dev', '/proc', '/sys', ...container.mounts.map((mount) => mount.Destination), ...Object.keys(container.host.tmpfs)])
  const lines: string[] = []
  compareTrees(container.image.buildFs().root, container.fs.root, '', skip, lines)
  out(ctx, lines.map((line) => `${line}\n`).join(''))
  return 0
}

/** Appends `A`/`C`/`D` lines for the differences below `path`; returns true when anything changed. */
function compareTrees(base: FsNode | undefined, current: FsNode | undefined, path: string, skip: Set<string>, lines: string[]): boolean {
  if (skip.has(path)) return false
  if (!base && current) {
    lines.push(`A ${path}`)
    if (current.type === 'dir') for (const name of [...current.children.keys()].sort()) compareTrees(undefined, current.children.get(name), `${path}/${name}`, skip, lines)
    return true
  }
  if (base && !current) {
    lines.push(`D ${path}`)
    return true
  }
  if (!base || !current) return false

  if (base.type !== current.type || base.content !== current.content || base.mode !== current.mode || base.uid !== current.uid || base.target !== current.target) {
    lines.push(`C ${path}`)
    return true
  }
  if (base.type !== 'dir') return false

  const names = [...new Set([...base.children.keys(), ...current.children.keys()])].sort()
  const at = lines.length
  let changed = false
  for (const name of names) {
    if (compareTrees(base.children.get(name), current.children.get(name), `${path}/${name}`, skip, lines)) changed = true
  }
  if (changed && path !== '') lines.splice(at, 0, `C ${path}`)
  return changed
}

export async function tagCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'tag', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length !== 2) return argumentError(ctx, 'tag', 'requires 2 arguments')

  const [source, target] = parsed.positionals as [string, string]
  const image = ctx.daemon.findImage(source)
  if (!image) {
    err(ctx, `Error response from daemon: No such image: ${source.includes(':') ? source : `${source}:latest`}\n`)
    return 1
  }

  const [repository, tag = 'latest'] = splitReference(target)
  if (!validRepository(repository)) {
    const lowercase = repository !== repository.toLowerCase()
    err(ctx, `Error parsing reference: "${target}" is not a valid repository/tag: invalid reference format${lowercase ? `: repository name (library/${repository}) must be lowercase` : ''}\n`)
    return 1
  }

  const existing = ctx.daemon.findImage(`${repository}:${tag}`)
  if (existing) ctx.daemon.images.splice(ctx.daemon.images.indexOf(existing), 1)
  ctx.daemon.images.push({ ...image, repository, tag })
  ctx.daemon.notify()
  return 0
}

/** Checks a repository name with the grammar of distribution/reference: an optional registry host, then lowercase path components. */
function validRepository(repository: string): boolean {
  const parts = repository.split('/')
  const first = parts[0]!
  const hasDomain = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')
  const path = hasDomain ? parts.slice(1) : parts
  return path.length > 0 && path.every((part) => /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(part))
}
