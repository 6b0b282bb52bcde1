// Image definitions: metadata shown by `docker images`/`inspect` and the
// base file tree every container of the image starts from.

import type { FileSystem } from '../fs/vfs'
import type { ShellKind } from '../shell/types'

export interface HealthcheckConfig {
  Test: string[]
  /** Durations in nanoseconds, as the API stores them; absent when not set. */
  Interval?: number
  Timeout?: number
  StartPeriod?: number
  StartInterval?: number
  Retries?: number
}

export interface ImageConfig {
  Env: string[]
  Cmd: string[] | null
  Entrypoint: string[] | null
  ExposedPorts?: Record<string, Record<string, never>>
  WorkingDir: string
  User: string
  Labels: Record<string, string> | null
  StopSignal?: string
  Healthcheck?: HealthcheckConfig
  /** Mount points declared by VOLUME; absent when none. */
  Volumes?: Record<string, Record<string, never>>
  /** Shell set by the SHELL instruction; absent for the default `/bin/sh -c`. */
  Shell?: string[]
}

/** One row of `docker history`, oldest first in `Image.history`. */
export interface ImageHistoryEntry {
  /** RFC 3339 time the step ran. */
  created: string
  createdBy: string
  /** Bytes the step added; 0 for metadata-only steps. */
  size: number
  comment: string
  /** True for steps that changed only the configuration, as the image config's `empty_layer`. */
  emptyLayer: boolean
}

/** Kind of main process the image runs when a container starts with the default command. */
export type ImageBehaviour = 'nginx' | 'mariadb' | 'plain'

/** Paths an nginx image writes at start-up, and the port it listens on. */
export interface NginxLayout {
  port: number
  /** Directory of `client_temp` and the other `*_temp_path` directories. */
  tempDir: string
  pidFile: string
}

/** The official nginx image's layout, used when `Image.nginx` is absent. */
export const OFFICIAL_NGINX_LAYOUT: NginxLayout = { port: 80, tempDir: '/var/cache/nginx', pidFile: '/run/nginx.pid' }

export interface Image {
  repository: string
  tag: string
  /** `sha256:` + 64 hex digits. */
  id: string
  /** RFC 3339 creation time. */
  created: string
  /** Size in bytes, as `docker images` reports it. */
  size: number
  config: ImageConfig
  behaviour: ImageBehaviour
  flavor: 'debian' | 'busybox'
  shell: ShellKind
  layers: string[]
  /**
   * `repository@sha256:…` of the registry manifest this tag was pulled from;
   * absent for images built or loaded locally. Tags of one image share it.
   */
  repoDigest?: string
  /** Build steps, oldest first; absent for images without recorded history. */
  history?: ImageHistoryEntry[]
  /** Compiler an `nginx` behaviour image logs at start-up after `built by `; the Debian image's gcc when absent. */
  nginxCompiler?: string
  /** Paths and port of an `nginx` behaviour image that differ from the official image's. */
  nginx?: NginxLayout
  /** Builds the base tree; called once and cloned for each container. */
  buildFs(): FileSystem
}
