// `cp` and `install` in the host shell, with GNU coreutils 9.4's messages.
// Both read the source and write the destination with the caller's
// credentials, so a normal user cannot copy root's 0600 keys, and only root
// can hand a file to another owner with `install -o`.

import { baseName, dirName, FsError, type FsNode } from '../fs/vfs'
import type { HostProgramContext } from '../shell/host'
import { applyMode } from './files'
import type { HostSystem } from './system'

/**
 * Mask applied to the mode of a new file. It matches the 0644 files that
 * `touch` and redirects create in this shell.
 * NOTE: Ubuntu gives user-private-group accounts such as studente a umask of 002.
 */
const UMASK = 0o022

type Command = 'cp' | 'install'

interface ParsedArgs {
  flags: Set<string>
  values: Map<string, string>
  operands: string[]
}

/** Long options and the short letter they stand for. */
const LONG_OPTIONS: Record<string, string> = {
  '--recursive': 'r',
  '--verbose': 'v',
  '--preserve': 'p',
  '--directory': 'd',
  '--mode': 'm',
  '--owner': 'o',
  '--group': 'g',
  '--force': 'f',
}

export function installCopyCommands(system: HostSystem): void {
  system.register('cp', async (ctx) => cpCommand(system, ctx))
  system.register('install', async (ctx) => installCommand(system, ctx))
}

/** Splits argv into flags, the values of -m/-o/-g (install only) and operands. */
function parseArgs(argv: string[], valueLetters: string): ParsedArgs | string {
  const parsed: ParsedArgs = { flags: new Set(), values: new Map(), operands: [] }
  for (let index = 1; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split(/=(.*)/s) as [string, string | undefined]
      const letter = LONG_OPTIONS[name]
      if (letter === undefined) return `unrecognized option '${arg}'`
      if (valueLetters.includes(letter) && inline === undefined && argv[index + 1] === undefined) return `option '${name}' requires an argument`
      if (valueLetters.includes(letter)) parsed.values.set(letter, inline ?? argv[++index]!)
      else parsed.flags.add(letter)
      continue
    }
    if (!/^-./.test(arg)) {
      parsed.operands.push(arg)
      continue
    }

    for (let position = 1; position < arg.length; position++) {
      const letter = arg[position]!
      if (!valueLetters.includes(letter)) {
        parsed.flags.add(letter)
        continue
      }
      const value = position + 1 < arg.length ? arg.slice(position + 1) : argv[++index]
      if (value === undefined) return `option requires an argument -- '${letter}'`
      parsed.values.set(letter, value)
      break
    }
  }
  return parsed
}

function usageError(ctx: HostProgramContext, command: Command, message: string): number {
  ctx.io.write(`${command}: ${message}\nTry '${command} --help' for more information.\n`, 'stderr')
  return 1
}

function fail(ctx: HostProgramContext, command: Command, message: string): false {
  ctx.io.write(`${command}: ${message}\n`, 'stderr')
  return false
}

/** Checks the operand count and returns the sources with the destination of each. */
function planCopies(system: HostSystem, ctx: HostProgramContext, command: Command, operands: string[]): [string, string][] | number {
  if (operands.length === 0) return usageError(ctx, command, 'missing file operand')
  if (operands.length === 1) return usageError(ctx, command, `missing destination file operand after '${operands[0]}'`)

  const target = operands[operands.length - 1]!
  const sources = operands.slice(0, -1)
  const targetIsDir = system.fs.lookup(system.resolve(target))?.type === 'dir'
  if (sources.length > 1 && !targetIsDir) {
    ctx.io.write(`${command}: target '${target}' is not a directory\n`, 'stderr')
    return 1
  }
  const join = (source: string): string => `${target.replace(/\/+$/, '')}/${baseName(source.replace(/\/+$/, ''))}`
  const plan = sources.map((source): [string, string] => [source, targetIsDir ? join(source) : target])

  const same = plan.find(([source, destination]) => system.resolve(source) === system.resolve(destination) && system.fs.lookup(system.resolve(source)))
  if (same) {
    ctx.io.write(`${command}: '${same[0]}' and '${same[1]}' are the same file\n`, 'stderr')
    return 1
  }
  return plan
}

/** Reads a regular file as the caller, reporting coreutils' errors. */
function readSource(system: HostSystem, ctx: HostProgramContext, command: Command, source: string): { node: FsNode; content: string } | false {
  const path = system.resolve(source)
  const node = system.fs.lookup(path)
  if (!node) return fail(ctx, command, `cannot stat '${source}': No such file or directory`)

  try {
    const content = system.fs.readFile(path, system.shell.cred)
    system.notifyAccess({ path, perm: 'r', syscall: 'openat', argv: ctx.argv, node })
    return { node, content }
  } catch (error) {
    if (!(error instanceof FsError)) throw error
    return fail(ctx, command, `cannot open '${source}' for reading: ${error.reason}`)
  }
}

