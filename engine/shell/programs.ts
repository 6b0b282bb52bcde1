// Programs available inside simulated containers. Messages follow GNU
// coreutils for Debian-based images and BusyBox for busybox/alpine.

import { dockerWithoutDaemon, helloProgram, mountProgram } from './capabilities'
import { baseName, FsError, lsTime, modeString, resolvePath, type FsNode } from './programs-support'
import { busyboxColumns, gnuColumns } from './columns'
import { COWSAY_PROGRAMS } from './cowsay'
import { runCurl } from './curl'
import { perl } from './perl'
import { ping } from './ping'
import { pythonProgram } from './python'
import { MARIADB_PROGRAMS } from './mariadb-client'
import type { Program, ProgramContext } from './types'

function isBusybox(ctx: ProgramContext): boolean {
  return ctx.container.flavor === 'busybox'
}

function fail(ctx: ProgramContext, text: string): void {
  ctx.write(`${text}\n`, 'stderr')
}

function path(ctx: ProgramContext, text: string): string {
  return resolvePath(ctx.state.cwd, text)
}

/** Splits argv into flag letters and operands (`-la x` → {l,a}, [x]). */
function splitFlags(argv: string[]): { flags: Set<string>; operands: string[] } {
  const flags = new Set<string>()
  const operands: string[] = []
  let flagsDone = false

  for (const arg of argv) {
    if (!flagsDone && arg === '--') flagsDone = true
    else if (!flagsDone && arg.startsWith('-') && arg.length > 1) for (const letter of arg.slice(1)) flags.add(letter)
    else operands.push(arg)
  }

  return { flags, operands }
}

export function userName(ctx: ProgramContext, uid: number): string | undefined {
  return lookupIdName(ctx, '/etc/passwd', uid)
}

export function groupName(ctx: ProgramContext, gid: number): string | undefined {
  return lookupIdName(ctx, '/etc/group', gid)
}

function lookupIdName(ctx: ProgramContext, file: string, id: number): string | undefined {
  const content = ctx.container.fs.lookup(file)?.content ?? ''
  for (const line of content.split('\n')) {
    const fields = line.split(':')
    if (fields.length > 2 && Number(fields[2]) === id) return fields[0]
  }
  return undefined
}

const echo: Program = (ctx) => {
  let args = ctx.argv.slice(1)
  let newline = true
  if (args[0] === '-n') {
    newline = false
    args = args.slice(1)
  }
  ctx.write(args.join(' ') + (newline ? '\n' : ''))
  return 0
}

const printf: Program = (ctx) => {
  const [format = '', ...args] = ctx.argv.slice(1)
  let index = 0
  const text = format
    .replace(/%([sd%])/g, (_match, kind: string) => (kind === '%' ? '%' : args[index++] ?? (kind === 'd' ? '0' : '')))
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t')
  ctx.write(text)
  return 0
}

const test: Program = (ctx) => {
  let args = ctx.argv.slice(1)
  if (ctx.argv[0] === '[') {
    if (args[args.length - 1] !== ']') {
      fail(ctx, isBusybox(ctx) ? '[: missing ]' : 'sh: 1: [: missing ]')
      return 2
    }
    args = args.slice(0, -1)
  }

  let negate = false
  if (args[0] === '!') {
    negate = true
    args = args.slice(1)
  }

  const result = evaluateTest(ctx, args)
  return (negate ? !result : result) ? 0 : 1
}

function evaluateTest(ctx: ProgramContext, args: string[]): boolean {
  if (args.length === 0) return false
  if (args.length === 1) return args[0] !== ''

  if (args.length === 2) {
    const [op, operand = ''] = args
    const node = ctx.container.fs.lookup(path(ctx, operand))
    switch (op) {
      case '-z': return operand === ''
      case '-n': return operand !== ''
      case '-e': return node !== undefined
      case '-f': return node?.type === 'file'
      case '-d': return node?.type === 'dir'
      case '-s': return node !== undefined && node.content.length > 0
      case '-r': case '-w': case '-x': return node !== undefined
      default: return false
    }
  }

  const [left = '', op, right = ''] = args
  switch (op) {
    case '=': case '==': return left === right
    case '!=': return left !== right
    case '-eq': return Number(left) === Number(right)
    case '-ne': return Number(left) !== Number(right)
    case '-lt': return Number(left) < Number(right)
    case '-le': return Number(left) <= Number(right)
    case '-gt': return Number(left) > Number(right)
    case '-ge': return Number(left) >= Number(right)
    default: return false
  }
}

