// A small in-memory POSIX-like filesystem. Each image owns a base tree and
// each container gets its own copy of it when created, which behaves like the
// overlay's copy-on-write layer for the short-lived containers of a lesson.

export type NodeType = 'file' | 'dir' | 'symlink'

export interface FsNode {
  type: NodeType
  /** Permission bits, e.g. 0o644. */
  mode: number
  uid: number
  gid: number
  /** Modification time, ms since the epoch. */
  mtime: number
  content: string
  children: Map<string, FsNode>
  target: string
  /** Major and minor number of a character device (type `file`), such as 1, 3 for /dev/null. */
  device?: { major: number; minor: number }
  /** True for a unix socket such as /run/docker.sock, which `ls -l` shows with type `s`. */
  socket?: boolean
}

export class FsError extends Error {
  constructor(
    readonly code: 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'EACCES' | 'ENOTEMPTY' | 'EINVAL' | 'EROFS',
    readonly path: string,
  ) {
    super(`${code}: ${path}`)
  }

  /** The strerror text Linux prints for this code. */
  get reason(): string {
    return FS_REASONS[this.code]
  }
}

const FS_REASONS: Record<FsError['code'], string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EACCES: 'Permission denied',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
  EROFS: 'Read-only file system',
}

export interface Credentials {
  uid: number
  gid: number
  /** Supplementary group IDs, checked like the primary group. */
  groups?: number[]
}

export function makeNode(type: NodeType, mode: number, mtime: number, uid = 0, gid = 0): FsNode {
  return { type, mode, uid, gid, mtime, content: '', children: new Map(), target: '' }
}

export function cloneNode(node: FsNode): FsNode {
  const children = new Map<string, FsNode>()
  for (const [name, child] of node.children) children.set(name, cloneNode(child))
  return { ...node, children }
}

/** Normalises `path` against `cwd` into an absolute path without `.`/`..`. */
export function resolvePath(cwd: string, path: string): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')
  const stack: string[] = []

  for (const part of parts) {
    if (part === '' || part === '.') continue
    if (part === '..') stack.pop()
    else stack.push(part)
  }

  return `/${stack.join('/')}`
}

export function baseName(path: string): string {
  const parts = path.split('/').filter((part) => part !== '')
  return parts[parts.length - 1] ?? '/'
}

export function dirName(path: string): string {
  const index = path.lastIndexOf('/')
  return index <= 0 ? '/' : path.slice(0, index)
}

export class FileSystem {
  /** Returns true for paths on a read-only mount (`docker run --read-only` outside its tmpfs mounts). */
  readOnly: ((path: string) => boolean) | undefined

  constructor(readonly root: FsNode) {}

  private checkWritable(path: string): void {
    if (this.readOnly?.(path)) throw new FsError('EROFS', path)
  }

  clone(): FileSystem {
    return new FileSystem(cloneNode(this.root))
  }

  /** Returns the node at an absolute path, following symlinks, or undefined. */
  lookup(path: string, followLast = true): FsNode | undefined {
    return this.find(path, followLast, 0)
  }

  /** `walk` without permission checks that returns undefined instead of throwing, because building an FsError per miss dominated PATH searches. */
  private find(path: string, followLast: boolean, depth: number): FsNode | undefined {
    if (depth > 8) return undefined
    const parts = path.split('/').filter((part) => part !== '')
    let node = this.root
    let walked = ''

    for (let index = 0; index < parts.length; index++) {
      if (node.type !== 'dir') return undefined
      const child = node.children.get(parts[index]!)
      if (!child) return undefined
      walked += `/${parts[index]}`

      const last = index === parts.length - 1
      if (child.type !== 'symlink' || (last && !followLast)) {
        node = child
        continue
      }
      const target = resolvePath(dirName(walked), child.target)
      const resolved = this.find(target, true, depth + 1)
      if (!resolved) return undefined
      node = resolved
      walked = target
    }

    return node
  }

  /** Like lookup, but throws FsError and checks search permission on each directory. */
  walk(path: string, followLast: boolean, cred: Credentials | undefined, depth = 0): FsNode {
    if (depth > 8) throw new FsError('EINVAL', path)
    const parts = path.split('/').filter((part) => part !== '')
    let node = this.root
    let walked = ''

    for (let index = 0; index < parts.length; index++) {
      if (node.type !== 'dir') throw new FsError('ENOTDIR', path)
      if (cred && !canAccess(node, cred, 1)) throw new FsError('EACCES', path)

      const child = node.children.get(parts[index]!)
      if (!child) throw new FsError('ENOENT', path)
      walked += `/${parts[index]}`

      const last = index === parts.length - 1
      if (child.type === 'symlink' && (!last || followLast)) {
        const target = resolvePath(dirName(walked), child.target)
        node = this.walk(target, true, cred, depth + 1)
        walked = target
      } else {
        node = child
      }
    }

    return node
  }

  /** Returns the parent directory of `path` and the entry name, checking write access. */
  parentOf(path: string, cred: Credentials | undefined, needWrite: boolean): { dir: FsNode; name: string } {
    const name = baseName(path)
    const dir = this.walk(dirName(path), true, cred)
    if (dir.type !== 'dir') throw new FsError('ENOTDIR', path)
    if (needWrite && cred && !canAccess(dir, cred, 2)) throw new FsError('EACCES', path)
    return { dir, name }
  }

  readFile(path: string, cred?: Credentials): string {
    const node = this.walk(path, true, cred)
    if (node.type === 'dir') throw new FsError('EISDIR', path)
    if (cred && !canAccess(node, cred, 4)) throw new FsError('EACCES', path)
    return node.content
  }

