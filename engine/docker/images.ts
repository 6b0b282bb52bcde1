// `docker images`, `docker rmi`, `docker pull`.

import { humanDuration } from '../format/duration'
import { formatTable } from '../format/tabwriter'
import { humanSize3 } from './disk-usage'
import { digestText, imageRow, writeImageFormat } from './image-format'
import type { DockerContext } from './context'
import { err, out } from './context'
import { parseCommandFlags } from './flags'
import { argumentError, requireArgs } from './usage'
import { PULL_ERROR } from './run'
import { splitReference } from './daemon'
import { findRemoteImage, pullRemote, qualifiedReference } from './pull'
import type { Image } from '../images/types'

export async function imagesCommand(ctx: DockerContext, args: string[], command = 'images'): Promise<number> {
  const parsed = parseCommandFlags(ctx, command, args, [])
  if (typeof parsed === 'number') return parsed

  const { values, positionals } = parsed
  if (positionals.length > 1) return argumentError(ctx, command, 'requires at most 1 argument')

  const now = ctx.daemon.now()
  const [repository, tag] = positionals[0] ? splitReference(positionals[0]) : [undefined, undefined]
  const images = [...ctx.daemon.images]
    .filter((image) => repository === undefined || (image.repository === repository && (tag === undefined || image.tag === tag)))
    .sort((a, b) => Date.parse(b.created) - Date.parse(a.created))

  const trunc = values.get('no-trunc') !== true
  if (values.get('quiet') === true) {
    for (const image of images) out(ctx, `${trunc ? image.id.slice(7, 19) : image.id}\n`)
    return 0
  }

  const format = values.get('format') as string | undefined
  if (format !== undefined && format !== '' && format !== 'table') {
    return writeImageFormat(ctx, format, images.map((image) => imageRow(image, ctx.daemon.images, now, trunc)))
  }

  const digests = values.get('digests') === true
  const rows = images.map((image) => {
    const id = trunc ? image.id.slice(7, 19) : image.id
    const digest = digests ? [digestText(image, ctx.daemon.images)] : []
    return [image.repository, image.tag, ...digest, id, `${humanDuration(now - Date.parse(image.created))} ago`, humanSize3(image.size)]
  })
  const header = ['REPOSITORY', 'TAG', ...(digests ? ['DIGEST'] : []), 'IMAGE ID', 'CREATED', 'SIZE']
  out(ctx, formatTable([header, ...rows]))
  return 0
}

export async function rmiCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'rmi', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length === 0) return argumentError(ctx, 'rmi', requireArgs(1, false))

  let status = 0
  for (const reference of parsed.positionals) {
    const image = ctx.daemon.findImage(reference)
    if (!image) {
      err(ctx, `Error response from daemon: No such image: ${reference.includes(':') ? reference : `${reference}:latest`}\n`)
      status = 1
      continue
    }
    const otherTags = ctx.daemon.images.filter((other) => other !== image && other.id === image.id)
    const user = ctx.daemon.containers.find((container) => container.image.id === image.id)
    if (user && otherTags.length === 0) {
      err(ctx, `Error response from daemon: conflict: unable to remove repository reference "${reference}" (must force) - container ${user.id.slice(0, 12)} is using its referenced image ${image.id.slice(7, 19)}\n`)
      status = 1
      continue
    }
    // Removing one of several tags of an image only untags it.
    out(ctx, otherTags.length > 0 ? `Untagged: ${image.repository}:${image.tag}\n` : `Untagged: ${image.repository}:${image.tag}\nDeleted: ${image.id}\n`)
    ctx.daemon.images.splice(ctx.daemon.images.indexOf(image), 1)
    ctx.daemon.notify()
  }
  return status
}

export async function pullCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'pull', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length !== 1) return argumentError(ctx, 'pull', 'requires 1 argument')

  const reference = parsed.positionals[0]!
  const quiet = parsed.values.get('quiet') === true
  if (!reference.includes(':') && !quiet) out(ctx, 'Using default tag: latest\n')
  const remote = findRemoteImage(reference) ?? pulledImage(ctx, reference)
  if (!remote) {
    err(ctx, `${PULL_ERROR}\n`)
    return 1
  }

  // With -q the client discards the progress and prints only the reference.
  const pullCtx = quiet ? { ...ctx, io: { ...ctx.io, write: () => {} } } : ctx
  const image = await pullRemote(pullCtx, remote)
  out(ctx, `${qualifiedReference(image)}\n`)
  return 0
}

/** Returns a local image that came from Docker Hub, such as the daemon's images at start, which the registry still serves. */
function pulledImage(ctx: DockerContext, reference: string): Image | undefined {
  const image = ctx.daemon.findImage(reference.includes(':') ? reference : `${reference}:latest`)
  // A local tag (`docker tag alpine mio/alpine`) copies the digest of the repository it came from.
  return image?.repoDigest?.startsWith(`${image.repository}@`) ? image : undefined
}
