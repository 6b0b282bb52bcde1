// Finds the catalog data for the image a `docker scout` command names: a
// catalog reference directly, or a locally built image through the base image
// its layers start with.

import type { Daemon } from '../docker/daemon'
import { buildBaseImages } from '../images/build-bases'
import type { Image } from '../images/types'
import { sha256Hex } from '../build/sha256'
import { findScoutImage, normalizeReference, scoutImages, type ScoutImageSpec } from './catalog'

export interface ScoutTarget {
  /** The reference as Scout prints it in the Target row. */
  name: string
  spec: ScoutImageSpec
  /** `sha256:` + 64 hex digits. */
  digest: string
  /** Size in bytes; undefined when the image is neither local nor a known base image. */
  size: number | undefined
}

const SCHEMES = ['image://', 'local://', 'registry://']

function stripScheme(reference: string): string {
  const scheme = SCHEMES.find((prefix) => reference.startsWith(prefix))
  return scheme === undefined ? reference : reference.slice(scheme.length)
}

function startsWithLayers(layers: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length > 0 && prefix.length <= layers.length && prefix.every((layer, index) => layers[index] === layer)
}

function knownImage(daemon: Daemon, reference: string): Image | undefined {
  return daemon.findImage(reference) ?? buildBaseImages().find((image) => `${image.repository}:${image.tag}` === reference)
}

/** Finds the catalog image whose layers are the longest prefix of `image`'s layers. */
function detectBase(daemon: Daemon, image: Image): ScoutImageSpec | undefined {
  let best: { spec: ScoutImageSpec; depth: number } | undefined

  for (const spec of scoutImages()) {
    const base = knownImage(daemon, spec.reference)
    if (!base || !startsWithLayers(image.layers, base.layers)) continue
    if (!best || base.layers.length > best.depth) best = { spec, depth: base.layers.length }
  }
  return best?.spec
}

function builtImageSpec(name: string, base: ScoutImageSpec): ScoutImageSpec {
  return { ...base, reference: name, baseImage: base.reference, updatedBaseImage: base.updatedBaseImage }
}

/** Resolves the `docker scout` image argument, or returns undefined when neither the daemon nor the catalog has it. */
export function resolveScoutTarget(daemon: Daemon, argument: string): ScoutTarget | undefined {
  const reference = normalizeReference(stripScheme(argument))
  const local = daemon.findImage(reference)
  const catalog = findScoutImage(reference)

  if (catalog) {
    const image = local ?? knownImage(daemon, catalog.reference)
    const digest = image?.id ?? `sha256:${sha256Hex(`scout ${catalog.reference}`)}`
    return { name: catalog.reference, spec: catalog, digest, size: image?.size }
  }

  if (!local) return undefined
  // NOTE: a built image gets its base image's packages only. Packages its own
  // RUN steps install (apt-get, pip, npm) are not added to the SBOM.
  const base = detectBase(daemon, local)
  const name = local.repository === '<none>' ? local.id.slice(7, 19) : `${local.repository}:${local.tag}`
  const spec = base ? builtImageSpec(name, base) : { reference: name, packagesIndexed: 0, packages: [] }
  return { name, spec, digest: local.id, size: local.size }
}

/** Returns the most recently created local image, which quickview analyses when no image is given. */
export function latestLocalImage(daemon: Daemon): Image | undefined {
  return [...daemon.images].sort((a, b) => Date.parse(b.created) - Date.parse(a.created))[0]
}
