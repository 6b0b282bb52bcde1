// `docker info` and `docker system info`: the daemon's `system.Info` plus the
// client section, printed as text or through a `--format` template.
//
// NOTE: the host facts (kernel, CPUs, memory, daemon ID, file descriptors,
// goroutines) describe a plausible Ubuntu 24.04 host with Docker 28.2.2; they
// were not captured from a real machine.

import { rfc3339Nano } from '../core/time'
import { goStruct, nilSlice, renderTemplate, TemplateError } from '../format/gotemplate'
import { bytesSize } from '../format/units'
import type { DockerContext } from './context'
import { err, out } from './context'
import { parseCommandFlags } from './flags'
import { CLI_PLUGINS, pluginPath } from './plugins'
import { argumentError } from './usage'

const MEMORY_BYTES = 8_222_793_728
const CPUS = 4
const CONTAINERD_COMMIT = '05044ec0a9a75232cad458027ca83437aae3f4da'
const RUNC_COMMIT = 'v1.2.5-0-g59923ef'
const INIT_COMMIT = 'de40ad0'
const DRIVER_STATUS: [string, string][] = [
  ['Backing Filesystem', 'extfs'],
  ['Supports d_type', 'true'],
  ['Using metacopy', 'false'],
  ['Native Overlay Diff', 'true'],
  ['userxattr', 'false'],
]
const SECURITY_OPTIONS = ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns']

type Fields = Record<string, unknown>

/** Leaves the named fields out of the JSON encoding while they are empty, as Go's `omitempty` does. */
function omitEmpty<T extends Fields>(fields: T, names: string[]): T {
  const toJSON = (): Fields => {
    const isEmpty = (value: unknown): boolean => value === false || value === '' || value === 0 || value === null || (Array.isArray(value) && value.length === 0)
    return Object.fromEntries(Object.entries(fields).filter(([name, value]) => !(names.includes(name) && isEmpty(value))))
  }
  Object.defineProperty(fields, 'toJSON', { value: toJSON, enumerable: false })
  return fields
}

function containerCounts(ctx: DockerContext): Fields {
  const containers = ctx.daemon.containers
  const count = (states: string[]): number => containers.filter((container) => states.includes(container.state.status)).length
  return {
    Containers: containers.length,
    ContainersRunning: count(['running', 'restarting']),
    ContainersPaused: count(['paused']),
    ContainersStopped: count(['created', 'exited', 'dead']),
    // The daemon counts images, not tags: several tags of one image count once.
    Images: new Set(ctx.daemon.images.map((image) => image.id)).size,
  }
}

