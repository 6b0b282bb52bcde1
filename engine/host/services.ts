// systemctl for the services of the course (auditd, docker) and the rootless
// setup tool, whose socket under /run/user/UID lets a user run Docker without root.

import type { HostProgramContext } from '../shell/host'
import type { AuditSubsystem } from './audit'
import type { HostSystem } from './system'

const SERVICES = ['auditd', 'docker', 'containerd', 'ssh']

export function installServices(system: HostSystem, audit: AuditSubsystem): void {
  system.register('systemctl', async (ctx) => systemctl(system, audit, ctx))
  system.register('service', async (ctx) => systemctl(system, audit, { ...ctx, argv: ['systemctl', ctx.argv[2] ?? '', ctx.argv[1] ?? ''] }))
  system.register('dockerd-rootless-setuptool.sh', async (ctx) => rootlessSetup(system, ctx))
}

async function systemctl(system: HostSystem, audit: AuditSubsystem, ctx: HostProgramContext): Promise<number> {
  const [action, unit] = ctx.argv.slice(1).filter((arg) => !arg.startsWith('-'))
  const name = (unit ?? '').replace(/\.service$/, '')
  if (action === undefined || unit === undefined) {
    ctx.io.write('Too few arguments.\n', 'stderr')
    return 1
  }
  if (!SERVICES.includes(name)) {
    ctx.io.write(`Failed to ${action} ${name}.service: Unit ${name}.service not found.\n`, 'stderr')
    return 5
  }

  if (action === 'status' || action === 'is-active') {
    ctx.io.write(action === 'is-active' ? 'active\n' : `● ${name}.service\n     Loaded: loaded (/usr/lib/systemd/system/${name}.service; enabled; preset: enabled)\n     Active: active (running)\n`, 'stdout')
    return 0
  }
  if (!['start', 'stop', 'restart', 'reload', 'enable', 'disable'].includes(action)) {
    ctx.io.write(`Unknown command verb '${action}'.\n`, 'stderr')
    return 1
  }
  if (system.shell.cred.uid !== 0) {
    ctx.io.write(`Failed to ${action} ${name}.service: Interactive authentication required.\nSee system logs and 'systemctl status ${name}.service' for details.\n`, 'stderr')
    return 1
  }

  // Ubuntu's auditd.service runs `augenrules --load` after start, so a restart reloads rules.d.
  if (name === 'auditd' && (action === 'restart' || action === 'start')) audit.loadRulesFiles()
  return 0
}

// NOTE: output shape of docker-ce-rootless-extras 28 from memory, shortened; the
// rootless daemon shares the simulated daemon's containers.
async function rootlessSetup(system: HostSystem, ctx: HostProgramContext): Promise<number> {
  const user = system.currentUser()
  if (ctx.argv[1] !== 'install') {
    ctx.io.write('Usage: dockerd-rootless-setuptool.sh [OPTIONS] COMMAND\n\nCommands:\n  check        Check prerequisites\n  install      Install systemd unit (if systemd is available) and show how to manage the service\n  uninstall    Uninstall systemd unit\n', 'stderr')
    return 1
  }
  if (user.uid === 0) {
    ctx.io.write('[ERROR] Refusing to install rootless Docker as the root user\n', 'stderr')
    return 1
  }

  const runDir = `/run/user/${user.uid}`
  const dir = system.ensureDirectory(runDir, 0o700)
  dir.uid = user.uid
  dir.gid = user.gid
  const socket = system.installFile(`${runDir}/docker.sock`, '', 0o660, user.uid, user.gid)
  system.sockets.add(socket)
  socket.socket = true

  ctx.io.write(
    [
      `[INFO] Creating ${user.home}/.config/systemd/user/docker.service`,
      '[INFO] starting systemd service docker.service',
      `+ systemctl --user start docker.service`,
      `+ sleep 3`,
      `+ systemctl --user --no-pager --full status docker.service`,
      '● docker.service - Docker Application Container Engine (Rootless)',
      `     Loaded: loaded (${user.home}/.config/systemd/user/docker.service; disabled; preset: enabled)`,
      '     Active: active (running)',
      '+ DOCKER_HOST=unix:///run/user/' + user.uid + '/docker.sock /usr/bin/docker version',
      '[INFO] Installed docker.service successfully.',
      '[INFO] To control docker.service, run: `systemctl --user (start|stop|restart) docker.service`',
      '[INFO] To run docker.service on system startup, run: `sudo loginctl enable-linger ' + user.name + '`',
      '',
      '[INFO] Creating CLI context "rootless"',
      'Successfully created context "rootless"',
      '[INFO] Using CLI context "rootless"',
      'Current context is now "rootless"',
      '',
      '[INFO] Make sure the following environment variable(s) are set (or add them to ~/.bashrc):',
      `export PATH=/usr/bin:$PATH`,
      '',
      '[INFO] Some applications may require the following environment variable too:',
      `export DOCKER_HOST=unix:///run/user/${user.uid}/docker.sock`,
      '',
    ].join('\n'),
    'stdout',
  )
  return 0
}
