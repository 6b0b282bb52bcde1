// `docker scout`: the `cves` and `quickview` subcommands on the catalog's
// simulated vulnerability data, and the plugin's help.

import type { DockerContext } from '../docker/context'
import { err, out } from '../docker/context'
import { SEVERITIES, findScoutImage } from './catalog'
import { countBySeverity } from './vulnerabilities'
import { SIMULATED_NOTE, formatCves, formatQuickview, type QuickviewRow } from './format'
import { latestLocalImage, resolveScoutTarget, type ScoutTarget } from './resolve'

// NOTE: the command list and descriptions follow Docker Scout 1.x help as
// remembered; only `cves`, `quickview` and `help` are simulated.
export const SCOUT_HELP = `${SIMULATED_NOTE}

Usage:  docker scout [command]

Command line tool for Docker Scout

Available Commands:
  cves            Display CVEs identified in a software artifact
  help            Display information about the available commands
  quickview       Quick overview of an image

Flags:
  -h, --help      help for scout

Use "docker scout [command] --help" for more information about a command.
`

const CVES_HELP = `${SIMULATED_NOTE}

Usage:  docker scout cves [OPTIONS] IMAGE

Display CVEs identified in a software artifact

Options:
      --only-severity strings   Comma separated list of severities (critical, high, medium, low) to filter CVEs by
  -h, --help                    help for cves
`

const QUICKVIEW_HELP = `${SIMULATED_NOTE}

Usage:  docker scout quickview [IMAGE]

Quick overview of an image. Without IMAGE, the most recently built image is used.

Options:
  -h, --help   help for quickview
`

interface ParsedArgs {
  positionals: string[]
  onlySeverity?: Set<string>
  help: boolean
}

function parseArgs(ctx: DockerContext, args: string[]): ParsedArgs | number {
  const parsed: ParsedArgs = { positionals: [], help: false }

  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '-h' || arg === '--help') parsed.help = true
    else if (arg === '--only-severity' || arg.startsWith('--only-severity=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++index]
      if (value === undefined) return usageError(ctx, 'flag needs an argument: --only-severity')
      const severities = value.split(',').map((name) => name.trim().toLowerCase())
      const invalid = severities.find((name) => !(SEVERITIES as readonly string[]).includes(name))
      if (invalid !== undefined) return usageError(ctx, `invalid severity "${invalid}": use critical, high, medium or low`)
      parsed.onlySeverity = new Set(severities)
    } else if (arg.startsWith('-')) return usageError(ctx, `unknown flag: ${arg}`)
    else parsed.positionals.push(arg)
  }
  return parsed
}

function usageError(ctx: DockerContext, message: string): number {
  err(ctx, `ERROR ${message}\n`)
  return 1
}

// NOTE: the wording of this error is not captured from the real plugin.
function imageNotFound(ctx: DockerContext, reference: string): number {
  err(ctx, `${SIMULATED_NOTE}\nERROR image "${reference}" not found: it is neither a local image nor in the simulated catalog\n`)
  return 1
}

async function cvesCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseArgs(ctx, args)
  if (typeof parsed === 'number') return parsed
  if (parsed.help) return printHelp(ctx, CVES_HELP)
  if (parsed.positionals.length !== 1) return usageError(ctx, '"docker scout cves" requires exactly 1 argument: the image to analyze')

  const target = resolveScoutTarget(ctx.daemon, parsed.positionals[0]!)
  if (!target) return imageNotFound(ctx, parsed.positionals[0]!)

  out(ctx, formatCves(target, parsed.onlySeverity))
  return 0
}

function quickviewRow(label: string, reference: string | undefined): QuickviewRow | undefined {
  if (reference === undefined) return undefined
  const spec = findScoutImage(reference)
  return { label, reference, counts: spec ? countBySeverity(spec) : undefined }
}

function quickviewTarget(ctx: DockerContext, positionals: string[]): ScoutTarget | string {
  if (positionals.length > 0) return resolveScoutTarget(ctx.daemon, positionals[0]!) ?? positionals[0]!

  const latest = latestLocalImage(ctx.daemon)
  if (!latest) return ''
  return resolveScoutTarget(ctx.daemon, latest.repository === '<none>' ? latest.id : `${latest.repository}:${latest.tag}`) ?? ''
}

async function quickviewCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseArgs(ctx, args)
  if (typeof parsed === 'number') return parsed
  if (parsed.help) return printHelp(ctx, QUICKVIEW_HELP)
  if (parsed.positionals.length > 1) return usageError(ctx, '"docker scout quickview" accepts at most 1 argument: the image to analyze')

  const target = quickviewTarget(ctx, parsed.positionals)
  if (target === '') return usageError(ctx, 'no image given and no local image found: run docker scout quickview IMAGE')
  if (typeof target === 'string') return imageNotFound(ctx, target)

  const base = quickviewRow('Base image', target.spec.baseImage)
  const updated = quickviewRow('Updated base image', target.spec.updatedBaseImage)
  out(ctx, formatQuickview(target, base, updated))
  return 0
}

function printHelp(ctx: DockerContext, text: string): number {
  out(ctx, text)
  return 0
}

/** Runs `docker scout <args…>` and resolves the exit code. */
export async function scoutCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const [sub, ...rest] = args

  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') return printHelp(ctx, SCOUT_HELP)
  if (sub === 'cves') return cvesCommand(ctx, rest)
  if (sub === 'quickview' || sub === 'qv') return quickviewCommand(ctx, rest)

  err(ctx, `${SIMULATED_NOTE}\nERROR "docker scout ${sub}" is not available in this simulation: use cves or quickview\n`)
  return 1
}
