// The host's user and group database (/etc/passwd and /etc/group) and the
// login session stack that `su`, `sudo -i` and `newgrp` push onto.

import type { Credentials } from '../fs/vfs'

export interface UserEntry {
  name: string
  uid: number
  gid: number
  home: string
  shell: string
  /** Full-name field of /etc/passwd. */
  gecos: string
}

export interface GroupEntry {
  name: string
  gid: number
  members: string[]
}

export const DOCKER_GID = 988
export const SUDO_GID = 27

/** A login session: who the shell runs as and the groups fixed at login. */
export interface Session {
  user: string
  home: string
  cred: Credentials
  cwd: string
  env: Map<string, string>
}

export class UserDatabase {
  readonly users: UserEntry[] = [
    { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/bash', gecos: 'root' },
    { name: 'www-data', uid: 33, gid: 33, home: '/var/www', shell: '/usr/sbin/nologin', gecos: 'www-data' },
    { name: 'studente', uid: 1000, gid: 1000, home: '/home/studente', shell: '/bin/bash', gecos: 'Studente' },
    { name: 'mario', uid: 1001, gid: 1001, home: '/home/mario', shell: '/bin/bash', gecos: 'Mario Rossi' },
  ]

  readonly groups: GroupEntry[] = [
    { name: 'root', gid: 0, members: [] },
    { name: 'adm', gid: 4, members: ['studente'] },
    { name: 'sudo', gid: SUDO_GID, members: ['studente'] },
    { name: 'www-data', gid: 33, members: [] },
    { name: 'docker', gid: DOCKER_GID, members: ['studente'] },
    { name: 'studente', gid: 1000, members: [] },
    { name: 'mario', gid: 1001, members: [] },
  ]

  user(nameOrId: string | number): UserEntry | undefined {
    return this.users.find((user) => user.name === nameOrId || user.uid === nameOrId || String(user.uid) === nameOrId)
  }

  group(nameOrId: string | number): GroupEntry | undefined {
    return this.groups.find((group) => group.name === nameOrId || group.gid === nameOrId || String(group.gid) === nameOrId)
  }

  userName(uid: number): string {
    return this.user(uid)?.name ?? String(uid)
  }

  groupName(gid: number): string {
    return this.group(gid)?.name ?? String(gid)
  }

  /** Supplementary groups of `user` as the database lists them now (what a new login gets). */
  supplementaryGroups(user: UserEntry): number[] {
    return this.groups.filter((group) => group.members.includes(user.name)).map((group) => group.gid)
  }

  /** Credentials a fresh login of `user` receives. */
  loginCredentials(user: UserEntry): Credentials {
    return { uid: user.uid, gid: user.gid, groups: this.supplementaryGroups(user) }
  }

  passwdText(): string {
    return this.users.map((user) => `${user.name}:x:${user.uid}:${user.gid}:${user.gecos}:${user.home}:${user.shell}\n`).join('')
  }

  groupText(): string {
    return this.groups.map((group) => `${group.name}:x:${group.gid}:${group.members.join(',')}\n`).join('')
  }
}

/** `id` output for credentials, e.g. `uid=1000(studente) gid=1000(studente) groups=1000(studente),27(sudo)`. */
export function idText(db: UserDatabase, cred: Credentials): string {
  const label = (gid: number): string => `${gid}(${db.groupName(gid)})`
  const groups = [cred.gid, ...(cred.groups ?? []).filter((gid) => gid !== cred.gid)]
  return `uid=${cred.uid}(${db.userName(cred.uid)}) gid=${label(cred.gid)} groups=${groups.map(label).join(',')}`
}
