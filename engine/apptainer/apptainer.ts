// Entry point of the simulated `apptainer` 1.4 CLI: global flags, subcommand
// dispatch and the run/exec/shell actions.

import type { HostProgramContext } from '../shell/host'
import { buildCommand, cacheCommand, inspectCommand } from './build'
import { APPTAINER_VERSION, type ApptainerLab } from './lab'
import { Logger } from './log'
import { fetchDockerImage, parsePullOptions, pullCommand, readSif, usageError } from './pull'
import { pushCommand, registryCommand } from './registry'
import { ContainerRunner, Instance, runscriptCommand, type RunOptions } from './runtime'
import type { SifMeta } from './sif'

const HELP = `Linux container platform optimized for High Performance Computing (HPC) and
Enterprise Performance Computing (EPC)

Usage:
  apptainer [global options...]

Available Commands:
  build       Build an Apptainer image
  cache       Manage the local cache
  exec        Run a command within a container
  inspect     Show metadata for an image
  pull        Pull an image from a URI
  push        Upload image to the provided URI
  registry    Manage authentication to OCI/Docker registries
  run         Run the user-defined default command within a container
  shell       Run a shell within a container
  version     Show the version for Apptainer

Run 'apptainer --help' for more detailed usage information.
`

export async function apptainerCommand(lab: ApptainerLab, ctx: HostProgramContext): Promise<number> {
  const log = new Logger(ctx.io)
  const args = ctx.argv.slice(1)
  while (args[0]?.startsWith('-')) {
    const flag = args.shift()!
    if (flag === '-q' || flag === '--quiet') log.quiet = true
    else if (flag === '-s' || flag === '--silent') log.silent = true
    else if (flag === '--nocolor') log.colour = false
    else if (flag === '--version') {
      ctx.io.write(`apptainer version ${APPTAINER_VERSION}\n`, 'stdout')
      return 0
    } else if (flag === '-h' || flag === '--help') {
      ctx.io.write(HELP, 'stdout')
      return 0
    } else {
      ctx.io.write(`Error: unknown flag: ${flag}\n`, 'stderr')
      return 255
    }
  }

  const [command, ...rest] = args
  switch (command) {
    case undefined:
      ctx.io.write(HELP, 'stdout')
      return 0
    case 'version':
      ctx.io.write(`${APPTAINER_VERSION}\n`, 'stdout')
      return 0
    case 'pull':
      return pullCommand(lab, ctx, log, rest)
    case 'build':
      return buildCommand(lab, ctx, log, rest)
    case 'inspect':
      return inspectCommand(lab, ctx, log, rest)
    case 'cache':
      return cacheCommand(lab, ctx, log, rest)
    case 'registry':
      return registryCommand(lab, ctx, log, rest)
    case 'push':
      return pushCommand(lab, ctx, log, rest)
    case 'run':
    case 'exec':
    case 'shell':
      return actionCommand(lab, ctx, log, command, rest)
    default:
      ctx.io.write(`Error: unknown command "${command}" for "apptainer"\nRun 'apptainer --help' for usage.\n`, 'stderr')
      return 255
  }
}

function parseRunOptions(lab: ApptainerLab, args: string[]): { options: RunOptions; pullArgs: string[]; operands: string[]; error?: string } {
  const options: RunOptions = { writableTmpfs: false, containAll: false, contain: false, cleanEnv: false, nv: false, binds: [] }
  const pullArgs: string[] = []
  let index = 0
  for (; index < args.length && args[index]!.startsWith('-'); index++) {
    const arg = args[index]!
    if (arg === '--writable-tmpfs') options.writableTmpfs = true
    else if (arg === '-C' || arg === '--containall') options.containAll = true
    else if (arg === '-c' || arg === '--contain') options.contain = true
    else if (arg === '-e' || arg === '--cleanenv') options.cleanEnv = true
    else if (arg === '--nv') options.nv = true
    else if (arg === '--compat') Object.assign(options, { containAll: true, writableTmpfs: true })
    else if (arg === '-B' || arg === '--bind' || arg.startsWith('--bind=')) {
      const value = arg.startsWith('--bind=') ? arg.slice('--bind='.length) : (args[++index] ?? '')
      for (const spec of value.split(',')) {
        const [source, target, mode] = spec.split(':')
        const resolved = lab.system.resolve(source!)
        options.binds.push({ source: resolved, target: target ?? resolved, readOnly: mode === 'ro' })
      }
    } else if (arg === '--docker-login' || arg === '--disable-cache') pullArgs.push(arg)
    else if (arg === '--authfile') pullArgs.push(arg, args[++index] ?? '')
    else return { options, pullArgs, operands: [], error: `unknown flag: ${arg}` }
  }
  return { options, pullArgs, operands: args.slice(index) }
}

async function actionCommand(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, command: 'run' | 'exec' | 'shell', args: string[]): Promise<number> {
  const { options, pullArgs, operands, error } = parseRunOptions(lab, args)
  if (error !== undefined) return usageError(ctx, command, error)
  const [image, ...commandArgs] = operands
  if (image === undefined || (command === 'exec' && commandArgs.length === 0)) return usageError(ctx, command, `requires at least ${command === 'exec' ? 2 : 1} arg(s), only received ${operands.length}`)

  const meta = await loadImage(lab, ctx, log, image, pullArgs)
  if (typeof meta === 'number') return meta

  for (const bind of options.binds) {
    if (!lab.system.fs.lookup(bind.source)) return log.fatal(`container creation failed: mount hook function failure: mount ${bind.source}->${bind.target} error: while mounting ${bind.source}: mount source ${bind.source} doesn't exist`)
  }
  // NOTE: the host has no NVIDIA GPU, so --nv finds no driver files, as on a machine without one.
  if (options.nv) log.warning('Could not find any nv files on this host!')

  const runner = new ContainerRunner(new Instance(lab, meta, options, image), ctx, log)
  if (command === 'exec') return runner.exec(commandArgs)
  if (command === 'shell') {
    if (commandArgs.length > 0) log.warning('Parameters to shell command are ignored')
    return runner.interactive()
  }
  return runner.exec(runscriptCommand(meta, commandArgs))
}

async function loadImage(lab: ApptainerLab, ctx: HostProgramContext, log: Logger, image: string, pullArgs: string[]): Promise<SifMeta | number> {
  if (image.startsWith('library://')) return log.fatal('Unable to get library client configuration: remote has no library client (see https://apptainer.org/docs/user/latest/endpoint.html#no-default-remote)')
  if (!image.startsWith('docker://')) return readSif(lab, log, image)
  return fetchDockerImage(lab, ctx, log, image, parsePullOptions(pullArgs).options)
}
