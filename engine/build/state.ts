// Per-stage build state and the persistent build cache of a daemon.

import type { Daemon } from '../docker/daemon'
import type { FileSystem } from '../fs/vfs'
import type { BuildStage } from '../lint/dockerfile'
import type { Image, ImageConfig, ImageHistoryEntry } from '../images/types'

export interface StageState {
  stage: BuildStage
  /** `builder ` or `stage-1 ` before the step counter, empty for a single unnamed stage. */
  label: string
  /** FROM plus the RUN, COPY, ADD and WORKDIR steps, as BuildKit counts them. */
  totalSteps: number
  stepNumber: number
  base: Image
  fs: FileSystem
  /** Virtual sizes of placeholder files, by absolute path. */
  sizes: Map<string, number>
  config: ImageConfig
  history: ImageHistoryEntry[]
  layers: string[]
  size: number
  /** ARG values in scope; a declared ARG without a value is absent. */
  args: Map<string, string>
  /** Cache key of the last step; the next step's key is derived from it. */
  key: string
  /** Creation time of the last step that changed the filesystem, ms. */
  lastLayerAt: number
}

export interface CachedStep {
  fs: FileSystem
  sizes: Map<string, number>
  layerSize: number
  layerId: string
  createdAt: number
}

export interface BuilderState {
  cache: Map<string, CachedStep>
  /** References of registry base images already downloaded. */
  pulled: Set<string>
  /** Per context directory, the content signatures sent on the last build. */
  sentContext: Map<string, Map<string, string>>
}

const builders = new WeakMap<Daemon, BuilderState>()

/** Returns the build cache of `daemon`, which lives as long as the daemon, as BuildKit's does. */
export function builderState(daemon: Daemon): BuilderState {
  let state = builders.get(daemon)
  if (!state) {
    state = { cache: new Map(), pulled: new Set(), sentContext: new Map() }
    builders.set(daemon, state)
  }
  return state
}
