// The build cache as `docker system df` reports it: one `regular` record per
// layer that a RUN, COPY, ADD or WORKDIR step created and BuildKit keeps for
// later builds. A record whose layer some image still uses is shared, so only
// unshared records add to the Build Cache size.
// NOTE: BuildKit also keeps `source.local` records for each build context
// and the Dockerfile; they are not modelled, so a cache whose layers all
// belong to images reads as 0B.

import type { Daemon } from '../docker/daemon'
import { builderState } from './state'

/** One record of BuildKit's cache, with the fields of the API's `build.CacheRecord` that docker prints. */
export interface BuildCacheRecord {
  /** 25 lowercase letters and digits, as BuildKit's record IDs. */
  id: string
  type: 'regular'
  size: number
  createdAt: number
  lastUsedAt: number
  usageCount: number
  inUse: boolean
  shared: boolean
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** Derives a BuildKit-style record ID from a cache key (64 hex digits). */
function recordId(key: string): string {
  let id = ''
  for (let index = 0; index < 25; index++) id += ID_ALPHABET[parseInt(key.slice(index * 2, index * 2 + 2), 16) % ID_ALPHABET.length]
  return id
}

/** Returns the daemon's build cache records, most recently used first. */
export function buildCacheRecords(daemon: Daemon): BuildCacheRecord[] {
  const imageLayers = new Set(daemon.images.flatMap((image) => image.layers))
  const records = [...builderState(daemon).cache.entries()].map(([key, step]) => ({
    id: recordId(key),
    type: 'regular' as const,
    size: step.layerSize,
    createdAt: step.createdAt,
    lastUsedAt: step.createdAt,
    usageCount: 1,
    inUse: false,
    shared: imageLayers.has(step.layerId),
  }))
  return records.sort((a, b) => b.lastUsedAt - a.lastUsedAt)
}
