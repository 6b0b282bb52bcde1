// `docker build`: with Docker 28 the command runs `docker buildx build`
// (BuildKit), so flags, help and errors are buildx's. Output goes to stderr in
// the plain progress format.
// NOTE: on a terminal buildx draws its interactive `[+] Building` view unless
// `--progress=plain` is given. The simulator always prints the plain format,
// because it shows the RUN output the lessons discuss.

import { FlagError, parseFlags, type FlagSpec, type ParsedFlags } from '../flags/parse'
import { renderHelp } from '../flags/help'
import type { DockerContext } from '../docker/context'
import { resolvePath } from '../fs/vfs'
import { loadContext, type BuildContext } from './context'
import { runBuild } from './builder'
import { installBuildPrograms } from './programs'

const BUILD_USAGE = 'docker buildx build [OPTIONS] PATH | URL | -'

// Only the flags the simulator acts on are listed, so `--help` shows a subset of buildx's.
// NOTE: the flag texts are buildx's as remembered, not copied from a Docker 28.2 client.
export const BUILD_FLAGS: FlagSpec[] = [
  { name: 'build-arg', type: 'stringArray', usage: 'Set build-time variables' },
  { name: 'file', shorthand: 'f', type: 'string', usage: 'Name of the Dockerfile (default: "PATH/Dockerfile")' },
  { name: 'label', type: 'stringArray', usage: 'Set metadata for an image' },
  { name: 'load', type: 'bool', usage: 'Shorthand for "--output=type=docker"' },
  { name: 'network', type: 'string', default: 'default', usage: 'Set the networking mode for the "RUN" instructions during build' },
  { name: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
  { name: 'platform', type: 'stringArray', usage: 'Set target platform for build' },
  { name: 'progress', type: 'string', default: 'auto', usage: 'Set type of progress output ("auto", "plain", "tty", "rawjson"). Use plain to show container output' },
  { name: 'pull', type: 'bool', usage: 'Always attempt to pull all referenced images' },
  { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Suppress the build output and print image ID on success' },
  { name: 'secret', type: 'stringArray', usage: 'Secret to expose to the build (format: "id=mysecret[,src=/local/secret]")' },
  { name: 'tag', shorthand: 't', type: 'stringArray', usage: 'Image identifier (format: "[registry/]repository[:tag]")' },
  { name: 'target', type: 'string', usage: 'Set the target build stage to build' },
]

export const BUILD_HELP = renderHelp({
  usage: BUILD_USAGE,
  description: 'Start a build',
  aliases: ['docker buildx build', 'docker buildx b'],
  flags: BUILD_FLAGS,
})

function usageError(ctx: DockerContext, message: string): number {
  ctx.io.write(`ERROR: ${message}\nSee 'docker buildx build --help'.\n\nUsage:  ${BUILD_USAGE}\n\nStart a build\n`, 'stderr')
  return 1
}

function list(values: ParsedFlags['values'], name: string): string[] {
  return (values.get(name) as string[] | undefined) ?? []
}

/** Parses `--build-arg NAME=value`; `NAME` alone takes the value from the client's environment, which the simulator has not. */
function buildArgs(values: ParsedFlags['values']): Map<string, string> {
  const args = new Map<string, string>()
  for (const item of list(values, 'build-arg')) {
    const equals = item.indexOf('=')
    if (equals > 0) args.set(item.slice(0, equals), item.slice(equals + 1))
  }
  return args
}

/** Reads `--secret id=NAME,src=PATH` (or `env=VAR`) from the host; returns an error message on failure. */
function readSecrets(ctx: DockerContext, values: ParsedFlags['values']): Map<string, string> | string {
  const secrets = new Map<string, string>()
  const host = ctx.hostFiles

  for (const item of list(values, 'secret')) {
    const fields = new Map(item.split(',').map((part) => [part.split('=')[0]!, part.slice(part.indexOf('=') + 1)] as const))
    const source = fields.get('src') ?? fields.get('source')
    const id = fields.get('id') ?? (source ? source.split('/').pop()! : '')
    if (id === '') return `failed to parse secret: secret ID missing from "${item}"`

    if (fields.has('env')) {
      const value = host?.env.get(fields.get('env')!)
      if (value !== undefined) secrets.set(id, value)
      continue
    }
    const path = resolvePath(host?.cwd ?? '/', source ?? id)
    const node = host?.fs.lookup(path)
    if (!node || node.type !== 'file') return `failed to stat ${source ?? id}: stat ${source ?? id}: no such file or directory`
    secrets.set(id, node.content)
  }
  return secrets
}

function normaliseTags(tags: string[]): string[] | string {
  const result: string[] = []
  for (const tag of tags) {
    if (tag !== tag.toLowerCase()) return `invalid tag "${tag}": repository name must be lowercase`
    if (!/^[a-z0-9]([a-z0-9._/-]*[a-z0-9])?(:\w[\w.-]{0,127})?$/.test(tag)) return `invalid tag "${tag}": invalid reference format`
    result.push(tag.includes(':') && !tag.slice(tag.lastIndexOf(':')).includes('/') ? tag : `${tag}:latest`)
  }
  return result
}

interface Source {
  text: string
  name: string
  context: BuildContext | undefined
}

/** Finds the Dockerfile and the context directory; returns the error text when either is missing. */
function readSource(ctx: DockerContext, path: string, file: string | undefined): Source | string {
  const host = ctx.hostFiles
  if (!host) return 'the build context is not available'

  if (path === '-') {
    return { text: ctx.stdin, name: 'Dockerfile', context: undefined }
  }

  const root = resolvePath(host.cwd, path)
  const dir = host.fs.lookup(root)
  if (!dir) return `unable to prepare context: path "${path}" not found`
  if (dir.type !== 'dir') return `unable to prepare context: path "${path}" is not a directory`

  const dockerfilePath = file === undefined ? `${root === '/' ? '' : root}/Dockerfile` : resolvePath(host.cwd, file)
  const node = host.fs.lookup(dockerfilePath)
  if (!node || node.type !== 'file') {
    const shown = file ?? `${path === '.' ? '' : `${path.replace(/\/$/, '')}/`}Dockerfile`
    return `failed to solve: failed to read dockerfile: open ${shown}: no such file or directory`
  }
  return { text: node.content, name: dockerfilePath.split('/').pop() ?? 'Dockerfile', context: loadContext(host.fs, root) }
}

export async function buildCommand(ctx: DockerContext, args: string[]): Promise<number> {
  installBuildPrograms()

  let parsed: ParsedFlags
  try {
    parsed = parseFlags(args, BUILD_FLAGS, { interspersed: true })
  } catch (error) {
    if (!(error instanceof FlagError)) throw error
    return usageError(ctx, error.message)
  }
  if (parsed.help) {
    ctx.io.write(BUILD_HELP, 'stdout')
    return 0
  }
  if (parsed.positionals.length !== 1) return usageError(ctx, '"docker buildx build" requires exactly 1 argument.')

  const { values } = parsed
  const tags = normaliseTags(list(values, 'tag'))
  if (typeof tags === 'string') return usageError(ctx, tags)

  const secrets = readSecrets(ctx, values)
  if (typeof secrets === 'string') {
    ctx.io.write(`ERROR: ${secrets}\n`, 'stderr')
    return 1
  }

  const source = readSource(ctx, parsed.positionals[0]!, values.get('file') as string | undefined)
  if (typeof source === 'string') {
    ctx.io.write(`ERROR: ${source}\n`, 'stderr')
    return 1
  }

  const outcome = await runBuild(ctx.daemon, ctx.io, {
    source: source.text,
    dockerfileName: source.name,
    context: source.context,
    tags,
    target: values.get('target') as string | undefined,
    noCache: values.get('no-cache') === true,
    quiet: values.get('quiet') === true,
    buildArgs: buildArgs(values),
    secrets,
  })
  return outcome.exitCode
}
