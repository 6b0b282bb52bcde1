// COPY and ADD: selecting sources from the build context or another stage,
// and writing them into the stage's filesystem with the owner and mode the
// flags ask for. Sources keep their mode and modification time, root owns
// them unless --chown names another owner, and directories copy their content.

import { resolveUser } from '../docker/daemon'
import { baseName, cloneNode, makeNode, resolvePath, type FileSystem, type FsNode } from '../fs/vfs'
import { globToRegExp } from '../shell/parse'
import { flagValue, type DockerInstruction } from '../lint/dockerfile'
import { applyMode } from './programs-files'
import type { StageState } from './state'

export interface CopySource {
  /** Path relative to the source root, without a leading `/`. */
  path: string
  node: FsNode
}

export type SourceTree = { kind: 'context'; entries: ReadonlyMap<string, FsNode> } | { kind: 'fs'; fs: FileSystem }

export class CopyError extends Error {}

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tar\.xz)$/

/** Finds the entries a COPY source names (a path, a directory or a wildcard pattern). */
export function selectSources(tree: SourceTree, pattern: string): CopySource[] {
  const clean = resolvePath('/', pattern).slice(1)

  if (tree.kind === 'fs') {
    const node = tree.fs.lookup(`/${clean}`)
    if (node) return [{ path: clean, node }]
    return globFs(tree.fs, clean)
  }

  if (clean === '') return [{ path: '', node: contextRoot(tree.entries) }]
  const exact = tree.entries.get(clean)
  if (exact) return [{ path: clean, node: exact }]

  if (!/[*?[]/.test(clean)) return []
  const regexp = globToRegExp(clean)
  return [...tree.entries].filter(([path]) => regexp.test(path)).map(([path, node]) => ({ path, node }))
}

function globFs(fs: FileSystem, clean: string): CopySource[] {
  if (!/[*?[]/.test(clean)) return []
  const slash = clean.lastIndexOf('/')
  const dir = slash < 0 ? '' : clean.slice(0, slash)
  const parent = fs.lookup(`/${dir}`)
  if (!parent || parent.type !== 'dir') return []
  const regexp = globToRegExp(clean.slice(slash + 1))
  return [...parent.children].filter(([name]) => regexp.test(name)).map(([name, node]) => ({ path: dir === '' ? name : `${dir}/${name}`, node }))
}

/** Builds a directory node with the context entries, for `COPY . /app`. */
function contextRoot(entries: ReadonlyMap<string, FsNode>): FsNode {
  const root = makeNode('dir', 0o755, 0)
  for (const [path, node] of entries) {
    const parts = path.split('/')
    let dir = root
    for (const part of parts.slice(0, -1)) {
      let next = dir.children.get(part)
      if (!next) {
        next = makeNode('dir', 0o755, node.mtime)
        dir.children.set(part, next)
      }
      dir = next
    }
    const last = parts[parts.length - 1]!
    const existing = dir.children.get(last)
    dir.children.set(last, node.type === 'dir' ? { ...node, children: existing?.children ?? new Map() } : node)
  }
  return root
}

export interface CopyPlan {
  sources: CopySource[]
  destination: string
  owner: { uid: number; gid: number } | undefined
  mode: string | undefined
  /** True for ADD of a local archive, which is extracted instead of copied. */
  extract: boolean
  /** Virtual sizes of the source stage by absolute path; absent for the build context. */
  sourceSizes?: ReadonlyMap<string, number>
}

function ensureDir(fs: FileSystem, path: string, mtime: number, owner: { uid: number; gid: number } | undefined): void {
  const parts = path.split('/').filter(Boolean)
  let current = ''
  for (const part of parts) {
    current += `/${part}`
    const node = fs.lookup(current)
    if (node?.type === 'dir') continue
    if (node) throw new CopyError(`cannot copy to non-directory: ${current}`)
    fs.mkdir(current, mtime)
    if (owner) Object.assign(fs.lookup(current)!, owner)
  }
}

/** Carries the virtual size of each copied file from the source stage, so a copied binary keeps its size. */
function copySizes(node: FsNode, sourcePath: string, targetPath: string, plan: CopyPlan, sizes: Map<string, number>): void {
  if (node.type === 'dir') {
    for (const [name, child] of node.children) copySizes(child, `${sourcePath}/${name}`, `${targetPath}/${name}`, plan, sizes)
    return
  }
  const size = plan.sourceSizes?.get(sourcePath)
  if (size === undefined) sizes.delete(targetPath)
  else sizes.set(targetPath, size)
}

function place(state: StageState, path: string, node: FsNode, plan: CopyPlan, sourcePath: string): void {
  const fs = state.fs
  const copy = cloneNode(node)
  const stamp = (target: FsNode): void => {
    target.uid = plan.owner?.uid ?? 0
    target.gid = plan.owner?.gid ?? 0
    if (plan.mode !== undefined) target.mode = applyMode(target.mode, plan.mode, target.type === 'dir') ?? target.mode
    for (const child of target.children.values()) stamp(child)
  }
  stamp(copy)
  copySizes(copy, sourcePath, path, plan, state.sizes)

  const parent = fs.lookup(resolvePath('/', `${path}/..`))!
  const name = baseName(path)
  const existing = parent.children.get(name)
  if (existing?.type === 'dir' && copy.type === 'dir') {
    for (const [childName, child] of copy.children) existing.children.set(childName, child)
    return
  }
  parent.children.set(name, copy)
}

/**
 * Parses the simulator's archive format: the text of a `.tar.gz` file on the
 * simulated host lists its members, one per line, `path/` for a directory and
 * `path: content` for a file. Returns undefined when the text is not a listing.
 */
export function archiveMembers(content: string): Array<{ path: string; content: string | undefined }> | undefined {
  const lines = content.split('\n').filter((line) => line.trim() !== '')
  if (lines.length === 0) return undefined
  const members = lines.map((line) => {
    if (line.endsWith('/')) return { path: line.slice(0, -1), content: undefined }
    const colon = line.indexOf(': ')
    return colon < 0 ? undefined : { path: line.slice(0, colon), content: `${line.slice(colon + 2).replace(/\\n/g, '\n')}\n` }
  })
  return members.every((member) => member !== undefined && member.path !== '' && !member.path.startsWith('/')) ? (members as Array<{ path: string; content: string | undefined }>) : undefined
}

function extractArchive(fs: FileSystem, destination: string, source: FsNode): boolean {
  const members = archiveMembers(source.content)
  if (!members) return false
  for (const member of members) {
    const path = resolvePath(destination, member.path)
    if (member.content === undefined) {
      ensureDir(fs, path, source.mtime, undefined)
      continue
    }
    ensureDir(fs, resolvePath(path, '..'), source.mtime, undefined)
    fs.writeFile(path, member.content, source.mtime)
  }
  return true
}

/** Writes the sources into the stage; the destination rules are those of the Dockerfile reference. */
export function applyCopy(state: StageState, plan: CopyPlan, now: number): void {
  const fs = state.fs
  const destination = resolvePath(state.config.WorkingDir || '/', plan.destination)
  const intoDirectory = plan.destination.endsWith('/') || plan.sources.length > 1 || plan.sources.some((source) => source.node.type === 'dir') || fs.lookup(destination)?.type === 'dir'

  if (intoDirectory) ensureDir(fs, destination, now, undefined)
  else ensureDir(fs, resolvePath(destination, '..'), now, undefined)

  for (const source of plan.sources) {
    if (plan.extract && source.node.type === 'file' && ARCHIVE.test(source.path) && extractArchive(fs, destination, source.node)) continue

    const sourcePath = `/${source.path}`.replace(/\/$/, '')
    if (source.node.type === 'dir') {
      for (const [name, child] of source.node.children) place(state, `${destination === '/' ? '' : destination}/${name}`, child, plan, `${sourcePath}/${name}`)
      continue
    }
    const target = intoDirectory ? `${destination === '/' ? '' : destination}/${baseName(source.path)}` : destination
    place(state, target, source.node, plan, sourcePath)
  }
}

/** Resolves `--chown=user:group` against the stage's passwd and group files. */
export function copyOwner(state: StageState, instruction: DockerInstruction): { uid: number; gid: number } | string | undefined {
  const chown = flagValue(instruction, 'chown')
  if (chown === undefined || chown === null) return undefined
  const user = resolveUser(state.fs, chown)
  if (typeof user === 'string') return user
  // A user without a group takes the same numeric value as GID, as the Dockerfile reference states for --chown.
  return { uid: user.uid, gid: chown.includes(':') ? user.gid : user.uid }
}
