// The /dev of a container as runc sets it up: a tmpfs (mode 755) with the
// default device nodes, the /proc/self/fd links, /dev/pts, /dev/shm and
// /dev/mqueue. It is a mount, not part of the writable layer, so `docker diff`
// and the container size leave it out.

import { makeNode, type FileSystem } from './vfs'

/** Character devices every container gets: name, major, minor (Linux devices.txt). */
const CHARACTER_DEVICES: [string, number, number][] = [
  ['null', 1, 3],
  ['zero', 1, 5],
  ['full', 1, 7],
  ['random', 1, 8],
  ['urandom', 1, 9],
  ['tty', 5, 0],
]

/**
 * Links runc creates. /dev/core exists only where the host kernel has
 * /proc/kcore, as Ubuntu's kernels do.
 */
const LINKS: [string, string][] = [
  ['core', '/proc/kcore'],
  ['fd', '/proc/self/fd'],
  ['ptmx', 'pts/ptmx'],
  ['stderr', '/proc/self/fd/2'],
  ['stdin', '/proc/self/fd/0'],
  ['stdout', '/proc/self/fd/1'],
]

/**
 * Replaces the image's /dev with the tmpfs a container starts with.
 * NOTE: `--privileged` would show every host device and `-t` adds
 * /dev/console; both get the default set here.
 */
export function mountDevTmpfs(fs: FileSystem, mtime: number): void {
  const dev = makeNode('dir', 0o755, mtime)

  for (const [name, major, minor] of CHARACTER_DEVICES) {
    const node = makeNode('file', 0o666, mtime)
    node.device = { major, minor }
    dev.children.set(name, node)
  }

  for (const [name, target] of LINKS) {
    const link = makeNode('symlink', 0o777, mtime)
    link.target = target
    dev.children.set(name, link)
  }

  dev.children.set('pts', makeNode('dir', 0o755, mtime))
  dev.children.set('shm', makeNode('dir', 0o1777, mtime))
  dev.children.set('mqueue', makeNode('dir', 0o1777, mtime))
  fs.root.children.set('dev', dev)
}
