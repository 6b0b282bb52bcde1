import { describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { createTestEngine, run } from '../test/harness'

async function buildFromNginx(engine: Engine): Promise<void> {
  engine.writeHostFile('web/Dockerfile', 'FROM nginx\nCOPY index.html /usr/share/nginx/html/\n')
  engine.writeHostFile('web/index.html', 'ciao\n')
  await run(engine, 'cd web && docker build -q -t web .')
}

describe('docker history of a build', () => {
  it('lists the base image rows below the build', async () => {
    const engine = createTestEngine()
    await buildFromNginx(engine)

    const result = await run(engine, "docker history --format '{{.ID}}|{{.CreatedBy}}|{{.Size}}|{{.Comment}}' web")
    const rows = result.stdout.split('\n')
    expect(rows).toHaveLength(19)
    expect(rows[0]).toMatch(/^[0-9a-f]{12}\|COPY index\.html \/usr\/share\/nginx\/html\/ # bui…\|5B\|buildkit\.dockerfile\.v0$/)
    expect(rows[1]).toBe('<missing>|CMD ["nginx" "-g" "daemon off;"]|0B|buildkit.dockerfile.v0')
    expect(rows[10]).toBe('<missing>|RUN /bin/sh -c set -x     && groupadd --syst…|117MB|buildkit.dockerfile.v0')
    expect(rows[17]).toBe("<missing>|# debian.sh --arch 'amd64' out/ 'bookworm' '…|74.8MB|")
    expect(rows[18]).toBe('')
  })

  it('adds up to the image size', async () => {
    const engine = createTestEngine()
    const sizes = (await run(engine, "docker history --human=false --format '{{.Size}}' nginx")).stdout.trim().split('\n').map(Number)
    const total = (await run(engine, "docker image inspect --format '{{.Size}}' nginx")).stdout.trim()

    expect(String(sizes.reduce((sum, size) => sum + size, 0))).toBe(total)
  })
})

describe('docker image inspect Comment', () => {
  it.each([
    ['nginx', 'buildkit.dockerfile.v0'],
    ['alpine', 'buildkit.dockerfile.v0'],
    ['sylabsio/lolcow', ''],
  ])('is %s for %s', async (image, comment) => {
    const engine = createTestEngine()
    await run(engine, `docker pull ${image}`)
    const result = await run(engine, `docker image inspect --format '{{.Comment}}' ${image}`)
    expect(result.stdout).toBe(`${comment}\n`)
  })
})

describe('docker pull digests', () => {
  it('shares one digest between tags of one image', async () => {
    const engine = createTestEngine()
    const first = (await run(engine, 'docker pull node:alpine')).stdout
    const second = await run(engine, 'docker pull node:25-alpine')

    const digest = /Digest: (sha256:[0-9a-f]{64})\n/.exec(first)?.[1]
    expect(digest).toBeDefined()
    expect(second.stdout).toBe(`25-alpine: Pulling from library/node\nDigest: ${digest}\nStatus: Downloaded newer image for node:25-alpine\ndocker.io/library/node:25-alpine\n`)

    const inspect = await run(engine, "docker image inspect --format '{{.RepoDigests}} {{.RepoTags}}' node:25-alpine")
    expect(inspect.stdout).toBe(`[node@${digest}] [node:alpine node:25-alpine]\n`)
  })

  it('reports an image that is up to date', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull node:alpine')
    const result = await run(engine, 'docker pull node:alpine')
    expect(result.stdout).toMatch(/^alpine: Pulling from library\/node\nDigest: sha256:[0-9a-f]{64}\nStatus: Image is up to date for node:alpine\ndocker\.io\/library\/node:alpine\n$/)
  })

  it('shows digests in docker images --digests', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker tag busybox corso/box:1')
    const digest = (await run(engine, "docker image inspect --format '{{index .RepoDigests 0}}' busybox")).stdout.trim().slice('busybox@'.length)

    const lines = (await run(engine, 'docker images --digests busybox')).stdout.split('\n')
    expect(lines[0]).toBe('REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED         SIZE')
    expect(lines[1]).toBe(`busybox      latest    ${digest}   0ed463b26dae   14 months ago   4.28MB`)

    const copy = (await run(engine, 'docker images --digests corso/box')).stdout.split('\n')[1]
    expect(copy).toBe('corso/box    1         <none>    0ed463b26dae   14 months ago   4.28MB')
  })

  it('leaves RepoDigests of a built image empty', async () => {
    const engine = createTestEngine()
    await buildFromNginx(engine)
    expect((await run(engine, "docker image inspect --format '{{json .RepoDigests}}' web")).stdout).toBe('[]\n')
  })
})

describe('docker pull of a stored image', () => {
  it('reports a start image as up to date', async () => {
    const result = await run(createTestEngine(), 'docker pull busybox')
    expect(result.stdout).toMatch(/^Using default tag: latest\nlatest: Pulling from library\/busybox\nDigest: sha256:[0-9a-f]{64}\nStatus: Image is up to date for busybox:latest\ndocker\.io\/library\/busybox:latest\n$/)
    expect(result.exitCode).toBe(0)
  })

  it('prints only the reference with -q', async () => {
    const result = await run(createTestEngine(), 'docker pull -q node:alpine')
    expect(result.stdout).toBe('docker.io/library/node:alpine\n')
    expect(result.stderr).toBe('')
  })

  it('does not pull a local tag from the registry', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker tag alpine mio/alpine')
    const result = await run(engine, 'docker pull mio/alpine')
    expect(result.stderr).toMatch(/^Error response from daemon: Get "https:\/\/registry-1\.docker\.io\/v2\/"/)
    expect(result.exitCode).toBe(1)
  })
})