  writeFile(path: string, content: string, mtime: number, cred?: Credentials, append = false): void {
    this.checkWritable(path)
    const existing = this.lookup(path)

    if (existing) {
      if (existing.type === 'dir') throw new FsError('EISDIR', path)
      if (cred && !canAccess(existing, cred, 2)) throw new FsError('EACCES', path)
      // Device nodes such as /dev/null discard what is written to them.
      if (existing.device) return
      existing.content = append ? existing.content + content : content
      existing.mtime = mtime
      return
    }

    const { dir, name } = this.parentOf(path, cred, true)
    const node = makeNode('file', 0o644, mtime, cred?.uid ?? 0, cred?.gid ?? 0)
    node.content = content
    dir.children.set(name, node)
    dir.mtime = mtime
  }

  mkdir(path: string, mtime: number, cred?: Credentials): void {
    this.checkWritable(path)
    const { dir, name } = this.parentOf(path, cred, true)
    if (dir.children.has(name)) throw new FsError('EEXIST', path)
    dir.children.set(name, makeNode('dir', 0o755, mtime, cred?.uid ?? 0, cred?.gid ?? 0))
    dir.mtime = mtime
  }

  remove(path: string, mtime: number, cred?: Credentials): void {
    this.checkWritable(path)
    const { dir, name } = this.parentOf(path, cred, true)
    if (!dir.children.has(name)) throw new FsError('ENOENT', path)
    dir.children.delete(name)
    dir.mtime = mtime
  }

  /** Moves an entry. `to` must be the final path (not a directory to move into). */
  rename(from: string, to: string, mtime: number, cred?: Credentials): void {
    this.checkWritable(from)
    this.checkWritable(to)
    const source = this.parentOf(from, cred, true)
    const node = source.dir.children.get(source.name)
    if (!node) throw new FsError('ENOENT', from)

    const target = this.parentOf(to, cred, true)
    source.dir.children.delete(source.name)
    target.dir.children.set(target.name, node)
    source.dir.mtime = mtime
    target.dir.mtime = mtime
  }
}

/** Checks a permission bit (4 read, 2 write, 1 execute) for the caller; root bypasses all but execute on files. */
export function canAccess(node: FsNode, cred: Credentials, bit: number): boolean {
  if (cred.uid === 0) return bit !== 1 || node.type === 'dir' || (node.mode & 0o111) !== 0
  if (node.uid === cred.uid) return ((node.mode >> 6) & bit) !== 0
  if (node.gid === cred.gid || cred.groups?.includes(node.gid)) return ((node.mode >> 3) & bit) !== 0
  return (node.mode & bit) !== 0
}

const TYPE_LETTERS: Record<NodeType, string> = { dir: 'd', symlink: 'l', file: '-' }
const DEFAULT_MODES: Record<NodeType, number> = { dir: 0o755, symlink: 0o777, file: 0o644 }

/** `drwxr-xr-x` style mode string. */
export function modeString(node: FsNode): string {
  let kind = node.device ? 'c' : TYPE_LETTERS[node.type]
  if (node.socket) kind = 's'
  const bits = 'rwxrwxrwx'
  let text = ''
  for (let index = 0; index < 9; index++) text += node.mode & (1 << (8 - index)) ? bits[index] : '-'
  return kind + withSpecialBits(text, node.mode)
}

/** Shows setuid, setgid and sticky bits as ls does: `s`/`t` over an execute bit, `S`/`T` without one. */
function withSpecialBits(text: string, mode: number): string {
  const chars = [...text]
  const specials: [number, number, string][] = [
    [0o4000, 2, 's'],
    [0o2000, 5, 's'],
    [0o1000, 8, 't'],
  ]
  for (const [bit, position, letter] of specials) {
    if ((mode & bit) === 0) continue
    chars[position] = chars[position] === 'x' ? letter : letter.toUpperCase()
  }
  return chars.join('')
}

/** Builds a tree from a compact spec: paths ending in `/` are directories, others files. */
export interface TreeEntry {
  path: string
  content?: string
  mode?: number
  uid?: number
  gid?: number
  mtime?: number
  target?: string
}

export function buildTree(entries: TreeEntry[], defaultMtime: number): FileSystem {
  const fs = new FileSystem(makeNode('dir', 0o755, defaultMtime))

  for (const entry of entries) {
    const isDir = entry.path.endsWith('/')
    const path = isDir ? entry.path.slice(0, -1) : entry.path
    const parts = path.split('/').filter((part) => part !== '')
    let dir = fs.root

    for (const part of parts.slice(0, -1)) {
      let next = dir.children.get(part)
      if (!next) {
        next = makeNode('dir', 0o755, defaultMtime)
        dir.children.set(part, next)
      }
      dir = next
    }

    const name = parts[parts.length - 1]
    if (name === undefined) continue
    let type: NodeType = isDir ? 'dir' : 'file'
    if (entry.target !== undefined) type = 'symlink'
    const node = dir.children.get(name) ?? makeNode(type, 0, defaultMtime)
    node.type = type
    node.mode = entry.mode ?? DEFAULT_MODES[type]
    node.uid = entry.uid ?? 0
    node.gid = entry.gid ?? 0
    node.mtime = entry.mtime ?? defaultMtime
    node.content = entry.content ?? ''
    node.target = entry.target ?? ''
    dir.children.set(name, node)
  }

  return fs
}
