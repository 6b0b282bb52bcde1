// The official node images on Alpine (`node:alpine`, `node:<version>-alpine`):
// BusyBox tools, the `node` user with uid 1000, and the steps of the upstream
// Dockerfile. Versions are those of the tags in late November 2025; sizes are
// estimates of the uncompressed amd64 images, not measurements.

import type { TreeEntry } from '../fs/vfs'
import { PATH_ENV, type ImageSpec } from './spec'
import { ALPINE_GROUP, ALPINE_PASSWD, busyboxBase } from './trees'

const ALPINE_VERSION = '3.22.2'
const YARN_VERSION = '1.22.22'

interface NodeAlpineTag {
  tags: string[]
  version: string
  created: string
  /** Bytes of the layer that installs node, npm and their libraries. */
  nodeBytes: number
}

const TAGS: NodeAlpineTag[] = [
  { tags: ['alpine', '25-alpine', `25.2.1-alpine`], version: '25.2.1', created: '2025-11-17T21:06:33Z', nodeBytes: 157_900_000 },
  { tags: ['24-alpine', 'lts-alpine', '24.11.1-alpine'], version: '24.11.1', created: '2025-11-12T02:11:57Z', nodeBytes: 152_300_000 },
  { tags: ['22-alpine', '22.21.1-alpine'], version: '22.21.1', created: '2025-11-12T02:09:41Z', nodeBytes: 143_700_000 },
  { tags: ['20-alpine', '20.19.5-alpine'], version: '20.19.5', created: '2025-11-12T02:08:20Z', nodeBytes: 124_600_000 },
]

function tree(mtime: number): TreeEntry[] {
  return [
    ...busyboxBase(mtime, [...ALPINE_PASSWD, 'node:x:1000:1000::/home/node:/bin/sh'], [...ALPINE_GROUP, 'node:x:1000:node']),
    { path: '/etc/os-release', content: `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${ALPINE_VERSION}\nPRETTY_NAME="Alpine Linux v3.22"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`, mtime },
    { path: '/etc/alpine-release', content: `${ALPINE_VERSION}\n`, mtime },
    ...['node', 'npm', 'npx', 'yarn', 'docker-entrypoint.sh'].map((name) => ({ path: `/usr/local/bin/${name}`, mode: 0o755, mtime })),
    { path: '/home/node/', uid: 1000, gid: 1000, mtime },
  ]
}

function steps(version: string, nodeBytes: number): Array<[string, number]> {
  return [
    [`ADD alpine-minirootfs-${ALPINE_VERSION}-x86_64.tar.gz / # buildkit`, 8_314_848],
    ['CMD ["/bin/sh"]', 0],
    [`ENV NODE_VERSION=${version}`, 0],
    ['RUN /bin/sh -c addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node     && apk add --no-cache         libstdc++     && apk add --no-cache --virtual .build-deps         curl … # buildkit', nodeBytes],
    [`ENV YARN_VERSION=${YARN_VERSION}`, 0],
    ['RUN /bin/sh -c apk add --no-cache --virtual .build-deps-yarn curl gnupg tar   && export GNUPGHOME="$(mktemp -d)" … # buildkit', 5_340_000],
    ['COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 388],
    ['ENTRYPOINT ["docker-entrypoint.sh"]', 0],
    ['CMD ["node"]', 0],
  ]
}

function specs(entry: NodeAlpineTag): ImageSpec[] {
  return entry.tags.map((tag) => ({
    repository: 'node',
    tag,
    idReference: `node:${entry.version}-alpine`,
    created: entry.created,
    config: { Env: [PATH_ENV, `NODE_VERSION=${entry.version}`, `YARN_VERSION=${YARN_VERSION}`], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'] },
    flavor: 'busybox',
    shell: 'ash',
    tree,
    steps: steps(entry.version, entry.nodeBytes),
  }))
}

export const NODE_ALPINE_SPECS: ImageSpec[] = TAGS.flatMap(specs)
