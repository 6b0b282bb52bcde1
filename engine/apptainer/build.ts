// `apptainer build`, `inspect` and `cache list/clean`.

import type { HostProgramContext } from '../shell/host'
import { Prompter } from '../host/prompt'
import type { ApptainerLab } from './lab'
import type { Logger } from './log'
import { fetchDockerImage, parsePullOptions, readSif, usageError } from './pull'
import { runscriptText } from './runtime'
import { pseudoDigest, writeSif, type SifMeta } from './sif'

interface Definition {
  header: Map<string, string>
  sections: Map<string, string>
}

function parseDefinition(text: string): Definition {
  const header = new Map<string, string>()
  const sections = new Map<string, string>()
  let current: string | undefined
  for (const line of text.split('\n')) {
    const section = /^%(\w+)/.exec(line)
    if (section) {
      current = section[1]!
      sections.set(current, '')
      continue
    }
    if (current !== undefined) sections.set(current, `${sections.get(current)}${line}\n`)
    else {
      const match = /^\s*(\w+):\s*(.*)$/.exec(line)
      if (match) header.set(match[1]!.toLowerCase(), match[2]!.trim())
    }
  }
  return { header, sections }
}

function dedent(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
}

export async function buildCommand(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, args: string[]): Promise<number> {
  const { options, operands, error } = parsePullOptions(args.filter((arg) => arg !== '--fakeroot' && arg !== '-f'))
  if (error !== undefined) return usageError(ctx, 'build', error)
  const [output, spec] = operands
  if (output === undefined || spec === undefined) return usageError(ctx, 'build', `requires 2 arg(s), only received ${operands.length}`)

  const target = lab.system.resolve(output)
  if (lab.system.fs.lookup(target) && !options.force) {
    if (!ctx.io.isTTY) return log.fatal(`While checking build target: build target '${output}' already exists. Use --force if you want to overwrite it`)
    const answer = await new Prompter(ctx, 'stdout').ask(`Build target '${output}' already exists and will be deleted during the build process. Do you want to continue? [y/N] `, true)
    if (answer?.trim().toLowerCase() !== 'y') return log.fatal('stopping build.')
  }

  let meta: SifMeta | number
  if (spec.startsWith('docker://')) {
    log.info('Starting build...')
    meta = await fetchDockerImage(lab, ctx, log, spec, { ...options, disableCache: options.disableCache })
  } else meta = await buildFromDefinition(lab, ctx, log, spec, options)
  if (typeof meta === 'number') return meta

  writeSif(lab.system, target, meta)
  log.info(`Build complete: ${output}`)
  return 0
}

async function buildFromDefinition(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, spec: string, options: ReturnType<typeof parsePullOptions>['options']): Promise<SifMeta | number> {
  const text = lab.credentials.read(lab.system.resolve(spec))
  if (text === undefined) return log.fatal(`Unable to build from ${spec}: unable to open file ${spec}: open ${lab.system.resolve(spec)}: no such file or directory`)

  const definition = parseDefinition(text)
  const bootstrap = definition.header.get('bootstrap')
  const from = definition.header.get('from')
  if (bootstrap !== 'docker' || from === undefined) {
    // NOTE: only `Bootstrap: docker` definitions are simulated.
    return log.fatal(`While parsing definition: ${spec}: only "Bootstrap: docker" with "From:" is available in this simulation`)
  }

  log.info('Starting build...')
  const base = await fetchDockerImage(lab, ctx, log, `docker://${from}`, options)
  if (typeof base === 'number') return base

  const post = definition.sections.get('post')
  if (post !== undefined && dedent(post) !== '') {
    log.info('Running post scriptlet')
    // NOTE: %post commands are echoed as `sh -x` does but not executed.
    ctx.io.write(dedent(post).split('\n').map((line) => `+ ${line}\n`).join(''), 'stderr')
    await ctx.io.sleep(2000)
  }

  const labels: Record<string, string> = { ...base.labels, 'org.label-schema.usage.singularity.deffile.bootstrap': bootstrap, 'org.label-schema.usage.singularity.deffile.from': from }
  for (const line of dedent(definition.sections.get('labels') ?? '').split('\n').filter(Boolean)) {
    const [key, ...value] = line.split(/\s+/)
    labels[key!] = value.join(' ')
  }
  if (definition.sections.has('labels')) log.info('Adding labels')

  const env = { ...base.env }
  for (const line of dedent(definition.sections.get('environment') ?? '').split('\n')) {
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line)
    if (match) env[match[1]!] = match[2]!.replace(/^"(.*)"$/, '$1')
  }
  if (definition.sections.has('environment')) log.info('Adding environment to container')

  const runscript = definition.sections.has('runscript') ? dedent(definition.sections.get('runscript')!) : undefined
  if (runscript !== undefined) log.info('Adding runscript')
  log.info('Creating SIF file...')
  await ctx.io.sleep(1000)
  return { ...base, source: spec, runscript, env, labels, deffile: text, digest: pseudoDigest(text), size: base.size + 4096 }
}

