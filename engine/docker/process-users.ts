// Users of a container's processes, as `ps` inside the container and
// `docker top` on the host show them. The main process runs as the
// container's user (`--user` or the image's USER), except that the mariadb
// entrypoint drops from root to mysql. nginx workers run as the
// `user` directive's nginx (uid 101) when the master is root, and as the
// master's own user otherwise, because only root can switch users.

import type { FileSystem } from '../fs/vfs'
import { resolveUser } from './daemon'
import type { Container } from './model'

const NGINX_WORKER_UID = 101

/** uid of the mysql user that the mariadb entrypoint switches to before it runs the server. */
const MYSQL_UID = 999

/** Returns the uid of the container's main process. */
export function mainProcessUid(container: Container): number {
  const user = resolveUser(container.fs, container.config.User)
  const uid = typeof user === 'string' ? 0 : user.uid
  return container.process?.kind === 'mariadb' && uid === 0 ? MYSQL_UID : uid
}

/** Returns the uid of the nginx worker processes of a master running as `masterUid`. */
export function nginxWorkerUid(masterUid: number): number {
  return masterUid === 0 ? NGINX_WORKER_UID : masterUid
}

/** Returns the user name `/etc/passwd` in `fs` gives `uid`, or the uid as text when it has none. */
export function userName(fs: FileSystem | undefined, uid: number): string {
  const passwd = fs?.lookup('/etc/passwd')?.content ?? ''
  const entry = passwd.split('\n').map((line) => line.split(':')).find((fields) => fields[2] === String(uid))
  return entry?.[0] ?? String(uid)
}

/** Formats a user for the UID column of `ps -ef`, which cuts names longer than 8 characters to 7 and a `+`. */
export function psEfUser(name: string): string {
  return name.length > 8 ? `${name.slice(0, 7)}+` : name
}
