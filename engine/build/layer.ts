// Measures the layer a build step adds: the files that are new or changed
// compared with the state before the step. Deleted files become whiteouts,
// which take no space, so removing a file in a later step never makes the
// image smaller.

import type { FileSystem, FsNode } from '../fs/vfs'

export type Snapshot = Map<string, string>

function signature(node: FsNode): string {
  return `${node.type}:${node.mode}:${node.uid}:${node.gid}:${node.mtime}:${node.target}:${node.content}`
}

function visit(node: FsNode, path: string, snapshot: Snapshot): void {
  snapshot.set(path, signature(node))
  if (node.type !== 'dir') return
  for (const [name, child] of node.children) visit(child, `${path === '/' ? '' : path}/${name}`, snapshot)
}

/** Records a signature of every entry, to compare the tree before and after a step. */
export function takeSnapshot(fs: FileSystem): Snapshot {
  const snapshot: Snapshot = new Map()
  visit(fs.root, '/', snapshot)
  return snapshot
}

/**
 * Returns the bytes of the files that `after` adds or changes compared with
 * `before`. A file counts with its virtual size when one was recorded, else
 * with the UTF-8 length of its content; directories and symlinks count 0.
 */
export function layerSize(before: Snapshot, fs: FileSystem, virtualSizes: ReadonlyMap<string, number>): number {
  const after = takeSnapshot(fs)
  let bytes = 0

  for (const [path, value] of after) {
    if (before.get(path) === value) continue
    if (!value.startsWith('file:')) continue
    bytes += virtualSizes.get(path) ?? new TextEncoder().encode(fs.lookup(path, false)?.content ?? '').length
  }
  return bytes
}
