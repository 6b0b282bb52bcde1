// `docker network create/ls/rm/inspect` against the daemon's user-defined
// networks and the three predefined ones, with Docker Engine 28's messages.

import { rfc3339Nano } from '../core/time'
import { formatTable } from '../format/tabwriter'
import type { DockerContext } from './context'
import { err, out } from './context'
import { parseCommandFlags } from './flags'
import { networkId } from './inspect'
import { printJson, printTemplate, reportTemplateError } from './inspect-cmd'
import type { Container } from './model'
import { containersOn, findUserNetwork, freeSubnetOctet, gatewayOf, isPredefinedNetwork, macAddressFor, PREDEFINED_NETWORKS, subnetOf, type UserNetwork } from './networks'
import { argumentError, requireArgs } from './usage'

const NETWORK_HELP = "\nUsage:  docker network COMMAND\n\nManage networks\n\nCommands:\n  connect     Connect a container to a network\n  create      Create a network\n  disconnect  Disconnect a container from a network\n  inspect     Display detailed information on one or more networks\n  ls          List networks\n  prune       Remove all unused networks\n  rm          Remove one or more networks\n\nRun 'docker network COMMAND --help' for more information on a command.\n"

/** A row of `docker network ls`. */
interface NetworkRow {
  id: string
  name: string
  driver: string
}

export async function networkCommand(ctx: DockerContext, args: string[]): Promise<number> {
  const sub = args[0]
  const rest = args.slice(1)
  if (sub === 'ls' || sub === 'list') return networkLs(ctx, rest)
  if (sub === 'create') return networkCreate(ctx, rest)
  if (sub === 'rm' || sub === 'remove') return networkRm(ctx, rest)
  if (sub === 'inspect') return networkInspect(ctx, rest)

  if (sub === undefined || sub === '--help') {
    out(ctx, NETWORK_HELP)
    return 0
  }
  // NOTE: `connect`, `disconnect` and `prune` are not simulated.
  err(ctx, `docker: unknown command: docker network ${sub}\n\nUsage:  docker network\n\nRun 'docker network --help' for more information\n`)
  return 1
}

async function networkCreate(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'network create', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length !== 1) return argumentError(ctx, 'network create', requireArgs(1, true))

  const name = parsed.positionals[0]!
  const driver = String(parsed.values.get('driver') ?? 'bridge')
  if (driver !== 'bridge') {
    // NOTE: only the bridge driver is simulated, although docker also creates macvlan, ipvlan and (on a swarm) overlay networks.
    err(ctx, `Error response from daemon: the simulated daemon supports only the bridge driver, not "${driver}"\n`)
    return 1
  }
  if (isPredefinedNetwork(name) || ctx.daemon.networks.has(name)) {
    err(ctx, `Error response from daemon: network with name ${name} already exists\n`)
    return 1
  }

  // NOTE: --subnet, --gateway, --ip-range, --ipv6 and --opt are accepted but ignored, so the
  // network always gets the next free 172.X.0.0/16 subnet.
  const network: UserNetwork = {
    name,
    id: ctx.daemon.random.hex(64),
    driver,
    internal: parsed.values.get('internal') === true,
    created: ctx.daemon.stamp(),
    labels: parseLabels((parsed.values.get('label') as string[] | undefined) ?? []),
    subnetOctet: freeSubnetOctet(ctx.daemon.networks.values()),
    nextHost: 2,
  }
  ctx.daemon.networks.set(name, network)
  ctx.daemon.notify()
  out(ctx, `${network.id}\n`)
  return 0
}

