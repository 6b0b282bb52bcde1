// Capability checks for the container programs that need one as root:
// chown/chgrp need CAP_CHOWN, mount/umount need CAP_SYS_ADMIN.

import { formatMountTable } from '../fs/mounts'
import { canAccess, makeNode, resolvePath } from '../fs/vfs'
import { connectionFailure, socketPermissionMessage } from './docker-client'
import type { Program, ProgramContext } from './types'

function hasCapability(ctx: ProgramContext, capability: string): boolean {
  // Contexts without a capability set (image builds) run with Docker's defaults, which include CHOWN.
  const capabilities = ctx.container.capabilities
  if (!capabilities) return capability !== 'SYS_ADMIN'
  return capabilities.has(capability)
}

/** Operands of chown/chgrp: every argument after the owner that is not an option. */
function fileOperands(argv: string[]): string[] {
  const words = argv.slice(1).filter((word) => !word.startsWith('-'))
  return words.slice(1)
}

/**
 * Returns the exit status of a program rejected for a missing capability, after
 * writing its error, or undefined when the program may run. Only root is
 * checked here because the programs already refuse other users.
 */
export function rejectWithoutCapability(name: string, ctx: ProgramContext): number | undefined {
  if (ctx.state.cred.uid !== 0) return undefined
  const busybox = ctx.container.flavor === 'busybox'

  if ((name === 'chown' || name === 'chgrp') && !hasCapability(ctx, 'CHOWN')) {
    const files = fileOperands(ctx.argv).filter((file) => ctx.container.fs.lookup(resolvePath(ctx.state.cwd, file)))
    if (files.length === 0) return undefined
    for (const file of files) {
      ctx.write(busybox ? `${name}: ${file}: Operation not permitted\n` : `${name}: changing ownership of '${file}': Operation not permitted\n`, 'stderr')
    }
    return 1
  }

  const listsMounts = name === 'mount' && mountOperands(ctx.argv.slice(1)).length === 0
  if ((name === 'mount' || name === 'umount') && !hasCapability(ctx, 'SYS_ADMIN') && ctx.argv.length > 1 && !listsMounts) {
    const target = ctx.argv[ctx.argv.length - 1]!
    ctx.write(busybox ? `${name}: permission denied (are you root?)\n` : `${name}: ${target}: permission denied.\n       dmesg(1) may have more information after failed mount system call.\n`, 'stderr')
    return busybox ? 1 : 32
  }
  return undefined
}

/** Device and directory operands of `mount`, without options and the `-t` type. */
function mountOperands(args: string[]): string[] {
  const typeIndex = args.indexOf('-t')
  return args.filter((arg, index) => !arg.startsWith('-') && (typeIndex < 0 || index !== typeIndex + 1))
}

/**
 * `mount` without operands prints the mount table (`-t TYPE` keeps one type).
 * `mount -t tmpfs NAME DIR` empties DIR as a fresh tmpfs would; other mounts
 * succeed without changing the filesystem.
 */
export const mountProgram: Program = (ctx) => {
  const args = ctx.argv.slice(1)
  const typeIndex = args.indexOf('-t')
  const operands = mountOperands(args)
  if (operands.length === 0) {
    const table = ctx.container.fs.lookup('/proc/mounts')?.content ?? ''
    ctx.write(formatMountTable(table, typeIndex >= 0 ? args[typeIndex + 1] : undefined))
    return 0
  }
  if (operands.length < 2) return 0

  const target = resolvePath(ctx.state.cwd, operands[operands.length - 1]!)
  const node = ctx.container.fs.lookup(target)
  if (!node || node.type !== 'dir') {
    ctx.write(`mount: mounting ${operands[0]} on ${target} failed: No such file or directory\n`, 'stderr')
    return 1
  }
  if (typeIndex >= 0 && args[typeIndex + 1] === 'tmpfs') {
    const fresh = makeNode('dir', 0o1777, ctx.now())
    node.children = fresh.children
    node.mode = fresh.mode
  }
  return 0
}

/** Message of the hello-world image's /hello binary. */
const HELLO_MESSAGE = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`

export const helloProgram: Program = (ctx) => {
  ctx.write(HELLO_MESSAGE)
  return 0
}

/**
 * Runs the docker CLI inside a container that cannot reach a daemon. With the
 * host socket mounted, the engine runs `docker` lines of an interactive shell
 * against the host daemon before they reach this program, unless the user may
 * not write to the socket: then this program prints the permission error.
 * NOTE: a `docker` command inside a pipe, `sh -c` or a compound line also gets
 * here with a usable socket, because the synchronous shell cannot wait for the daemon.
 */
export const dockerWithoutDaemon: Program = (ctx) => {
  const socket = DOCKER_SOCKET_PATHS.map((path) => ({ path, node: ctx.container.fs.lookup(path) })).find((entry) => entry.node?.socket)
  const denied = socket !== undefined && !canAccess(socket.node!, ctx.state.cred, 2)
  const message = denied ? socketPermissionMessage(socket.path) : 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'

  const failure = connectionFailure(ctx.argv.slice(1), message)
  ctx.write(failure.stdout)
  ctx.write(failure.stderr, 'stderr')
  return failure.exitCode
}

const DOCKER_SOCKET_PATHS = ['/var/run/docker.sock', '/run/docker.sock']
