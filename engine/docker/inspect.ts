// `docker inspect` documents for containers and images, shaped like Docker
// Engine 28's API output (field order as the daemon prints it).

import { repoDigests } from '../images/digest'
import { storedCapabilityList } from './capabilities'
import { rfc3339Nano, ZERO_TIME } from '../core/time'
import type { Image } from '../images/types'
import { goTime } from '../format/gotime'
import { nilSlice } from '../format/gotemplate'
import type { Container } from './model'
import { gatewayOf, macAddressFor, type UserNetwork } from './networks'

/** Returns `docker container inspect` JSON; `networks` are the daemon's user-defined networks. */
export function inspectContainer(container: Container, networks: ReadonlyMap<string, UserNetwork> = new Map()): Record<string, unknown> {
  const state = container.state
  const running = state.status === 'running' || state.status === 'paused'

  return {
    Id: container.id,
    Created: rfc3339Nano(container.created),
    Path: container.path,
    Args: container.args,
    State: {
      Status: state.status,
      Running: running,
      Paused: state.status === 'paused',
      Restarting: state.status === 'restarting',
      OOMKilled: state.oomKilled,
      Dead: state.status === 'dead',
      Pid: state.pid,
      ExitCode: state.exitCode,
      Error: state.error,
      StartedAt: state.startedAt ? rfc3339Nano(state.startedAt) : ZERO_TIME,
      FinishedAt: state.finishedAt ? rfc3339Nano(state.finishedAt) : ZERO_TIME,
      Health: container.health
        ? {
            Status: container.health.status,
            FailingStreak: container.health.failingStreak,
            Log: container.health.log.map((entry) => ({ Start: goTime(rfc3339Nano(entry.start)), End: goTime(rfc3339Nano(entry.end)), ExitCode: entry.exitCode, Output: entry.output })),
          }
        : undefined,
    },
    Image: container.image.id,
    ResolvConfPath: `/var/lib/docker/containers/${container.id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${container.id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${container.id}/hosts`,
    LogPath: `/var/lib/docker/containers/${container.id}/${container.id}-json.log`,
    Name: `/${container.name}`,
    RestartCount: container.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: 'docker-default',
    ExecIDs: nilSlice(),
    HostConfig: hostConfig(container),
    GraphDriver: {
      Data: {
        LowerDir: `/var/lib/docker/overlay2/${container.sandboxId}-init/diff:/var/lib/docker/overlay2/${container.image.layers[0]?.slice(7) ?? ''}/diff`,
        MergedDir: `/var/lib/docker/overlay2/${container.sandboxId}/merged`,
        UpperDir: `/var/lib/docker/overlay2/${container.sandboxId}/diff`,
        WorkDir: `/var/lib/docker/overlay2/${container.sandboxId}/work`,
      },
      Name: 'overlay2',
    },
    Mounts: container.mounts,
    Config: containerConfig(container),
    NetworkSettings: networkSettings(container, networks.get(container.host.networkMode)),
  }
}

