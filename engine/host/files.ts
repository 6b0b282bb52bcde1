// File commands of the host shell that act on owners and modes: ls (with -l),
// mkdir, touch, tee, rm, chmod, chown and chgrp. Each change to a path is
// reported to the audit subsystem, which logs it when a watch matches.

import { lsTime } from '../core/time'
import { FsError, modeString, type FsNode } from '../fs/vfs'
import { gnuColumns } from '../shell/columns'
import type { HostProgramContext } from '../shell/host'
import type { HostSystem } from './system'

/** One filesystem access as the kernel would see it, for audit watches. */
export interface FileAccess {
  path: string
  /** The auditctl permission class: r, w, x or a (attribute change). */
  perm: 'r' | 'w' | 'x' | 'a'
  syscall: string
  argv: string[]
  node: FsNode | undefined
}

export function installFileCommands(system: HostSystem): void {
  system.register('ls', async (ctx) => lsCommand(system, ctx))
  system.register('mkdir', async (ctx) => mkdirCommand(system, ctx))
  system.register('touch', async (ctx) => touchCommand(system, ctx))
  system.register('tee', async (ctx) => teeCommand(system, ctx))
  system.register('rm', async (ctx) => rmCommand(system, ctx))
  system.register('chmod', async (ctx) => chmodCommand(system, ctx))
  system.register('chown', async (ctx) => ownerCommand(system, ctx, 'chown'))
  system.register('chgrp', async (ctx) => ownerCommand(system, ctx, 'chgrp'))
}

function splitOptions(argv: string[]): { flags: Set<string>; operands: string[] } {
  const flags = new Set<string>()
  const operands: string[] = []
  for (const arg of argv.slice(1)) {
    if (/^-[A-Za-z]+$/.test(arg)) for (const flag of arg.slice(1)) flags.add(flag)
    else if (arg === '--verbose') flags.add('v')
    else operands.push(arg)
  }
  return { flags, operands }
}

function typeChar(system: HostSystem, node: FsNode): string {
  return system.sockets.has(node) ? 's' : modeString(node)[0]!
}

interface LongRow {
  mode: string
  links: string
  owner: string
  group: string
  size: string
  time: string
  name: string
}

function longRow(system: HostSystem, node: FsNode, name: string, numeric: boolean): LongRow {
  const links = node.type === 'dir' ? 2 + [...node.children.values()].filter((child) => child.type === 'dir').length : 1
  return {
    mode: typeChar(system, node) + modeString(node).slice(1),
    links: String(links),
    owner: numeric ? String(node.uid) : system.db.userName(node.uid),
    group: numeric ? String(node.gid) : system.db.groupName(node.gid),
    size: String(sizeOf(system, node)),
    time: lsTime(node.mtime, system.now()),
    name: node.type === 'symlink' ? `${name} -> ${node.target}` : name,
  }
}

function sizeOf(system: HostSystem, node: FsNode): number {
  if (node.type === 'dir') return 4096
  if (node.type === 'symlink') return node.target.length
  if (system.sockets.has(node)) return 0
  return system.fileSize(node)
}

function lsCommand(system: HostSystem, ctx: HostProgramContext): number {
  const { flags, operands } = splitOptions(ctx.argv)
  const long = flags.has('l') || flags.has('n')
  const targets = operands.length > 0 ? operands : ['.']
  let status = 0
  const blocks: string[] = []

  for (const target of targets) {
    const path = system.resolve(target)
    const link = system.fs.lookup(path, false)
    const node = link?.type === 'symlink' && (long || flags.has('d')) && !target.endsWith('/') ? link : system.fs.lookup(path)
    if (!node) {
      ctx.io.write(`ls: cannot access '${target}': No such file or directory\n`, 'stderr')
      status = 2
      continue
    }

    const entries: [string, FsNode][] =
      node.type === 'dir' && !flags.has('d')
        ? [...node.children.entries()].filter(([name]) => flags.has('a') || !name.startsWith('.')).sort(([a], [b]) => a.localeCompare(b))
        : [[target, node]]
    const columns = flags.has('C') || (ctx.io.isTTY && !flags.has('1')) ? ctx.io.columns : undefined
    blocks.push(renderEntries(system, entries, long, flags.has('n'), node.type === 'dir' && !flags.has('d'), columns))
  }

  const text = blocks.filter((block) => block !== '').join('')
  if (text !== '') ctx.io.write(text, 'stdout')
  return status
}