async function networkLs(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'network ls', args, [])
  if (typeof parsed === 'number') return parsed

  const truncate = parsed.values.get('no-trunc') !== true
  const nameFilters = ((parsed.values.get('filter') as string[] | undefined) ?? []).filter((filter) => filter.startsWith('name=')).map((filter) => filter.slice('name='.length))
  const rows = networkRows(ctx)
    .filter((row) => nameFilters.length === 0 || nameFilters.some((part) => row.name.includes(part)))
    .map((row) => ({ ...row, id: truncate ? row.id.slice(0, 12) : row.id }))

  if (parsed.values.get('quiet') === true) {
    for (const row of rows) out(ctx, `${row.id}\n`)
    return 0
  }
  out(ctx, formatTable([['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], ...rows.map((row) => [row.id, row.name, row.driver, 'local'])]))
  return 0
}

/** Predefined and user-defined networks sorted by name, as the CLI sorts them. */
function networkRows(ctx: DockerContext): NetworkRow[] {
  const predefined = PREDEFINED_NETWORKS.map((network) => ({ id: networkId(network.name), name: network.name, driver: network.driver }))
  const user = [...ctx.daemon.networks.values()].map((network) => ({ id: network.id, name: network.name, driver: network.driver }))
  return [...predefined, ...user].sort(compareByName)
}

/** Orders rows by the bytes of their names, as Go's string comparison does. */
function compareByName(a: NetworkRow, b: NetworkRow): number {
  if (a.name === b.name) return 0
  return a.name < b.name ? -1 : 1
}

async function networkRm(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'network rm', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length === 0) return argumentError(ctx, 'network rm', requireArgs(1, false))

  const force = parsed.values.get('force') === true
  let status = 0
  for (const reference of parsed.positionals) {
    const error = removeNetwork(ctx, reference)
    if (error === undefined) out(ctx, `${reference}\n`)
    else if (error.notFound && force) continue
    else {
      err(ctx, `Error response from daemon: ${error.message}\n`)
      status = 1
    }
  }
  ctx.daemon.notify()
  return status
}

/** Removes one network and returns the daemon's error, or undefined on success. */
function removeNetwork(ctx: DockerContext, reference: string): { message: string; notFound: boolean } | undefined {
  if (isPredefinedNetwork(reference)) return { message: `${reference} is a pre-defined network and cannot be removed`, notFound: false }

  const network = findUserNetwork(ctx.daemon.networks, reference)
  if (!network) return { message: `network ${reference} not found`, notFound: true }

  // Only running containers hold an endpoint, so a stopped container does not block the removal.
  const endpoints = containersOn(network, ctx.daemon.containers).filter(holdsEndpoint)
  if (endpoints.length > 0) {
    const list = endpoints.map((container) => `name:"${container.name}" id:"${container.endpointId.slice(0, 12)}"`).join(', ')
    return { message: `error while removing network: network ${network.name} has active endpoints (${list})`, notFound: false }
  }

  ctx.daemon.networks.delete(network.name)
  return undefined
}

async function networkInspect(ctx: DockerContext, args: string[]): Promise<number> {
  const parsed = parseCommandFlags(ctx, 'network inspect', args, [])
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length === 0) return argumentError(ctx, 'network inspect', requireArgs(1, false))

  const format = parsed.values.get('format') as string | undefined
  if (reportTemplateError(ctx, format)) return 64

  const documents: unknown[] = []
  const missing: string[] = []
  for (const reference of parsed.positionals) {
    const network = findUserNetwork(ctx.daemon.networks, reference)
    if (network) documents.push(inspectNetwork(network, ctx.daemon.containers))
    else missing.push(reference)
  }

  const status = format === undefined ? printJson(ctx, documents) : printTemplate(ctx, format, documents)
  if (status !== 0) return status

  for (const reference of missing) err(ctx, `Error response from daemon: network ${reference} not found\n`)
  return missing.length > 0 ? 1 : 0
}

/** Returns `docker network inspect` JSON for a user-defined bridge network. */
export function inspectNetwork(network: UserNetwork, containers: readonly Container[]): Record<string, unknown> {
  const attached = containersOn(network, containers).filter(holdsEndpoint)

  return {
    Name: network.name,
    Id: network.id,
    Created: rfc3339Nano(network.created),
    Scope: 'local',
    Driver: network.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: { Driver: 'default', Options: {}, Config: [{ Subnet: subnetOf(network), Gateway: gatewayOf(network) }] },
    Internal: network.internal,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: Object.fromEntries(attached.map((container) => [container.id, endpointOf(container)])),
    Options: {},
    Labels: network.labels,
  }
}

function endpointOf(container: Container): Record<string, string> {
  return {
    Name: container.name,
    EndpointID: container.endpointId,
    MacAddress: macAddressFor(container.ipAddress),
    IPv4Address: `${container.ipAddress}/16`,
    IPv6Address: '',
  }
}

/** True while the container's network namespace exists, which is when Docker keeps its endpoint. */
function holdsEndpoint(container: Container): boolean {
  return container.state.status === 'running' || container.state.status === 'paused' || container.state.status === 'restarting'
}

function parseLabels(labels: string[]): Record<string, string> {
  return Object.fromEntries(labels.map((label) => [label.split('=')[0]!, label.split('=').slice(1).join('=')]))
}
