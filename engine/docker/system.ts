// `docker info`, `docker system df` and `docker network ls`.
//
// NOTE: the host facts in `docker info` (kernel, CPUs, memory, plugin
// versions) describe a plausible Ubuntu 24.04 host with Docker 28.2.2; they
// were not captured from a real machine.

import { formatTable } from '../format/tabwriter'
import type { DockerContext } from './context'
import { err, out } from './context'
import { writeDiskUsage } from './disk-usage'
import { parseCommandFlags } from './flags'
import { networkId } from './inspect'
import { argumentError } from './usage'

const NETWORKS = [
  { name: 'bridge', driver: 'bridge' },
  { name: 'host', driver: 'host' },
  { name: 'none', driver: 'null' },
]

export async function infoCommand(ctx: DockerContext, args: string[], command = 'info'): Promise<number> {
  const parsed = parseCommandFlags(ctx, command, args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length > 0) return argumentError(ctx, command, 'accepts no arguments')

  const containers = ctx.daemon.containers
  const count = (states: string[]): number => containers.filter((container) => states.includes(container.state.status)).length
  const lines = [
    'Client: Docker Engine - Community',
    ' Version:    28.2.2',
    ' Context:    default',
    ' Debug Mode: false',
    ' Plugins:',
    '  buildx: Docker Buildx (Docker Inc.)',
    '    Version:  v0.24.0',
    '    Path:     /usr/libexec/docker/cli-plugins/docker-buildx',
    '  compose: Docker Compose (Docker Inc.)',
    '    Version:  v2.36.2',
    '    Path:     /usr/libexec/docker/cli-plugins/docker-compose',
    '',
    'Server:',
    ` Containers: ${containers.length}`,
    `  Running: ${count(['running', 'restarting'])}`,
    `  Paused: ${count(['paused'])}`,
    `  Stopped: ${count(['created', 'exited', 'dead'])}`,
    ` Images: ${ctx.daemon.images.length}`,
    ' Server Version: 28.2.2',
    ' Storage Driver: overlay2',
    '  Backing Filesystem: extfs',
    '  Supports d_type: true',
    '  Using metacopy: false',
    '  Native Overlay Diff: true',
    '  userxattr: false',
    ' Logging Driver: json-file',
    ' Cgroup Driver: systemd',
    ' Cgroup Version: 2',
    ' Plugins:',
    '  Volume: local',
    '  Network: bridge host ipvlan macvlan null overlay',
    '  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog',
    ' CDI spec directories:',
    '  /etc/cdi',
    '  /var/run/cdi',
    ' Swarm: inactive',
    ' Runtimes: io.containerd.runc.v2 runc',
    ' Default Runtime: runc',
    ' Init Binary: docker-init',
    ' containerd version: 05044ec0a9a75232cad458027ca83437aae3f4da',
    ' runc version: v1.2.5-0-g59923ef',
    ' init version: de40ad0',
    ' Security Options:',
    '  apparmor',
    '  seccomp',
    '   Profile: builtin',
    '  cgroupns',
    ' Kernel Version: 6.8.0-88-generic',
    ' Operating System: Ubuntu 24.04.3 LTS',
    ' OSType: linux',
    ' Architecture: x86_64',
    ' CPUs: 4',
    ' Total Memory: 7.658GiB',
    ' Name: host',
    ' ID: 6f1c4b0e-2d8a-4e3b-9a57-c1d2e3f4a5b6',
    ' Docker Root Dir: /var/lib/docker',
    ' Debug Mode: false',
    ' Experimental: false',
    ' Insecure Registries:',
    '  ::1/128',
    '  127.0.0.0/8',
    ' Live Restore Enabled: false',
    '',
  ]
  out(ctx, `${lines.join('\n')}\n`)
  return 0
}

export async function systemCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const sub = args[0]
  if (sub === 'df') return systemDf(ctx, args.slice(1))
  if (sub === 'info') return infoCommand(ctx, args.slice(1), 'system info')

  if (sub === undefined || sub === '--help') {
    out(ctx, "\nUsage:  docker system COMMAND\n\nManage Docker\n\nCommands:\n  df          Show docker disk usage\n  events      Get real time events from the server\n  info        Display system-wide information\n  prune       Remove unused data\n\nRun 'docker system COMMAND --help' for more information on a command.\n")
    return 0
  }
  err(ctx, `docker: unknown command: docker system ${sub}\n\nUsage:  docker system\n\nRun 'docker system --help' for more information\n`)
  return 1
}

async function systemDf(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'system df', args, [])
  if (typeof parsed === 'number') return parsed

  return writeDiskUsage(ctx, parsed.values.get('verbose') === true, parsed.values.get('format') as string | undefined)
}

export async function networkCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const sub = args[0]
  if (sub === 'ls' || sub === 'list') return networkLs(ctx, args.slice(1))

  if (sub === undefined || sub === '--help') {
    out(ctx, "\nUsage:  docker network COMMAND\n\nManage networks\n\nCommands:\n  connect     Connect a container to a network\n  create      Create a network\n  disconnect  Disconnect a container from a network\n  inspect     Display detailed information on one or more networks\n  ls          List networks\n  prune       Remove all unused networks\n  rm          Remove one or more networks\n\nRun 'docker network COMMAND --help' for more information on a command.\n")
    return 0
  }
  // NOTE: only `network ls` is simulated; the course uses the three default networks.
  err(ctx, `docker: unknown command: docker network ${sub}\n\nUsage:  docker network\n\nRun 'docker network --help' for more information\n`)
  return 1
}

async function networkLs(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'network ls', args, [])
  if (typeof parsed === 'number') return parsed

  const trunc = parsed.values.get('no-trunc') !== true
  const id = (name: string): string => (trunc ? networkId(name).slice(0, 12) : networkId(name))
  if (parsed.values.get('quiet') === true) {
    for (const network of NETWORKS) out(ctx, `${id(network.name)}\n`)
    return 0
  }
  out(ctx, formatTable([['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], ...NETWORKS.map((network) => [id(network.name), network.name, network.driver, 'local'])]))
  return 0
}
