// chmod with symbolic modes and -R, chown and chgrp, as Dockerfiles use them
// (`chmod +x app.sh`, `chmod -R g=u /app/data`, `chown -R app:app /app`).
// Messages follow GNU coreutils, or BusyBox on busybox-flavoured images.

import { resolvePath, type FsNode } from '../fs/vfs'
import type { Program, ProgramContext } from '../shell/types'

function isBusybox(ctx: ProgramContext): boolean {
  return ctx.container.flavor === 'busybox'
}

function splitArgs(argv: string[]): { recursive: boolean; operands: string[] } {
  const operands: string[] = []
  let recursive = false
  for (const arg of argv) {
    if (arg === '-R' || arg === '--recursive') recursive = true
    else if (/^-[RfvcH]+$/.test(arg) && !/^-[rwxXst]/.test(arg)) recursive ||= arg.includes('R')
    else operands.push(arg)
  }
  return { recursive, operands }
}

function eachNode(node: FsNode, recursive: boolean, visit: (node: FsNode) => void): void {
  visit(node)
  if (!recursive || node.type !== 'dir') return
  for (const child of node.children.values()) eachNode(child, true, visit)
}

const WHO_BITS: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007, a: 0o7777 }
const PERM_BITS: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111, s: 0o6000, t: 0o1000 }

/** Applies one numeric or symbolic mode (`755`, `+x`, `u+rwx,g=u`) to a node's mode bits. */
export function applyMode(mode: number, spec: string, isDir: boolean): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return Number.parseInt(spec, 8)

  let result = mode
  for (const clause of spec.split(',')) {
    const match = /^([ugoa]*)([-+=])([rwxXst]*|[ugo])$/.exec(clause)
    if (!match) return undefined
    const [, who = '', op, perms = ''] = match
    const mask = (who === '' ? 'a' : who).split('').reduce((bits, letter) => bits | WHO_BITS[letter]!, 0)

    let bits: number
    if (/^[ugo]$/.test(perms)) {
      const shift = { u: 6, g: 3, o: 0 }[perms as 'u' | 'g' | 'o']
      const triple = (result >> shift) & 0o7
      bits = (triple << 6) | (triple << 3) | triple
    } else {
      bits = perms.split('').reduce((sum, letter) => {
        if (letter === 'X') return sum | (isDir || (mode & 0o111) !== 0 ? 0o111 : 0)
        return sum | PERM_BITS[letter]!
      }, 0)
    }

    if (op === '+') result |= bits & mask
    else if (op === '-') result &= ~(bits & mask)
    else result = (result & ~mask) | (bits & mask)
  }
  return result & 0o7777
}

const chmod: Program = (ctx) => {
  const { recursive, operands } = splitArgs(ctx.argv.slice(1))
  const [spec, ...files] = operands
  if (spec === undefined || applyMode(0, spec, false) === undefined) {
    ctx.write(`chmod: invalid mode: '${spec ?? ''}'\n`, 'stderr')
    return 1
  }

  let status = 0
  for (const file of files) {
    const node = ctx.container.fs.lookup(resolvePath(ctx.state.cwd, file))
    if (!node) {
      ctx.write(isBusybox(ctx) ? `chmod: ${file}: No such file or directory\n` : `chmod: cannot access '${file}': No such file or directory\n`, 'stderr')
      status = 1
      continue
    }
    eachNode(node, recursive, (target) => {
      if (ctx.state.cred.uid !== 0 && ctx.state.cred.uid !== target.uid) {
        ctx.write(isBusybox(ctx) ? `chmod: ${file}: Operation not permitted\n` : `chmod: changing permissions of '${file}': Operation not permitted\n`, 'stderr')
        status = 1
        return
      }
      target.mode = applyMode(target.mode, spec, target.type === 'dir') ?? target.mode
    })
  }
  return status
}

function lookupId(ctx: ProgramContext, table: '/etc/passwd' | '/etc/group', name: string): { id: number; gid?: number } | undefined {
  if (/^\d+$/.test(name)) return { id: Number(name) }
  const content = ctx.container.fs.lookup(table)?.content ?? ''
  const row = content.split('\n').map((line) => line.split(':')).find((fields) => fields[0] === name)
  if (!row) return undefined
  return { id: Number(row[2]), gid: table === '/etc/passwd' ? Number(row[3]) : undefined }
}

function changeOwner(ctx: ProgramContext, tool: 'chown' | 'chgrp', owner: { uid?: number; gid?: number }, files: string[], recursive: boolean): number {
  let status = 0
  for (const file of files) {
    const node = ctx.container.fs.lookup(resolvePath(ctx.state.cwd, file))
    if (!node) {
      ctx.write(isBusybox(ctx) ? `${tool}: ${file}: No such file or directory\n` : `${tool}: cannot access '${file}': No such file or directory\n`, 'stderr')
      status = 1
      continue
    }
    if (ctx.state.cred.uid !== 0) {
      ctx.write(isBusybox(ctx) ? `${tool}: ${file}: Operation not permitted\n` : `${tool}: changing ownership of '${file}': Operation not permitted\n`, 'stderr')
      status = 1
      continue
    }
    eachNode(node, recursive, (target) => {
      if (owner.uid !== undefined) target.uid = owner.uid
      if (owner.gid !== undefined) target.gid = owner.gid
    })
  }
  return status
}

const chown: Program = (ctx) => {
  const { recursive, operands } = splitArgs(ctx.argv.slice(1))
  const [spec, ...files] = operands
  if (spec === undefined || files.length === 0) {
    ctx.write(`chown: missing operand\nTry 'chown --help' for more information.\n`, 'stderr')
    return 1
  }

  const [userPart = '', groupPart] = spec.split(/[:.]/)
  const user = userPart === '' ? undefined : lookupId(ctx, '/etc/passwd', userPart)
  if (userPart !== '' && !user) {
    ctx.write(isBusybox(ctx) ? `chown: unknown user ${userPart}\n` : `chown: invalid user: '${spec}'\n`, 'stderr')
    return 1
  }
  const group = groupPart === undefined || groupPart === '' ? undefined : lookupId(ctx, '/etc/group', groupPart)
  if (groupPart !== undefined && groupPart !== '' && !group) {
    ctx.write(isBusybox(ctx) ? `chown: unknown group ${groupPart}\n` : `chown: invalid group: '${spec}'\n`, 'stderr')
    return 1
  }

  // `chown user:` (colon, no group) also sets the user's login group, as GNU chown does.
  const gid = group?.id ?? (groupPart === '' ? user?.gid : undefined)
  return changeOwner(ctx, 'chown', { uid: user?.id, gid }, files, recursive)
}

const chgrp: Program = (ctx) => {
  const { recursive, operands } = splitArgs(ctx.argv.slice(1))
  const [spec, ...files] = operands
  const group = spec === undefined ? undefined : lookupId(ctx, '/etc/group', spec)
  if (!group || files.length === 0) {
    ctx.write(spec === undefined || files.length === 0 ? `chgrp: missing operand\n` : `chgrp: invalid group: '${spec}'\n`, 'stderr')
    return 1
  }
  return changeOwner(ctx, 'chgrp', { gid: group.id }, files, recursive)
}

export const FILE_PROGRAMS: Record<string, Program> = { chmod, chown, chgrp }