const ls: Program = (ctx) => {
  const { flags, operands } = splitFlags(ctx.argv.slice(1))
  const targets = operands.length > 0 ? operands : ['.']
  let status = 0
  const files: string[] = []
  const dirs: { name: string; node: FsNode }[] = []

  for (const target of targets) {
    try {
      const node = ctx.container.fs.walk(path(ctx, target), true, ctx.state.cred)
      if (node.type === 'dir' && !flags.has('d')) dirs.push({ name: target, node })
      else files.push(flags.has('l') ? longLine(ctx, node, target) : target)
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      fail(ctx, isBusybox(ctx) ? `ls: ${target}: ${error.reason}` : `ls: cannot access '${target}': ${error.reason}`)
      status = isBusybox(ctx) ? 1 : 2
    }
  }

  if (files.length > 0) ctx.write(flags.has('l') ? files.join('\n') + '\n' : nameList(ctx, files, flags))

  dirs.forEach(({ name, node }, index) => {
    if (targets.length > 1) ctx.write(`${index > 0 || files.length > 0 ? '\n' : ''}${name}:\n`)
    listDirectory(ctx, node, flags)
  })

  return status
}

function listDirectory(ctx: ProgramContext, dir: FsNode, flags: Set<string>): void {
  const names = [...dir.children.keys()].filter((name) => flags.has('a') || !name.startsWith('.')).sort()
  const entries = names.map((name) => ({ name, node: dir.children.get(name)! }))
  if (flags.has('a')) entries.unshift({ name: '.', node: dir }, { name: '..', node: dir })

  if (!flags.has('l')) {
    if (entries.length > 0) ctx.write(nameList(ctx, entries.map((entry) => entry.name), flags))
    return
  }

  const blocks = entries.reduce((sum, entry) => sum + blockCount(entry.node), 0)
  ctx.write(`total ${blocks}\n`)
  const lines = entries.map((entry) => longFields(ctx, entry.node, entry.name))
  const widths = [0, 0, 0, 0, 0].map((_, column) => Math.max(...lines.map((fields) => fields[column]!.length)))

  for (const fields of lines) ctx.write(`${formatLongLine(ctx, fields, widths)}\n`)
}

/**
 * Returns names in columns on a terminal (or with -C), else one per line, as both GNU and BusyBox ls print them.
 * NOTE: the layout assumes an 80-column terminal; `docker exec -it` would pass the client's width.
 */
function nameList(ctx: ProgramContext, names: string[], flags: Set<string>): string {
  const columns = flags.has('C') || (ctx.stdoutIsTTY && !flags.has('1'))
  if (!columns) return names.join('\n') + '\n'
  return isBusybox(ctx) ? busyboxColumns(names) : gnuColumns(names)
}

function blockCount(node: FsNode): number {
  if (node.type === 'dir') return 4
  return Math.ceil(node.content.length / 4096) * 4
}

function longFields(ctx: ProgramContext, node: FsNode, name: string): string[] {
  const links = node.type === 'dir' ? 2 + [...node.children.values()].filter((child) => child.type === 'dir').length : 1
  const owner = userName(ctx, node.uid) ?? String(node.uid)
  const group = groupName(ctx, node.gid) ?? String(node.gid)
  let size = String(node.content.length)
  if (node.type === 'dir') size = '4096'
  if (node.type === 'symlink') size = String(node.target.length)
  if (node.device) size = isBusybox(ctx) ? `${String(node.device.major).padStart(4)}, ${String(node.device.minor).padStart(3)}` : `${node.device.major}, ${node.device.minor}`
  const shown = node.type === 'symlink' ? `${name} -> ${node.target}` : name
  return [modeString(node), String(links), owner, group, size, lsTime(node.mtime, ctx.now()), shown]
}

function longLine(ctx: ProgramContext, node: FsNode, name: string): string {
  const fields = longFields(ctx, node, name)
  return formatLongLine(ctx, fields, fields.map((field) => field.length))
}

