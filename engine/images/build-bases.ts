// Base images the course's Dockerfiles start from. A build resolves FROM
// against the local images first and then against this list, the way
// BuildKit pulls a missing base. As with BuildKit's docker driver, a base
// pulled this way does not appear in `docker images`. Sizes are estimates of
// the uncompressed amd64 sizes of these tags in late 2025, not measured here.
// IDs are derived from the reference, not Docker Hub's digests. Each tree has
// only what builds and lessons touch, plus the tools RUN instructions call.

import type { TreeEntry } from '../fs/vfs'
import { lolcowImage } from './lolcow'
import { nginxUnprivilegedImages } from './nginx-unprivileged'
import { NODE_ALPINE_SPECS } from './node-alpine'
import { imageFromSpec, PATH_ENV, type ImageSpec } from './spec'
import { debianBase } from './trees'
import type { Image } from './types'

/** Programs of a Debian or Ubuntu image that Dockerfiles call in RUN. */
const DEBIAN_TOOLS = ['/usr/bin/apt-get', '/usr/bin/apt', '/usr/sbin/useradd', '/usr/sbin/groupadd', '/bin/chown', '/bin/chgrp', '/usr/bin/find']

function debianTree(mtime: number, extra: TreeEntry[] = [], passwd: string[] = [], group: string[] = []): TreeEntry[] {
  return [...debianBase(mtime, passwd, group), ...DEBIAN_TOOLS.map((path) => ({ path, mode: 0o755, mtime })), { path: '/var/lib/apt/lists/', mtime }, ...extra]
}

function executables(mtime: number, paths: string[]): TreeEntry[] {
  return paths.map((path) => ({ path, mode: 0o755, mtime }))
}

const UBUNTU_OS_RELEASE = 'PRETTY_NAME="Ubuntu 24.04.3 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.3 LTS (Noble Numbat)"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\n'

const PYTHON_TOOLS = ['/usr/local/bin/python', '/usr/local/bin/python3', '/usr/local/bin/python3.9', '/usr/local/bin/pip', '/usr/local/bin/pip3']
const NODE_TOOLS = ['/usr/local/bin/node', '/usr/local/bin/npm', '/usr/local/bin/npx', '/usr/local/bin/docker-entrypoint.sh']
const NODE_USER = ['node:x:1000:1000::/home/node:/bin/bash']
const NODE_GROUP = ['node:x:1000:']

