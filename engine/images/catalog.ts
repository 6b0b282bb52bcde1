// The images present in the simulated daemon at start. IDs, sizes and
// creation dates are plausible values for late-2025 tags, not copies of
// Docker Hub's digests.
// NOTE: nothing can be pulled; any other reference fails like an offline pull.

import { buildTree, type TreeEntry } from '../fs/vfs'
import { ALPINE_GROUP, ALPINE_PASSWD, busyboxBase, debianBase } from './trees'
import { NGINX_50X_HTML, NGINX_CONF, NGINX_DEFAULT_CONF, NGINX_INDEX_HTML } from './nginx-files'
import { socketProxyImage } from './socket-proxy'
import { ALPINE_STEPS, BUSYBOX_STEPS, MARIADB_STEPS, NGINX_STEPS } from './catalog-history'
import { withRepoDigest } from './digest'
import { historyFromSteps, layerIds } from './spec'
import type { Image, ImageHistoryEntry } from './types'

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

function utc(text: string): number {
  return Date.parse(text)
}

function nginxTree(): TreeEntry[] {
  const built = utc('2025-11-17T22:41:05Z')
  const packaged = utc('2025-02-05T11:06:32Z')

  return [
    ...debianBase(built, ['nginx:x:101:101:nginx user:/nonexistent:/bin/false'], ['nginx:x:101:']),
    { path: '/usr/bin/curl', mode: 0o755, mtime: built },
    { path: '/usr/sbin/nginx', mode: 0o755, mtime: packaged },
    { path: '/docker-entrypoint.sh', mode: 0o775, mtime: built, content: '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n' },
    { path: '/docker-entrypoint.d/', mtime: built },
    { path: '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', mode: 0o775, mtime: built },
    { path: '/docker-entrypoint.d/15-local-resolvers.envsh', mode: 0o775, mtime: built },
    { path: '/docker-entrypoint.d/20-envsubst-on-templates.sh', mode: 0o775, mtime: built },
    { path: '/docker-entrypoint.d/30-tune-worker-processes.sh', mode: 0o775, mtime: built },
    { path: '/etc/nginx/nginx.conf', content: NGINX_CONF, mtime: packaged },
    { path: '/etc/nginx/mime.types', content: 'types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n}\n', mtime: packaged },
    { path: '/etc/nginx/conf.d/default.conf', content: NGINX_DEFAULT_CONF, mtime: built },
    { path: '/usr/share/nginx/html/index.html', content: NGINX_INDEX_HTML, mtime: packaged },
    { path: '/usr/share/nginx/html/50x.html', content: NGINX_50X_HTML, mtime: packaged },
    { path: '/var/cache/nginx/', mtime: built },
    { path: '/var/log/nginx/', mtime: built },
    { path: '/var/log/nginx/access.log', target: '/dev/stdout', mtime: built },
    { path: '/var/log/nginx/error.log', target: '/dev/stderr', mtime: built },
  ]
}

function mariadbTree(): TreeEntry[] {
  const built = utc('2025-11-14T03:12:44Z')
  return [
    ...debianBase(built, ['mysql:x:999:999::/home/mysql:/bin/sh'], ['mysql:x:999:']),
    { path: '/usr/sbin/mariadbd', mode: 0o755, mtime: built },
    { path: '/usr/bin/mariadb-admin', mode: 0o755, mtime: built },
    { path: '/usr/bin/mysqladmin', mode: 0o755, mtime: built },
    { path: '/usr/bin/mariadb', mode: 0o755, mtime: built },
    { path: '/usr/bin/mysql', mode: 0o755, mtime: built },
    { path: '/usr/local/bin/docker-entrypoint.sh', mode: 0o755, mtime: built },
    { path: '/usr/local/bin/healthcheck.sh', mode: 0o755, mtime: built },
    { path: '/var/lib/mysql/', mode: 0o755, uid: 999, gid: 999, mtime: built },
    { path: '/run/mysqld/', mode: 0o755, uid: 999, gid: 999, mtime: built },
  ]
}

const BUSYBOX_PASSWD = [
  'root:x:0:0:root:/root:/bin/sh',
  'daemon:x:1:1:daemon:/usr/sbin:/bin/false',
  'bin:x:2:2:bin:/bin:/bin/false',
  'sys:x:3:3:sys:/dev:/bin/false',
  'sync:x:4:100:sync:/bin:/bin/sync',
  'mail:x:8:8:mail:/var/spool/mail:/bin/false',
  'www-data:x:33:33:www-data:/var/www:/bin/false',
  'operator:x:37:37:Operator:/var:/bin/false',
  'nobody:x:65534:65534:nobody:/home:/bin/false',
]
const BUSYBOX_GROUP = ['root:x:0:', 'daemon:x:1:', 'bin:x:2:', 'sys:x:3:', 'mail:x:8:', 'www-data:x:33:', 'users:x:100:', 'nogroup:x:65533:', 'nobody:x:65534:']

