// Builds the read-only EngineSnapshot that exercise goals check: plain
// copies of the daemon's containers and images, the host's audit rules and
// events, and lookups into the host filesystem and group database.

import type { AuditEventSnapshot, ContainerSnapshot, EngineSnapshot, HealthcheckSnapshot, ImageSnapshot } from './api'
import type { Container } from './docker/model'
import type { Engine } from './engine'
import type { HealthcheckConfig, Image } from './images/types'

const NANOS_PER_MS = 1_000_000

/** x86-64 syscall numbers that the audit subsystem writes into SYSCALL records. */
const SYSCALL_NAMES: Record<string, string> = { '59': 'execve', '257': 'openat', '260': 'fchownat', '263': 'unlinkat', '268': 'fchmodat', '280': 'utimensat' }

export function takeSnapshot(engine: Engine): EngineSnapshot {
  const system = engine.hostLab.system
  const audit = engine.hostLab.audit

  return {
    time: engine.now(),
    containers: [...engine.daemon.containers].reverse().map(snapshotContainer),
    images: engine.daemon.images.map(snapshotImage),
    hostUser: engine.host.user,
    home: engine.host.home,
    file: (path) => {
      const node = system.fs.lookup(path)
      if (!node) return undefined
      return { type: node.type, mode: node.mode & 0o7777, owner: system.db.userName(node.uid), group: system.db.groupName(node.gid), content: node.content, entries: [...node.children.keys()].sort() }
    },
    groupMembers: (name) => {
      const group = system.db.group(name)
      return group ? [...group.members] : undefined
    },
    auditRules: audit.rules.map((rule) => ({ ...rule })),
    auditEvents: audit.events.map(snapshotAuditEvent),
  }
}

function snapshotContainer(container: Container): ContainerSnapshot {
  const { host, health } = container

  return {
    id: container.id,
    name: container.name,
    image: container.imageRef,
    state: container.state.status,
    exitCode: container.state.exitCode,
    restartCount: container.restartCount,
    user: container.config.User,
    env: [...container.config.Env],
    healthcheck: container.healthcheck ? snapshotHealthcheck(container.healthcheck) : undefined,
    health: health && {
      status: health.status,
      failingStreak: health.failingStreak,
      log: health.log.map((entry) => ({ exitCode: entry.exitCode, output: entry.output })),
    },
    readOnlyRootfs: host.readonlyRootfs,
    tmpfs: { ...host.tmpfs },
    memoryBytes: host.memory,
    nanoCpus: host.nanoCpus,
    restartPolicy: { name: host.restartPolicy.Name, maximumRetryCount: host.restartPolicy.MaximumRetryCount },
    privileged: host.privileged,
    capAdd: [...(host.capAdd ?? [])],
    capDrop: [...(host.capDrop ?? [])],
    securityOpt: [...(host.securityOpt ?? [])],
    publish: [...host.publish],
    networkMode: host.networkMode,
  }
}

function snapshotImage(image: Image): ImageSnapshot {
  return {
    repository: image.repository,
    tag: image.tag,
    id: image.id,
    size: image.size,
    user: image.config.User,
    healthcheck: image.config.Healthcheck ? snapshotHealthcheck(image.config.Healthcheck) : undefined,
    history: (image.history ?? []).map((entry) => ({ createdBy: entry.createdBy, size: entry.size, emptyLayer: entry.emptyLayer })),
  }
}

function snapshotHealthcheck(config: HealthcheckConfig): HealthcheckSnapshot {
  const toMs = (nanos: number | undefined) => (nanos === undefined || nanos === 0 ? undefined : nanos / NANOS_PER_MS)

  return {
    test: [...config.Test],
    intervalMs: toMs(config.Interval),
    timeoutMs: toMs(config.Timeout),
    startPeriodMs: toMs(config.StartPeriod),
    retries: config.Retries === undefined || config.Retries === 0 ? undefined : config.Retries,
  }
}

function snapshotAuditEvent(event: { key: string | undefined; time: number; records: { type: string; fields: [string, string][] }[] }): AuditEventSnapshot {
  const field = (type: string, name: string) => event.records.find((record) => record.type === type)?.fields.find(([key]) => key === name)?.[1]
  const unquote = (value: string | undefined) => value?.replace(/^"(.*)"$/, '$1')
  const syscall = field('SYSCALL', 'syscall')

  return {
    key: event.key,
    time: event.time,
    action: syscall !== undefined ? (SYSCALL_NAMES[syscall] ?? syscall) : (field('CONFIG_CHANGE', 'op') ?? ''),
    path: unquote(field('PATH', 'name')),
  }
}