/** GNU ls aligns columns to the widest entry; BusyBox uses fixed widths. */
function formatLongLine(ctx: ProgramContext, fields: string[], widths: number[]): string {
  const [mode, links = '', owner = '', group = '', size = '', date, name] = fields
  if (isBusybox(ctx)) return `${mode} ${links.padStart(4)} ${owner.padEnd(8)} ${group.padEnd(8)} ${size.padStart(9)} ${date} ${name}`
  return `${mode} ${links.padStart(widths[1]!)} ${owner.padEnd(widths[2]!)} ${group.padEnd(widths[3]!)} ${size.padStart(widths[4]!)} ${date} ${name}`
}

const cat: Program = (ctx) => {
  const operands = ctx.argv.slice(1)
  if (operands.length === 0) {
    ctx.write(ctx.stdin)
    return 0
  }

  let status = 0
  for (const operand of operands) {
    try {
      ctx.write(ctx.container.fs.readFile(path(ctx, operand), ctx.state.cred))
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      const busyboxText = error.code === 'EISDIR' ? `cat: read error: ${error.reason}` : `cat: can't open '${operand}': ${error.reason}`
      fail(ctx, isBusybox(ctx) ? busyboxText : `cat: ${operand}: ${error.reason}`)
      status = 1
    }
  }
  return status
}

