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
  nginxCompiler?: string
  /** Main steps of the upstream Dockerfile, oldest first, for `docker history`. */
  steps: Array<[createdBy: string, size: number]>
}

/**
 * Returns the history comment of an upstream step. BuildKit marks every step
 * of a Dockerfile with `buildkit.dockerfile.v0`. The legacy builder's steps
 * (`/bin/sh -c …`) and a root filesystem made by a script (`# debian.sh …`)
 * carry none.
 * NOTE: Debian's rootfs rows carry a `debuerreotype` version on Docker Hub,
 * which is left empty here.
 */
function stepComment(createdBy: string): string {
  const legacy = createdBy.startsWith('/bin/sh -c ') || createdBy.startsWith('# ')
  return legacy ? '' : 'buildkit.dockerfile.v0'
}

/** Turns upstream Dockerfile steps, oldest first, into `docker history` entries dated `created`. */
export function historyFromSteps(steps: ImageSpec['steps'], created: string): ImageHistoryEntry[] {
  return steps.map(([createdBy, size]) => ({ created, createdBy, size, comment: stepComment(createdBy), emptyLayer: size === 0 }))
}

/** Returns one layer ID per non-empty history entry, derived from the image reference. */
export function layerIds(reference: string, history: ImageHistoryEntry[]): string[] {
  return history.filter((entry) => !entry.emptyLayer).map((_, index) => `sha256:${sha256Hex(`layer ${reference} ${index}`)}`)
}

/** Builds an Image whose ID, layer IDs and digest derive from the reference, not from Docker Hub. */
export function imageFromSpec(spec: ImageSpec): Image {
  const mtime = Date.parse(spec.created)
  const reference = spec.idReference ?? `${spec.repository}:${spec.tag}`
  const config: ImageConfig = { Env: [PATH_ENV], Cmd: null, Entrypoint: null, WorkingDir: '', User: '', Labels: null, ...spec.config }
  const history = historyFromSteps(spec.steps, spec.created)
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
    layers: layerIds(reference, history),
    history,
    buildFs: () => buildTree(spec.tree(mtime), mtime),
  }
  if (spec.nginx) image.nginx = spec.nginx
  if (spec.nginxCompiler) image.nginxCompiler = spec.nginxCompiler
  return image
}
