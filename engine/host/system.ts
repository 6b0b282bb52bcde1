// State shared by the host programs: the shell they run in, the user
// database, the login session stack and the audit log.

import type { Scheduler } from '../core/scheduler'
import { makeNode, resolvePath, type FileSystem, type FsNode } from '../fs/vfs'
import type { HostProgram, HostProgramContext, HostShell } from '../shell/host'
import type { FileAccess } from './files'
import { UserDatabase, type Session, type UserEntry } from './users'

export class HostSystem {
  readonly db = new UserDatabase()
  /** Sessions below the current one; `exit` returns to the last. */
  readonly sessions: Session[] = []
  /** Filesystem nodes that `ls -l` shows as sockets (`s`). */
  readonly sockets = new WeakSet<FsNode>()
  /** Sizes of files whose simulated content is shorter than the real file (SIF images). */
  readonly sizes = new WeakMap<FsNode, number>()
  /** The audit login UID: the student logged in, and su or sudo never change it. */
  readonly loginUid = 1000
  /** Listeners for file accesses; the audit subsystem is one. */
  readonly accessListeners: ((access: FileAccess) => void)[] = []

  constructor(
    readonly shell: HostShell,
    readonly scheduler: Scheduler,
  ) {}

  get fs(): FileSystem {
    return this.shell.fs
  }

  now(): number {
    return this.scheduler.now()
  }

  register(name: string, program: HostProgram): void {
    this.shell.programs.set(name, program)
  }

  currentUser(): UserEntry {
    return this.db.user(this.shell.cred.uid) ?? this.db.user(0)!
  }

  /** Saves the current session and switches the shell to `user` with the given credentials. */
  pushSession(user: UserEntry, cred = this.db.loginCredentials(user), login = true): void {
    const shell = this.shell
    this.sessions.push({ user: shell.user, home: shell.home, cred: shell.cred, cwd: shell.cwd, env: new Map(shell.env) })
    this.become(user, cred)
    if (!login) return

    shell.cwd = this.fs.lookup(user.home) ? user.home : '/'
    shell.env.set('PWD', shell.cwd)
  }

  /** Returns to the previous session; false when there is none. */
  popSession(): boolean {
    const session = this.sessions.pop()
    if (!session) return false

    const shell = this.shell
    shell.user = session.user
    shell.home = session.home
    shell.cred = session.cred
    shell.cwd = session.cwd
    shell.env.clear()
    for (const [key, value] of session.env) shell.env.set(key, value)
    return true
  }

  /**
   * Runs `argv` as another user and restores the caller afterwards, like `sudo CMD`.
   * `assignments` are set in the command's environment, like `sudo NAME=value CMD`.
   */
  async runAs(ctx: HostProgramContext, user: UserEntry, argv: string[], assignments: [string, string][] = []): Promise<number> {
    const shell = this.shell
    const saved = { user: shell.user, home: shell.home, cred: shell.cred, env: new Map(shell.env) }
    this.become(user, this.db.loginCredentials(user))
    for (const [name, value] of assignments) shell.env.set(name, value)
    try {
      return await ctx.invoke(argv, ctx.io, ctx.stdin)
    } finally {
      shell.user = saved.user
      shell.home = saved.home
      shell.cred = saved.cred
      shell.env.clear()
      for (const [key, value] of saved.env) shell.env.set(key, value)
    }
  }

  /** Creates the directories of `path` that are missing, owned by root. */
  ensureDirectory(path: string, mode = 0o755): FsNode {
    let node = this.fs.root
    for (const part of path.split('/').filter(Boolean)) {
      let child = node.children.get(part)
      if (!child) {
        child = makeNode('dir', mode, this.now())
        node.children.set(part, child)
      }
      node = child
    }
    return node
  }

  /** Writes a root-owned file, creating its directories; used to set up the host. */
  installFile(path: string, content: string, mode = 0o644, uid = 0, gid = 0): FsNode {
    const parts = path.split('/').filter(Boolean)
    const dir = this.ensureDirectory(parts.slice(0, -1).join('/'))
    const node = makeNode('file', mode, this.now(), uid, gid)
    node.content = content
    dir.children.set(parts[parts.length - 1]!, node)
    return node
  }

  fileSize(node: FsNode): number {
    return this.sizes.get(node) ?? node.content.length
  }

  notifyAccess(access: FileAccess): void {
    for (const listener of this.accessListeners) listener(access)
  }

  /** Rewrites /etc/passwd and /etc/group from the database after a change. */
  syncDatabaseFiles(): void {
    this.installFile('/etc/passwd', this.db.passwdText())
    this.installFile('/etc/group', this.db.groupText())
  }

  resolve(path: string): string {
    return resolvePath(this.shell.cwd, path)
  }

  private become(user: UserEntry, cred: ReturnType<UserDatabase['loginCredentials']>): void {
    const shell = this.shell
    shell.user = user.name
    shell.home = user.home
    shell.cred = cred
    shell.env.set('USER', user.name)
    shell.env.set('LOGNAME', user.name)
    shell.env.set('HOME', user.home)
  }
}
