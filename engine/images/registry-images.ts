// Images the simulated registry serves to `docker pull` and to `docker run`
// of an image that is not local, beyond the build bases. Sizes are estimates
// of the amd64 images in late 2025, not measurements. IDs are derived from
// the reference, not Docker Hub's digests.

import { sha256Hex } from '../build/sha256'
import { buildTree } from '../fs/vfs'
import { createImageCatalog } from './catalog'
import { busyboxBase } from './trees'
import type { Image } from './types'

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
const ALPINE_PASSWD = ['root:x:0:0:root:/root:/bin/sh', 'nobody:x:65534:65534:nobody:/:/sbin/nologin']
const ALPINE_GROUP = ['root:x:0:root', 'nobody:x:65534:']

function imageId(reference: string): string {
  return `sha256:${sha256Hex(`image ${reference}`)}`
}

function layerIds(reference: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `sha256:${sha256Hex(`layer ${reference} ${index}`)}`)
}

function helloWorld(): Image {
  const created = '2025-08-13T22:12:38Z'
  const mtime = Date.parse(created)
  return {
    repository: 'hello-world',
    tag: 'latest',
    id: imageId('hello-world:latest'),
    created,
    size: 10_072,
    config: { Env: [PATH_ENV], Cmd: ['/hello'], Entrypoint: null, WorkingDir: '/', User: '', Labels: null },
    behaviour: 'plain',
    flavor: 'busybox',
    shell: 'ash',
    layers: layerIds('hello-world:latest', 1),
    buildFs: () => buildTree([{ path: '/hello', mode: 0o755, mtime }, { path: '/proc/', mode: 0o555, mtime }, { path: '/sys/', mode: 0o555, mtime }, { path: '/etc/', mtime }, { path: '/dev/', mtime }], mtime),
  }
}

/** Builds the official `docker:cli` image: Alpine with the docker client, which talks to whatever socket is mounted. */
function dockerCli(): Image {
  const created = '2025-11-20T18:04:11Z'
  const mtime = Date.parse(created)
  return {
    repository: 'docker',
    tag: 'cli',
    id: imageId('docker:cli'),
    created,
    size: 194_000_000,
    config: { Env: [PATH_ENV, 'DOCKER_VERSION=28.2.2', 'DOCKER_TLS_CERTDIR=/certs'], Cmd: ['sh'], Entrypoint: ['docker-entrypoint.sh'], WorkingDir: '/', User: '', Labels: null },
    behaviour: 'plain',
    flavor: 'busybox',
    shell: 'ash',
    layers: layerIds('docker:cli', 9),
    buildFs: () =>
      buildTree(
        [
          ...busyboxBase(mtime, ALPINE_PASSWD, ALPINE_GROUP),
          { path: '/usr/local/bin/docker', mode: 0o755, mtime },
          { path: '/usr/local/bin/docker-entrypoint.sh', mode: 0o755, mtime },
          { path: '/var/run/', mtime },
        ],
        mtime,
      ),
  }
}

let images: Image[] | undefined

/** Tags of the catalog's nginx image (nginx 1.27.4) that the lessons pull by version. */
const NGINX_VERSION_TAGS = ['1.27', '1.27.4']

/** Returns the catalog's `nginx:latest` under its version tags: one image ID, one digest. */
function nginxVersionTags(): Image[] {
  const latest = createImageCatalog().find((image) => image.repository === 'nginx' && image.tag === 'latest')
  if (!latest) return []
  return NGINX_VERSION_TAGS.map((tag) => ({ ...latest, tag }))
}

const MARIADB_LATEST_PACKAGE = '1:11.8.3+maria~ubu2404'

/** Long-term-support series of mariadb that the lessons pin, with the package each tag installs. */
const MARIADB_SERIES = [{ tag: '11.4', package: '1:11.4.8+maria~ubu2404', created: '2025-11-14T03:05:21Z' }]

/**
 * Returns the catalog's `mariadb:latest` rebuilt for each pinned series: the
 * same files and behaviour, its own image ID, package version and history.
 */
function mariadbSeriesTags(): Image[] {
  const latest = createImageCatalog().find((image) => image.repository === 'mariadb' && image.tag === 'latest')
  if (!latest) return []

  return MARIADB_SERIES.map(({ tag, package: version, created }) => {
    const reference = `mariadb:${tag}`
    const withVersion = (text: string) => text.replaceAll(MARIADB_LATEST_PACKAGE, version)
    const release = version.replace(/^\d+:/, '').replace(/\+.*$/, '')
    return {
      ...latest,
      tag,
      id: imageId(reference),
      created,
      repoDigest: undefined,
      config: {
        ...latest.config,
        Env: latest.config.Env.map(withVersion),
        Labels: { ...latest.config.Labels, 'org.opencontainers.image.version': release },
      },
      layers: layerIds(reference, latest.layers.length),
      history: latest.history?.map((entry) => ({ ...entry, createdBy: withVersion(entry.createdBy) })),
    }
  })
}

/** Returns the registry-only images, created once. */
export function registryImages(): readonly Image[] {
  images ??= [helloWorld(), dockerCli(), ...nginxVersionTags(), ...mariadbSeriesTags()]
  return images
}
