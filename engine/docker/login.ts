// `docker login` and `docker logout`: credentials go to ~/.docker/config.json
// (`auths`, base64 `user:password`), where Apptainer also looks for them.

import type { FlagSpec } from '../flags/parse'
import type { DockerContext, RegistryAccess, RegistryCredential } from './context'
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

/** Docker Hub hints the CLI prints before the username prompt (docker/cli `registerSuggest`, `patSuggest`). */
const REGISTER_SUGGEST = "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one."
const PAT_SUGGEST = 'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/'

/** Returns the note docker/cli's `tui.PrintNote` writes before the Docker Hub password prompt, coloured on a terminal. */
function patNote(isTTY: boolean): string {
  const url = 'https://app.docker.com/settings'
  const lines = ['A Personal Access Token (PAT) can be used instead.', `To create a PAT, visit ${isTTY ? `\x1b[4m${url}\x1b[0m` : url}`, '', '']
  const header = isTTY ? '\x1b[1m\x1b[106m\x1b[30mi\x1b[0m\x1b[0m \x1b[96mInfo → \x1b[0m\x1b[0m' : ' Info -> '
  const indent = ' '.repeat(9)
  const body = lines.map((line, index) => `${index > 0 ? indent : ''}${isTTY ? `\x1b[3m${line}\x1b[0m` : line}\n`)
  return `\n${header}${body.join('')}`
}

/** Reads a boolean variable of the client's environment as Go's strconv.ParseBool does, or returns `fallback` when it is unset or invalid. */
function envFlag(ctx: DockerContext, name: string, fallback: boolean): boolean {
  const value = ctx.hostFiles?.env.get(name)
  if (value === undefined || value === '') return fallback
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false
  return fallback
}

/** Prompts for the missing username and password the way docker/cli's PromptUserForCredentials does. */
async function promptCredentials(ctx: DockerContext, registry: string, username: string | undefined, password: string | undefined, defaultUsername: string): Promise<RegistryCredential | string> {
  const read = async (echo: boolean): Promise<string> => ((ctx.io.readLine ? await ctx.io.readLine(echo) : undefined) ?? '').trim()

  if (username === undefined || username.trim() === '') {
    if (registry === DOCKER_HUB) {
      out(ctx, `${REGISTER_SUGGEST}\n`)
      if (envFlag(ctx, 'DOCKER_CLI_HINTS', true)) out(ctx, `${PAT_SUGGEST}\n\n`)
    }
    out(ctx, defaultUsername === '' ? 'Username: ' : `Username (${defaultUsername}): `)
    username = (await read(true)) || defaultUsername
    if (username === '') return 'Non-null Username Required'
  }

  if (password === undefined || password.trim() === '') {
    if (registry === DOCKER_HUB) err(ctx, patNote(ctx.io.isTTY))
    out(ctx, 'Password: ')
    password = await read(false)
    if (!ctx.io.readLine) out(ctx, '\n')
    if (password === '') return 'Password Required'
  }

  return { username: username.trim(), password }
}

export async function loginCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'login', args, LOGIN_FLAGS)
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length > 1) return argumentError(ctx, 'login', 'requires at most 1 argument')

  const { values } = parsed
  const registry = registryOf(parsed.positionals[0])
  const username = values.get('username') as string | undefined
  let password = values.get('password') as string | undefined

  if (password !== undefined) err(ctx, 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n')
  if (values.get('password-stdin') === true) {
    if (password !== undefined) return loginError(ctx, '--password and --password-stdin are mutually exclusive')
    if (username === undefined) return loginError(ctx, 'Must provide --username with --password-stdin')
    password = ctx.stdin.replace(/\n$/, '').replace(/\r$/, '')
  }

  const access = ctx.registry
  // Like the CLI, only a login without -u and -p looks at the stored credentials.
  const stored = username === undefined && password === undefined ? access?.lookup?.(registry) : undefined
  if (access && stored && loginWithStored(ctx, access, registry, stored)) return 0

  // The CLI prompts only when its stdin is a terminal, so a pipe or a script gets this error instead.
  const complete = (username ?? '') !== '' && (password ?? '') !== ''
  if (!complete && (!ctx.io.isTTY || ctx.stdin !== '')) return loginError(ctx, 'Cannot perform an interactive login from a non TTY device')

  // NOTE: without -u and -p, docker 28 first starts Docker Hub's web-based device-code login.
  // The simulated host cannot reach that service, so the CLI falls back as it does offline.
  if (registry === DOCKER_HUB && username === undefined && password === undefined && !envFlag(ctx, 'DOCKER_CLI_DISABLE_OAUTH_LOGIN', false)) {
    err(ctx, 'Failed to start web-based login - falling back to command line login...\n\n')
  }

  const credential = complete ? { username: username!.trim(), password: password! } : await promptCredentials(ctx, registry, username, password, stored?.username ?? '')
  if (typeof credential === 'string') return loginError(ctx, credential)

  if (!access || !access.accepts(registry, credential)) {
    err(ctx, `Error response from daemon: Get "${apiUrl(registry)}": unauthorized: incorrect username or password\n`)
    return 1
  }

  storeCredential(ctx, access, registry, credential)
  return 0
}

function storeCredential(ctx: DockerContext, access: RegistryAccess, registry: string, credential: RegistryCredential): void {
  access.store(registry, credential)
  err(ctx, `WARNING! Your credentials are stored unencrypted in '${access.configPath}'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`)
  out(ctx, 'Login Succeeded\n')
}

/**
 * Logs in with the credentials config.json already stores, as the CLI tries
 * first when neither -u nor -p is given. Returns false when they are
 * incomplete or the registry rejects them, so that the caller prompts.
 */
function loginWithStored(ctx: DockerContext, access: RegistryAccess, registry: string, stored: RegistryCredential): boolean {
  if (stored.username === '' || stored.password === '') return false

  out(ctx, `Authenticating with existing credentials... [Username: ${stored.username}]\nTo login with a different account, run 'docker logout' followed by 'docker login'\n\n`)
  if (!access.accepts(registry, stored)) {
    err(ctx, 'Stored credentials invalid or expired\n')
    return false
  }
  storeCredential(ctx, access, registry, stored)
  return true
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
