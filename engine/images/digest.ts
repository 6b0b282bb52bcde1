// Registry digests of the simulated images. The digest derives from the image
// ID, so tags that share an image (`node:alpine`, `node:25-alpine`) share it,
// as they share one manifest on Docker Hub.

import { sha256Hex } from '../build/sha256'
import type { Image } from './types'

/** Returns the manifest digest (`sha256:` + 64 hex digits) the registry serves for an image. */
export function manifestDigest(image: Image): string {
  return `sha256:${sha256Hex(`digest ${image.id}`)}`
}

/** Marks an image as pulled from its repository, as the daemon records it in `RepoDigests`. */
export function withRepoDigest(image: Image): Image {
  return { ...image, repoDigest: `${image.repository}@${manifestDigest(image)}` }
}

/** Returns the `RepoDigests` of an image: one entry per repository it was pulled from, over all its tags. */
export function repoDigests(image: Image, images: readonly Image[]): string[] {
  const digests = images.filter((other) => other.id === image.id).flatMap((other) => (other.repoDigest === undefined ? [] : [other.repoDigest]))
  return [...new Set(digests)].sort()
}
