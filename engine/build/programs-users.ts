// Account tools used in Dockerfiles: shadow's groupadd/useradd (Debian,
// Ubuntu) and BusyBox's addgroup/adduser (busybox, Alpine). They edit
// /etc/passwd and /etc/group of the container being built.

import { FsError, resolvePath } from '../fs/vfs'
import type { Program, ProgramContext } from '../shell/types'

interface Account {
  name: string
  id: number
}

const FIRST_REGULAR_ID = 1000
const LAST_SYSTEM_ID = 999

function readTable(ctx: ProgramContext, path: string): string[][] {
  const text = ctx.container.fs.lookup(path)?.content ?? ''
  return text.split('\n').filter((line) => line !== '').map((line) => line.split(':'))
}

function writeTable(ctx: ProgramContext, path: string, rows: string[][]): void {
  ctx.container.fs.writeFile(path, rows.map((row) => row.join(':')).join('\n') + '\n', ctx.now())
}

function accounts(rows: string[][]): Account[] {
  return rows.map((row) => ({ name: row[0] ?? '', id: Number(row[2]) }))
}

/** Picks the next free ID: regular IDs count up from 1000, system IDs down from 999. */
function nextId(used: Account[], system: boolean): number {
  const taken = new Set(used.map((account) => account.id))
  if (system) {
    let id = LAST_SYSTEM_ID
    while (taken.has(id)) id--
    return id
  }
  const regular = used.map((account) => account.id).filter((id) => id >= FIRST_REGULAR_ID && id < 60000)
  let id = regular.length > 0 ? Math.max(...regular) + 1 : FIRST_REGULAR_ID
  while (taken.has(id)) id++
  return id
}

interface Options {
  values: Map<string, string>
  switches: Set<string>
  operands: string[]
}

/** Parses `-u 1000 --gid app -m name` style arguments; `valued` lists the options that take a value. */
function parseOptions(argv: string[], valued: Record<string, string>, switches: Record<string, string>): Options | string {
  const options: Options = { values: new Map(), switches: new Set(), operands: [] }

  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (valued[flag] !== undefined) {
      const value = inline ?? argv[++index]
      if (value === undefined) return `option requires an argument -- '${flag.replace(/^-+/, '')}'`
      options.values.set(valued[flag]!, value)
    } else if (switches[flag] !== undefined) {
      options.switches.add(switches[flag]!)
    } else if (arg.startsWith('-') && arg.length > 1) {
      return `unrecognized option '${arg}'`
    } else {
      options.operands.push(arg)
    }
  }
  return options
}

function addGroup(ctx: ProgramContext, name: string, gid: number | undefined, system: boolean, tool: string): number {
  const rows = readTable(ctx, '/etc/group')
  const groups = accounts(rows)
  if (groups.some((group) => group.name === name)) {
    ctx.write(`${tool}: group '${name}' already exists\n`, 'stderr')
    return 9
  }
  if (gid !== undefined && groups.some((group) => group.id === gid)) {
    ctx.write(`${tool}: GID '${gid}' already exists\n`, 'stderr')
    return 4
  }

  rows.push([name, 'x', String(gid ?? nextId(groups, system)), ''])
  writeTable(ctx, '/etc/group', rows)
  return 0
}

function createHome(ctx: ProgramContext, home: string, uid: number, gid: number): void {
  const fs = ctx.container.fs
  if (fs.lookup(home)) return
  try {
    fs.mkdir(resolvePath('/', home), ctx.now())
  } catch (error) {
    if (!(error instanceof FsError)) throw error
    return
  }
  const node = fs.lookup(home)!
  node.uid = uid
  node.gid = gid
  node.mode = 0o755
}

const groupadd: Program = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1), { '-g': 'gid', '--gid': 'gid' }, { '-r': 'system', '--system': 'system', '-f': 'force', '--force': 'force' })
  if (typeof parsed === 'string' || parsed.operands.length !== 1) {
    ctx.write(`groupadd: ${typeof parsed === 'string' ? parsed : 'invalid arguments'}\nUsage: groupadd [options] GROUP\n`, 'stderr')
    return 2
  }
  const gidText = parsed.values.get('gid')
  return addGroup(ctx, parsed.operands[0]!, gidText === undefined ? undefined : Number(gidText), parsed.switches.has('system'), 'groupadd')
}

