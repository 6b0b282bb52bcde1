// User and group commands: id, groups, whoami, getent, sudo, su, newgrp,
// usermod -aG, gpasswd -a/-d and the `exit` that leaves a su/newgrp shell.

import type { HostProgramContext } from '../shell/host'
import type { HostSystem } from './system'
import { idText, SUDO_GID } from './users'

export function installIdentityCommands(system: HostSystem): void {
  system.register('id', async (ctx) => idCommand(system, ctx))
  system.register('groups', async (ctx) => groupsCommand(system, ctx))
  system.register('whoami', async (ctx) => {
    ctx.io.write(`${system.db.userName(system.shell.cred.uid)}\n`, 'stdout')
    return 0
  })
  system.register('getent', async (ctx) => getentCommand(system, ctx))
  system.register('sudo', async (ctx) => sudoCommand(system, ctx))
  system.register('su', async (ctx) => suCommand(system, ctx))
  system.register('newgrp', async (ctx) => newgrpCommand(system, ctx))
  system.register('usermod', async (ctx) => usermodCommand(system, ctx))
  system.register('gpasswd', async (ctx) => gpasswdCommand(system, ctx))
  system.register('exit', async (ctx) => exitCommand(system, ctx))
}

/** Bash's `exit`: a non-numeric status is reported and exits with 2; more than one argument does not exit. */
function exitCommand(system: HostSystem, ctx: HostProgramContext): number {
  const args = ctx.argv.slice(1)
  if (args.length > 1) {
    ctx.io.write('bash: exit: too many arguments\n', 'stderr')
    return 1
  }

  let status = system.shell.lastExit
  if (args[0] !== undefined && /^[-+]?\d+$/.test(args[0])) status = Number(args[0]) & 0xff
  else if (args[0] !== undefined) {
    ctx.io.write(`bash: exit: ${args[0]}: numeric argument required\n`, 'stderr')
    status = 2
  }

  if (system.popSession()) ctx.io.write('logout\n', 'stdout')
  return status
}

function idCommand(system: HostSystem, ctx: HostProgramContext): number {
  const name = ctx.argv.slice(1).find((arg) => !arg.startsWith('-'))
  const flags = ctx.argv.slice(1).filter((arg) => arg.startsWith('-')).join('')
  const user = name === undefined ? undefined : system.db.user(name)
  if (name !== undefined && !user) {
    ctx.io.write(`id: '${name}': no such user\n`, 'stderr')
    return 1
  }

  const cred = user ? system.db.loginCredentials(user) : system.shell.cred
  if (flags.includes('u')) ctx.io.write(`${flags.includes('n') ? system.db.userName(cred.uid) : cred.uid}\n`, 'stdout')
  else if (flags.includes('g') && !flags.includes('G')) ctx.io.write(`${flags.includes('n') ? system.db.groupName(cred.gid) : cred.gid}\n`, 'stdout')
  else if (flags.includes('G')) {
    const ids = [cred.gid, ...(cred.groups ?? []).filter((gid) => gid !== cred.gid)]
    ctx.io.write(`${ids.map((gid) => (flags.includes('n') ? system.db.groupName(gid) : gid)).join(' ')}\n`, 'stdout')
  } else ctx.io.write(`${idText(system.db, cred)}\n`, 'stdout')
  return 0
}

function groupsCommand(system: HostSystem, ctx: HostProgramContext): number {
  const names = ctx.argv.slice(1)
  const list = (cred: { gid: number; groups?: number[] }): string =>
    [cred.gid, ...(cred.groups ?? []).filter((gid) => gid !== cred.gid)].map((gid) => system.db.groupName(gid)).join(' ')

  if (names.length === 0) {
    ctx.io.write(`${list(system.shell.cred)}\n`, 'stdout')
    return 0
  }

  let status = 0
  for (const name of names) {
    const user = system.db.user(name)
    if (!user) {
      ctx.io.write(`groups: '${name}': no such user\n`, 'stderr')
      status = 1
      continue
    }
    ctx.io.write(`${name} : ${list(system.db.loginCredentials(user))}\n`, 'stdout')
  }
  return status
}