function hostConfig(container: Container): Record<string, unknown> {
  const host = container.host
  return {
    Binds: host.binds.length > 0 ? host.binds : nilSlice(),
    ContainerIDFile: '',
    LogConfig: { Type: 'json-file', Config: {} },
    NetworkMode: host.networkMode,
    PortBindings: portBindings(host.publish),
    RestartPolicy: host.restartPolicy,
    AutoRemove: host.autoRemove,
    VolumeDriver: '',
    VolumesFrom: nilSlice(),
    ConsoleSize: [0, 0],
    CapAdd: storedCapabilityList(host.capAdd) ?? nilSlice(),
    CapDrop: storedCapabilityList(host.capDrop) ?? nilSlice(),
    CgroupnsMode: 'private',
    Dns: [],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: nilSlice(),
    GroupAdd: nilSlice(),
    IpcMode: 'private',
    Cgroup: '',
    Links: nilSlice(),
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: host.privileged,
    PublishAllPorts: false,
    ReadonlyRootfs: host.readonlyRootfs,
    SecurityOpt: host.securityOpt,
    Tmpfs: Object.keys(host.tmpfs).length > 0 ? host.tmpfs : undefined,
    UTSMode: '',
    UsernsMode: '',
    ShmSize: 67108864,
    Runtime: 'runc',
    Isolation: '',
    CpuShares: 0,
    Memory: host.memory,
    NanoCpus: host.nanoCpus,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: [],
    BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [],
    BlkioDeviceReadIOps: [],
    BlkioDeviceWriteIOps: [],
    CpuPeriod: 0,
    CpuQuota: 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: '',
    CpusetMems: '',
    Devices: [],
    DeviceCgroupRules: nilSlice(),
    DeviceRequests: nilSlice(),
    MemoryReservation: 0,
    MemorySwap: host.memory > 0 ? host.memory * 2 : 0,
    MemorySwappiness: null,
    OomKillDisable: null,
    PidsLimit: host.pidsLimit === 0 ? null : host.pidsLimit,
    Ulimits: [],
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
    MaskedPaths: ['/proc/asound', '/proc/acpi', '/proc/interrupts', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware', '/sys/devices/virtual/powercap'],
    ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
  }
}

function portBindings(publish: string[]): Record<string, { HostIp: string; HostPort: string }[]> {
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {}
  for (const item of publish) {
    const parts = item.split(':')
    const containerPort = parts[parts.length - 1]!
    const key = containerPort.includes('/') ? containerPort : `${containerPort}/tcp`
    const hostPort = parts.length >= 2 ? parts[parts.length - 2]! : ''
    const hostIp = parts.length === 3 ? parts[0]! : ''
    bindings[key] = [...(bindings[key] ?? []), { HostIp: hostIp, HostPort: hostPort }]
  }
  return bindings
}

function containerConfig(container: Container): Record<string, unknown> {
  const config = container.config
  return {
    Hostname: config.Hostname,
    Domainname: '',
    User: config.User,
    AttachStdin: config.AttachStdin,
    AttachStdout: config.AttachStdout,
    AttachStderr: config.AttachStderr,
    ExposedPorts: config.ExposedPorts,
    Tty: config.Tty,
    OpenStdin: config.OpenStdin,
    StdinOnce: config.StdinOnce,
    Env: config.Env,
    Cmd: config.Cmd,
    Healthcheck: config.Healthcheck,
    Image: config.Image,
    Volumes: null,
    WorkingDir: config.WorkingDir,
    Entrypoint: config.Entrypoint,
    OnBuild: nilSlice(),
    Labels: config.Labels ?? {},
    StopSignal: config.StopSignal,
  }
}

/**
 * Returns `NetworkSettings`. The top-level address fields describe only the
 * default bridge, so a container on a user-defined network (`userNetwork`)
 * has its address under `Networks.<name>` alone, as in Docker Engine 28.
 */
function networkSettings(container: Container, userNetwork: UserNetwork | undefined): Record<string, unknown> {
  const mode = container.host.networkMode === 'default' ? 'bridge' : container.host.networkMode
  const bridge = mode === 'bridge'
  const running = container.state.status === 'running' || container.state.status === 'paused'
  const endpoint = running && (bridge || userNetwork !== undefined) ? networkEndpoint(container, userNetwork) : { ip: '', gateway: '', mac: '' }
  const topLevel = bridge ? endpoint : { ip: '', gateway: '', mac: '' }

  return {
    Bridge: '',
    SandboxID: running ? container.sandboxId : '',
    SandboxKey: running ? `/var/run/docker/netns/${container.sandboxId.slice(0, 12)}` : '',
    Ports: running && (bridge || userNetwork !== undefined) ? ports(container) : {},
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    SecondaryIPAddresses: nilSlice(),
    SecondaryIPv6Addresses: nilSlice(),
    EndpointID: running && bridge ? container.endpointId : '',
    Gateway: topLevel.gateway,
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: topLevel.ip,
    IPPrefixLen: topLevel.ip ? 16 : 0,
    IPv6Gateway: '',
    MacAddress: topLevel.mac,
    Networks: {
      [mode]: {
        IPAMConfig: null,
        Links: nilSlice(),
        Aliases: nilSlice(),
        MacAddress: endpoint.mac,
        DriverOpts: null,
        GwPriority: 0,
        NetworkID: running ? (userNetwork?.id ?? networkId(mode)) : '',
        EndpointID: running ? container.endpointId : '',
        Gateway: endpoint.gateway,
        IPAddress: endpoint.ip,
        IPPrefixLen: endpoint.ip ? 16 : 0,
        IPv6Gateway: '',
        GlobalIPv6Address: '',
        GlobalIPv6PrefixLen: 0,
        // Docker's embedded DNS answers to these names on user-defined networks only.
        DNSNames: userNetwork ? [container.name, container.id.slice(0, 12)] : nilSlice(),
      },
    },
  }
}

function networkEndpoint(container: Container, userNetwork: UserNetwork | undefined): { ip: string; gateway: string; mac: string } {
  if (userNetwork) return { ip: container.ipAddress, gateway: gatewayOf(userNetwork), mac: macAddressFor(container.ipAddress) }
  return { ip: container.ipAddress, gateway: '172.17.0.1', mac: `02:42:ac:11:00:${container.ipAddress.split('.').pop()!.padStart(2, '0')}` }
}

function ports(container: Container): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const key of Object.keys(container.config.ExposedPorts ?? {})) result[key] = null
  for (const [key, bindings] of Object.entries(portBindings(container.host.publish))) {
    result[key] = bindings.flatMap((binding) => [
      { HostIp: binding.HostIp || '0.0.0.0', HostPort: binding.HostPort },
      { HostIp: binding.HostIp || '::', HostPort: binding.HostPort },
    ])
  }
  return result
}

