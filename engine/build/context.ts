// The build context: the files under the context directory of the host
// filesystem, less those .dockerignore excludes. The Dockerfile and
// .dockerignore stay in the context unless a pattern excludes them, as with
// the real client.

import type { FileSystem, FsNode } from '../fs/vfs'
import { isIgnored, parseDockerignore } from './dockerignore'

export interface BuildContext {
  /** Absolute host path of the context directory. */
  root: string
  /** Entries by path relative to the root, without a leading `/`; directories included. */
  entries: Map<string, FsNode>
  /** Bytes of file content in the context, the size BuildKit transfers on a first build. */
  size: number
  /** Size of .dockerignore, or 0 when there is none. */
  ignoreFileSize: number
}

function collect(node: FsNode, relative: string, isExcluded: (path: string) => boolean, entries: Map<string, FsNode>): void {
  for (const [name, child] of node.children) {
    const path = relative === '' ? name : `${relative}/${name}`
    if (isExcluded(path)) {
      // A directory is still walked when a later `!` pattern may re-include something below it.
      if (child.type === 'dir') collect(child, path, isExcluded, entries)
      continue
    }
    entries.set(path, child)
    if (child.type === 'dir') collect(child, path, isExcluded, entries)
  }
}

/** Reads the context directory `root`; the caller has checked that it is a directory. */
export function loadContext(fs: FileSystem, root: string): BuildContext {
  const dir = fs.lookup(root)!
  const ignoreText = fs.lookup(`${root === '/' ? '' : root}/.dockerignore`)?.content
  const patterns = parseDockerignore(ignoreText ?? '')

  const entries = new Map<string, FsNode>()
  collect(dir, '', (path) => isIgnored(patterns, path), entries)

  let size = 0
  for (const node of entries.values()) {
    if (node.type === 'file') size += new TextEncoder().encode(node.content).length
  }
  return { root, entries, size, ignoreFileSize: ignoreText === undefined ? 0 : new TextEncoder().encode(ignoreText).length }
}

/** Content checksum input for the files under `paths`, for COPY and ADD cache keys. */
export function describeEntries(entries: ReadonlyArray<[string, FsNode]>): string {
  return entries.map(([path, node]) => `${path}\u0000${node.type}\u0000${node.mode.toString(8)}\u0000${node.target}\u0000${node.content}`).join('\u0001')
}