function getentCommand(system: HostSystem, ctx: HostProgramContext): number {
  const [database, key] = ctx.argv.slice(1)
  const files: Record<string, string> = { passwd: system.db.passwdText(), group: system.db.groupText() }
  const lines = database === undefined ? undefined : files[database]
  if (lines === undefined) {
    ctx.io.write(`Unknown database: ${database ?? ''}\nTry \`getent --help' or \`getent --usage' for more information.\n`, 'stderr')
    return 1
  }

  const matched = lines.split('\n').filter((line) => line !== '' && (key === undefined || line.split(':')[0] === key || line.split(':')[2] === key))
  if (matched.length === 0) return 2
  ctx.io.write(matched.join('\n') + '\n', 'stdout')
  return 0
}

// NOTE: sudo never prompts for a password here, as if the student had already
// authenticated in this terminal (sudo's 15-minute timestamp).
async function sudoCommand(system: HostSystem, ctx: HostProgramContext): Promise<number> {
  const caller = system.currentUser()
  if (caller.uid !== 0 && !(system.shell.cred.groups ?? []).includes(SUDO_GID)) {
    ctx.io.write(`${caller.name} is not in the sudoers file.\n`, 'stderr')
    return 1
  }

  const args = ctx.argv.slice(1)
  let target = system.db.user(0)!
  while (args[0]?.startsWith('-')) {
    const option = args.shift()!
    if (option === '-u') {
      const name = args.shift() ?? ''
      const user = system.db.user(name)
      if (!user) {
        ctx.io.write(`sudo: unknown user ${name}\nsudo: error initializing audit plugin sudoers_audit\n`, 'stderr')
        return 1
      }
      target = user
    } else if (option === '-i' || option === '-s') {
      system.pushSession(target, undefined, option === '-i')
      return 0
    } else if (option === '-E' || option === '-H') continue
    else {
      ctx.io.write(`sudo: invalid option -- '${option.replace(/^-+/, '')}'\nusage: sudo -h | -K | -k | -V\n`, 'stderr')
      return 1
    }
  }

  if (args.length === 0) {
    ctx.io.write('usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\n', 'stderr')
    return 1
  }
  if (args[0] === 'bash' || args[0] === 'sh') {
    system.pushSession(target, undefined, false)
    return 0
  }
  if (args[0] === 'su') {
    // Root needs no password, so `sudo su [-] [USER]` opens that user's shell directly.
    const login = args.includes('-') || args.includes('-l') || args.includes('--login')
    const name = args.slice(1).find((arg) => !arg.startsWith('-')) ?? 'root'
    const user = system.db.user(name)
    if (!user) {
      ctx.io.write(`su: user ${name} does not exist or the user entry does not contain all the required fields\n`, 'stderr')
      return 1
    }
    system.pushSession(user, undefined, login)
    return 0
  }
  // Ubuntu's sudoers rule for the sudo group allows ALL commands, which implies SETENV, so
  // `sudo NAME=value CMD` passes the variables to the command.
  const assignments: [string, string][] = []
  while (args.length > 1 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[0]!)) {
    const word = args.shift()!
    const equals = word.indexOf('=')
    assignments.push([word.slice(0, equals), word.slice(equals + 1)])
  }
  return system.runAs(ctx, target, args, assignments)
}

async function suCommand(system: HostSystem, ctx: HostProgramContext): Promise<number> {
  const args = ctx.argv.slice(1)
  const login = args.includes('-') || args.includes('-l') || args.includes('--login')
  const name = args.find((arg) => !arg.startsWith('-')) ?? 'root'
  const user = system.db.user(name)
  if (!user) {
    ctx.io.write(`su: user ${name} does not exist or the user entry does not contain all the required fields\n`, 'stderr')
    return 1
  }

  if (system.shell.cred.uid !== 0) {
    // NOTE: the other accounts' passwords are not part of the course, so every
    // password is wrong; `sudo su - USER` or `sudo -u USER CMD` is the way in.
    ctx.io.write('Password: ', 'stderr')
    // The terminal shows the newline of hidden input itself, so only piped input needs one here.
    if (ctx.io.readLine) await ctx.io.readLine(false)
    else ctx.io.write('\n', 'stderr')
    ctx.io.write('su: Authentication failure\n', 'stderr')
    return 1
  }

  system.pushSession(user, undefined, login)
  return 0
}