export function networkId(mode: string): string {
  const ids: Record<string, string> = {
    bridge: '8d6c1e6b2f5e9a3c4d7b0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d',
    none: 'd20473106478b2288ef775605218de359cc70325a93000eacf4572a041292ca7',
    host: '3b7f0c2e1d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c',
  }
  return ids[mode] ?? '5e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f'
}

/**
 * Returns the image's `Comment`, which matches its newest history row:
 * `buildkit.dockerfile.v0` from BuildKit, empty from the legacy builder.
 */
function imageComment(image: Image): string {
  return image.history?.at(-1)?.comment ?? ''
}

/** Returns `docker image inspect` JSON; `images` are the daemon's images, whose tags of the same ID add repo tags and digests. */
export function inspectImage(image: Image, images: readonly Image[] = [image]): Record<string, unknown> {
  return {
    Id: image.id,
    RepoTags: images.filter((other) => other.id === image.id).map((other) => `${other.repository}:${other.tag}`),
    RepoDigests: repoDigests(image, images),
    Parent: '',
    Comment: imageComment(image),
    Created: image.created,
    DockerVersion: '',
    Author: '',
    Config: {
      User: image.config.User,
      Env: image.config.Env,
      Cmd: image.config.Cmd,
      Entrypoint: image.config.Entrypoint,
      ExposedPorts: image.config.ExposedPorts,
      Volumes: image.config.Volumes,
      WorkingDir: image.config.WorkingDir,
      Labels: image.config.Labels,
      StopSignal: image.config.StopSignal,
      Healthcheck: image.config.Healthcheck,
      Shell: image.config.Shell,
    },
    Architecture: 'amd64',
    Os: 'linux',
    Size: image.size,
    GraphDriver: {
      Data: {
        MergedDir: `/var/lib/docker/overlay2/${image.layers[0]?.slice(7) ?? ''}/merged`,
        UpperDir: `/var/lib/docker/overlay2/${image.layers[0]?.slice(7) ?? ''}/diff`,
        WorkDir: `/var/lib/docker/overlay2/${image.layers[0]?.slice(7) ?? ''}/work`,
      },
      Name: 'overlay2',
    },
    RootFS: { Type: 'layers', Layers: image.layers },
    Metadata: { LastTagTime: ZERO_TIME },
  }
}
