// Parses `-p`/`--publish` values into PublishedPort entries.

import type { PublishedPort } from './types'

/**
 * Parses publish specs as `docker run -p` accepts them: `80`, `8080:80`, `127.0.0.1:8080:80`,
 * `127.0.0.1::80`, `[::1]:8080:80`, each optionally ending in `/tcp`, `/udp` or `/sctp`.
 * A host port range maps to one entry per port. Specs that do not parse are skipped, because
 * `docker run` has already rejected them.
 */
export function publishedPortsFromSpecs(specs: readonly string[]): PublishedPort[] {
  return specs.flatMap(parsePublishSpec)
}

function parsePublishSpec(spec: string): PublishedPort[] {
  const [address = '', protocolText = 'tcp'] = spec.split('/')
  const protocol = protocolText === 'udp' || protocolText === 'sctp' ? protocolText : 'tcp'

  const ipv6 = /^\[([^\]]+)\]:(.*)$/.exec(address)
  const parts = ipv6 ? [ipv6[1] ?? '', ...(ipv6[2] ?? '').split(':')] : address.split(':')

  const containerText = parts.at(-1) ?? ''
  const hostPortText = parts.length >= 2 ? (parts.at(-2) ?? '') : ''
  const hostIp = parts.length >= 3 ? parts.slice(0, -2).join(':') : ''

  const containerPorts = expandRange(containerText)
  const hostPorts = hostPortText === '' ? containerPorts.map(() => 0) : expandRange(hostPortText)
  if (containerPorts.length === 0 || hostPorts.length === 0) return []

  return hostPorts.map((hostPort, index) => ({
    hostIp,
    hostPort,
    containerPort: containerPorts[index] ?? containerPorts[0] ?? 0,
    protocol,
  }))
}

function expandRange(text: string): number[] {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text)
  if (match === null) return []

  const start = Number(match[1])
  const end = match[2] === undefined ? start : Number(match[2])
  if (end < start) return []

  return Array.from({ length: end - start + 1 }, (_, offset) => start + offset)
}
