// Getting images: `apptainer pull`, `build` from docker:// or a definition
// file, and the implicit pull of `run/exec/shell docker://…`.

import { FsError } from '../fs/vfs'
import type { HostProgramContext } from '../shell/host'
import { Prompter } from '../host/prompt'
import { defaultSifName, type RemoteImage } from './catalog'
import type { Credential } from './credentials'
import type { ApptainerLab } from './lab'
import { APPTAINER_VERSION } from './lab'
import type { Logger } from './log'
import { decodeSif, pseudoDigest, writeSif, type SifMeta } from './sif'

export interface PullOptions {
  force: boolean
  disableCache: boolean
  dockerLogin: boolean
  authfile: string | undefined
  dir: string | undefined
}

/** Resolves the credentials of a pull in Apptainer's order: explicit ones, then the auth file, then config.json. */
async function pullCredential(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, registry: string, options: PullOptions): Promise<Credential | undefined> {
  const env = lab.system.shell.env
  const username = env.get('APPTAINER_DOCKER_USERNAME') ?? env.get('DOCKER_USERNAME')
  const password = env.get('APPTAINER_DOCKER_PASSWORD') ?? env.get('DOCKER_PASSWORD')
  if (options.dockerLogin) {
    const prompter = new Prompter(ctx, 'stdout')
    const user = username ?? (await prompter.ask('Enter Docker Username: ', true)) ?? ''
    const secret = (await prompter.ask('Enter Docker Password: ', false)) ?? ''
    return { username: user, password: secret }
  }
  if (username !== undefined || password !== undefined) return { username: username ?? '', password: password ?? '' }

  if (options.authfile !== undefined) {
    const path = lab.system.resolve(options.authfile)
    if (lab.credentials.read(path) === undefined) {
      log.warning(`Unable to find matching credentials in specified file (open ${options.authfile}: no such file or directory); proceeding with anonymous authentication.`)
      return undefined
    }
    return lab.credentials.lookup(registry, path)
  }
  return lab.credentials.lookup(registry)
}

function metaFor(lab: ApptainerLab, image: RemoteImage, uri: string): SifMeta {
  const now = new Date(lab.system.now())
  const buildDate = labelDate(now)
  const digest = pseudoDigest(`${image.repository}:${image.tag}`)
  return {
    source: uri,
    repository: image.repository,
    tag: image.tag,
    digest,
    entrypoint: image.entrypoint,
    cmd: image.cmd,
    env: image.env,
    software: image.software,
    osRelease: image.osRelease,
    size: image.sifSize,
    deffile: `bootstrap: docker\nfrom: ${uri.replace(/^docker:\/\//, '')}\n`,
    labels: {
      'org.label-schema.build-arch': 'amd64',
      'org.label-schema.build-date': buildDate,
      'org.label-schema.schema-version': '1.0',
      'org.label-schema.usage.apptainer.version': APPTAINER_VERSION,
      'org.label-schema.usage.singularity.deffile.bootstrap': 'docker',
      'org.label-schema.usage.singularity.deffile.from': uri.replace(/^docker:\/\//, ''),
      'org.opencontainers.image.architecture': 'amd64',
      'org.opencontainers.image.base.digest': `sha256:${pseudoDigest(image.repository)}`,
      'org.opencontainers.image.base.name': `${image.repository}:${image.tag}`,
      'org.opencontainers.image.created': now.toISOString().replace(/\.\d+Z$/, 'Z'),
    },
  }
}

/** `org.label-schema.build-date` format, e.g. `Thursday_27_November_2025_10:00:00_UTC`. */
function labelDate(date: Date): string {
  const part = (options: Intl.DateTimeFormatOptions): string => date.toLocaleString('en-US', { ...options, timeZone: 'UTC' })
  return `${part({ weekday: 'long' })}_${date.getUTCDate()}_${part({ month: 'long' })}_${date.getUTCFullYear()}_${date.toISOString().slice(11, 19)}_UTC`
}

function humanBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

/** Converts a docker:// image into the cache (or reuses it) and returns its metadata; a number is a failed exit status. */
export async function fetchDockerImage(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, uri: string, options: PullOptions): Promise<SifMeta | number> {
  const reference = lab.parse(uri.slice('docker://'.length))
  const credential = await pullCredential(lab, ctx, log, reference.registry, options)
  const image = lab.resolve(reference, credential)
  if (typeof image === 'string') return log.fatal(`While making image from oci registry: error fetching image to cache: failed to get checksum for ${uri}: ${image}`)

  const meta = metaFor(lab, image, uri)
  if (!options.disableCache && lab.cache.has('oci-tmp', meta.digest)) {
    log.info('Using cached SIF image')
    return meta
  }

  log.info('Converting OCI blobs to SIF format')
  log.info('Starting build...')
  log.info('Fetching OCI image...')
  for (const [index, size] of image.layers.entries()) {
    await ctx.io.sleep(Math.max(100, Math.round(size / 50_000)))
    // Blob bars appear only on a terminal and only for blobs of 64 KiB or more.
    if (ctx.io.isTTY && size >= 65_536) ctx.io.write(`${humanBytes(size)} / ${humanBytes(size)} [${'='.repeat(58)}] 100 % 48.2 MiB/s 0s\n`, 'stderr')
    if (!options.disableCache) lab.cache.add('blob', pseudoDigest(`${image.repository}:${index}`), size)
  }
  log.info('Extracting OCI image...')
  await ctx.io.sleep(800)
  log.info('Inserting Apptainer configuration...')
  log.info('Creating SIF file...')
  await ctx.io.sleep(1200)
  ctx.io.write(`[${'='.repeat(68)}] 100 % 0s\n`, 'stderr')
  if (!options.disableCache) lab.cache.add('oci-tmp', meta.digest, meta.size)
  return meta
}

/** Reads a local SIF; a number is a failed exit status. */
export function readSif(lab: ApptainerLab, log: Logger, path: string): SifMeta | number {
  const node = lab.system.fs.lookup(lab.system.resolve(path))
  if (!node) return log.fatal(`could not open image ${lab.system.resolve(path)}: failed to retrieve path for ${path}: lstat ${lab.system.resolve(path)}: no such file or directory`)
  const meta = decodeSif(node.content)
  if (!meta) return log.fatal(`could not open image ${lab.system.resolve(path)}: image format not recognized`)
  return meta
}

export function parsePullOptions(args: string[]): { options: PullOptions; operands: string[]; error?: string } {
  const options: PullOptions = { force: false, disableCache: false, dockerLogin: false, authfile: undefined, dir: undefined }
  const operands: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '-F' || arg === '--force') options.force = true
    else if (arg === '--disable-cache') options.disableCache = true
    else if (arg === '--docker-login') options.dockerLogin = true
    else if (arg === '--authfile') options.authfile = args[++index]
    else if (arg === '--dir') options.dir = args[++index]
    else if (arg.startsWith('-')) return { options, operands, error: `unknown flag: ${arg}` }
    else operands.push(arg)
  }
  return { options, operands }
}

