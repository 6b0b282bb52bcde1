// Installs the host-security programs into the student's shell: users and
// groups, file modes, the Docker socket and its access check, auditd,
// openssl, dockerd with TLS, the rootless setup tool and the socket proxy.

import type { Scheduler } from '../core/scheduler'
import type { Daemon } from '../docker/daemon'
import { makeNode } from '../fs/vfs'
import type { DockerRunner, HostShell } from '../shell/host'
import { AuditSubsystem } from './audit'
import { installCopyCommands } from './copy'
import { DockerAccess } from './docker-access'
import { installDockerd, type TcpEndpoint } from './dockerd'
import { installFileCommands } from './files'
import { installIdentityCommands } from './identity'
import { installOpenssl } from './openssl'
import { PemRegistry } from './pem'
import { installServices } from './services'
import { installHaproxyProgram } from './socket-proxy'
import { HostSystem } from './system'
import { DOCKER_GID } from './users'

export { HostSystem } from './system'

export interface HostLab {
  system: HostSystem
  audit: AuditSubsystem
  pems: PemRegistry
  endpoints: TcpEndpoint[]
}

/** Installs the host programs; `daemon` lets the docker client find socket-proxy containers. */
export function installHost(shell: HostShell, scheduler: Scheduler, runDocker: DockerRunner, daemon: Daemon): HostLab {
  const system = new HostSystem(shell, scheduler)
  shell.cred = system.db.loginCredentials(system.currentUser())
  prepareFilesystem(system)

  const pems = new PemRegistry()
  const endpoints: TcpEndpoint[] = []
  const audit = new AuditSubsystem(system)

  installIdentityCommands(system)
  installFileCommands(system)
  installCopyCommands(system)
  audit.install()
  installServices(system, audit)
  installOpenssl(system, pems)
  installDockerd(system, pems, endpoints)
  new DockerAccess(system, pems, endpoints, runDocker, daemon).install()
  installHaproxyProgram()
  return { system, audit, pems, endpoints }
}

function prepareFilesystem(system: HostSystem): void {
  const now = system.now()
  system.syncDatabaseFiles()
  system.ensureDirectory('/root').mode = 0o700
  system.ensureDirectory('/etc/docker')
  system.installFile('/usr/bin/docker', '', 0o755)
  system.installFile('/usr/bin/dockerd', '', 0o755)

  const mario = system.ensureDirectory('/home/mario', 0o750)
  mario.uid = 1001
  mario.gid = 1001

  // systemd hosts: /var/run is a symlink to /run and docker.socket creates
  // /run/docker.sock as root:docker with SocketMode=0660.
  system.ensureDirectory('/run')
  const varDir = system.ensureDirectory('/var')
  const link = makeNode('symlink', 0o777, now)
  link.target = '/run'
  varDir.children.set('run', link)
  const socket = system.installFile('/run/docker.sock', '', 0o660, 0, DOCKER_GID)
  system.sockets.add(socket)
  socket.socket = true
}
