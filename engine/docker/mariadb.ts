// Behaviour of the official mariadb image's main process: the entrypoint's
// password check, the temporary server used for initialisation and the final
// server, each with its log lines and the times at which clients can connect.
// NOTE: the version (11.8.3, Ubuntu 24.04 build) is a plausible value, not the
// official image's. The phase timings were measured in the recorded session
// with a Debian-built mariadb 10.11 image, not on the official image.

export const MARIADB_VERSION = '11.8.3-MariaDB-ubu2404'
export const MARIADB_PACKAGE = '1:11.8.3+maria~ubu2404'

/** Server version and package that a mariadb container logs, from its image's MARIADB_VERSION. */
export interface MariadbRelease {
  /** `11.4.8-MariaDB-ubu2404`, as `Starting MariaDB …` and `Version: '…'` print it. */
  version: string
  /** `1:11.4.8+maria~ubu2404`, as the entrypoint prints it. */
  package: string
}

const LATEST_RELEASE: MariadbRelease = { version: MARIADB_VERSION, package: MARIADB_PACKAGE }

/** Returns the release of a container from its environment; the catalog's mariadb when the variable is absent or unreadable. */
export function mariadbRelease(env: readonly string[]): MariadbRelease {
  const value = env.find((entry) => entry.startsWith('MARIADB_VERSION='))?.slice('MARIADB_VERSION='.length)
  const match = value?.match(/^\d+:([\d.]+)\+maria~(\w+)$/)
  if (!value || !match) return LATEST_RELEASE
  return { version: `${match[1]}-MariaDB-${match[2]}`, package: value }
}

/**
 * Milliseconds after start when each server phase begins. In the recorded
 * probes the temporary server accepted connections from between 1.06 s and
 * 2.05 s after the start until at least 3.13 s, and the final server was up by 3.45 s.
 */
const TEMPORARY_SERVER_MS = 1_500
const TEMPORARY_STOP_MS = 3_200
const READY_MS = 3_400

export type MariadbPhase = 'down' | 'temporary' | 'restarting' | 'ready'

export interface MariadbServer {
  startMs: number
  /** Root password from the environment; empty when MARIADB_ALLOW_EMPTY_ROOT_PASSWORD is set. */
  rootPassword: string
}

export type LogWriter = (stream: 'stdout' | 'stderr', text: string, atMs: number) => void

export function mariadbPhase(server: MariadbServer, atMs: number): MariadbPhase {
  const elapsed = atMs - server.startMs
  if (elapsed < TEMPORARY_SERVER_MS) return 'down'
  if (elapsed < TEMPORARY_STOP_MS) return 'temporary'
  if (elapsed < READY_MS) return 'restarting'
  return 'ready'
}

/** Reads the root password the entrypoint accepts; undefined when none of its variables is set. */
export function rootPasswordFromEnv(env: string[]): string | undefined {
  const values = new Map(env.map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)]))
  const password = values.get('MARIADB_ROOT_PASSWORD') ?? values.get('MYSQL_ROOT_PASSWORD')
  if (password !== undefined && password !== '') return password
  if (values.has('MARIADB_ALLOW_EMPTY_ROOT_PASSWORD') || values.has('MYSQL_ALLOW_EMPTY_PASSWORD')) return ''
  if (values.has('MARIADB_RANDOM_ROOT_PASSWORD') || values.has('MYSQL_RANDOM_ROOT_PASSWORD')) return 'Zq4#random-root-password'
  return undefined
}

function entrypointTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}+00:00`
}

function serverTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

function note(write: LogWriter, atMs: number, text: string, type = 'Note'): void {
  write('stdout', `${entrypointTime(atMs)} [${type}] [Entrypoint]: ${text}`, atMs)
}

function server(write: LogWriter, atMs: number, text: string): void {
  write('stderr', `${serverTime(atMs)} ${text}`, atMs)
}

function entrypointStart(write: LogWriter, startMs: number, release: MariadbRelease): void {
  note(write, startMs, `Entrypoint script for MariaDB Server ${release.package} started.`)
  note(write, startMs + 300, "Switching to dedicated user 'mysql'")
  note(write, startMs + 300, `Entrypoint script for MariaDB Server ${release.package} started.`)
}

/** Writes the entrypoint's refusal when no password variable is set and returns the delay before the exit with code 1. */
export function mariadbRefusalLogs(write: LogWriter, startMs: number, release = LATEST_RELEASE): number {
  entrypointStart(write, startMs, release)
  const at = startMs + 350
  write('stderr', `${entrypointTime(at)} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`, at)
  write('stderr', '\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD', at)
  return 400
}

function serverStart(write: LogWriter, atMs: number, pid: number, port: number, release: MariadbRelease): void {
  server(write, atMs, `0 [Note] Starting MariaDB ${release.version} source revision 5bc4f3a8b1d2e0c7a9f6e4d3c2b1a0f9e8d7c6b5 server_uid unknown as process ${pid}`)
  server(write, atMs, '0 [Note] InnoDB: Compressed tables use zlib 1.3')
  server(write, atMs, '0 [Note] InnoDB: Number of transaction pools: 1')
  server(write, atMs, '0 [Note] InnoDB: Using crc32 + pclmulqdq instructions')
  server(write, atMs, '0 [Note] InnoDB: Using liburing')
  server(write, atMs, '0 [Note] InnoDB: innodb_buffer_pool_size_max=128m, innodb_buffer_pool_size=128m')
  server(write, atMs, '0 [Note] InnoDB: Completed initialization of buffer pool')
  server(write, atMs + 50, '0 [Note] InnoDB: 128 rollback segments are active.')
  server(write, atMs + 60, "0 [Note] Plugin 'FEEDBACK' is disabled.")
  if (port > 0) {
    server(write, atMs + 70, `0 [Note] Server socket created on IP: '0.0.0.0', port: '${port}'.`)
    server(write, atMs + 70, `0 [Note] Server socket created on IP: '::', port: '${port}'.`)
  }
  server(write, atMs + 80, '0 [Note] mariadbd: ready for connections.')
  write('stderr', `Version: '${release.version}'  socket: '/run/mysqld/mysqld.sock'  port: ${port}  mariadb.org binary distribution`, atMs + 80)
}

/** Initiator of a server shutdown, which its `Normal shutdown` line names. */
export type ShutdownInitiator = 'signal' | 'root'

function serverShutdown(write: LogWriter, atMs: number, initiator: ShutdownInitiator, transactionId: number): void {
  const by = initiator === 'root' ? 'root[root] @ localhost []' : 'unknown'
  const dumpTime = new Date(atMs + 50).toISOString().replace(/^\d\d(\d\d)-(\d\d)-(\d\d)T([\d:]{8}).*$/, '$1$2$3 $4')
  server(write, atMs, `0 [Note] mariadbd (initiated by: ${by}): Normal shutdown`)
  server(write, atMs, '0 [Note] InnoDB: FTS optimize thread exiting.')
  server(write, atMs, '0 [Note] InnoDB: Starting shutdown...')
  server(write, atMs, '0 [Note] InnoDB: Dumping buffer pool(s) to /var/lib/mysql/ib_buffer_pool')
  server(write, atMs + 50, `0 [Note] InnoDB: Buffer pool(s) dump completed at ${dumpTime}`)
  server(write, atMs + 60, '0 [Note] InnoDB: Removed temporary tablespace data file: "./ibtmp1"')
  server(write, atMs + 70, `0 [Note] Shutdown completed; log sequence number 44776; transaction id ${transactionId}`)
  server(write, atMs + 80, '0 [Note] mariadbd: Shutdown complete')
}

/** Time from the start of a shutdown to the server's exit; the recorded one finished within 0.2 s. */
const SHUTDOWN_MS = 100

/** Writes (or schedules) every line of a successful first start. */
export function mariadbStartupLogs(write: LogWriter, startMs: number, release = LATEST_RELEASE): void {
  entrypointStart(write, startMs, release)
  note(write, startMs + 400, 'Initializing database files')
  note(write, startMs + TEMPORARY_SERVER_MS - 400, 'Database files initialized')
  note(write, startMs + TEMPORARY_SERVER_MS - 400, 'Starting temporary server')
  note(write, startMs + TEMPORARY_SERVER_MS - 400, 'Waiting for server startup')
  serverStart(write, startMs + TEMPORARY_SERVER_MS - 80, 97, 0, release)
  note(write, startMs + TEMPORARY_SERVER_MS, 'Temporary server started.')
  note(write, startMs + TEMPORARY_STOP_MS - 200, 'Securing system users (equivalent to running mysql_secure_installation)')
  note(write, startMs + TEMPORARY_STOP_MS, 'Stopping temporary server')
  serverShutdown(write, startMs + TEMPORARY_STOP_MS, 'signal', 15)
  note(write, startMs + TEMPORARY_STOP_MS + 100, 'Temporary server stopped')
  note(write, startMs + TEMPORARY_STOP_MS + 100, 'MariaDB init process done. Ready for start up.')
  serverStart(write, startMs + READY_MS - 80, 1, 3306, release)
}

/** Writes the shutdown lines on SIGTERM or `mariadb-admin shutdown`; returns how long the server takes to exit. */
export function mariadbStopLogs(write: LogWriter, atMs: number, initiator: ShutdownInitiator = 'signal'): number {
  serverShutdown(write, atMs, initiator, 16)
  return SHUTDOWN_MS
}
