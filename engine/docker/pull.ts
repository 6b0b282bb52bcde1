// Pulls from the simulated registry: the build base images and the
// registry-only images. Any other reference fails as an offline daemon does.

import { buildBaseImages } from '../images/build-bases'
import { manifestDigest, withRepoDigest } from '../images/digest'
import { registryImages } from '../images/registry-images'
import type { Image } from '../images/types'
import type { DockerContext } from './context'
import { out } from './context'
import { splitReference } from './daemon'

/** Returns the remote image for a reference (`hello-world`, `docker:cli`, `python:3.9-slim`), or undefined. */
export function findRemoteImage(reference: string): Image | undefined {
  const [repository, tag = 'latest'] = splitReference(reference.replace(/^docker\.io\//, '').replace(/^library\//, ''))
  return [...registryImages(), ...buildBaseImages()].find((image) => image.repository === repository && image.tag === tag)
}

/** Returns the repository path the progress shows: `library/nginx` for official images, the path without the registry host otherwise. */
function remotePath(repository: string): string {
  const parts = repository.split('/')
  if (parts.length > 1 && (parts[0]!.includes('.') || parts[0]!.includes(':'))) return parts.slice(1).join('/')
  return parts.length === 1 ? `library/${repository}` : repository
}

/** Returns the fully qualified reference that `docker pull` prints last. */
export function qualifiedReference(image: Image): string {
  const first = image.repository.split('/')[0]!
  const hasRegistry = image.repository.includes('/') && (first.includes('.') || first.includes(':'))
  return hasRegistry ? `${image.repository}:${image.tag}` : `docker.io/${remotePath(image.repository)}:${image.tag}`
}

/**
 * Writes the pull progress as a non-terminal client shows it and adds the
 * image to the local store. Layers of an image the daemon already stores under
 * another tag are not downloaded again.
 */
export async function pullRemote(ctx: DockerContext, image: Image): Promise<Image> {
  const sameTag = ctx.daemon.images.find((candidate) => candidate.repository === image.repository && candidate.tag === image.tag)
  const present = ctx.daemon.images.some((candidate) => candidate.id === image.id)

  out(ctx, `${image.tag}: Pulling from ${remotePath(image.repository)}\n`)
  if (!present) await downloadLayers(ctx, image)
  out(ctx, `Digest: ${manifestDigest(image)}\n`)

  if (sameTag?.id === image.id) {
    out(ctx, `Status: Image is up to date for ${image.repository}:${image.tag}\n`)
    return sameTag
  }
  out(ctx, `Status: Downloaded newer image for ${image.repository}:${image.tag}\n`)

  const local = withRepoDigest(image)
  if (sameTag) ctx.daemon.images.splice(ctx.daemon.images.indexOf(sameTag), 1)
  ctx.daemon.images.push(local)
  ctx.daemon.notify()
  return local
}

async function downloadLayers(ctx: DockerContext, image: Image): Promise<void> {
  for (const layer of image.layers) out(ctx, `${layer.slice(7, 19)}: Pulling fs layer \n`)
  // NOTE: the download time assumes about 50 MB/s, and a non-terminal client also prints
  // "Verifying Checksum" and "Download complete" lines that are left out here.
  await ctx.io.sleep(Math.max(300, Math.round(image.size / 50_000)))
  for (const layer of image.layers) out(ctx, `${layer.slice(7, 19)}: Pull complete \n`)
}