function newgrpCommand(system: HostSystem, ctx: HostProgramContext): number {
  const name = ctx.argv[1]
  const user = system.currentUser()
  if (name === undefined || name === '-') {
    system.pushSession(user, { ...system.shell.cred, gid: user.gid }, false)
    return 0
  }

  const group = system.db.group(name)
  if (!group) {
    ctx.io.write(`newgrp: group '${name}' does not exist\n`, 'stderr')
    return 1
  }
  if (user.uid !== 0 && user.gid !== group.gid && !group.members.includes(user.name)) {
    // NOTE: real newgrp prompts for the group password first, and no group has one here.
    ctx.io.write('Password: \nInvalid password.\n', 'stderr')
    return 1
  }

  const groups = [...new Set([user.gid, ...system.db.supplementaryGroups(user)])]
  system.pushSession(user, { uid: user.uid, gid: group.gid, groups }, false)
  return 0
}

function usermodCommand(system: HostSystem, ctx: HostProgramContext): number {
  const args = ctx.argv.slice(1)
  const append = args.some((arg) => arg === '-a' || arg === '-aG' || arg === '--append')
  const groupIndex = args.findIndex((arg) => arg === '-G' || arg === '-aG' || arg === '--groups')
  const name = args[args.length - 1]
  if (groupIndex < 0 || name === undefined || groupIndex === args.length - 1 || args.length < 3) {
    ctx.io.write('Usage: usermod [options] LOGIN\n', 'stderr')
    return 2
  }

  if (system.shell.cred.uid !== 0) {
    ctx.io.write('usermod: Permission denied.\nusermod: cannot lock /etc/passwd; try again later.\n', 'stderr')
    return 1
  }
  const user = system.db.user(name)
  if (!user) {
    ctx.io.write(`usermod: user '${name}' does not exist\n`, 'stderr')
    return 6
  }

  const wanted = args[groupIndex + 1]!.split(',')
  const missing = wanted.find((group) => !system.db.group(group))
  if (missing !== undefined) {
    ctx.io.write(`usermod: group '${missing}' does not exist\n`, 'stderr')
    return 6
  }

  for (const group of system.db.groups) {
    const listed = wanted.includes(group.name)
    if (listed && !group.members.includes(user.name)) group.members.push(user.name)
    if (!listed && !append) group.members = group.members.filter((member) => member !== user.name)
  }
  system.syncDatabaseFiles()
  return 0
}

function gpasswdCommand(system: HostSystem, ctx: HostProgramContext): number {
  const [option, name, groupName] = ctx.argv.slice(1)
  if ((option !== '-a' && option !== '-d') || name === undefined || groupName === undefined) {
    ctx.io.write('Usage: gpasswd [option] GROUP\n', 'stderr')
    return 2
  }
  if (system.shell.cred.uid !== 0) {
    ctx.io.write('gpasswd: Permission denied.\n', 'stderr')
    return 3
  }

  const group = system.db.group(groupName)
  if (!group) {
    ctx.io.write(`gpasswd: group '${groupName}' does not exist in /etc/group\n`, 'stderr')
    return 6
  }
  if (!system.db.user(name)) {
    ctx.io.write(`gpasswd: user '${name}' does not exist\n`, 'stderr')
    return 3
  }

  if (option === '-a') {
    ctx.io.write(`Adding user ${name} to group ${groupName}\n`, 'stdout')
    if (!group.members.includes(name)) group.members.push(name)
  } else {
    if (!group.members.includes(name)) {
      ctx.io.write(`gpasswd: user '${name}' is not a member of '${groupName}'\n`, 'stderr')
      return 3
    }
    ctx.io.write(`Removing user ${name} from group ${groupName}\n`, 'stdout')
    group.members = group.members.filter((member) => member !== name)
  }
  system.syncDatabaseFiles()
  return 0
}