function registryConfig(): Fields {
  const docker = goStruct('registry.IndexInfo', { Name: 'docker.io', Mirrors: [], Secure: true, Official: true })
  return goStruct('registry.ServiceConfig', { IndexConfigs: { 'docker.io': docker }, InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'], Mirrors: nilSlice() })
}

function commit(id: string): Fields {
  return omitEmpty(goStruct('system.Commit', { ID: id, Expected: '' }), ['Expected'])
}

/** Returns the daemon's `system.Info`, with the fields in the API's order. */
function serverInfo(ctx: DockerContext): Fields {
  const plugins = goStruct('system.PluginsInfo', {
    Volume: ['local'],
    Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
    Authorization: nilSlice(),
    Log: ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'],
  })
  const swarm = omitEmpty(
    goStruct('swarm.Info', { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: nilSlice(), Nodes: 0, Managers: 0, Cluster: null, Warnings: nilSlice() }),
    ['Nodes', 'Managers', 'Cluster', 'Warnings'],
  )
  // NOTE: a real daemon also reports each runtime's OCI features under `status`.
  const runtimes = { 'io.containerd.runc.v2': { path: 'runc' }, runc: { path: 'runc' } }
  const containerd = goStruct('system.ContainerdInfo', { Address: '/run/containerd/containerd.sock', Namespaces: goStruct('system.ContainerdNamespaces', { Containers: 'moby', Plugins: 'plugins.moby' }) })

  return {
    ID: '6f1c4b0e-2d8a-4e3b-9a57-c1d2e3f4a5b6',
    ...containerCounts(ctx),
    Driver: 'overlay2',
    DriverStatus: DRIVER_STATUS,
    SystemStatus: nilSlice(),
    Plugins: plugins,
    MemoryLimit: true,
    SwapLimit: true,
    KernelMemory: false,
    KernelMemoryTCP: false,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    Debug: false,
    NFd: 33,
    OomKillDisable: false,
    NGoroutines: 48,
    SystemTime: rfc3339Nano(ctx.daemon.stamp()),
    LoggingDriver: 'json-file',
    CgroupDriver: 'systemd',
    CgroupVersion: '2',
    NEventsListener: 0,
    KernelVersion: '6.8.0-88-generic',
    OperatingSystem: 'Ubuntu 24.04.3 LTS',
    OSVersion: '24.04',
    OSType: 'linux',
    Architecture: 'x86_64',
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: registryConfig(),
    NCPU: CPUS,
    MemTotal: MEMORY_BYTES,
    GenericResources: null,
    DockerRootDir: '/var/lib/docker',
    HttpProxy: '',
    HttpsProxy: '',
    NoProxy: '',
    Name: 'host',
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: '28.2.2',
    Runtimes: runtimes,
    DefaultRuntime: 'runc',
    Swarm: swarm,
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    ContainerdCommit: commit(CONTAINERD_COMMIT),
    RuncCommit: commit(RUNC_COMMIT),
    InitCommit: commit(INIT_COMMIT),
    SecurityOptions: SECURITY_OPTIONS,
    ProductLicense: '',
    DefaultAddressPools: nilSlice(),
    CDISpecDirs: ['/etc/cdi', '/var/run/cdi'],
    Containerd: containerd,
    Warnings: nilSlice(),
  }
}

/** Returns the client section (`clientInfo`), which embeds the fields of `docker version`'s client. */
function clientInfo(): Fields {
  const plugins = CLI_PLUGINS.map((plugin) =>
    goStruct('manager.Plugin', { SchemaVersion: '0.1.0', Vendor: plugin.vendor, Version: plugin.version, ShortDescription: plugin.description, Name: plugin.name, Path: pluginPath(plugin) }),
  )
  return goStruct('*system.clientInfo', {
    Debug: false,
    Platform: goStruct('*system.platformInfo', { Name: 'Docker Engine - Community' }),
    Version: '28.2.2',
    ApiVersion: '1.50',
    DefaultAPIVersion: '1.50',
    GitCommit: 'e6534b4',
    GoVersion: 'go1.24.3',
    Os: 'linux',
    Arch: 'amd64',
    BuildTime: 'Fri May 30 12:07:14 2025',
    Context: 'default',
    Plugins: plugins,
    Warnings: nilSlice(),
  })
}

/** Returns the value docker renders `--format` on: `system.dockerInfo`, the server fields inline, then the client section. */
function dockerInfo(ctx: DockerContext): Fields {
  const omitted = ['SystemStatus', 'KernelMemory', 'KernelMemoryTCP', 'ProductLicense', 'DefaultAddressPools', 'ServerErrors', 'ClientErrors']
  const fields = { ...serverInfo(ctx), ServerErrors: nilSlice(), ClientInfo: clientInfo(), ClientErrors: nilSlice() }
  return omitEmpty(goStruct('system.dockerInfo', fields), omitted)
}

function clientText(info: Fields): string[] {
  const client = info.ClientInfo as Fields
  const lines = ['Client: Docker Engine - Community', ` Version:    ${client.Version}`, ` Context:    ${client.Context}`, ` Debug Mode: ${client.Debug}`, ' Plugins:']
  for (const plugin of CLI_PLUGINS) {
    lines.push(`  ${plugin.name}: ${plugin.description} (${plugin.vendor})`, `    Version:  ${plugin.version}`, `    Path:     ${pluginPath(plugin)}`)
  }
  return lines
}

function serverText(info: Fields): string[] {
  const plugins = info.Plugins as Record<string, string[]>
  return [
    'Server:',
    ` Containers: ${info.Containers}`,
    `  Running: ${info.ContainersRunning}`,
    `  Paused: ${info.ContainersPaused}`,
    `  Stopped: ${info.ContainersStopped}`,
    ` Images: ${info.Images}`,
    ` Server Version: ${info.ServerVersion}`,
    ` Storage Driver: ${info.Driver}`,
    ...DRIVER_STATUS.map(([name, value]) => `  ${name}: ${value}`),
    ` Logging Driver: ${info.LoggingDriver}`,
    ` Cgroup Driver: ${info.CgroupDriver}`,
    ` Cgroup Version: ${info.CgroupVersion}`,
    ' Plugins:',
    `  Volume: ${plugins.Volume!.join(' ')}`,
    `  Network: ${plugins.Network!.join(' ')}`,
    `  Log: ${plugins.Log!.join(' ')}`,
    ' CDI spec directories:',
    ...(info.CDISpecDirs as string[]).map((dir) => `  ${dir}`),
    ' Swarm: inactive',
    ` Runtimes: ${Object.keys(info.Runtimes as Fields).join(' ')}`,
    ` Default Runtime: ${info.DefaultRuntime}`,
    ` Init Binary: ${info.InitBinary}`,
    ` containerd version: ${CONTAINERD_COMMIT}`,
    ` runc version: ${RUNC_COMMIT}`,
    ` init version: ${INIT_COMMIT}`,
    ' Security Options:',
    '  apparmor',
    '  seccomp',
    '   Profile: builtin',
    '  cgroupns',
    ` Kernel Version: ${info.KernelVersion}`,
    ` Operating System: ${info.OperatingSystem}`,
    ` OSType: ${info.OSType}`,
    ` Architecture: ${info.Architecture}`,
    ` CPUs: ${info.NCPU}`,
    ` Total Memory: ${bytesSize(MEMORY_BYTES)}`,
    ` Name: ${info.Name}`,
    ` ID: ${info.ID}`,
    ` Docker Root Dir: ${info.DockerRootDir}`,
    ` Debug Mode: ${info.Debug}`,
    ` Experimental: ${info.ExperimentalBuild}`,
    ' Insecure Registries:',
    '  ::1/128',
    '  127.0.0.0/8',
    ` Live Restore Enabled: ${info.LiveRestoreEnabled}`,
  ]
}

/**
 * Renders `--format` as the CLI does: `json` means `{{json .}}`, a syntax
 * error exits 64 before anything is printed, and a failed execution prints
 * the newline that ends the output, then the error, and exits 1.
 * NOTE: text printed before the failing action is lost here, while Go keeps it.
 */
function writeFormatted(ctx: DockerContext, info: Fields, format: string): number {
  const template = format === 'json' ? '{{json .}}' : format
  try {
    out(ctx, `${renderTemplate(template, info)}\n`)
    return 0
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    if (error.phase === 'parse') {
      err(ctx, `template parsing error: ${error.message}\n`)
      return 64
    }
    out(ctx, '\n')
    err(ctx, `${error.message}\n`)
    return 1
  }
}

export async function infoCommand(ctx: DockerContext, args: string[], command = 'info'): Promise<number> {
  const parsed = parseCommandFlags(ctx, command, args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length > 0) return argumentError(ctx, command, 'accepts no arguments')

  const info = dockerInfo(ctx)
  const format = parsed.values.get('format') as string | undefined
  if (format !== undefined && format !== '') return writeFormatted(ctx, info, format)

  out(ctx, `${[...clientText(info), '', ...serverText(info), ''].join('\n')}\n`)
  return 0
}