/** Writes the destination as the caller; a new file gets `mode`, an existing one keeps its mode. */
function writeDestination(system: HostSystem, ctx: HostProgramContext, command: Command, destination: string, content: string, mode: number): FsNode | false {
  const path = system.resolve(destination)
  const existing = system.fs.lookup(path)
  if (existing?.type === 'dir') return fail(ctx, command, `cannot overwrite directory '${destination}' with non-directory`)

  try {
    system.fs.writeFile(path, content, system.now(), system.shell.cred)
  } catch (error) {
    if (!(error instanceof FsError)) throw error
    return fail(ctx, command, `cannot create regular file '${destination}': ${error.reason}`)
  }

  const node = system.fs.lookup(path)!
  if (!existing) node.mode = mode
  system.notifyAccess({ path, perm: 'w', syscall: 'openat', argv: ctx.argv, node })
  return node
}

function cpCommand(system: HostSystem, ctx: HostProgramContext): number {
  const parsed = parseArgs(ctx.argv, '')
  if (typeof parsed === 'string') return usageError(ctx, 'cp', parsed)
  const plan = planCopies(system, ctx, 'cp', parsed.operands)
  if (typeof plan === 'number') return plan

  let status = 0
  for (const [source, destination] of plan) {
    if (!copyEntry(system, ctx, parsed.flags, source, destination)) status = 1
  }
  return status
}

/** Copies one file, or a directory tree with -r/-R; -p keeps mode and time, and owner for root. */
function copyEntry(system: HostSystem, ctx: HostProgramContext, flags: Set<string>, source: string, destination: string): boolean {
  const node = system.fs.lookup(system.resolve(source))
  if (node?.type === 'dir') return copyDirectory(system, ctx, flags, source, destination, node)

  const read = readSource(system, ctx, 'cp', source)
  if (!read) return false
  const written = writeDestination(system, ctx, 'cp', destination, read.content, read.node.mode & ~UMASK)
  if (!written) return false

  if (flags.has('p')) preserveAttributes(system, read.node, written)
  if (flags.has('v')) ctx.io.write(`'${source}' -> '${destination}'\n`, 'stdout')
  return true
}

function copyDirectory(system: HostSystem, ctx: HostProgramContext, flags: Set<string>, source: string, destination: string, node: FsNode): boolean {
  if (!flags.has('r') && !flags.has('R') && !flags.has('a')) return fail(ctx, 'cp', `-r not specified; omitting directory '${source}'`)

  const path = system.resolve(destination)
  if (!system.fs.lookup(path)) {
    try {
      system.fs.mkdir(path, system.now(), system.shell.cred)
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      return fail(ctx, 'cp', `cannot create directory '${destination}': ${error.reason}`)
    }
    system.fs.lookup(path)!.mode = node.mode & ~UMASK
    if (flags.has('v')) ctx.io.write(`'${source}' -> '${destination}'\n`, 'stdout')
  }

  let ok = true
  for (const name of [...node.children.keys()].sort()) {
    if (!copyEntry(system, ctx, flags, `${source.replace(/\/+$/, '')}/${name}`, `${destination.replace(/\/+$/, '')}/${name}`)) ok = false
  }
  return ok
}

function preserveAttributes(system: HostSystem, from: FsNode, to: FsNode): void {
  to.mode = from.mode
  to.mtime = from.mtime
  if (system.shell.cred.uid !== 0) return
  to.uid = from.uid
  to.gid = from.gid
}

function installCommand(system: HostSystem, ctx: HostProgramContext): number {
  const parsed = parseArgs(ctx.argv, 'mog')
  if (typeof parsed === 'string') return usageError(ctx, 'install', parsed)

  const modeSpec = parsed.values.get('m')
  // GNU install applies a symbolic -m to 0, so `-m u+rw` gives 0600.
  const mode = modeSpec === undefined ? 0o755 : applyMode(0, modeSpec)
  if (mode === undefined) return usageError(ctx, 'install', `invalid mode '${modeSpec}'`)

  const ownerName = parsed.values.get('o')
  const groupName = parsed.values.get('g')
  const owner = ownerName === undefined ? undefined : system.db.user(/^\d+$/.test(ownerName) ? Number(ownerName) : ownerName)
  const group = groupName === undefined ? undefined : system.db.group(/^\d+$/.test(groupName) ? Number(groupName) : groupName)
  if (ownerName !== undefined && !owner) return usageError(ctx, 'install', `invalid user '${ownerName}'`)
  if (groupName !== undefined && !group) return usageError(ctx, 'install', `invalid group '${groupName}'`)

  const attributes: Attributes = { mode, uid: owner?.uid, gid: group?.gid }
  if (parsed.flags.has('d')) return installDirectories(system, ctx, parsed.operands, attributes) ? 0 : 1

  const plan = planCopies(system, ctx, 'install', parsed.operands)
  if (typeof plan === 'number') return plan

  let status = 0
  for (const [source, destination] of plan) {
    if (!installFile(system, ctx, parsed.flags, source, destination, attributes)) status = 1
  }
  return status
}

