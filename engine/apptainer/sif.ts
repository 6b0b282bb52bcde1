// SIF files in the simulated filesystem and the user's Apptainer cache.
// A SIF starts with the real `#!/usr/bin/env run-singularity` line; the
// metadata the simulation needs follows as one JSON line.

import type { FsNode } from '../fs/vfs'
import type { HostSystem } from '../host/system'

export const SIF_HEADER = '#!/usr/bin/env run-singularity\n'

export interface SifMeta {
  /** Image source: a `docker://…` or `oras://…` URI, or a definition file. */
  source: string
  repository: string
  tag: string
  digest: string
  entrypoint: string[]
  cmd: string[]
  /** Runscript from a definition file's %runscript, used instead of entrypoint/cmd. */
  runscript?: string
  env: Record<string, string>
  software: string[]
  osRelease: string
  labels: Record<string, string>
  deffile: string
  size: number
}

export function encodeSif(meta: SifMeta): string {
  return `${SIF_HEADER}${JSON.stringify(meta)}\n`
}

export function decodeSif(content: string): SifMeta | undefined {
  if (!content.startsWith(SIF_HEADER)) return undefined
  try {
    return JSON.parse(content.slice(SIF_HEADER.length)) as SifMeta
  } catch {
    return undefined
  }
}

/** Deterministic sha256-like hex digest of a text (FNV-1a, repeated). */
export function pseudoDigest(text: string): string {
  let hex = ''
  let hash = 0x811c9dc5
  for (let round = 0; hex.length < 64; round++) {
    for (const char of `${round}:${text}`) {
      hash ^= char.charCodeAt(0)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
    hex += hash.toString(16).padStart(8, '0')
  }
  return hex.slice(0, 64)
}

/** Writes a SIF of the current user and records its real size for `ls -l`. */
export function writeSif(system: HostSystem, path: string, meta: SifMeta): FsNode | undefined {
  system.fs.writeFile(path, encodeSif(meta), system.now(), system.shell.cred)
  const node = system.fs.lookup(path)
  if (!node) return undefined
  node.mode = 0o755
  system.sizes.set(node, meta.size)
  return node
}

export interface CacheEntry {
  type: 'oci-tmp' | 'blob' | 'oras'
  name: string
  size: number
  created: number
}

/** The user's cache at $APPTAINER_CACHEDIR/cache, default ~/.apptainer/cache. */
export class SifCache {
  readonly entries: CacheEntry[] = []

  constructor(private readonly system: HostSystem) {}

  directory(): string {
    const base = this.system.shell.env.get('APPTAINER_CACHEDIR')
    return `${base || `${this.system.shell.home}/.apptainer`}/cache`
  }

  has(type: CacheEntry['type'], name: string): boolean {
    return this.entries.some((entry) => entry.type === type && entry.name === name)
  }

  add(type: CacheEntry['type'], name: string, size: number): void {
    if (this.has(type, name)) return
    this.entries.push({ type, name, size, created: this.system.now() })

    const dir = type === 'blob' ? `${this.directory()}/blob/blobs/sha256` : `${this.directory()}/${type}`
    this.ensureUserDirectory(dir)
    const node = this.system.installFile(`${dir}/${name}`, '', 0o644, this.system.shell.cred.uid, this.system.shell.cred.gid)
    this.system.sizes.set(node, size)
  }

  remove(entry: CacheEntry): void {
    this.entries.splice(this.entries.indexOf(entry), 1)
    const dir = entry.type === 'blob' ? `${this.directory()}/blob/blobs/sha256` : `${this.directory()}/${entry.type}`
    this.system.fs.lookup(dir)?.children.delete(entry.name)
  }

  private ensureUserDirectory(path: string): void {
    const home = this.system.shell.home
    let current = ''
    for (const part of path.split('/').filter(Boolean)) {
      current += `/${part}`
      if (this.system.fs.lookup(current)) continue
      const node = this.system.ensureDirectory(current, 0o700)
      if (current.startsWith(home)) {
        node.uid = this.system.shell.cred.uid
        node.gid = this.system.shell.cred.gid
      }
    }
  }
}