/** Renders one operand's entries; `columns` is the terminal width for the column layout, undefined for one name per line. */
function renderEntries(system: HostSystem, entries: [string, FsNode][], long: boolean, numeric: boolean, total: boolean, columns: number | undefined): string {
  if (entries.length === 0) return total && long ? 'total 0\n' : ''
  const names = entries.map(([name]) => name)
  if (!long) return columns === undefined ? names.join('\n') + '\n' : gnuColumns(names, columns)

  const rows = entries.map(([name, node]) => longRow(system, node, name, numeric))
  const width = (key: keyof LongRow): number => Math.max(...rows.map((row) => row[key].length))
  const lines = rows.map((row) =>
    [row.mode, row.links.padStart(width('links')), row.owner.padEnd(width('owner')), row.group.padEnd(width('group')), row.size.padStart(width('size')), row.time, row.name].join(' '),
  )
  const blocks = entries.reduce((sum, [, node]) => sum + Math.ceil(sizeOf(system, node) / 4096) * 4, 0)
  return (total ? `total ${blocks}\n` : '') + lines.join('\n') + '\n'
}

function fail(ctx: HostProgramContext, text: string): number {
  ctx.io.write(text, 'stderr')
  return 1
}

function mkdirCommand(system: HostSystem, ctx: HostProgramContext): number {
  const { flags, operands } = splitOptions(ctx.argv)
  if (operands.length === 0) return fail(ctx, "mkdir: missing operand\nTry 'mkdir --help' for more information.\n")

  let status = 0
  for (const operand of operands) {
    const path = system.resolve(operand)
    const steps = flags.has('p') ? path.split('/').filter(Boolean).map((_, index, parts) => `/${parts.slice(0, index + 1).join('/')}`) : [path]
    for (const step of steps) {
      if (flags.has('p') && system.fs.lookup(step)?.type === 'dir') continue
      try {
        system.fs.mkdir(step, system.now(), system.shell.cred)
        if (flags.has('v')) ctx.io.write(`mkdir: created directory '${step === path ? operand : step}'\n`, 'stdout')
      } catch (error) {
        if (!(error instanceof FsError)) throw error
        status = fail(ctx, `mkdir: cannot create directory '${operand}': ${error.reason}\n`)
        break
      }
    }
  }
  return status
}

function touchCommand(system: HostSystem, ctx: HostProgramContext): number {
  const { operands } = splitOptions(ctx.argv)
  if (operands.length === 0) return fail(ctx, "touch: missing file operand\nTry 'touch --help' for more information.\n")

  let status = 0
  for (const operand of operands) {
    const path = system.resolve(operand)
    const existing = system.fs.lookup(path)
    try {
      if (existing) system.fs.writeFile(path, existing.content, system.now(), system.shell.cred)
      else system.fs.writeFile(path, '', system.now(), system.shell.cred)
      system.notifyAccess({ path, perm: existing ? 'a' : 'w', syscall: existing ? 'utimensat' : 'openat', argv: ctx.argv, node: system.fs.lookup(path) })
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      status = fail(ctx, `touch: cannot touch '${operand}': ${error.reason}\n`)
    }
  }
  return status
}

function teeCommand(system: HostSystem, ctx: HostProgramContext): number {
  const { flags, operands } = splitOptions(ctx.argv)
  ctx.io.write(ctx.stdin, 'stdout')

  let status = 0
  for (const operand of operands) {
    const path = system.resolve(operand)
    try {
      system.fs.writeFile(path, ctx.stdin, system.now(), system.shell.cred, flags.has('a'))
      system.notifyAccess({ path, perm: 'w', syscall: 'openat', argv: ctx.argv, node: system.fs.lookup(path) })
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      status = fail(ctx, `tee: ${operand}: ${error.reason}\n`)
    }
  }
  return status
}

function rmCommand(system: HostSystem, ctx: HostProgramContext): number {
  const { flags, operands } = splitOptions(ctx.argv)
  if (operands.length === 0) return fail(ctx, "rm: missing operand\nTry 'rm --help' for more information.\n")

  let status = 0
  for (const operand of operands) {
    const path = system.resolve(operand)
    const node = system.fs.lookup(path, false)
    if (!node) {
      if (!flags.has('f')) status = fail(ctx, `rm: cannot remove '${operand}': No such file or directory\n`)
      continue
    }
    if (node.type === 'dir' && !flags.has('r') && !flags.has('R')) {
      status = fail(ctx, `rm: cannot remove '${operand}': Is a directory\n`)
      continue
    }
    try {
      system.fs.remove(path, system.now(), system.shell.cred)
      system.notifyAccess({ path, perm: 'w', syscall: 'unlinkat', argv: ctx.argv, node })
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      status = fail(ctx, `rm: cannot remove '${operand}': ${error.reason}\n`)
    }
  }
  return status
}

