// User-defined bridge networks kept by the simulated daemon, and the
// addresses Docker Engine 28's default IPAM hands out on them.

import type { Instant } from '../core/time'
import type { Container } from './model'

/** Networks the daemon creates at start. `docker network rm` rejects them. */
export const PREDEFINED_NETWORKS = [
  { name: 'bridge', driver: 'bridge' },
  { name: 'host', driver: 'host' },
  { name: 'none', driver: 'null' },
] as const

/** The default bridge uses 172.17.0.0/16, so user networks start at 172.18.0.0/16. */
const FIRST_USER_SUBNET_OCTET = 18

export interface UserNetwork {
  name: string
  id: string
  driver: string
  internal: boolean
  created: Instant
  labels: Record<string, string>
  /** Second octet of the network's 172.X.0.0/16 subnet. */
  subnetOctet: number
  /** Last octet of the next container address 172.X.0.N, from 2 up because 172.X.0.1 is the gateway. */
  nextHost: number
}

export function isPredefinedNetwork(name: string): boolean {
  return PREDEFINED_NETWORKS.some((network) => network.name === name)
}

/**
 * Returns the lowest free 172.X.0.0/16 subnet octet from 18 up, as the
 * default address pool reuses a subnet once its network is removed.
 */
export function freeSubnetOctet(networks: Iterable<UserNetwork>): number {
  const used = new Set([...networks].map((network) => network.subnetOctet))
  let octet = FIRST_USER_SUBNET_OCTET
  while (used.has(octet)) octet++
  return octet
}

export function subnetOf(network: UserNetwork): string {
  return `172.${network.subnetOctet}.0.0/16`
}

export function gatewayOf(network: UserNetwork): string {
  return `172.${network.subnetOctet}.0.1`
}

/** Returns the next container address on the network and reserves it. */
export function allocateAddress(network: UserNetwork): string {
  const address = `172.${network.subnetOctet}.0.${network.nextHost}`
  network.nextHost++
  return address
}

/** Finds a network by exact name, full ID or unique ID prefix, as the daemon's FindNetwork does. */
export function findUserNetwork(networks: ReadonlyMap<string, UserNetwork>, reference: string): UserNetwork | undefined {
  const byName = networks.get(reference)
  if (byName) return byName

  const byId = [...networks.values()].filter((network) => network.id.startsWith(reference))
  return reference.length > 0 && byId.length === 1 ? byId[0] : undefined
}

/** Containers whose network mode is the network's name. */
export function containersOn(network: UserNetwork, containers: readonly Container[]): Container[] {
  return containers.filter((container) => container.host.networkMode === network.name)
}

/** MAC address the bridge driver derives from an IPv4 address: 02:42 and the four address bytes. */
export function macAddressFor(address: string): string {
  if (address === '') return ''
  const bytes = address.split('.').map((part) => Number(part).toString(16).padStart(2, '0'))
  return `02:42:${bytes.join(':')}`
}
