// `docker login` and `docker logout`: credentials go to ~/.docker/config.json
// (`auths`, base64 `user:password`), where Apptainer also looks for them.

import type { FlagSpec } from '../flags/parse'
import type { DockerContext } from './context'
import { err, out } from './context'
import { parseCommandFlags } from './flags'
import { argumentError } from './usage'

const LOGIN_FLAGS: FlagSpec[] = [
  { name: 'password', shorthand: 'p', type: 'string', usage: 'Password or Personal Access Token (PAT)' },
  { name: 'password-stdin', type: 'bool', usage: 'Take the Password or Personal Access Token (PAT) from stdin' },
  { name: 'username', shorthand: 'u', type: 'string', usage: 'Username' },
]

const DOCKER_HUB = 'docker.io'
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/'

/** Registry host of a `docker login` argument (`https://ghcr.io/` → `ghcr.io`). */
function registryOf(server: string | undefined): string {
  if (server === undefined) return DOCKER_HUB
  const host = server.replace(/^https?:\/\//, '').replace(/\/.*$/, '')
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB : host
}

function apiUrl(registry: string): string {
  return registry === DOCKER_HUB ? 'https://registry-1.docker.io/v2/' : `https://${registry}/v2/`
}

/** Reads one prompted line: typed at the terminal, or the next line of piped input. */
async function prompt(ctx: DockerContext, text: string, echo: boolean, piped: string[]): Promise<string | undefined> {
  out(ctx, text)
  if (ctx.io.readLine && piped.length === 0) return ctx.io.readLine(echo)

  const answer = piped.shift()
  out(ctx, echo && answer !== undefined ? `${answer}\n` : '\n')
  return answer
}

export async function loginCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'login', args, LOGIN_FLAGS)
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length > 1) return argumentError(ctx, 'login', 'requires at most 1 argument')

  const { values } = parsed
  const registry = registryOf(parsed.positionals[0])
  const piped = ctx.stdin === '' ? [] : ctx.stdin.replace(/\n$/, '').split('\n')
  let username = values.get('username') as string | undefined
  let password = values.get('password') as string | undefined

  if (password !== undefined) err(ctx, 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n')
  if (values.get('password-stdin') === true) {
    if (password !== undefined) return loginError(ctx, '--password and --password-stdin are mutually exclusive')
    if (username === undefined) return loginError(ctx, 'Must provide --username with --password-stdin')
    password = ctx.stdin.replace(/\r?\n$/, '')
    piped.length = 0
  }

  // NOTE: docker 28 starts a browser device-code login for Docker Hub without -u.
  // The simulator has no browser, so it prompts for a username as docker 26 did.
  if (username === undefined) username = (await prompt(ctx, 'Username: ', true, piped)) ?? ''
  if (username.trim() === '') return loginError(ctx, 'Non-null Username Required')
  if (password === undefined) password = (await prompt(ctx, 'Password: ', false, piped)) ?? ''
  if (password === '') return loginError(ctx, 'Password Required')

  const access = ctx.registry
  const credential = { username: username.trim(), password }
  if (!access || !access.accepts(registry, credential)) {
    err(ctx, `Error response from daemon: Get "${apiUrl(registry)}": unauthorized: incorrect username or password\n`)
    return 1
  }

  access.store(registry, credential)
  err(ctx, `WARNING! Your credentials are stored unencrypted in '${access.configPath}'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`)
  out(ctx, 'Login Succeeded\n')
  return 0
}

function loginError(ctx: DockerContext, message: string): number {
  err(ctx, `Error: ${message}\n`)
  return 1
}

export async function logoutCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'logout', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length > 1) return argumentError(ctx, 'logout', 'requires at most 1 argument')

  const registry = registryOf(parsed.positionals[0])
  const key = registry === DOCKER_HUB ? DOCKER_HUB_KEY : registry
  if (!ctx.registry?.remove(registry)) {
    out(ctx, `Not logged in to ${key}\n`)
    return 0
  }
  out(ctx, `Removing login credentials for ${key}\n`)
  return 0
}
