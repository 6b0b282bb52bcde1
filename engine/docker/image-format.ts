// `docker images --format`: the fields of the CLI's image formatter and the
// `json`, `table TEMPLATE` and plain template forms.

import { humanDuration } from '../format/duration'
import { encodeGoJson, renderTemplate, TemplateError } from '../format/gotemplate'
import { formatTable } from '../format/tabwriter'
import { humanSize } from '../format/units'
import { repoDigests } from '../images/digest'
import type { Image } from '../images/types'
import type { DockerContext } from './context'
import { err, out } from './context'
import { humanSize3 } from './disk-usage'
import { checkTemplateSyntax } from './template-syntax'

const HEADERS: Record<string, string> = {
  Containers: 'CONTAINERS',
  CreatedAt: 'CREATED AT',
  CreatedSince: 'CREATED',
  Digest: 'DIGEST',
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  SharedSize: 'SHARED SIZE',
  Size: 'SIZE',
  Tag: 'TAG',
  UniqueSize: 'UNIQUE SIZE',
  VirtualSize: 'SIZE',
}

/** Returns the digest `repository` was pulled with, or `<none>`. */
export function digestText(image: Image, images: readonly Image[]): string {
  const match = repoDigests(image, images).find((digest) => digest.startsWith(`${image.repository}@`))
  return match === undefined ? '<none>' : match.slice(image.repository.length + 1)
}

/**
 * Returns an image row as the formatter's fields, keys sorted as its JSON
 * prints them. The list API does not count containers or shared sizes, so
 * those read `N/A`.
 */
export function imageRow(image: Image, images: readonly Image[], now: number, trunc: boolean): Record<string, string> {
  const created = Date.parse(image.created)
  return {
    Containers: 'N/A',
    CreatedAt: `${new Date(Math.floor(created / 1000) * 1000).toISOString().replace('T', ' ').slice(0, 19)} +0000 UTC`,
    CreatedSince: `${humanDuration(now - created)} ago`,
    Digest: digestText(image, images),
    ID: trunc ? image.id.slice(7, 19) : image.id,
    Repository: image.repository,
    SharedSize: 'N/A',
    Size: humanSize3(image.size),
    Tag: image.tag,
    UniqueSize: 'N/A',
    VirtualSize: humanSize(image.size),
  }
}

/** Writes rows through `--format` and returns the exit code: `json` prints one object per line. */
export function writeImageFormat(ctx: DockerContext, format: string, rows: Record<string, string>[]): number {
  if (format === 'json') {
    for (const row of rows) out(ctx, `${encodeGoJson(row, { escapeHtml: true })}\n`)
    return 0
  }

  const table = format.startsWith('table ')
  const template = (table ? format.slice('table '.length) : format).replace(/\\t/g, '\t').replace(/\\n/g, '\n')
  try {
    checkTemplateSyntax(template)
    const lines = rows.map((row) => renderTemplate(template, row))
    if (!table) {
      for (const line of lines) out(ctx, `${line}\n`)
      return 0
    }
    const header = renderTemplate(template, HEADERS)
    out(ctx, formatTable([header, ...lines].map((line) => line.split('\t'))))
    return 0
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    err(ctx, `template parsing error: ${error.message}\n`)
    // The CLI's list formatters wrap a syntax error in a plain error, so it exits 1 (only inspect and info use 64).
    return 1
  }
}
