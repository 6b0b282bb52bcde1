// The context every docker subcommand receives: daemon, terminal I/O and session attachment.

import type { CommandIO } from '../api'
import type { Daemon } from './daemon'
import type { FileSystem } from '../fs/vfs'
import type { ContainerShell } from '../shell/container'
import type { Container } from './model'
import type { ShellKind, ShellState } from '../shell/types'

/** An interactive shell the terminal is attached to (`docker run -it`, `docker exec -it`). */
export interface InteractiveSession {
  container: Container
  shell: ContainerShell
  state: ShellState
  kind: ShellKind
  /** True for `docker exec -it`: leaving the shell does not stop the container. */
  exec: boolean
}

export interface DockerContext {
  daemon: Daemon
  io: CommandIO
  /** Standard input from a host pipe (`echo x | docker exec -i c cat`). */
  stdin: string
  attach(session: InteractiveSession): void
  /** The host shell's filesystem, working directory and environment, for `docker build` contexts and secrets. */
  hostFiles?: HostFiles
  /** Registry credentials for `docker login`/`logout`; absent when no registry is simulated. */
  registry?: RegistryAccess
}

export interface RegistryCredential {
  username: string
  password: string
}

export interface RegistryAccess {
  /** The docker CLI's config file, `~/.docker/config.json`. */
  configPath: string
  /** Checks credentials the way the simulated registry does. */
  accepts(registry: string, credential: RegistryCredential): boolean
  store(registry: string, credential: RegistryCredential): void
  /** Returns the credentials config.json stores for a registry, if any. */
  lookup?(registry: string): RegistryCredential | undefined
  /** Removes a registry's entry; false when there was none. */
  remove(registry: string): boolean
}

export interface HostFiles {
  fs: FileSystem
  cwd: string
  env: ReadonlyMap<string, string>
}

export function out(ctx: DockerContext, text: string): void {
  ctx.io.write(text, 'stdout')
}

export function err(ctx: DockerContext, text: string): void {
  ctx.io.write(text, 'stderr')
}