/** Returns an image's history and one layer per non-empty step. */
function history(reference: string, steps: [string, number][], created: string): { history: ImageHistoryEntry[]; layers: string[] } {
  const entries = historyFromSteps(steps, created)
  return { history: entries, layers: layerIds(reference, entries) }
}

/** Returns the images the daemon stores at start, each pulled from Docker Hub. */
export function createImageCatalog(): Image[] {
  return catalogImages().map(withRepoDigest)
}

function catalogImages(): Image[] {
  return [
    {
      repository: 'nginx',
      tag: 'latest',
      id: 'sha256:60adc2e137e757418d4d771822fa3b3f5d3b4ad58ef2385d200c9ee78375b6d5',
      created: '2025-11-17T22:41:05.118573425Z',
      size: 192_004_249,
      config: {
        Env: [PATH_ENV, 'NGINX_VERSION=1.27.4', 'NJS_VERSION=0.8.9', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'],
        Cmd: ['nginx', '-g', 'daemon off;'],
        Entrypoint: ['/docker-entrypoint.sh'],
        ExposedPorts: { '80/tcp': {} },
        WorkingDir: '',
        User: '',
        Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
        StopSignal: 'SIGQUIT',
      },
      behaviour: 'nginx',
      flavor: 'debian',
      shell: 'dash',
      ...history('nginx:latest', NGINX_STEPS, '2025-11-17T22:41:05.118573425Z'),
      buildFs: () => buildTree(nginxTree(), utc('2025-11-17T22:41:05Z')),
    },
    {
      repository: 'mariadb',
      tag: 'latest',
      id: 'sha256:3b5ba9a2bcbe0a8f4a24af5e3a1c6d32e1d1ba5e7c6d1f0e7a9b2c8d4f6e1a3b',
      created: '2025-11-14T03:12:44Z',
      size: 336_824_153,
      config: {
        Env: [PATH_ENV, 'GOSU_VERSION=1.17', 'LANG=C.UTF-8', 'MARIADB_VERSION=1:11.8.3+maria~ubu2404'],
        Cmd: ['mariadbd'],
        Entrypoint: ['docker-entrypoint.sh'],
        ExposedPorts: { '3306/tcp': {} },
        WorkingDir: '',
        User: '',
        Labels: { 'org.opencontainers.image.title': 'MariaDB Database', 'org.opencontainers.image.version': '11.8.3' },
      },
      behaviour: 'mariadb',
      flavor: 'debian',
      shell: 'dash',
      ...history('mariadb:latest', MARIADB_STEPS, '2025-11-14T03:12:44Z'),
      buildFs: () => buildTree(mariadbTree(), utc('2025-11-14T03:12:44Z')),
    },
    {
      repository: 'busybox',
      tag: 'latest',
      id: 'sha256:0ed463b26daee791b094dc3fff25edb3e79f153d37d274e5c2936923c38dac2b',
      created: '2024-09-26T21:31:42Z',
      size: 4_277_910,
      config: { Env: [PATH_ENV], Cmd: ['sh'], Entrypoint: null, WorkingDir: '', User: '', Labels: null },
      behaviour: 'plain',
      flavor: 'busybox',
      shell: 'ash',
      ...history('busybox:latest', BUSYBOX_STEPS, '2024-09-26T21:31:42Z'),
      buildFs: () => buildTree(busyboxBase(utc('2024-09-26T21:31:42Z'), BUSYBOX_PASSWD, BUSYBOX_GROUP), utc('2024-09-26T21:31:42Z')),
    },
    {
      repository: 'alpine',
      tag: 'latest',
      id: 'sha256:706db57fb2063f39f69632c5b5c9c439633fda35110e65587c5d85553fd1cc38',
      created: '2025-10-08T11:04:56Z',
      size: 8_314_848,
      config: { Env: [PATH_ENV], Cmd: ['/bin/sh'], Entrypoint: null, WorkingDir: '/', User: '', Labels: null },
      behaviour: 'plain',
      flavor: 'busybox',
      shell: 'ash',
      ...history('alpine:latest', ALPINE_STEPS, '2025-10-08T11:04:56Z'),
      buildFs: () =>
        buildTree(
          [
            ...busyboxBase(utc('2025-10-08T11:04:56Z'), ALPINE_PASSWD, ALPINE_GROUP),
            { path: '/etc/os-release', content: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.2\nPRETTY_NAME="Alpine Linux v3.22"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n' },
            { path: '/etc/alpine-release', content: '3.22.2\n' },
          ],
          utc('2025-10-08T11:04:56Z'),
        ),
    },
    socketProxyImage(),
  ]
}