// Bits of one rwx triplet, and where each symbolic scope's triplet sits in the mode.
const PERMISSION_BIT: Record<string, number> = { r: 4, w: 2, x: 1 }
const SCOPE_SHIFT: Record<string, number> = { u: 6, g: 3, o: 0 }

/** Applies an octal (`660`) or symbolic (`o+rw`, `g-w,o=`) mode to `mode`; undefined when invalid. */
export function applyMode(mode: number, spec: string): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8)

  let result = mode
  for (const clause of spec.split(',')) {
    const match = /^([ugoa]*)([+=-])([rwxst]*)$/.exec(clause)
    if (!match) return undefined
    const scopes = match[1] === '' || match[1]!.includes('a') ? 'ugo' : match[1]!
    const permissionBits = [...match[3]!].reduce((sum, flag) => sum | (PERMISSION_BIT[flag] ?? 0), 0)
    for (const scope of scopes) {
      const shift = SCOPE_SHIFT[scope] ?? 0
      const bits = permissionBits << shift
      if (match[2] === '+') result |= bits
      else if (match[2] === '-') result &= ~bits
      else result = (result & ~(7 << shift)) | bits
    }
  }
  return result
}

function octal(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0')
}

function chmodCommand(system: HostSystem, ctx: HostProgramContext): number {
  const { flags, operands } = splitOptions(ctx.argv)
  const [spec, ...files] = operands
  if (spec === undefined || files.length === 0) return fail(ctx, `chmod: missing operand${spec === undefined ? '' : ` after '${spec}'`}\nTry 'chmod --help' for more information.\n`)

  let status = 0
  for (const file of files) {
    const path = system.resolve(file)
    const node = system.fs.lookup(path)
    if (!node) {
      status = fail(ctx, `chmod: cannot access '${file}': No such file or directory\n`)
      continue
    }
    const mode = applyMode(node.mode, spec)
    if (mode === undefined) return fail(ctx, `chmod: invalid mode: '${spec}'\nTry 'chmod --help' for more information.\n`)
    if (system.shell.cred.uid !== 0 && system.shell.cred.uid !== node.uid) {
      status = fail(ctx, `chmod: changing permissions of '${file}': Operation not permitted\n`)
      continue
    }

    const before = node.mode
    node.mode = mode
    system.notifyAccess({ path, perm: 'a', syscall: 'fchmodat', argv: ctx.argv, node })
    if (flags.has('v') || (flags.has('c') && before !== mode)) {
      const verb = before === mode ? 'retained as' : `changed from ${octal(before)} (${modeString({ ...node, mode: before }).slice(1)}) to`
      ctx.io.write(`mode of '${file}' ${verb} ${octal(mode)} (${modeString(node).slice(1)})\n`, 'stdout')
    }
  }
  return status
}

function ownerCommand(system: HostSystem, ctx: HostProgramContext, name: 'chown' | 'chgrp'): number {
  const { operands } = splitOptions(ctx.argv)
  const [spec, ...files] = operands
  if (spec === undefined || files.length === 0) return fail(ctx, `${name}: missing operand${spec === undefined ? '' : ` after '${spec}'`}\nTry '${name} --help' for more information.\n`)

  const [userPart, groupPart] = name === 'chgrp' ? [undefined, spec] : spec.split(':')
  const user = userPart ? system.db.user(userPart) : undefined
  const group = groupPart ? system.db.group(groupPart) : undefined
  if (userPart && !user) return fail(ctx, `${name}: invalid user: '${spec}'\n`)
  if (groupPart && !group) return fail(ctx, name === 'chgrp' ? `chgrp: invalid group: '${spec}'\n` : `chown: invalid group: '${spec}'\n`)

  let status = 0
  for (const file of files) {
    const path = system.resolve(file)
    const node = system.fs.lookup(path)
    if (!node) {
      status = fail(ctx, `${name}: cannot access '${file}': No such file or directory\n`)
      continue
    }
    if (system.shell.cred.uid !== 0) {
      status = fail(ctx, name === 'chgrp' ? `chgrp: changing group of '${file}': Operation not permitted\n` : `chown: changing ownership of '${file}': Operation not permitted\n`)
      continue
    }
    if (user) node.uid = user.uid
    if (group) node.gid = group.gid
    system.notifyAccess({ path, perm: 'a', syscall: 'fchownat', argv: ctx.argv, node })
  }
  return status
}


