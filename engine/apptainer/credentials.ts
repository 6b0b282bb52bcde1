// Registry credentials where the real tools keep them: the Docker-style
// config.json (`auths`, base64 `user:password`) and Apptainer's remote.yaml,
// which lists the registries logged in to (no secrets).

import { FsError } from '../fs/vfs'
import type { HostSystem } from '../host/system'

export interface Credential {
  username: string
  password: string
}

interface DockerConfig {
  auths?: Record<string, { auth?: string }>
  credHelpers?: Record<string, string>
  [key: string]: unknown
}

/** Key of a registry in config.json; Docker Hub uses its historical v1 URL. */
export function authKey(registry: string): string {
  return registry === 'docker.io' || registry === 'index.docker.io' ? 'https://index.docker.io/v1/' : registry
}

export class CredentialStore {
  constructor(private readonly system: HostSystem) {}

  /** `~/.apptainer/docker-config.json` when it exists, else `~/.docker/config.json`. */
  configPath(): string {
    const home = this.system.shell.home
    return this.system.fs.lookup(`${home}/.apptainer/docker-config.json`) ? `${home}/.apptainer/docker-config.json` : `${home}/.docker/config.json`
  }

  remotePath(): string {
    return `${this.system.shell.home}/.apptainer/remote.yaml`
  }

  readConfig(path = this.configPath()): DockerConfig | undefined {
    const text = this.read(path)
    if (text === undefined) return undefined
    try {
      return JSON.parse(text) as DockerConfig
    } catch {
      return undefined
    }
  }

  /** Credentials stored directly in `auths`; credential helpers are not consulted, as in Apptainer. */
  lookup(registry: string, path = this.configPath()): Credential | undefined {
    const entry = this.readConfig(path)?.auths?.[authKey(registry)]
    if (!entry?.auth) return undefined

    const decoded = atob(entry.auth)
    const colon = decoded.indexOf(':')
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
  }

  store(registry: string, credential: Credential, path = this.configPath()): void {
    const config = this.readConfig(path) ?? {}
    config.auths = { ...(config.auths ?? {}), [authKey(registry)]: { auth: btoa(`${credential.username}:${credential.password}`) } }
    this.write(path, `${JSON.stringify(config, null, '\t')}\n`, 0o600)
  }

  /** Removes a registry's entry; false when there was none. */
  remove(registry: string, path = this.configPath()): boolean {
    const config = this.readConfig(path)
    if (!config?.auths?.[authKey(registry)]) return false

    delete config.auths[authKey(registry)]
    this.write(path, `${JSON.stringify(config, null, '\t')}\n`, 0o600)
    return true
  }

  remoteEntries(): string[] {
    const text = this.read(this.remotePath()) ?? ''
    return [...text.matchAll(/- URI: (\S+)/g)].map((match) => match[1]!)
  }

  setRemoteEntries(uris: string[]): void {
    const credentials = uris.map((uri) => `- URI: ${uri}\n  Insecure: false\n`).join('')
    this.write(this.remotePath(), `Active: DefaultRemote\nRemotes:\n  DefaultRemote:\n    URI: cloud.apptainer.org\n    System: true\n    Exclusive: false\nCredentials:\n${credentials}`, 0o600)
  }

  read(path: string): string | undefined {
    try {
      return this.system.fs.readFile(path, this.system.shell.cred)
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      return undefined
    }
  }

  /** Writes a file of the current user, creating its directory like os.MkdirAll. */
  write(path: string, content: string, mode: number): void {
    const cred = this.system.shell.cred
    const dir = path.slice(0, path.lastIndexOf('/'))
    if (!this.system.fs.lookup(dir)) this.system.fs.mkdir(dir, this.system.now(), cred)
    this.system.fs.writeFile(path, content, this.system.now(), cred)
    const node = this.system.fs.lookup(path)
    if (node) node.mode = mode
  }
}
