import { describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { createTestEngine, run } from '../test/harness'

async function engineWithBuild(): Promise<Engine> {
  const engine = createTestEngine()
  engine.writeHostFile('app/Dockerfile', 'FROM alpine\nRUN echo ciao > /file\nCOPY Dockerfile /copia\n')
  await run(engine, 'cd app && docker build -q -t app .')
  return engine
}

describe('docker system df build cache', () => {
  it('counts the layers of a build as shared', async () => {
    const lines = (await run(await engineWithBuild(), 'docker system df')).stdout.split('\n')
    expect(lines[4]).toBe('Build Cache     2         0         0B        0B')
  })

  it('sizes the layers no image uses', async () => {
    const engine = await engineWithBuild()
    await run(engine, 'docker rmi app')
    const lines = (await run(engine, 'docker system df')).stdout.split('\n')
    expect(lines[4]).toBe('Build Cache     2         0         62B       62B')
  })

  it('lists the cache records with -v', async () => {
    const engine = await engineWithBuild()
    await run(engine, 'docker rmi app')
    const sections = (await run(engine, 'docker system df -v')).stdout.split('\n\n')

    expect(sections[6]).toBe('Build cache usage: 62B')
    const rows = sections[7]!.trimEnd().split('\n').map((line) => line.split(/ {2,}/))
    expect(rows[0]).toEqual(['CACHE ID', 'CACHE TYPE', 'SIZE', 'CREATED', 'LAST USED', 'USAGE', 'SHARED'])
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual([
      ['regular', '57B', 'Less than a second ago', 'Less than a second ago', '1', 'false'],
      ['regular', '5B', 'Less than a second ago', 'Less than a second ago', '1', 'false'],
    ])
    expect(rows[1]![0]).toMatch(/^[a-z0-9]{12}$/)
  })
})

describe('docker system df -v --format', () => {
  it('runs the template once on all sections', async () => {
    const engine = await engineWithBuild()
    const format = '{{range .Images}}{{.Repository}}:{{.Tag}} {{.Size}}{{println}}{{end}}{{range .BuildCache}}{{.CacheType}} {{.Size}} {{.Shared}}{{println}}{{end}}'
    const result = await run(engine, `docker system df -v --format '${format}'`)
    expect(result.stdout).toBe(
      [
        'nginx:latest 192MB',
        'mariadb:latest 337MB',
        'busybox:latest 4.28MB',
        'alpine:latest 8.31MB',
        'tecnativa/docker-socket-proxy:latest 31.2MB',
        'app:latest 8.31MB',
        'regular 57B true',
        'regular 5B true',
        '',
      ].join('\n'),
    )
    expect(result.exitCode).toBe(0)
  })

  it('keeps IDs whole and adds no newline', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const id = (await run(engine, "docker inspect --format '{{.Id}}' web")).stdout.trim()

    const result = await run(engine, "docker system df -v --format '{{range .Containers}}{{.ID}} {{.Command}} {{.Size}}{{end}}'")
    expect(result.stdout).toBe(`${id} "/docker-entrypoint.sh nginx -g 'daemon off;'" 1.08kB`)
  })

  it('encodes the sections for json', async () => {
    const result = await run(createTestEngine(), "docker system df -v --format '{{json .Volumes}} {{len .Images}}'")
    expect(result.stdout).toBe('[] 5')
  })

  it('uses the default tables for a bare table format', async () => {
    const engine = createTestEngine()
    const result = await run(engine, 'docker system df -v --format table')
    expect(result.stdout.startsWith('Images space usage:\n\n')).toBe(true)
  })
})
