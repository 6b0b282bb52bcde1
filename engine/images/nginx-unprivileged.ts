// nginxinc/nginx-unprivileged: the official nginx image changed to run as
// uid 101 (`nginx`). Following the upstream Dockerfile, it listens on 8080,
// drops the `user` directive, moves the pid file to /tmp/nginx.pid and the
// `*_temp_path` directories to /tmp, and gives uid 101 /etc/nginx and
// /var/cache/nginx. So it starts with `--read-only --tmpfs /tmp`.
// NOTE: every tag runs nginx 1.27.4, the version the simulator's nginx
// prints; sizes and dates are estimates, not Docker Hub's values.

import type { TreeEntry } from '../fs/vfs'
import { NGINX_50X_HTML, NGINX_CONF, NGINX_DEFAULT_CONF, NGINX_INDEX_HTML } from './nginx-files'
import { imageFromSpec, PATH_ENV, type ImageSpec } from './spec'
import { ALPINE_GROUP, ALPINE_PASSWD, busyboxBase, debianBase } from './trees'
import type { Image, ImageConfig, NginxLayout } from './types'

const NGINX_UID = 101
const LAYOUT: NginxLayout = { port: 8080, tempDir: '/tmp', pidFile: '/tmp/nginx.pid' }

const TEMP_PATHS = '    proxy_temp_path /tmp/proxy_temp;\n    client_body_temp_path /tmp/client_temp;\n    fastcgi_temp_path /tmp/fastcgi_temp;\n    uwsgi_temp_path /tmp/uwsgi_temp;\n    scgi_temp_path /tmp/scgi_temp;\n'

/** nginx.conf after the upstream Dockerfile's `sed` edits. */
export const UNPRIVILEGED_NGINX_CONF = NGINX_CONF.replace('user  nginx;\n', '').replace('/run/nginx.pid', '/tmp/nginx.pid').replace('http {\n', `http {\n${TEMP_PATHS}\n`)

export const UNPRIVILEGED_DEFAULT_CONF = NGINX_DEFAULT_CONF.replace('listen       80;', 'listen       8080;').replace('listen  [::]:80;', 'listen  [::]:8080;')

