// `apptainer registry login/logout/list` and `apptainer push … oras://`.

import type { HostProgramContext } from '../shell/host'
import { Prompter } from '../host/prompt'
import { authKey } from './credentials'
import type { ApptainerLab } from './lab'
import type { Logger } from './log'
import { readSif, usageError } from './pull'

function registryOf(uri: string): string {
  return uri.replace(/^[a-z]+:\/\//, '').split('/')[0]!
}

export async function registryCommand(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, args: string[]): Promise<number> {
  const [sub, ...rest] = args
  if (sub === 'login') return login(lab, ctx, log, rest)
  if (sub === 'logout') return logout(lab, log, rest)
  if (sub === 'list') return list(lab, ctx)
  ctx.io.write(`Manage authentication to OCI/Docker registries\n\nUsage:\n  apptainer registry [option] <subcommand>\n\nAvailable Commands:\n  list        List all OCI credentials that are configured\n  login       Login to an OCI/Docker registry\n  logout      Logout from an OCI/Docker registry\n`, sub === undefined ? 'stdout' : 'stderr')
  return sub === undefined ? 0 : 255
}

async function login(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, args: string[]): Promise<number> {
  const env = lab.system.shell.env
  let username = env.get('APPTAINER_LOGIN_USERNAME')
  let password = env.get('APPTAINER_LOGIN_PASSWORD')
  let passwordStdin = false
  let authfile: string | undefined
  const operands: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '-u' || arg === '--username') username = args[++index]
    else if (arg.startsWith('--username=')) username = arg.slice('--username='.length)
    else if (arg === '-p' || arg === '--password') password = args[++index]
    else if (arg === '--password-stdin') passwordStdin = true
    else if (arg === '--authfile') authfile = args[++index]
    else operands.push(arg)
  }

  const uri = operands[0]
  if (uri === undefined) return usageError(ctx, 'registry login', 'requires 1 arg(s), only received 0')
  if (!/^(docker|oras):\/\//.test(uri)) return log.fatal(`while login to ${uri}: URI must begin with docker:// or oras://`)
  if (username === undefined || username === '') return log.fatal(`while login to ${uri}: Docker/OCI registry requires a username`)

  if (passwordStdin) password = ctx.stdin.replace(/\n$/, '')
  else if (password === undefined) password = (await new Prompter(ctx, 'stdout').ask('Password / Token: ', false)) ?? ''
  if (password === '') return log.fatal(`while login to ${uri}: a password is required`)

  const registry = registryOf(uri)
  const credential = { username, password }
  if (!lab.acceptsCredential(registry, credential)) {
    // NOTE: registry error text modelled on go-containerregistry's transport errors.
    return log.fatal(`while login to ${uri}: GET https://${registry === 'docker.io' ? 'auth.docker.io' : registry}/token: UNAUTHORIZED: incorrect username or password`)
  }

  const path = authfile === undefined ? lab.credentials.configPath() : lab.system.resolve(authfile)
  lab.credentials.store(registry, credential, path)
  log.info(`Token stored in ${authfile ?? path}`)

  const remotes = lab.credentials.remoteEntries().filter((entry) => entry !== uri)
  lab.credentials.setRemoteEntries(authfile === undefined ? [...remotes, uri] : remotes)
  log.info(`Token stored in ${lab.credentials.remotePath()}`)
  return 0
}

function logout(lab: ApptainerLab, log: Logger, args: string[]): number {
  const uri = args.find((arg) => !arg.startsWith('-'))
  if (uri === undefined) return log.fatal('requires 1 arg(s), only received 0')

  const registry = registryOf(uri)
  const removed = lab.credentials.remove(registry)
  lab.credentials.setRemoteEntries(lab.credentials.remoteEntries().filter((entry) => registryOf(entry) !== registry))
  if (removed) log.info(`Token removed from ${lab.credentials.configPath()}`)
  else log.warning(`There is no existing login to registry "${registry}".`)
  log.info('Logout succeeded')
  return 0
}

function list(lab: ApptainerLab, ctx: HostProgramContext): number {
  const entries = lab.credentials.remoteEntries()
  const width = Math.max(3, ...entries.map((entry) => entry.length)) + 3
  const rows = [`${'URI'.padEnd(width)}SECURE?`, ...entries.map((entry) => `${entry.padEnd(width)}✓`)]
  ctx.io.write(`\n${rows.join('\n')}\n`, 'stdout')
  return 0
}

export async function pushCommand(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, args: string[]): Promise<number> {
  const [image, uri] = args.filter((arg) => !arg.startsWith('-'))
  if (image === undefined || uri === undefined) return usageError(ctx, 'push', `requires 2 arg(s), only received ${args.length}`)
  if (!uri.includes('://')) return log.fatal(`bad uri ${uri}`)
  if (!uri.startsWith('oras://')) {
    // NOTE: library:// pushes need a configured library remote, which this host does not have.
    return log.fatal(`Unsupported transport type: ${uri.split('://')[0]}`)
  }

  const meta = readSif(lab, log, image)
  if (typeof meta === 'number') return meta

  log.info(`Digest: sha256:${meta.digest}`)
  const reference = lab.parse(uri.slice('oras://'.length))
  const credential = lab.credentials.lookup(reference.registry)
  if (!credential || !lab.acceptsCredential(reference.registry, credential)) {
    return log.fatal(`Unable to push image to oci registry: unable to push: POST https://${reference.registry}/v2/${reference.path}/blobs/uploads/: UNAUTHORIZED: authentication required`)
  }

  await ctx.io.sleep(2000)
  lab.artifacts.set(`${reference.registry}/${reference.path}:${reference.tag}`, meta)
  log.info('Upload complete')
  return 0
}


