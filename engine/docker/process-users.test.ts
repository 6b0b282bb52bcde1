import { describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { createTestEngine, run } from '../test/harness'

async function startUnprivileged(tag: string): Promise<Engine> {
  const engine = createTestEngine()
  await run(engine, `docker pull nginxinc/nginx-unprivileged:${tag}`)
  await run(engine, `docker run -d --name web nginxinc/nginx-unprivileged:${tag}`)
  return engine
}

/** Returns the UID and CMD cells of `docker top`. */
async function topUsers(engine: Engine, name: string): Promise<string[]> {
  const lines = (await run(engine, `docker top ${name}`)).stdout.trimEnd().split('\n')
  return lines.map((line) => {
    const cells = line.split(/ {2,}/)
    return `${cells[0]} ${cells.at(-1)}`
  })
}

describe('docker top users', () => {
  it('shows an unprivileged nginx master as uid 101', async () => {
    const engine = await startUnprivileged('1.27-alpine')
    expect(await topUsers(engine, 'web')).toEqual(['UID CMD', '101 nginx: master process nginx -g daemon off;', '101 nginx: worker process', '101 nginx: worker process'])
  })

  it('shows the official nginx master as root', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    expect(await topUsers(engine, 'web')).toEqual(['UID CMD', 'root nginx: master process nginx -g daemon off;', '101 nginx: worker process', '101 nginx: worker process'])
  })

  it('names a uid the host knows', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name box --user 1000 alpine sleep 100')
    expect(await topUsers(engine, 'box')).toEqual(['UID CMD', 'studente sleep 100'])
  })
})

describe('ps in a container', () => {
  it('lists the unprivileged nginx as nginx', async () => {
    const engine = await startUnprivileged('1.27-alpine')
    const result = await run(engine, 'docker exec web ps')
    expect(result.stdout).toBe(
      [
        'PID   USER     TIME  COMMAND',
        '    1 nginx     0:00 nginx: master process nginx -g daemon off;',
        '   29 nginx     0:00 nginx: worker process',
        '   30 nginx     0:00 nginx: worker process',
        '   40 nginx     0:00 ps',
        '',
      ].join('\n'),
    )
  })

  it('shows ps as the exec user', async () => {
    const engine = await startUnprivileged('1.27-alpine')
    const lines = (await run(engine, 'docker exec -u root web ps')).stdout.split('\n')
    expect(lines[4]).toBe('   40 root      0:00 ps')
  })
})

describe('nginx build line', () => {
  it('names the Alpine compiler on Alpine tags', async () => {
    const engine = await startUnprivileged('1.27-alpine')
    const lines = (await run(engine, 'docker logs web')).stderr.split('\n')
    expect(lines[2]).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: built by gcc 14\.2\.0 \(Alpine 14\.2\.0\) $/)
  })

  it('names the Debian compiler on Debian tags', async () => {
    const engine = await startUnprivileged('1.27')
    const lines = (await run(engine, 'docker logs web')).stderr.split('\n')
    expect(lines[2]).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: built by gcc 12\.2\.0 \(Debian 12\.2\.0-14\) $/)
  })
})