const useradd: Program = (ctx) => {
  const parsed = parseOptions(
    ctx.argv.slice(1),
    { '-u': 'uid', '--uid': 'uid', '-g': 'group', '--gid': 'group', '-d': 'home', '--home-dir': 'home', '-s': 'shell', '--shell': 'shell', '-c': 'comment', '--comment': 'comment', '-G': 'groups', '--groups': 'groups' },
    { '-m': 'create-home', '--create-home': 'create-home', '-M': 'no-create-home', '--no-create-home': 'no-create-home', '-r': 'system', '--system': 'system', '-l': 'no-log-init', '--no-log-init': 'no-log-init', '-U': 'user-group', '--user-group': 'user-group', '-N': 'no-user-group', '--no-user-group': 'no-user-group' },
  )
  if (typeof parsed === 'string' || parsed.operands.length !== 1) {
    ctx.write(`useradd: ${typeof parsed === 'string' ? parsed : 'invalid arguments'}\nUsage: useradd [options] LOGIN\n`, 'stderr')
    return 2
  }

  const name = parsed.operands[0]!
  const system = parsed.switches.has('system')
  const passwd = readTable(ctx, '/etc/passwd')
  if (accounts(passwd).some((user) => user.name === name)) {
    ctx.write(`useradd: user '${name}' already exists\n`, 'stderr')
    return 9
  }

  const uid = parsed.values.has('uid') ? Number(parsed.values.get('uid')) : nextId(accounts(passwd), system)
  const gid = resolveGroup(ctx, name, parsed.values.get('group'), uid, system)
  if (typeof gid === 'string') {
    ctx.write(`useradd: group '${gid}' does not exist\n`, 'stderr')
    return 6
  }

  const home = parsed.values.get('home') ?? `/home/${name}`
  passwd.push([name, 'x', String(uid), String(gid), parsed.values.get('comment') ?? '', home, parsed.values.get('shell') ?? '/bin/sh'])
  writeTable(ctx, '/etc/passwd', passwd)
  if (parsed.switches.has('create-home')) createHome(ctx, home, uid, gid)
  return 0
}

/** Returns the GID for a new user: the named or numeric group, or a new group named after the user. */
function resolveGroup(ctx: ProgramContext, user: string, group: string | undefined, uid: number, system: boolean): number | string {
  const groups = accounts(readTable(ctx, '/etc/group'))
  if (group !== undefined) {
    const found = groups.find((entry) => entry.name === group || String(entry.id) === group)
    return found ? found.id : group
  }

  const existing = groups.find((entry) => entry.name === user)
  if (existing) return existing.id
  const gid = groups.some((entry) => entry.id === uid) ? nextId(groups, system) : uid
  addGroup(ctx, user, gid, system, 'useradd')
  return gid
}

const addgroupBusybox: Program = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1), { '-g': 'gid' }, { '-S': 'system' })
  if (typeof parsed === 'string' || parsed.operands.length !== 1) {
    ctx.write(`addgroup: ${typeof parsed === 'string' ? parsed : 'invalid arguments'}\n`, 'stderr')
    return 1
  }
  const gidText = parsed.values.get('gid')
  return addGroup(ctx, parsed.operands[0]!, gidText === undefined ? undefined : Number(gidText), parsed.switches.has('system'), 'addgroup') === 0 ? 0 : 1
}

const adduserBusybox: Program = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1), { '-u': 'uid', '-G': 'group', '-h': 'home', '-s': 'shell', '-g': 'gecos' }, { '-D': 'no-password', '-S': 'system', '-H': 'no-home' })
  if (typeof parsed === 'string' || parsed.operands.length !== 1) {
    ctx.write(`adduser: ${typeof parsed === 'string' ? parsed : 'invalid arguments'}\n`, 'stderr')
    return 1
  }

  const name = parsed.operands[0]!
  const system = parsed.switches.has('system')
  const passwd = readTable(ctx, '/etc/passwd')
  if (accounts(passwd).some((user) => user.name === name)) {
    ctx.write(`adduser: user '${name}' in use\n`, 'stderr')
    return 1
  }

  const uid = parsed.values.has('uid') ? Number(parsed.values.get('uid')) : nextId(accounts(passwd), system)
  const gid = resolveGroup(ctx, name, parsed.values.get('group'), uid, system)
  if (typeof gid === 'string') {
    ctx.write(`adduser: unknown group ${gid}\n`, 'stderr')
    return 1
  }

  const home = parsed.values.get('home') ?? (system ? '/dev/null' : `/home/${name}`)
  passwd.push([name, 'x', String(uid), String(gid), parsed.values.get('gecos') ?? (system ? '' : 'Linux User,,,'), home, parsed.values.get('shell') ?? (system ? '/sbin/nologin' : '/bin/sh')])
  writeTable(ctx, '/etc/passwd', passwd)
  if (!system && !parsed.switches.has('no-home')) createHome(ctx, home, uid, gid)
  return 0
}

/** `adduser`/`addgroup` are BusyBox applets on busybox and Alpine; Debian's Perl adduser is not simulated. */
export const USER_PROGRAMS: Record<string, Program> = {
  groupadd,
  useradd,
  addgroup: addgroupBusybox,
  adduser: adduserBusybox,
}
