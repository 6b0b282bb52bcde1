// `docker history IMAGE`: one row per build step, newest first. As with
// images built by BuildKit, only the top row carries an image ID and the
// rows below show `<missing>`.

import type { DockerContext } from '../docker/context'
import { parseCommandFlags } from '../docker/flags'
import { argumentError } from '../docker/usage'
import { humanDuration } from '../format/duration'
import { renderTemplate, TemplateError } from '../format/gotemplate'
import { formatTable } from '../format/tabwriter'
import { humanSize3 } from '../docker/disk-usage'
import type { Image, ImageHistoryEntry } from '../images/types'

/** Docker truncates CREATED BY to 45 characters, the last one an ellipsis. */
const CREATED_BY_WIDTH = 45

function truncate(text: string, width: number): string {
  const chars = [...text]
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text
}

/** Returns a history for images without recorded steps: the whole image as one imported layer. */
function fallbackHistory(image: Image): ImageHistoryEntry[] {
  return [
    { created: image.created, createdBy: '', size: image.size, comment: '', emptyLayer: false },
    ...(image.config.Cmd ? [{ created: image.created, createdBy: `/bin/sh -c #(nop)  CMD ${JSON.stringify(image.config.Cmd).replace(/,/g, ' ')}`, size: 0, comment: '', emptyLayer: true }] : []),
  ]
}

interface Row {
  ID: string
  CreatedSince: string
  CreatedAt: string
  CreatedBy: string
  Size: string
  Comment: string
}

function rows(image: Image, now: number, human: boolean, trunc: boolean): Row[] {
  const history = [...(image.history ?? fallbackHistory(image))].reverse()
  return history.map((entry, index) => {
    const createdBy = entry.createdBy.replace(/\t/g, ' ')
    const created = Date.parse(entry.created)
    let id = '<missing>'
    if (index === 0) id = trunc ? image.id.slice(7, 19) : image.id
    return {
      ID: id,
      CreatedSince: `${humanDuration(now - created)} ago`,
      CreatedAt: human ? `${humanDuration(now - created)} ago` : new Date(created).toISOString().replace('.000Z', 'Z'),
      CreatedBy: trunc ? truncate(createdBy, CREATED_BY_WIDTH) : createdBy,
      Size: human ? humanSize3(entry.size) : String(entry.size),
      Comment: entry.comment,
    }
  })
}

export async function historyCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'history', args, [])
  if (typeof parsed === 'number') return parsed
  const { values, positionals } = parsed
  if (positionals.length !== 1) return argumentError(ctx, 'history', 'requires 1 argument')

  const image = ctx.daemon.findImage(positionals[0]!)
  if (!image) {
    ctx.io.write(`Error response from daemon: No such image: ${positionals[0]!.includes(':') ? positionals[0] : `${positionals[0]}:latest`}\n`, 'stderr')
    return 1
  }

  const human = values.get('human') !== false
  const trunc = values.get('no-trunc') !== true
  const table = rows(image, ctx.daemon.now(), human, trunc)

  if (values.get('quiet') === true) {
    for (const row of table) ctx.io.write(`${row.ID}\n`, 'stdout')
    return 0
  }

  const format = values.get('format') as string | undefined
  if (format !== undefined && format !== 'table') {
    try {
      const template = format.replace(/\\t/g, '\t').replace(/\\n/g, '\n')
      for (const row of table) ctx.io.write(`${renderTemplate(template, row as unknown as Record<string, string>)}\n`, 'stdout')
      return 0
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error
      ctx.io.write(`template parsing error: ${error.message}\n`, 'stderr')
      return 1
    }
  }

  const header = ['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT']
  ctx.io.write(formatTable([header, ...table.map((row) => [row.ID, row.CreatedAt, row.CreatedBy, row.Size, row.Comment])]), 'stdout')
  return 0
}
