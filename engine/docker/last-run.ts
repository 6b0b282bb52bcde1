// The security settings of the last `docker run`/`docker create`, kept per
// daemon for the audit that `spiega l'ultimo comando` prints.

import { publishedPortsFromSpecs } from '../audit/ports'
import type { RunMount, RunSecurityConfig } from '../audit/types'
import type { FlagValue } from '../flags/parse'
import type { CreateRequest, Daemon } from './daemon'

const lastRuns = new WeakMap<Daemon, RunSecurityConfig>()

function strings(values: ReadonlyMap<string, FlagValue>, name: string): string[] {
  return (values.get(name) as string[] | undefined) ?? []
}

/** `-v SRC:DST[:ro]`: a source starting with `/` or `.` is a bind mount, any other a named volume. */
function volumeMount(spec: string): RunMount {
  const [source = '', target = '', options = ''] = spec.split(':')
  if (target === '') return { type: 'volume', source: '', target: source, readOnly: false }
  return { type: /^[/.]/.test(source) ? 'bind' : 'volume', source, target, readOnly: options.split(',').includes('ro') }
}

/** `--mount type=bind,source=/x,target=/y,readonly`. */
function flagMount(spec: string): RunMount {
  const fields = new Map(spec.split(',').map((part) => [part.split('=')[0]!, part.includes('=') ? part.slice(part.indexOf('=') + 1) : 'true'] as const))
  const type = fields.get('type')
  return {
    type: type === 'bind' || type === 'tmpfs' ? type : 'volume',
    source: fields.get('source') ?? fields.get('src') ?? '',
    target: fields.get('target') ?? fields.get('destination') ?? fields.get('dst') ?? '',
    readOnly: fields.get('readonly') === 'true' || fields.get('ro') === 'true',
  }
}

function healthcheckSource(request: CreateRequest): RunSecurityConfig['healthcheck'] {
  if (request.noHealthcheck) return 'none'
  if (request.healthcheck && request.healthcheck.Test.length > 0) return 'flags'
  const image = request.image.config.Healthcheck
  return image && image.Test[0] !== 'NONE' ? 'image' : 'none'
}

function toSecurityConfig(request: CreateRequest, values: ReadonlyMap<string, FlagValue>): RunSecurityConfig {
  const host = request.host
  const exposed = values.get('publish-all') === true ? Object.keys(request.image.config.ExposedPorts ?? {}) : []
  const restartName = host.restartPolicy.Name === '' ? 'no' : host.restartPolicy.Name

  return {
    privileged: host.privileged,
    networkMode: host.networkMode,
    pidMode: String(values.get('pid') ?? ''),
    ipcMode: String(values.get('ipc') ?? ''),
    utsMode: String(values.get('uts') ?? ''),
    usernsMode: String(values.get('userns') ?? ''),
    mounts: [...strings(values, 'volume').map(volumeMount), ...strings(values, 'mount').map(flagMount), ...strings(values, 'tmpfs').map((spec) => ({ type: 'tmpfs' as const, source: '', target: spec.split(':')[0]!, readOnly: false }))],
    memory: host.memory,
    nanoCpus: host.nanoCpus,
    cpuShares: (values.get('cpu-shares') as number | undefined) ?? 0,
    pidsLimit: values.get('pids-limit') as number | undefined,
    readOnlyRootfs: host.readonlyRootfs,
    user: request.user ?? '',
    imageUser: request.image.config.User,
    restartPolicy: { name: restartName as RunSecurityConfig['restartPolicy']['name'], maximumRetryCount: host.restartPolicy.MaximumRetryCount },
    healthcheck: healthcheckSource(request),
    capAdd: host.capAdd ?? [],
    capDrop: host.capDrop ?? [],
    securityOpt: host.securityOpt ?? [],
    publishedPorts: [...publishedPortsFromSpecs(host.publish), ...exposed.map((port) => ({ hostIp: '', hostPort: 0, containerPort: Number(port.split('/')[0]), protocol: (port.split('/')[1] ?? 'tcp') as 'tcp' | 'udp' | 'sctp' }))],
    devices: strings(values, 'device'),
  }
}

/** Records the settings of a `docker run` or `docker create` that passed flag validation. */
export function recordRun(daemon: Daemon, request: CreateRequest, values: ReadonlyMap<string, FlagValue>): void {
  lastRuns.set(daemon, toSecurityConfig(request, values))
}

/** Returns the settings of the last recorded `docker run`, or undefined when there was none. */
export function lastRun(daemon: Daemon): RunSecurityConfig | undefined {
  return lastRuns.get(daemon)
}