export function inspectCommand(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, args: string[]): number {
  const path = args.find((arg) => !arg.startsWith('-'))
  if (path === undefined) return usageError(ctx, 'inspect', 'requires 1 arg(s), only received 0')
  const meta = readSif(lab, log, path)
  if (typeof meta === 'number') return meta

  const flags = new Set(args.filter((arg) => arg.startsWith('-')))
  if (flags.has('-r') || flags.has('--runscript')) ctx.io.write(runscriptText(meta), 'stdout')
  else if (flags.has('-d') || flags.has('--deffile')) ctx.io.write(meta.deffile, 'stdout')
  else if (flags.has('-e') || flags.has('--environment')) {
    const lines = Object.entries(meta.env).map(([key, value]) => `export ${key}="${value}"`)
    ctx.io.write(`=== /.singularity.d/env/10-docker2singularity.sh ===\n#!/bin/sh\n${lines.join('\n')}\n\n`, 'stdout')
  } else if (flags.has('-j') || flags.has('--json')) {
    ctx.io.write(`${JSON.stringify({ data: { attributes: { labels: meta.labels } }, type: 'container' }, null, '\t')}\n`, 'stdout')
  } else {
    const keys = Object.keys(meta.labels).sort()
    ctx.io.write(keys.map((key) => `${key}: ${meta.labels[key]}\n`).join(''), 'stdout')
  }
  return 0
}

/** FindSize's format: two decimals and a binary unit. */
function findSize(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(2)} ${units[unit]}`
}

export async function cacheCommand(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, args: string[]): Promise<number> {
  const [sub, ...rest] = args
  const entries = lab.cache.entries
  if (sub === 'list') {
    const verbose = rest.includes('-v') || rest.includes('--verbose')
    if (verbose) {
      const rows = entries.map((entry) => `${entry.name.slice(0, 22).padEnd(24)} ${new Date(entry.created).toISOString().replace('T', ' ').slice(0, 19).padEnd(22)} ${findSize(entry.size).padEnd(16)} ${entry.type}`)
      ctx.io.write(`${'NAME'.padEnd(24)} ${'DATE CREATED'.padEnd(22)} ${'SIZE'.padEnd(16)} TYPE\n${rows.map((row) => `${row}\n`).join('')}\n`, 'stdout')
    }
    const containers = entries.filter((entry) => entry.type !== 'blob')
    const blobs = entries.filter((entry) => entry.type === 'blob')
    const sum = (list: typeof entries): number => list.reduce((total, entry) => total + entry.size, 0)
    ctx.io.write(`There are ${containers.length} container file(s) using ${findSize(sum(containers))} and ${blobs.length} oci blob file(s) using ${findSize(sum(blobs))} of space\nTotal space used: ${findSize(sum(entries))}\n`, 'stdout')
    return 0
  }
  if (sub !== 'clean') return usageError(ctx, 'cache', `unknown command "${sub ?? ''}" for "apptainer cache"`)

  const dryRun = rest.includes('-n') || rest.includes('--dry-run')
  if (!rest.includes('-f') && !rest.includes('--force') && !dryRun) {
    ctx.io.write('This will delete everything in your cache (containers from all sources and OCI blobs).\nHint: You can see exactly what would be deleted by canceling and using the --dry-run option.\n', 'stdout')
    const answer = await new Prompter(ctx, 'stdout').ask('Do you want to continue? [y/N] ', true)
    if (answer?.trim().toLowerCase() !== 'y') {
      log.info('Handle cleanup canceled')
      return 0
    }
  }
  if (dryRun) ctx.io.write('User requested a dry run. Not actually deleting any data!\n', 'stdout')

  for (const type of ['library', 'oci-tmp', 'shub', 'oras', 'net', 'blob'] as const) {
    const matching = entries.filter((entry) => entry.type === type)
    if (matching.length === 0) {
      log.info(`No cached files to remove at ${lab.cache.directory()}/${type}`)
      continue
    }
    for (const entry of matching) {
      log.info(`Removing ${type} cache entry: ${entry.name}`)
      if (!dryRun) lab.cache.remove(entry)
    }
  }
  return 0
}