export async function pullCommand(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, args: string[]): Promise<number> {
  const { options, operands, error } = parsePullOptions(args)
  if (error !== undefined) return usageError(ctx, 'pull', error)
  if (operands.length < 1 || operands.length > 2) return usageError(ctx, 'pull', `requires at least 1 arg(s), only received ${operands.length}`)

  const uri = operands[operands.length - 1]!
  const scheme = /^([a-z]+):\/\//.exec(uri)?.[1]
  if (scheme === undefined) return log.fatal('No transport type URI supplied')
  if (scheme === 'library') return log.fatal('Unable to get library client configuration: remote has no library client (see https://apptainer.org/docs/user/latest/endpoint.html#no-default-remote)')
  if (scheme !== 'docker' && scheme !== 'oras') return log.fatal(`Unsupported transport type: ${scheme}`)

  const name = operands.length === 2 ? operands[0]! : defaultSifName(uri)
  const target = lab.system.resolve(options.dir === undefined ? name : `${options.dir}/${name}`)
  if (lab.system.fs.lookup(target) && !options.force) return log.fatal(`Image file already exists: "${name}" - will not overwrite`)

  const meta = scheme === 'oras' ? await fetchOras(lab, ctx, log, uri) : await fetchDockerImage(lab, ctx, log, uri, options)
  if (typeof meta === 'number') return meta

  try {
    writeSif(lab.system, target, meta)
  } catch (caught) {
    if (!(caught instanceof FsError)) throw caught
    return log.fatal(`While pulling image from oci registry: open ${target}: ${caught.reason.toLowerCase()}`)
  }
  return 0
}

async function fetchOras(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, uri: string): Promise<SifMeta | number> {
  const reference = lab.parse(uri.slice('oras://'.length))
  const key = `${reference.registry}/${reference.path}:${reference.tag}`
  const meta = lab.artifacts.get(key)
  const credential = lab.credentials.lookup(reference.registry)
  if (!meta || (credential && !lab.acceptsCredential(reference.registry, credential))) {
    return log.fatal(`While pulling image from oci registry: failed to get checksum for ${uri}: GET https://${reference.registry}/v2/${reference.path}/manifests/${reference.tag}: UNAUTHORIZED: authentication required`)
  }

  if (lab.cache.has('oras', meta.digest)) log.info('Using cached SIF image')
  else {
    log.info('Downloading oras image')
    await ctx.io.sleep(1500)
    lab.cache.add('oras', meta.digest, meta.size)
  }
  log.info(`Digest: sha256:${meta.digest}`)
  return meta
}

export function usageError(ctx: HostProgramContext, command: string, message: string): number {
  const usage: Record<string, string> = {
    pull: 'pull [pull options...] [output file] <URI>',
    run: 'run [run options...] <container> [args...]',
    exec: 'exec [exec options...] <container> <command>',
    shell: 'shell [shell options...] <container>',
    build: 'build [local options...] <IMAGE PATH> <BUILD SPEC>',
    push: 'push [push options...] <image> <URI>',
    inspect: 'inspect [inspect options...] <image path>',
  }
  ctx.io.write(`Error: ${message}\nUsage:\n  apptainer [global options...] ${usage[command] ?? command}\n\nRun 'apptainer --help' for more detailed usage information.\n`, 'stderr')
  return 255
}
