// The docker CLI inside a container that has the host's Docker socket
// bind-mounted (`-v /var/run/docker.sock:/var/run/docker.sock`), where a
// command controls the host daemon. The container shell is synchronous and
// the CLI is not, so the daemon and `docker exec` run these commands
// themselves instead of through the `docker` program.

import type { CommandIO, OutputStream } from '../api'
import { CLIENT_VERSION_LINES } from '../docker/client-version'

const SOCKET_PATHS = ['/var/run/docker.sock', '/run/docker.sock']

/**
 * Top-level docker commands. The docker image's entrypoint runs `docker` in
 * front of an argument list that starts with one of them (`docker run docker ps`)
 * or with an option, because `docker help NAME` succeeds for them.
 */
const DOCKER_COMMANDS = new Set(['attach', 'build', 'builder', 'buildx', 'commit', 'compose', 'config', 'container', 'context', 'cp', 'create', 'diff', 'events', 'exec', 'export', 'history', 'image', 'images', 'import', 'info', 'inspect', 'kill', 'load', 'login', 'logout', 'logs', 'manifest', 'network', 'node', 'pause', 'plugin', 'port', 'ps', 'pull', 'push', 'rename', 'restart', 'rm', 'rmi', 'run', 'save', 'search', 'secret', 'service', 'stack', 'start', 'stats', 'stop', 'swarm', 'system', 'tag', 'top', 'trust', 'unpause', 'update', 'version', 'volume', 'wait'])

/** The container facts the socket check reads. */
export interface SocketContainer {
  mounts: ReadonlyArray<{ Type: string; Source: string; Destination: string }>
  /** Returns the path of an executable on the container's PATH, `!path` when it may not run, or undefined. */
  findExecutable(name: string): string | undefined
  /** Returns true when the container's user may write to the socket at `path`; absent means yes. */
  canConnect?(path: string): boolean
}

/** True when a Docker socket of the host (the system one or a rootless `/run/user/UID/docker.sock`) is bound at the client's default path. */
function hasHostSocket(container: SocketContainer): boolean {
  return hostSocketPath(container) !== undefined
}

function hostSocketPath(container: SocketContainer): string | undefined {
  return container.mounts.find((mount) => mount.Type === 'bind' && SOCKET_PATHS.includes(mount.Destination) && /(^|\/)docker\.sock$/.test(mount.Source))?.Destination
}

/** Applies the docker image's `docker-entrypoint.sh`: `ps` or `-v` becomes `docker ps` or `docker -v`. */
function entrypointArgv(argv: string[]): string[] {
  const [first, ...rest] = argv
  if (first === undefined || !/(^|\/)docker-entrypoint\.sh$/.test(first)) return argv
  const next = rest[0]
  if (next !== undefined && (next.startsWith('-') || DOCKER_COMMANDS.has(next))) return ['docker', ...rest]
  return rest
}

/**
 * Returns the arguments after `docker` when `argv` runs the container's docker
 * CLI and the host socket is mounted at the default path, else undefined.
 * A user who may not write to the socket gets undefined too, so the `docker`
 * program reports the permission error.
 */
export function hostDockerArgs(container: SocketContainer, argv: string[]): string[] | undefined {
  const socket = hostSocketPath(container)
  if (socket === undefined || container.canConnect?.(socket) === false) return undefined

  const command = entrypointArgv(argv)
  const program = command[0]
  if (program === undefined) return undefined
  const path = container.findExecutable(program)
  if (path === undefined || path.startsWith('!') || !path.endsWith('/docker')) return undefined
  return command.slice(1)
}

/**
 * Builds the terminal of a docker client that runs as a container's main
 * process: output goes to the container's log one line at a time, and
 * waits end after `sleep` resolves on the virtual clock.
 */
export function containerClientIO(isTTY: boolean, writeLine: (stream: OutputStream, line: string) => void, sleep: (ms: number) => Promise<boolean>): { io: CommandIO; flush: () => void } {
  const pending: Record<OutputStream, string> = { stdout: '', stderr: '' }

  const io: CommandIO = {
    write: (text, stream) => {
      const lines = (pending[stream] + text).split('\n')
      pending[stream] = lines.pop() ?? ''
      for (const line of lines) writeLine(stream, line)
    },
    sleep,
    isTTY,
    columns: 80,
  }

  const flush = (): void => {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (pending[stream] !== '') writeLine(stream, pending[stream])
      pending[stream] = ''
    }
  }
  return { io, flush }
}

/** Returns the docker CLI's error for a user without write access to the unix socket at `path`. */
export function socketPermissionMessage(path: string): string {
  const url = `http://${encodeURIComponent(path)}/_ping`
  return `permission denied while trying to connect to the Docker daemon socket at unix://${path}: Head "${url}": dial unix ${path}: connect: permission denied`
}

/** Output and exit code of a docker command whose connection to the daemon failed with `message`. */
export function connectionFailure(args: string[], message: string): { stdout: string; stderr: string; exitCode: number } {
  const command = args[0] === 'container' || args[0] === 'image' ? `${args[0]} ${args[1] ?? ''}` : (args[0] ?? '')
  if (command === 'run' || command === 'create' || command === 'container run' || command === 'container create') {
    return { stdout: '', stderr: `docker: ${message}\n\nRun 'docker ${command} --help' for more information\n`, exitCode: 125 }
  }
  return { stdout: command === 'version' ? CLIENT_VERSION_BLOCK : '', stderr: `${message}\n`, exitCode: 1 }
}

const CLIENT_VERSION_BLOCK = [...CLIENT_VERSION_LINES, ''].join('\n')
