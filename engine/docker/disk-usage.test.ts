import { describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { createTestEngine, run } from '../test/harness'

async function engineWithData(): Promise<Engine> {
  const engine = createTestEngine()
  await run(engine, 'docker run -d --name web nginx')
  await run(engine, "docker run --name job -v dati:/data busybox sh -c 'echo ciao > /data/file; echo 12345678 > /tmp/x'")
  await run(engine, 'docker volume create vuoto')
  return engine
}

describe('docker system df', () => {
  it('sizes images, writable layers and volumes', async () => {
    const result = await run(await engineWithData(), 'docker system df')
    expect(result.stdout).toBe(
      'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n' +
        'Images          5         2         572.6MB   376.4MB (65%)\n' +
        'Containers      2         1         1.089kB   9B (0%)\n' +
        'Local Volumes   2         1         5B        0B (0%)\n' +
        'Build Cache     0         0         0B        0B\n',
    )
  })

  it('counts a stopped layer as reclaimable', async () => {
    const engine = createTestEngine()
    await run(engine, "docker run --name job busybox sh -c 'echo 123456789 > /tmp/x'")
    const lines = (await run(engine, 'docker system df')).stdout.split('\n')
    expect(lines[2]).toBe('Containers      1         0         10B       10B (100%)')
  })

  it('counts image tags of one ID once', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker tag alpine mia/alpine:1.0')
    const lines = (await run(engine, 'docker system df')).stdout.split('\n')
    expect(lines[1]).toBe('Images          5         0         572.6MB   572.6MB (100%)')
  })

  it('lists every item with -v', async () => {
    const result = await run(await engineWithData(), 'docker system df -v')
    const sections = result.stdout.split('\n\n')
    expect(sections[0]).toBe('Images space usage:')
    expect(sections[1]!.split('\n')[0]).toBe('REPOSITORY                      TAG       IMAGE ID       CREATED         SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS')
    expect(sections[1]!.split('\n')[1]).toBe('nginx                           latest    60adc2e137e7   9 days ago      192MB     0B            192MB         1')
    expect(sections[2]).toBe('Containers space usage:')
    expect(sections[3]!.split('\n').map((line) => line.split(/ {2,}/).slice(1, 5).join('|'))).toEqual(['IMAGE|COMMAND|LOCAL VOLUMES|SIZE', 'busybox|"sh -c \'echo ciao > …"|1|9B', 'nginx|"/docker-entrypoint.…"|0|1.08kB'])
    expect(sections[4]).toBe('Local Volumes space usage:')
    expect(sections[5]).toBe('VOLUME NAME   LINKS     SIZE\ndati          1         5B\nvuoto         0         0B')
    expect(sections[6]).toBe('Build cache usage: 0B')
    expect(sections[7]).toBe('CACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n')
  })
})

describe('docker system df --format', () => {
  it('renders a template per row', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const result = await run(engine, "docker system df --format '{{.Type}}: {{.Size}}'")
    expect(result.stdout).toBe('Images: 572.6MB\nContainers: 1.08kB\nLocal Volumes: 0B\nBuild Cache: 0B\n')
  })

  it('adds headers for a table', async () => {
    const result = await run(createTestEngine(), "docker system df --format 'table {{.Type}}\\t{{.Active}}'")
    expect(result.stdout).toBe('TYPE            ACTIVE\nImages          0\nContainers      0\nLocal Volumes   0\nBuild Cache     0\n')
  })

  it('prints JSON lines', async () => {
    const result = await run(createTestEngine(), 'docker system df --format json')
    expect(result.stdout.split('\n')[0]).toBe('{"Active":"0","Reclaimable":"572.6MB (100%)","Size":"572.6MB","TotalCount":"5","Type":"Images"}')
  })

  it('reports a template error', async () => {
    const result = await run(createTestEngine(), "docker system df --format '{{.Type'")
    expect(result.stderr).toBe('template parsing error: template: :1: unclosed action\n')
    expect(result.exitCode).toBe(1)
  })
})

describe('docker ps -s', () => {
  it('shows the writable layer and the virtual size', async () => {
    const engine = await engineWithData()
    const result = await run(engine, "docker ps -a -s --format '{{.Names}} {{.Size}}'")
    expect(result.stdout).toBe('job 9B (virtual 4.28MB)\nweb 1.08kB (virtual 192MB)\n')
  })

  it('leaves mounts and tmpfs out of the layer', async () => {
    const engine = createTestEngine()
    await run(engine, "docker run --name ro --read-only --tmpfs /tmp busybox sh -c 'echo 123456789 > /tmp/x'")
    expect((await run(engine, "docker ps -a -s --format '{{.Size}}'")).stdout).toBe('0B (virtual 4.28MB)\n')
  })
})
