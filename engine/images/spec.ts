// Image definitions written as data: the upstream Dockerfile's main steps
// with their sizes, the config and the file tree. `imageFromSpec` turns one
// into an Image with `docker history` rows and one layer per non-empty step.

import { sha256Hex } from '../build/sha256'
import { buildTree, type TreeEntry } from '../fs/vfs'
import type { Image, ImageConfig, ImageHistoryEntry, NginxLayout } from './types'

export const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

export interface ImageSpec {
  repository: string
  tag: string
  /** The reference the ID and layer IDs derive from, so that tags of one image (`node:alpine`, `node:25-alpine`) share them. */
  idReference?: string
  created: string
  /** Bytes as `docker images` shows them; the sum of the step sizes when absent. */
  size?: number
  config: Partial<ImageConfig>
  tree: (mtime: number) => TreeEntry[]
  flavor?: Image['flavor']
  shell?: Image['shell']
  behaviour?: Image['behaviour']
  nginx?: NginxLayout
  /** Main steps of the upstream Dockerfile, oldest first, for `docker history`. */
  steps: Array<[createdBy: string, size: number]>
}

function toHistory(spec: ImageSpec): ImageHistoryEntry[] {
  return spec.steps.map(([createdBy, size]) => ({
    created: spec.created,
    createdBy,
    size,
    comment: createdBy.endsWith('# buildkit') ? 'buildkit.dockerfile.v0' : '',
    emptyLayer: size === 0,
  }))
}

/** Builds an Image whose ID, layer IDs and digest derive from the reference, not from Docker Hub. */
export function imageFromSpec(spec: ImageSpec): Image {
  const mtime = Date.parse(spec.created)
  const reference = spec.idReference ?? `${spec.repository}:${spec.tag}`
  const config: ImageConfig = { Env: [PATH_ENV], Cmd: null, Entrypoint: null, WorkingDir: '', User: '', Labels: null, ...spec.config }
  const history = toHistory(spec)
  const size = spec.size ?? history.reduce((sum, entry) => sum + entry.size, 0)

  const image: Image = {
    repository: spec.repository,
    tag: spec.tag,
    id: `sha256:${sha256Hex(`image ${reference}`)}`,
    created: spec.created,
    size,
    config,
    behaviour: spec.behaviour ?? 'plain',
    flavor: spec.flavor ?? 'debian',
    shell: spec.shell ?? 'dash',
    layers: history.filter((entry) => !entry.emptyLayer).map((entry, index) => `sha256:${sha256Hex(`layer ${reference} ${index}`)}`),
    history,
    buildFs: () => buildTree(spec.tree(mtime), mtime),
  }
  if (spec.nginx) image.nginx = spec.nginx
  return image
}
