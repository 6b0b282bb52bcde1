// Executes a RUN instruction in the stage's filesystem with the container
// shell, as BuildKit runs it in a temporary container. The command runs as
// the current USER in the WORKDIR, with ENV and ARG values in its
// environment, and `--mount=type=secret` files exist only while it runs.

import { quote } from 'shell-quote'
import { resolveUser } from '../docker/daemon'
import { FsError, resolvePath } from '../fs/vfs'
import { ContainerShell } from '../shell/container'
import type { ContainerContext, ExecResult } from '../shell/types'
import type { DockerInstruction } from '../lint/dockerfile'
import { commandArgv, DEFAULT_SHELL, shellText } from './metadata'
import { withVirtualSizes } from './sizes'
import type { StageState } from './state'

export interface SecretMount {
  id: string
  target: string
  required: boolean
}

/** Parses the `--mount` flags of a RUN; only `type=secret` mounts put files where the command can read them. */
export function secretMounts(instruction: DockerInstruction): SecretMount[] {
  const mounts: SecretMount[] = []
  for (const flag of instruction.flags) {
    if (flag.name !== 'mount' || flag.value === null) continue
    const options = new Map(flag.value.split(',').map((part) => [part.split('=')[0]!, part.slice(part.indexOf('=') + 1)] as const))
    if (options.get('type') !== 'secret') continue

    const id = options.get('id') ?? options.get('target')?.split('/').pop() ?? ''
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination') ?? `/run/secrets/${id}`
    mounts.push({ id, target, required: options.get('required') === 'true' })
  }
  return mounts
}

/** Returns the environment of the RUN: image ENV plus the ARG values that ENV does not override. */
export function runEnvironment(state: StageState): Map<string, string> {
  const env = new Map<string, string>()
  for (const [name, value] of state.args) env.set(name, value)
  for (const item of state.config.Env) {
    const equals = item.indexOf('=')
    env.set(item.slice(0, equals), item.slice(equals + 1))
  }
  return env
}

/** Returns the `CREATED BY` text BuildKit records: ARG values in scope, then the command, without `--mount` flags. */
export function runHistoryText(state: StageState, instruction: DockerInstruction): string {
  const argv = commandArgv(instruction, state.config.Shell ?? DEFAULT_SHELL)
  const args = [...state.args].map(([name, value]) => `${name}=${value}`)
  const prefix = args.length > 0 ? `|${args.length} ${args.join(' ')} ` : ''
  return `RUN ${prefix}${argv.join(' ')} # buildkit`
}

export type RunOutcome = { ok: true; result: ExecResult } | { ok: false; message: string; result: ExecResult | undefined }

function buildContext(state: StageState, startMs: number): ContainerContext {
  return {
    fs: state.fs,
    hostname: 'buildkitsandbox',
    flavor: state.base.flavor,
    startMs,
    processes: () => [],
    http: () => ({ kind: 'unresolved' }),
    software: new Set(),
    database: () => undefined,
  }
}

function mountSecrets(state: StageState, mounts: SecretMount[], secrets: ReadonlyMap<string, string>, now: number): { created: string[]; missing: string | undefined } {
  const created: string[] = []
  for (const mount of mounts) {
    const content = secrets.get(mount.id)
    if (content === undefined) {
      if (mount.required) return { created, missing: mount.id }
      continue
    }

    const path = resolvePath('/', mount.target)
    const parts = path.split('/').filter(Boolean)
    for (let index = 1; index < parts.length; index++) {
      const dir = `/${parts.slice(0, index).join('/')}`
      if (state.fs.lookup(dir)) continue
      state.fs.mkdir(dir, now)
      created.push(dir)
    }
    state.fs.writeFile(path, content, now)
    state.fs.lookup(path)!.mode = 0o400
    created.push(path)
  }
  return { created, missing: undefined }
}

function unmountSecrets(state: StageState, created: string[], now: number): void {
  for (const path of [...created].reverse()) {
    try {
      state.fs.remove(path, now)
    } catch (error) {
      if (!(error instanceof FsError)) throw error
    }
  }
}

/** Runs the RUN instruction and returns its output; the filesystem changes stay in `state.fs`. */
export function executeRun(state: StageState, instruction: DockerInstruction, secrets: ReadonlyMap<string, string>, startMs: number): RunOutcome {
  const shell = state.config.Shell ?? DEFAULT_SHELL
  const argv = commandArgv(instruction, shell)
  const display = `process "${argv.join(' ')}" did not complete successfully`

  const user = resolveUser(state.fs, state.config.User)
  if (typeof user === 'string') return { ok: false, message: `${display}: unable to start container process: ${user}`, result: undefined }

  const program = argv[0] ?? ''
  const executable = program.includes('/') ? state.fs.lookup(program) : undefined
  if (program.includes('/') && (!executable || executable.type !== 'file')) {
    return { ok: false, message: `${display}: runc run failed: unable to start container process: error during container init: exec: "${program}": stat ${program}: no such file or directory`, result: undefined }
  }

  const mounts = mountSecrets(state, secretMounts(instruction), secrets, startMs)
  if (mounts.missing !== undefined) {
    unmountSecrets(state, mounts.created, startMs)
    return { ok: false, message: `secret ${mounts.missing}: not found`, result: undefined }
  }

  const env = runEnvironment(state)
  env.set('HOSTNAME', 'buildkitsandbox')
  env.set('HOME', user.home)
  const containerShell = new ContainerShell(buildContext(state, startMs), { cwd: state.config.WorkingDir || '/', env, cred: { uid: user.uid, gid: user.gid }, lastExit: 0 }, { kind: state.base.shell === 'ash' ? 'ash' : 'dash', argv0: '/bin/sh' })

  // The shell form runs the text through `/bin/sh -c` (or the SHELL given); the exec form runs the argv as given.
  let script = quote(argv)
  if (!instruction.execArgs && shell[0] === '/bin/sh') script = shellText(instruction)
  const result = withVirtualSizes(state.sizes, () => containerShell.run(script))
  unmountSecrets(state, mounts.created, startMs + result.durationMs)

  if (result.exitCode !== 0) return { ok: false, message: `${display}: exit code: ${result.exitCode}`, result }
  return { ok: true, result }
}
