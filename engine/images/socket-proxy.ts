// tecnativa/docker-socket-proxy: HAProxy on Alpine in front of the Docker
// socket. Its configuration comes from Tecnativa's Dockerfile (haproxy
// 3.2.4-alpine base, port 2375, every API section off except EVENTS, PING and
// VERSION, POST=0). The ID, size and date are plausible values, not Docker
// Hub's. engine/host/socket-proxy.ts simulates what the proxy does.

import { buildTree } from '../fs/vfs'
import { busyboxBase } from './trees'
import type { Image } from './types'

/** Environment variables of the image, in the Dockerfile's order. */
export const SOCKET_PROXY_ENV = [
  'ALLOW_RESTARTS=0',
  'ALLOW_STOP=0',
  'ALLOW_START=0',
  'AUTH=0',
  'BUILD=0',
  'COMMIT=0',
  'CONFIGS=0',
  'CONTAINERS=0',
  'DISABLE_IPV6=0',
  'DISTRIBUTION=0',
  'EVENTS=1',
  'EXEC=0',
  'GRPC=0',
  'IMAGES=0',
  'INFO=0',
  'LOG_LEVEL=info',
  'NETWORKS=0',
  'NODES=0',
  'PING=1',
  'PLUGINS=0',
  'POST=0',
  'SECRETS=0',
  'SERVICES=0',
  'SESSION=0',
  'SOCKET_PATH=/var/run/docker.sock',
  'SWARM=0',
  'SYSTEM=0',
  'TASKS=0',
  'VERSION=1',
  'VOLUMES=0',
]

const CREATED = '2025-08-12T09:27:51Z'

const PASSWD = ['root:x:0:0:root:/root:/bin/sh', 'nobody:x:65534:65534:nobody:/:/sbin/nologin', 'haproxy:x:99:99::/var/lib/haproxy:/sbin/nologin']
const GROUP = ['root:x:0:root', 'nogroup:x:65533:', 'nobody:x:65534:', 'haproxy:x:99:']

export function socketProxyImage(): Image {
  const mtime = Date.parse(CREATED)
  return {
    repository: 'tecnativa/docker-socket-proxy',
    tag: 'latest',
    id: 'sha256:1f3c9a7e52d04b8e6a0c2f51d9b7e3a84c6d20f5b1e9a7c3d5f08b2e4a6c1d97',
    created: CREATED,
    size: 31_218_448,
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HAPROXY_VERSION=3.2.4', ...SOCKET_PROXY_ENV],
      Cmd: ['haproxy', '-f', '/tmp/haproxy.cfg'],
      Entrypoint: ['docker-entrypoint.sh'],
      ExposedPorts: { '2375/tcp': {} },
      WorkingDir: '/var/lib/haproxy',
      User: 'root',
      Labels: null,
      StopSignal: 'SIGUSR1',
    },
    behaviour: 'plain',
    flavor: 'busybox',
    shell: 'ash',
    layers: ['sha256:418dccb7d85a63a6aa574439840f7a6fa6fd2321b3e2f55685f0f0e72b4d9f6c', 'sha256:9b2e6c1f0a4d7e3b85c2a9f6d1e0b7c4a3f8e5d2c1b0a9f8e7d6c5b4a3f2e1d0'],
    buildFs: () =>
      buildTree(
        [
          ...busyboxBase(mtime, PASSWD, GROUP),
          { path: '/usr/local/sbin/haproxy', mode: 0o755, mtime },
          { path: '/usr/local/bin/docker-entrypoint.sh', mode: 0o755, mtime, content: '#!/bin/sh\nset -e\n' },
          { path: '/usr/local/etc/haproxy/haproxy.cfg.template', mtime },
          { path: '/var/lib/haproxy/', uid: 99, gid: 99, mtime },
        ],
        mtime,
      ),
  }
}