function config(): Partial<ImageConfig> {
  return {
    Env: [PATH_ENV, 'NGINX_VERSION=1.27.4', 'NJS_VERSION=0.8.9', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    Entrypoint: ['/docker-entrypoint.sh'],
    ExposedPorts: { '8080/tcp': {} },
    User: String(NGINX_UID),
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    StopSignal: 'SIGQUIT',
  }
}

/** nginx's files with uid 101 owning the configuration and the cache, as the upstream `chown -R $UID:0` leaves them. */
function nginxFiles(mtime: number): TreeEntry[] {
  const owned = { uid: NGINX_UID, gid: 0, mtime }
  return [
    { path: '/usr/bin/curl', mode: 0o755, mtime },
    { path: '/usr/sbin/nginx', mode: 0o755, mtime },
    { path: '/docker-entrypoint.sh', mode: 0o775, mtime, content: '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n' },
    { path: '/docker-entrypoint.d/', mtime },
    ...['10-listen-on-ipv6-by-default.sh', '15-local-resolvers.envsh', '20-envsubst-on-templates.sh', '30-tune-worker-processes.sh'].map((name) => ({ path: `/docker-entrypoint.d/${name}`, mode: 0o775, mtime })),
    { path: '/etc/nginx/', mode: 0o775, ...owned },
    { path: '/etc/nginx/conf.d/', mode: 0o775, ...owned },
    { path: '/etc/nginx/nginx.conf', mode: 0o664, content: UNPRIVILEGED_NGINX_CONF, ...owned },
    { path: '/etc/nginx/mime.types', mode: 0o664, content: 'types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n}\n', ...owned },
    { path: '/etc/nginx/conf.d/default.conf', mode: 0o664, content: UNPRIVILEGED_DEFAULT_CONF, ...owned },
    { path: '/usr/share/nginx/html/index.html', content: NGINX_INDEX_HTML, mtime },
    { path: '/usr/share/nginx/html/50x.html', content: NGINX_50X_HTML, mtime },
    { path: '/var/cache/nginx/', mode: 0o775, ...owned },
    { path: '/var/log/nginx/', mtime },
    { path: '/var/log/nginx/access.log', target: '/dev/stdout', mtime },
    { path: '/var/log/nginx/error.log', target: '/dev/stderr', mtime },
  ]
}

const UNPRIVILEGED_STEP = "RUN |2 UID=101 GID=101 /bin/sh -c sed -i 's,listen       80;,listen       8080;,' /etc/nginx/conf.d/default.conf     && sed -i '/user  nginx;/d' /etc/nginx/nginx.conf … # buildkit"

function steps(base: [string, number], baseCmd: string, install: number, unprivileged: number): Array<[string, number]> {
  return [
    base,
    [`CMD ["${baseCmd}"]`, 0],
    ['LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>', 0],
    ['ENV NGINX_VERSION=1.27.4', 0],
    ['ENV NJS_VERSION=0.8.9', 0],
    ['ARG UID=101', 0],
    ['ARG GID=101', 0],
    ['RUN |2 UID=101 GID=101 /bin/sh -c set -x     && groupadd --system --gid $GID nginx || true     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid $UID nginx || true … # buildkit', install],
    ['COPY docker-entrypoint.sh / # buildkit', 1_620],
    ['COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', 2_125],
    ['COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', 389],
    ['COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', 3_018],
    ['COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit', 4_620],
    ['ENTRYPOINT ["/docker-entrypoint.sh"]', 0],
    ['EXPOSE map[8080/tcp:{}]', 0],
    ['STOPSIGNAL SIGQUIT', 0],
    [UNPRIVILEGED_STEP, unprivileged],
    ['USER 101', 0],
    ['CMD ["nginx" "-g" "daemon off;"]', 0],
  ]
}

function debianSpec(tag: string): ImageSpec {
  return {
    repository: 'nginxinc/nginx-unprivileged',
    tag,
    idReference: 'nginxinc/nginx-unprivileged:1.27',
    created: '2025-11-18T06:12:40Z',
    config: config(),
    behaviour: 'nginx',
    nginx: LAYOUT,
    tree: (mtime) => [...debianBase(mtime, ['nginx:x:101:101:nginx user:/nonexistent:/bin/false'], ['nginx:x:101:']), ...nginxFiles(mtime)],
    steps: steps(["# debian.sh --arch 'amd64' out/ 'bookworm' '@1763337600'", 74_800_000], 'bash', 117_100_000, 42_700),
  }
}

function alpineSpec(tag: string): ImageSpec {
  const alpineConfig = config()
  alpineConfig.Env = [PATH_ENV, 'NGINX_VERSION=1.27.4', 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=0.8.9', 'NJS_RELEASE=1']
  return {
    repository: 'nginxinc/nginx-unprivileged',
    tag,
    created: '2025-11-18T06:04:13Z',
    config: alpineConfig,
    behaviour: 'nginx',
    nginx: LAYOUT,
    flavor: 'busybox',
    shell: 'ash',
    // nginx's Alpine packages are built with Alpine 3.21's gcc; the Debian tags log Debian 12's.
    nginxCompiler: 'gcc 14.2.0 (Alpine 14.2.0) ',
    tree: (mtime) => [
      ...busyboxBase(mtime, [...ALPINE_PASSWD, 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin'], [...ALPINE_GROUP, 'nginx:x:101:nginx']),
      { path: '/etc/os-release', content: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.3\nPRETTY_NAME="Alpine Linux v3.21"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n', mtime },
      ...nginxFiles(mtime),
    ],
    steps: steps(['ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit', 7_830_000], '/bin/sh', 44_600_000, 38_900),
  }
}

/** Builds the `latest`, `1.27` and `1.27-alpine` tags. */
export function nginxUnprivilegedImages(): Image[] {
  return [debianSpec('latest'), debianSpec('1.27'), alpineSpec('1.27-alpine')].map(imageFromSpec)
}
