// `docker inspect`, `docker container inspect`, `docker image inspect`.

import type { DockerContext } from './context'
import { err, out } from './context'
import { parseCommandFlags } from './flags'
import { inspectContainer, inspectImage } from './inspect'
import { toGoJson } from './json'
import { renderTemplate, TemplateError } from '../format/gotemplate'
import { argumentError, requireArgs } from './usage'

type Kind = 'any' | 'container' | 'image'

export async function inspectCommand(ctx: DockerContext, args: string[], kind: Kind = 'any'): Promise<number> {
  const command = kind === 'any' ? 'inspect' : `${kind} inspect`
  const parsed = parseCommandFlags(ctx, command, args, [])
  if (typeof parsed === 'number') return parsed

  const { values, positionals } = parsed
  if (positionals.length === 0) return argumentError(ctx, command, requireArgs(1, false))

  const format = values.get('format') as string | undefined
  if (reportTemplateError(ctx, format)) return 64

  const documents: unknown[] = []
  const missing: string[] = []

  for (const reference of positionals) {
    const container = kind !== 'image' ? ctx.daemon.find(reference) : undefined
    const image = !container && kind !== 'container' ? ctx.daemon.findImage(reference) : undefined
    if (container) documents.push(inspectContainer(container, ctx.daemon.networks))
    else if (image) documents.push(inspectImage(image, ctx.daemon.images))
    else missing.push(reference)
  }

  const status = format === undefined ? printJson(ctx, documents) : printTemplate(ctx, format, documents)
  if (typeof status === 'number' && status !== 0) return status

  for (const reference of missing) err(ctx, `Error: No such ${kind === 'any' ? 'object' : kind}: ${reference}\n`)
  return missing.length > 0 ? 1 : 0
}

/** Returns the template's syntax error, if any. The client checks it before asking the daemon, so it wins over missing objects. */
export function templateParseError(format: string): string | undefined {
  try {
    renderTemplate(format, {})
  } catch (error) {
    if (error instanceof TemplateError && error.phase === 'parse') return error.message
  }
  return undefined
}

export function printJson(ctx: DockerContext, documents: unknown[]): number {
  out(ctx, `${documents.length === 0 ? '[]' : toGoJson(documents, '    ')}\n`)
  return 0
}

export function printTemplate(ctx: DockerContext, format: string, documents: unknown[]): number {
  const template = format.replace(/\\t/g, '\t').replace(/\\n/g, '\n')

  try {
    const lines = documents.map((document) => renderTemplate(template, document))
    if (documents.length === 0) out(ctx, '\n')
    for (const line of lines) out(ctx, `${line}\n`)
    return 0
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    err(ctx, `template parsing error: ${error.message}\n`)
    return error.phase === 'parse' ? 64 : 1
  }
}

/** Prints docker's `template parsing error` for an invalid --format and returns true; inspect commands then exit 64. */
export function reportTemplateError(ctx: DockerContext, format: string | undefined): boolean {
  if (format === undefined) return false

  const invalid = templateParseError(format)
  if (invalid === undefined) return false
  err(ctx, `template parsing error: ${invalid}\n`)
  return true
}
