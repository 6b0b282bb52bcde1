import { describe, expect, it } from 'vitest'

import { publishedPortsFromSpecs } from './ports'

describe('publishedPortsFromSpecs', () => {
  it.each([
    ['80', [{ hostIp: '', hostPort: 0, containerPort: 80, protocol: 'tcp' }]],
    ['8080:80', [{ hostIp: '', hostPort: 8080, containerPort: 80, protocol: 'tcp' }]],
    ['127.0.0.1:8080:80', [{ hostIp: '127.0.0.1', hostPort: 8080, containerPort: 80, protocol: 'tcp' }]],
    ['127.0.0.1::80/udp', [{ hostIp: '127.0.0.1', hostPort: 0, containerPort: 80, protocol: 'udp' }]],
    ['[::1]:8080:80', [{ hostIp: '::1', hostPort: 8080, containerPort: 80, protocol: 'tcp' }]],
    [
      '8000-8001:80-81',
      [
        { hostIp: '', hostPort: 8000, containerPort: 80, protocol: 'tcp' },
        { hostIp: '', hostPort: 8001, containerPort: 81, protocol: 'tcp' },
      ],
    ],
    ['not-a-port', []],
  ])('parses %s', (spec, expected) => {
    expect(publishedPortsFromSpecs([spec])).toEqual(expected)
  })
})
