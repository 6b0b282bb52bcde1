// MariaDB client programs: mariadb-admin (mysqladmin), mariadb (mysql) and
// the image's healthcheck.sh. Their results depend on the container's server phase.

import { MARIADB_VERSION } from '../docker/mariadb'
import type { Program, ProgramContext } from './types'

interface ClientOptions {
  user: string
  password: string | undefined
  host: string
  port: number
  execute: string | undefined
  commands: string[]
}

function parseClientOptions(argv: string[]): ClientOptions {
  const options: ClientOptions = { user: 'root', password: undefined, host: 'localhost', port: 3306, execute: undefined, commands: [] }

  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    const next = (): string => argv[++index] ?? ''
    if (arg.startsWith('--password=')) options.password = arg.slice(11)
    else if (arg.startsWith('-p')) options.password = arg.slice(2)
    else if (arg.startsWith('--user=')) options.user = arg.slice(7)
    else if (arg === '-u') options.user = next()
    else if (arg.startsWith('-u')) options.user = arg.slice(2)
    else if (arg.startsWith('--host=')) options.host = arg.slice(7)
    else if (arg === '-h') options.host = next()
    else if (arg.startsWith('-h')) options.host = arg.slice(2)
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice(7))
    else if (arg === '-P') options.port = Number(next())
    else if (arg.startsWith('-P')) options.port = Number(arg.slice(2))
    else if (arg === '-e' || arg === '--execute') options.execute = next()
    else if (!arg.startsWith('-')) options.commands.push(arg)
  }
  return options
}

type Connection = { ok: true } | { ok: false; error: string; alive: boolean }

/** Connects as the client would: socket for localhost, TCP otherwise. */
function connect(ctx: ProgramContext, options: ClientOptions): Connection {
  const database = ctx.container.database(ctx.now())
  const socket = options.host === 'localhost'
  const cannotConnect: Connection = socket
    ? { ok: false, alive: false, error: "Can't connect to local server through socket '/run/mysqld/mysqld.sock' (2)" }
    : { ok: false, alive: false, error: `Can't connect to server on '${options.host}' (115)` }

  if (!database || database.phase === 'down' || database.phase === 'restarting') return cannotConnect
  if (database.phase === 'temporary' && !socket) return cannotConnect
  if (!socket && options.port !== 3306) return cannotConnect

  // The temporary server still has the initial root account, which rejects any password.
  const expected = database.phase === 'temporary' ? '' : database.rootPassword
  const given = options.password ?? ''
  if (options.user === 'root' && given === expected) return { ok: true }
  return { ok: false, alive: true, error: `Access denied for user '${options.user}'@'localhost' (using password: ${given === '' ? 'NO' : 'YES'})` }
}

const admin: Program = (ctx) => {
  const name = ctx.argv[0]!.split('/').pop()!
  const options = parseClientOptions(ctx.argv.slice(1))
  const command = options.commands[0] ?? 'ping'
  ctx.spend(20)
  const connection = connect(ctx, options)

  if (!connection.ok) {
    const check = connection.alive ? '' : "Check that mariadbd is running and that the socket: '/run/mysqld/mysqld.sock' exists!\n"
    ctx.write(`\u0007${name}: connect to server at '${options.host}' failed\nerror: '${connection.error}'\n${check}`, 'stderr')
    // mariadb-admin ping reports a server that replies, even with an access error, as alive.
    return command === 'ping' && connection.alive ? 0 : 1
  }

  if (command === 'shutdown') return shutdownServer(ctx)
  if (command === 'ping') ctx.write('mysqld is alive\n')
  else if (command === 'status') ctx.write('Uptime: 10  Threads: 1  Questions: 11  Slow queries: 0  Opens: 17  Open tables: 10  Queries per second avg: 1.100\n')
  else if (command === 'version') ctx.write(`${name}  Ver 10.0 Distrib ${MARIADB_VERSION}, for debian-linux-gnu on x86_64\nServer version\t\t${MARIADB_VERSION}\n`)
  return 0
}

/**
 * Runs `mariadb-admin shutdown`, which waits for the server to exit. The server
 * is the container's PID 1, so its exit kills the client too: exit code 137.
 */
function shutdownServer(ctx: ProgramContext): number {
  const exitMs = ctx.container.database(ctx.now())?.shutdown?.(ctx.now())
  if (exitMs === undefined) return 0
  ctx.spend(exitMs)
  return 137
}

const client: Program = (ctx) => {
  const options = parseClientOptions(ctx.argv.slice(1))
  ctx.spend(20)
  const connection = connect(ctx, options)

  if (!connection.ok) {
    const code = connection.alive ? 'ERROR 1045 (28000)' : connection.error.startsWith("Can't connect to local") ? 'ERROR 2002 (HY000)' : 'ERROR 2002 (HY000)'
    ctx.write(`${code}: ${connection.error}\n`, 'stderr')
    return 1
  }

  const statement = (options.execute ?? ctx.stdin).trim().replace(/;$/, '').trim().toUpperCase()
  if (statement === 'SELECT VERSION()') ctx.write(`VERSION()\n${MARIADB_VERSION}\n`)
  else if (statement === 'SHOW DATABASES') ctx.write('Database\ninformation_schema\nmysql\nperformance_schema\nsys\n')
  return 0
}

const healthcheck: Program = (ctx) => {
  const database = ctx.container.database(ctx.now())
  ctx.spend(25)
  if (database?.phase === 'ready') return 0
  ctx.write('healthcheck connect failed\n')
  return 1
}

export const MARIADB_PROGRAMS: Record<string, Program> = {
  'mariadb-admin': admin,
  mysqladmin: admin,
  mariadb: client,
  mysql: client,
  'healthcheck.sh': healthcheck,
}
