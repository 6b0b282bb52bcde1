// Stores the built image in the daemon: the image ID is the digest of its
// configuration, history and layers, so a rebuild that hits the cache for
// every step yields the same ID. Tagging moves a tag away from an older
// image, which then shows as `<none>` in `docker images`.

import { splitReference, type Daemon } from '../docker/daemon'
import type { Image } from '../images/types'
import { sha256Hex } from './sha256'
import type { StageState } from './state'

function createdTime(state: StageState, now: number): string {
  const times = state.history.map((entry) => Date.parse(entry.created)).filter((ms) => Number.isFinite(ms))
  return new Date(times.length === 0 ? now : Math.max(...times)).toISOString()
}

function untag(daemon: Daemon, repository: string, tag: string, keepId: string): boolean {
  const existing = daemon.images.find((image) => image.repository === repository && image.tag === tag)
  if (!existing) return false
  if (existing.id === keepId) return true

  const sameIdTagged = daemon.images.some((image) => image !== existing && image.id === existing.id)
  if (sameIdTagged) daemon.images.splice(daemon.images.indexOf(existing), 1)
  else {
    existing.repository = '<none>'
    existing.tag = '<none>'
  }
  return false
}

/** Adds the final stage as an image under each tag (or untagged) and returns it. */
export function storeImage(daemon: Daemon, final: StageState, tags: string[]): Image {
  const config = structuredClone(final.config)
  const history = final.history.map((entry) => ({ ...entry }))
  const layers = [...final.layers]
  const id = `sha256:${sha256Hex(JSON.stringify({ config, history, layers }))}`
  const fs = final.fs.clone()

  const make = (repository: string, tag: string): Image => ({
    repository,
    tag,
    id,
    created: createdTime(final, daemon.now()),
    size: final.size,
    config,
    behaviour: final.base.behaviour,
    flavor: final.base.flavor,
    shell: final.base.shell,
    // An image built FROM nginx-unprivileged keeps its port and temp paths.
    ...(final.base.nginx ? { nginx: final.base.nginx } : {}),
    layers,
    history,
    buildFs: () => fs.clone(),
  })

  let result: Image | undefined
  for (const reference of tags) {
    const [repository, tag = 'latest'] = splitReference(reference)
    if (untag(daemon, repository, tag, id)) {
      result ??= daemon.images.find((image) => image.repository === repository && image.tag === tag)
      continue
    }
    const image = make(repository, tag)
    daemon.images.push(image)
    result ??= image
  }

  if (!result) {
    result = daemon.images.find((image) => image.id === id)
    if (!result) {
      result = make('<none>', '<none>')
      daemon.images.push(result)
    }
  }
  daemon.notify()
  return result
}