interface Attributes {
  mode: number
  uid: number | undefined
  gid: number | undefined
}

/** Copies like cp, then sets owner, group and mode; changing the owner or group needs root. */
function installFile(system: HostSystem, ctx: HostProgramContext, flags: Set<string>, source: string, destination: string, attributes: Attributes): boolean {
  const read = readSource(system, ctx, 'install', source)
  if (!read) return false
  if (read.node.type === 'dir') return fail(ctx, 'install', `omitting directory '${source}'`)
  if (flags.has('D') && !createDirectories(system, ctx, dirName(system.resolve(destination)))) return false
  if (!removeExisting(system, ctx, destination)) return false

  // install creates the file as 0600 and applies the requested mode only after the ownership change.
  const written = writeDestination(system, ctx, 'install', destination, read.content, 0o600)
  if (!written) return false
  if (flags.has('v')) ctx.io.write(`'${source}' -> '${destination}'\n`, 'stdout')
  return applyAttributes(system, ctx, destination, written, attributes)
}

/** Unlinks an existing destination file, as install does before it opens the new one. */
function removeExisting(system: HostSystem, ctx: HostProgramContext, destination: string): boolean {
  const path = system.resolve(destination)
  if (system.fs.lookup(path, false)?.type !== 'file') return true
  try {
    system.fs.remove(path, system.now(), system.shell.cred)
    return true
  } catch (error) {
    if (!(error instanceof FsError)) throw error
    return fail(ctx, 'install', `cannot remove '${destination}': ${error.reason}`)
  }
}

function applyAttributes(system: HostSystem, ctx: HostProgramContext, name: string, node: FsNode, attributes: Attributes): boolean {
  const path = system.resolve(name)
  const changesOwner = (attributes.uid !== undefined && attributes.uid !== node.uid) || (attributes.gid !== undefined && attributes.gid !== node.gid)
  const root = system.shell.cred.uid === 0
  if (changesOwner && !root) return fail(ctx, 'install', `cannot change ownership of '${name}': Operation not permitted`)
  if (!root && node.uid !== system.shell.cred.uid) return fail(ctx, 'install', `cannot change permissions of '${name}': Operation not permitted`)

  if (changesOwner) {
    node.uid = attributes.uid ?? node.uid
    node.gid = attributes.gid ?? node.gid
    system.notifyAccess({ path, perm: 'a', syscall: 'fchown', argv: ctx.argv, node })
  }
  node.mode = attributes.mode
  system.notifyAccess({ path, perm: 'a', syscall: 'fchmod', argv: ctx.argv, node })
  return true
}

/** Creates every missing directory of the absolute `path`, mode 0755 (`install -D` and `-d`). */
function createDirectories(system: HostSystem, ctx: HostProgramContext, path: string): boolean {
  const parts = path.split('/').filter(Boolean)
  for (let index = 1; index <= parts.length; index++) {
    const step = `/${parts.slice(0, index).join('/')}`
    if (system.fs.lookup(step)) continue
    try {
      system.fs.mkdir(step, system.now(), system.shell.cred)
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      return fail(ctx, 'install', `cannot create directory '${step}': ${error.reason}`)
    }
  }
  return true
}

/** `install -d`: creates each directory with its parents and applies the attributes to the last. */
function installDirectories(system: HostSystem, ctx: HostProgramContext, operands: string[], attributes: Attributes): boolean {
  if (operands.length === 0) {
    usageError(ctx, 'install', 'missing file operand')
    return false
  }

  let ok = true
  for (const operand of operands) {
    const path = system.resolve(operand)
    if (!createDirectories(system, ctx, path)) {
      ok = false
      continue
    }
    const node = system.fs.lookup(path)!
    if (!applyAttributes(system, ctx, operand, node, attributes)) ok = false
  }
  return ok
}