const mv: Program = (ctx) => {
  const { operands } = splitFlags(ctx.argv.slice(1))
  if (operands.length < 2) {
    fail(ctx, isBusybox(ctx) ? 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: mv [-fin] SOURCE DEST' : `mv: missing destination file operand after '${operands[0] ?? ''}'\nTry 'mv --help' for more information.`)
    return 1
  }

  const source = operands[0]!
  let target = path(ctx, operands[1]!)
  const existing = ctx.container.fs.lookup(target)
  if (existing?.type === 'dir') target = `${target}/${baseName(source)}`

  try {
    ctx.container.fs.walk(path(ctx, source), false, ctx.state.cred)
    ctx.container.fs.rename(path(ctx, source), target, ctx.now(), ctx.state.cred)
    return 0
  } catch (error) {
    if (!(error instanceof FsError)) throw error
    if (error.code === 'ENOENT' && !ctx.container.fs.lookup(path(ctx, source))) {
      fail(ctx, isBusybox(ctx) ? `mv: can't rename '${source}': ${error.reason}` : `mv: cannot stat '${source}': ${error.reason}`)
    } else {
      fail(ctx, isBusybox(ctx) ? `mv: can't rename '${source}': ${error.reason}` : `mv: cannot move '${source}' to '${operands[1]}': ${error.reason}`)
    }
    return 1
  }
}

const cp: Program = (ctx) => {
  const { operands } = splitFlags(ctx.argv.slice(1))
  if (operands.length < 2) {
    fail(ctx, isBusybox(ctx) ? 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: cp [-arPLHpfinlsTu] SOURCE DEST' : `cp: missing destination file operand after '${operands[0] ?? ''}'\nTry 'cp --help' for more information.`)
    return 1
  }

  const source = operands[0]!
  let target = path(ctx, operands[1]!)
  if (ctx.container.fs.lookup(target)?.type === 'dir') target = `${target}/${baseName(source)}`

  try {
    const content = ctx.container.fs.readFile(path(ctx, source), ctx.state.cred)
    ctx.container.fs.writeFile(target, content, ctx.now(), ctx.state.cred)
    return 0
  } catch (error) {
    if (!(error instanceof FsError)) throw error
    if (!ctx.container.fs.lookup(path(ctx, source))) fail(ctx, isBusybox(ctx) ? `cp: can't stat '${source}': ${error.reason}` : `cp: cannot stat '${source}': ${error.reason}`)
    else fail(ctx, isBusybox(ctx) ? `cp: can't create '${operands[1]}': ${error.reason}` : `cp: cannot create regular file '${operands[1]}': ${error.reason}`)
    return 1
  }
}

const rm: Program = (ctx) => {
  const { flags, operands } = splitFlags(ctx.argv.slice(1))
  let status = 0

  for (const operand of operands) {
    const node = ctx.container.fs.lookup(path(ctx, operand), false)
    if (!node) {
      if (flags.has('f')) continue
      fail(ctx, isBusybox(ctx) ? `rm: can't remove '${operand}': No such file or directory` : `rm: cannot remove '${operand}': No such file or directory`)
      status = 1
      continue
    }
    if (node.type === 'dir' && !flags.has('r') && !flags.has('R')) {
      fail(ctx, isBusybox(ctx) ? `rm: '${operand}' is a directory` : `rm: cannot remove '${operand}': Is a directory`)
      status = 1
      continue
    }
    try {
      ctx.container.fs.remove(path(ctx, operand), ctx.now(), ctx.state.cred)
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      fail(ctx, isBusybox(ctx) ? `rm: can't remove '${operand}': ${error.reason}` : `rm: cannot remove '${operand}': ${error.reason}`)
      status = 1
    }
  }
  return status
}

const touch: Program = (ctx) => {
  let status = 0
  for (const operand of splitFlags(ctx.argv.slice(1)).operands) {
    try {
      ctx.container.fs.writeFile(path(ctx, operand), ctx.container.fs.lookup(path(ctx, operand))?.content ?? '', ctx.now(), ctx.state.cred)
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      fail(ctx, isBusybox(ctx) ? `touch: ${operand}: ${error.reason}` : `touch: cannot touch '${operand}': ${error.reason}`)
      status = 1
    }
  }
  return status
}

const mkdir: Program = (ctx) => {
  const { flags, operands } = splitFlags(ctx.argv.slice(1))
  let status = 0

  for (const operand of operands) {
    const full = path(ctx, operand)
    const parts = flags.has('p') ? full.split('/').filter(Boolean).map((_, index, all) => `/${all.slice(0, index + 1).join('/')}`) : [full]
    try {
      for (const part of parts) {
        if (flags.has('p') && ctx.container.fs.lookup(part)?.type === 'dir') continue
        ctx.container.fs.mkdir(part, ctx.now(), ctx.state.cred)
      }
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      fail(ctx, isBusybox(ctx) ? `mkdir: can't create directory '${operand}': ${error.reason}` : `mkdir: cannot create directory '${operand}': ${error.reason}`)
      status = 1
    }
  }
  return status
}

/** Returns the uid and gid of a user named in /etc/passwd, by name or number. */
function passwdEntry(ctx: ProgramContext, name: string): { uid: number; gid: number } | undefined {
  const content = ctx.container.fs.lookup('/etc/passwd')?.content ?? ''
  const fields = content.split('\n').map((line) => line.split(':')).find((entry) => entry.length > 3 && (entry[0] === name || entry[2] === name))
  return fields ? { uid: Number(fields[2]), gid: Number(fields[3]) } : undefined
}

const id: Program = (ctx) => {
  const operand = ctx.argv[1]
  const named = operand === undefined ? ctx.state.cred : passwdEntry(ctx, operand)
  if (named === undefined) {
    fail(ctx, isBusybox(ctx) ? `id: unknown user ${operand}` : `id: '${operand}': no such user`)
    return 1
  }

  const { uid, gid } = named
  const user = userName(ctx, uid)
  const group = groupName(ctx, gid)
  const uidText = user ? `${uid}(${user})` : String(uid)
  const gidText = group ? `${gid}(${group})` : String(gid)
  ctx.write(`uid=${uidText} gid=${gidText} groups=${gidText}\n`)
  return 0
}

const whoami: Program = (ctx) => {
  const user = userName(ctx, ctx.state.cred.uid)
  if (user) {
    ctx.write(`${user}\n`)
    return 0
  }
  fail(ctx, isBusybox(ctx) ? `whoami: unknown uid ${ctx.state.cred.uid}` : `whoami: cannot find name for user ID ${ctx.state.cred.uid}`)
  return 1
}

/** Parses `5`, `1.5`, `2m`, `1h` into ms; undefined when invalid. */
export function parseSleepArgument(text: string): number | undefined {
  const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(text)
  if (!match) return undefined
  const unit = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as '' | 's' | 'm' | 'h' | 'd']
  return Math.round(Number(match[1]) * unit)
}

const sleep: Program = (ctx) => {
  const operands = ctx.argv.slice(1)
  if (operands.length === 0) {
    fail(ctx, isBusybox(ctx) ? 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: sleep [N]...' : "sleep: missing operand\nTry 'sleep --help' for more information.")
    return 1
  }

  let total = 0
  for (const operand of operands) {
    const ms = parseSleepArgument(operand)
    if (ms === undefined) {
      fail(ctx, isBusybox(ctx) ? `sleep: invalid number '${operand}'` : `sleep: invalid time interval '${operand}'\nTry 'sleep --help' for more information.`)
      return 1
    }
    total += ms
  }
  ctx.spend(total)
  return 0
}

const ps: Program = (ctx) => {
  ctx.write('PID   USER     TIME  COMMAND\n')
  for (const process of ctx.container.processes(ctx.state.cred)) {
    ctx.write(`${String(process.pid).padStart(5)} ${process.user.padEnd(8)}  0:00 ${process.command}\n`)
  }
  return 0
}

const env: Program = (ctx) => {
  const name = ctx.argv[1]
  if (ctx.argv[0] === 'printenv' && name !== undefined) {
    const value = ctx.state.env.get(name)
    if (value === undefined) return 1
    ctx.write(`${value}\n`)
    return 0
  }
  for (const [key, value] of ctx.state.env) ctx.write(`${key}=${value}\n`)
  return 0
}

const hostname: Program = (ctx) => {
  ctx.write(`${ctx.container.hostname}\n`)
  return 0
}

function filterLines(ctx: ProgramContext, pick: (lines: string[], count: number) => string[]): number {
  const { operands } = splitFlags(ctx.argv.slice(1).filter((arg) => !/^-n$/.test(arg)))
  const countArg = ctx.argv.find((arg, index) => ctx.argv[index - 1] === '-n') ?? ctx.argv.find((arg) => /^-\d+$/.test(arg))?.slice(1)
  const count = countArg === undefined ? 10 : Number(countArg)
  const files = operands.filter((operand) => operand !== countArg)
  let text = ctx.stdin

  if (files.length > 0) {
    try {
      text = ctx.container.fs.readFile(path(ctx, files[0]!), ctx.state.cred)
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      fail(ctx, `${ctx.argv[0]}: cannot open '${files[0]}' for reading: ${error.reason}`)
      return 1
    }
  }

  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  const picked = pick(lines, count)
  if (picked.length > 0) ctx.write(picked.join('\n') + '\n')
  return 0
}

const head: Program = (ctx) => filterLines(ctx, (lines, count) => lines.slice(0, count))
const tail: Program = (ctx) => filterLines(ctx, (lines, count) => (count === 0 ? [] : lines.slice(-count)))

const grep: Program = (ctx) => {
  const { flags, operands } = splitFlags(ctx.argv.slice(1))
  const [pattern, file] = operands
  if (pattern === undefined) {
    fail(ctx, isBusybox(ctx) ? 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...' : "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.")
    return 2
  }

  let text = ctx.stdin
  if (file !== undefined) {
    try {
      text = ctx.container.fs.readFile(path(ctx, file), ctx.state.cred)
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      fail(ctx, `grep: ${file}: ${error.reason}`)
      return 2
    }
  }

  const matcher = safeRegExp(pattern, flags.has('i'))
  const lines = text.split('\n').filter((line, index, all) => index < all.length - 1 || line !== '')
  const matched = lines.filter((line) => matcher(line) !== flags.has('v'))
  if (!flags.has('q') && matched.length > 0) ctx.write(flags.has('c') ? `${matched.length}\n` : matched.join('\n') + '\n')
  if (flags.has('c') && matched.length === 0) ctx.write('0\n')
  return matched.length > 0 ? 0 : 1
}

export function safeRegExp(pattern: string, ignoreCase: boolean): (line: string) => boolean {
  try {
    const regexp = new RegExp(pattern, ignoreCase ? 'i' : '')
    return (line) => regexp.test(line)
  } catch {
    const needle = ignoreCase ? pattern.toLowerCase() : pattern
    return (line) => (ignoreCase ? line.toLowerCase() : line).includes(needle)
  }
}

const wc: Program = (ctx) => {
  const { flags } = splitFlags(ctx.argv.slice(1))
  const lines = (ctx.stdin.match(/\n/g) ?? []).length
  ctx.write(flags.has('l') ? `${lines}\n` : `${String(lines).padStart(7)} ${String(ctx.stdin.split(/\s+/).filter(Boolean).length).padStart(7)} ${String(ctx.stdin.length).padStart(7)}\n`)
  return 0
}

const chmod: Program = (ctx) => {
  const [mode, ...files] = ctx.argv.slice(1)
  if (mode === undefined || !/^[0-7]{3,4}$/.test(mode)) {
    fail(ctx, `chmod: invalid mode: '${mode ?? ''}'`)
    return 1
  }
  let status = 0
  for (const file of files) {
    const node = ctx.container.fs.lookup(path(ctx, file))
    if (!node) {
      fail(ctx, isBusybox(ctx) ? `chmod: ${file}: No such file or directory` : `chmod: cannot access '${file}': No such file or directory`)
      status = 1
    } else if (ctx.state.cred.uid !== 0 && ctx.state.cred.uid !== node.uid) {
      fail(ctx, isBusybox(ctx) ? `chmod: ${file}: Operation not permitted` : `chmod: changing permissions of '${file}': Operation not permitted`)
      status = 1
    } else {
      node.mode = Number.parseInt(mode, 8) & 0o7777
    }
  }
  return status
}

const date: Program = (ctx) => {
  ctx.write(`${dateText(ctx.now())}\n`)
  return 0
}

function dateText(ms: number): string {
  const value = new Date(ms)
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][value.getUTCDay()]
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][value.getUTCMonth()]
  return `${weekday} ${month} ${String(value.getUTCDate()).padStart(2, ' ')} ${value.toISOString().slice(11, 19)} UTC ${value.getUTCFullYear()}`
}

const uname: Program = (ctx) => {
  ctx.write(ctx.argv.includes('-r') ? '6.8.0-88-generic\n' : ctx.argv.includes('-a') ? `Linux ${ctx.container.hostname} 6.8.0-88-generic #89-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 01:02:46 UTC 2025 x86_64 GNU/Linux\n` : 'Linux\n')
  return 0
}

const nginx: Program = (ctx) => {
  const args = ctx.argv.slice(1)
  if (args.includes('-v')) {
    ctx.write('nginx version: nginx/1.27.4\n', 'stderr')
    return 0
  }
  if (args.includes('-t')) {
    ctx.write('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n', 'stderr')
    return 0
  }
  ctx.write('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n', 'stderr')
  return 1
}

/** `sh`/`bash` run as a program: only `-c SCRIPT` does something without a terminal. */
function shellProgram(kind: 'ash' | 'dash' | 'bash'): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1)
    if (args[0] !== '-c') return 0
    if (args[1] === undefined) {
      fail(ctx, kind === 'bash' ? 'bash: -c: option requires an argument' : `${ctx.argv[0]}: -c requires an argument`)
      return 2
    }
    const actualKind = kind === 'ash' || ctx.container.flavor === 'busybox' ? 'ash' : kind
    return ctx.runScript(args[1], ctx.argv[0]!, actualKind)
  }
}

export const PROGRAMS: Record<string, Program> = {
  echo,
  printf,
  test,
  true: () => 0,
  false: () => 1,
  ls,
  cat,
  mv,
  cp,
  rm,
  touch,
  mkdir,
  id,
  whoami,
  sleep,
  curl: runCurl,
  ps,
  env,
  printenv: env,
  hostname,
  head,
  tail,
  grep,
  wc,
  chmod,
  date,
  uname,
  nginx,
  sh: shellProgram('dash'),
  dash: shellProgram('dash'),
  ash: shellProgram('ash'),
  bash: shellProgram('bash'),
  busybox: () => 0,
  mount: mountProgram,
  hello: helloProgram,
  docker: dockerWithoutDaemon,
  umount: () => 0,
  ...MARIADB_PROGRAMS,
  ...COWSAY_PROGRAMS,
  ping,
  perl,
  python: pythonProgram,
  python3: pythonProgram,
  'python3.9': pythonProgram,
}