const PYTHON_STEPS: Array<[string, number]> = [
  ['# debian.sh --arch \'amd64\' out/ \'bookworm\' \'@1763942400\'', 74_800_000],
  ['ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 0],
  ['ENV LANG=C.UTF-8', 0],
  ['RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tnetbase \t\ttzdata \t; \trm -rf /var/lib/apt/lists/* # buildkit', 3_900_000],
  ['ENV PYTHON_VERSION=3.9.24', 0],
  ['RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; … # buildkit', 46_300_000],
  ['CMD ["python3"]', 0],
]

function nodeSteps(version: string, baseSize: number, nodeSize: number): Array<[string, number]> {
  return [
    ["# debian.sh --arch 'amd64' out/ 'bookworm' '@1763942400'", baseSize],
    ['RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit', 8_900],
    [`ENV NODE_VERSION=${version}`, 0],
    ['RUN /bin/sh -c ARCH= OPENSSL_ARCH= && dpkgArch="$(dpkg --print-architecture)" … # buildkit', nodeSize],
    ['COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 388],
    ['ENTRYPOINT ["docker-entrypoint.sh"]', 0],
    ['CMD ["node"]', 0],
  ]
}

const SPECS: ImageSpec[] = [
  {
    repository: 'debian',
    tag: 'bookworm-slim',
    created: '2025-11-17T00:00:00Z',
    size: 74_800_000,
    config: { Cmd: ['bash'] },
    tree: (mtime) => debianTree(mtime),
    steps: [["# debian.sh --arch 'amd64' out/ 'bookworm' '@1763337600'", 74_800_000], ['CMD ["bash"]', 0]],
  },
  {
    repository: 'debian',
    tag: 'bookworm',
    created: '2025-11-17T00:00:00Z',
    size: 117_000_000,
    config: { Cmd: ['bash'] },
    tree: (mtime) => debianTree(mtime),
    steps: [["# debian.sh --arch 'amd64' out/ 'bookworm' '@1763337600'", 117_000_000], ['CMD ["bash"]', 0]],
  },
  {
    repository: 'ubuntu',
    tag: '24.04',
    created: '2025-10-13T00:00:00Z',
    size: 78_100_000,
    config: { Cmd: ['/bin/bash'] },
    tree: (mtime) => debianTree(mtime, [{ path: '/etc/os-release', content: UBUNTU_OS_RELEASE, mtime }], ['ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash'], ['ubuntu:x:1000:']),
    steps: [
      ['ARG RELEASE', 0],
      ['ARG LAUNCHPAD_BUILD_ARCH', 0],
      ['LABEL org.opencontainers.image.ref.name=ubuntu', 0],
      ['LABEL org.opencontainers.image.version=24.04', 0],
      ['ADD file:6df775300d76441aa33f31b22c1afce8dfe35c8ffbc14ef27c27009235b12a95 in / ', 78_100_000],
      ['CMD ["/bin/bash"]', 0],
    ],
  },
  {
    repository: 'python',
    tag: '3.9-slim',
    created: '2025-11-04T00:00:00Z',
    size: 125_000_000,
    config: { Env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'GPG_KEY=E3FF2839C048B25C084DEBE9B26995E310250568', 'PYTHON_VERSION=3.9.24'], Cmd: ['python3'] },
    tree: (mtime) => debianTree(mtime, executables(mtime, PYTHON_TOOLS)),
    steps: PYTHON_STEPS,
  },
  {
    repository: 'python',
    tag: '3.9',
    created: '2025-11-04T00:00:00Z',
    size: 997_000_000,
    config: { Env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'GPG_KEY=E3FF2839C048B25C084DEBE9B26995E310250568', 'PYTHON_VERSION=3.9.24'], Cmd: ['python3'] },
    tree: (mtime) => debianTree(mtime, executables(mtime, [...PYTHON_TOOLS, '/usr/bin/curl', '/usr/bin/git', '/usr/bin/gcc'])),
    steps: [
      ["# debian.sh --arch 'amd64' out/ 'bookworm' '@1763942400'", 117_000_000],
      ['RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg … # buildkit', 50_100_000],
      ['RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial … # buildkit', 144_000_000],
      ['RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake … # buildkit', 607_000_000],
      ['ENV PYTHON_VERSION=3.9.24', 0],
      ['RUN /bin/sh -c set -eux; \t\twget -O python.tar.xz … # buildkit', 78_900_000],
      ['CMD ["python3"]', 0],
    ],
  },
  {
    repository: 'node',
    tag: '22-bookworm-slim',
    created: '2025-11-12T00:00:00Z',
    size: 226_000_000,
    config: { Env: [PATH_ENV, 'NODE_VERSION=22.21.1', 'YARN_VERSION=1.22.22'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'] },
    tree: (mtime) => debianTree(mtime, [...executables(mtime, NODE_TOOLS), { path: '/home/node/', uid: 1000, gid: 1000, mtime }], NODE_USER, NODE_GROUP),
    steps: nodeSteps('22.21.1', 74_800_000, 151_200_000),
  },
  {
    repository: 'node',
    tag: '22.11.0-bookworm-slim',
    created: '2024-10-29T00:00:00Z',
    size: 222_000_000,
    config: { Env: [PATH_ENV, 'NODE_VERSION=22.11.0', 'YARN_VERSION=1.22.22'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'] },
    tree: (mtime) => debianTree(mtime, [...executables(mtime, NODE_TOOLS), { path: '/home/node/', uid: 1000, gid: 1000, mtime }], NODE_USER, NODE_GROUP),
    steps: nodeSteps('22.11.0', 74_800_000, 147_200_000),
  },
  {
    repository: 'node',
    tag: 'latest',
    created: '2025-11-12T00:00:00Z',
    size: 1_120_000_000,
    config: { Env: [PATH_ENV, 'NODE_VERSION=25.2.1', 'YARN_VERSION=1.22.22'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'] },
    tree: (mtime) => debianTree(mtime, [...executables(mtime, [...NODE_TOOLS, '/usr/bin/curl', '/usr/bin/git', '/usr/bin/gcc']), { path: '/home/node/', uid: 1000, gid: 1000, mtime }], NODE_USER, NODE_GROUP),
    steps: nodeSteps('25.2.1', 967_000_000, 153_000_000),
  },
  {
    repository: 'golang',
    tag: '1.23-bookworm',
    created: '2025-08-06T00:00:00Z',
    size: 814_000_000,
    config: { Env: ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.23.12', 'GOTOOLCHAIN=local', 'GOPATH=/go'], Cmd: ['bash'], WorkingDir: '/go' },
    tree: (mtime) => debianTree(mtime, [...executables(mtime, ['/usr/local/go/bin/go', '/usr/local/go/bin/gofmt', '/usr/bin/git', '/usr/bin/gcc']), { path: '/go/bin/', mtime }, { path: '/go/src/', mtime }]),
    steps: [
      ["# debian.sh --arch 'amd64' out/ 'bookworm' '@1754438400'", 117_000_000],
      ['RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tg++ \t\tgcc … # buildkit', 387_000_000],
      ['ENV GOLANG_VERSION=1.23.12', 0],
      ['COPY /target/ / # buildkit', 298_000_000],
      ['ENV GOPATH=/go', 0],
      ['WORKDIR /go', 0],
    ],
  },
  {
    repository: 'gcr.io/distroless/static-debian12',
    tag: 'nonroot',
    created: '1970-01-01T00:00:00Z',
    size: 1_990_000,
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'], Cmd: null, User: '65532', WorkingDir: '/home/nonroot' },
    tree: (mtime) => distrolessTree(mtime),
    steps: [['bazel build ...', 1_990_000]],
  },
  {
    repository: 'gcr.io/distroless/static-debian12',
    tag: 'latest',
    created: '1970-01-01T00:00:00Z',
    size: 1_990_000,
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'], Cmd: null, User: '0', WorkingDir: '/' },
    tree: (mtime) => distrolessTree(mtime),
    steps: [['bazel build ...', 1_990_000]],
  },
  {
    repository: 'gcr.io/distroless/base-debian12',
    tag: 'nonroot',
    created: '1970-01-01T00:00:00Z',
    size: 20_700_000,
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'], Cmd: null, User: '65532', WorkingDir: '/home/nonroot' },
    tree: (mtime) => distrolessTree(mtime),
    steps: [['bazel build ...', 20_700_000]],
  },
]

/** Distroless images have no shell and no package manager, only users, certificates and time zones. */
function distrolessTree(mtime: number): TreeEntry[] {
  return [
    { path: '/etc/passwd', content: 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n', mtime },
    { path: '/etc/group', content: 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n', mtime },
    { path: '/etc/os-release', content: 'PRETTY_NAME="Distroless"\nNAME="Debian GNU/Linux"\nID="debian"\nVERSION_ID="12"\nVERSION="Debian GNU/Linux 12 (bookworm)"\nHOME_URL="https://github.com/GoogleContainerTools/distroless"\n', mtime },
    { path: '/etc/ssl/certs/ca-certificates.crt', content: '', mtime },
    { path: '/home/nonroot/', mode: 0o700, uid: 65532, gid: 65532, mtime },
    { path: '/root/', mode: 0o700, mtime },
    { path: '/tmp/', mode: 0o1777, mtime },
    { path: '/usr/share/zoneinfo/', mtime },
    { path: '/proc/', mode: 0o555, mtime },
    { path: '/sys/', mode: 0o555, mtime },
    { path: '/dev/', mtime },
  ]
}

let registry: Image[] | undefined

/** Returns the base images a build can pull, created once and shared by every engine. */
export function buildBaseImages(): readonly Image[] {
  registry ??= [...[...SPECS, ...NODE_ALPINE_SPECS].map(imageFromSpec), ...nginxUnprivilegedImages(), lolcowImage()]
  return registry
}
