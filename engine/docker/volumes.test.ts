import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('named volumes', () => {
  it('keep data after docker rm', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run --name writer -v data:/data alpine sh -c 'echo kept > /data/file'`)
    await run(engine, 'docker rm writer')

    const read = await run(engine, 'docker run --rm -v data:/data alpine cat /data/file')
    expect(read.stdout).toBe('kept\n')
    expect((await run(engine, 'docker volume ls')).stdout).toBe('DRIVER    VOLUME NAME\nlocal     data\n')
  })

  it('reject writes on a :ro mount', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker volume create data')
    const result = await run(engine, `docker run --rm -v data:/data:ro alpine sh -c 'echo x > /data/y'`)
    expect(result.stderr).toBe("sh: can't create /data/y: Read-only file system\n")
    expect(result.exitCode).toBe(1)
  })

  it('copy image files into an empty volume', async () => {
    const engine = createTestEngine()
    const result = await run(engine, 'docker run --rm -v html:/usr/share/nginx/html nginx ls /usr/share/nginx/html')
    expect(result.stdout).toContain('index.html')
  })

  it('show in inspect Mounts and Binds', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker create --name box -v data:/data:ro alpine')
    const mounts = JSON.parse((await run(engine, `docker inspect --format '{{json .Mounts}}' box`)).stdout)
    expect(mounts).toEqual([{ Type: 'volume', Name: 'data', Source: '/var/lib/docker/volumes/data/_data', Destination: '/data', Driver: 'local', Mode: 'ro', RW: false, Propagation: '' }])
    expect((await run(engine, `docker inspect --format '{{json .HostConfig.Binds}}' box`)).stdout).toBe('["data:/data:ro"]\n')
  })

  it('cannot be removed while a container uses them', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker create --name box -v data:/data alpine')
    const id = (await run(engine, `docker inspect --format '{{.Id}}' box`)).stdout.trim()

    const busy = await run(engine, 'docker volume rm data')
    expect(busy.stderr).toBe(`Error response from daemon: remove data: volume is in use - [${id}]\n`)
    expect(busy.exitCode).toBe(1)

    await run(engine, 'docker rm box')
    expect((await run(engine, 'docker volume rm data')).stdout).toBe('data\n')
    expect((await run(engine, 'docker volume rm data')).stderr).toBe('Error response from daemon: get data: no such volume\n')
  })
})

describe('bind mounts', () => {
  it('serve a host directory through nginx', async () => {
    const engine = createTestEngine()
    await run(engine, 'mkdir site && echo ciao > site/index.html')
    await run(engine, 'docker run -d --name web -p 8080:80 -v ./site:/usr/share/nginx/html:ro nginx')
    expect((await run(engine, 'curl -s localhost:8080')).stdout).toBe('ciao\n')
  })

  it('reject a missing source with --mount', async () => {
    const result = await run(createTestEngine(), 'docker run --mount type=bind,source=/nope,target=/x alpine true')
    expect(result.stderr).toBe(`docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nope\n\nRun 'docker run --help' for more information\n`)
    expect(result.exitCode).toBe(125)
  })
})

describe('anonymous volumes', () => {
  it('go away with --rm and rm -v', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run --rm -v /data alpine true')
    expect((await run(engine, 'docker volume ls -q')).stdout).toBe('')

    await run(engine, 'docker run --name keep -v /data alpine true')
    expect((await run(engine, 'docker volume ls -q')).stdout).toMatch(/^[0-9a-f]{64}\n$/)
    await run(engine, 'docker rm -v keep')
    expect((await run(engine, 'docker volume ls -q')).stdout).toBe('')
  })

  it('stay after a plain rm', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run --name keep -v /data alpine true')
    await run(engine, 'docker rm keep')
    expect((await run(engine, 'docker volume ls -q')).stdout).toMatch(/^[0-9a-f]{64}\n$/)
  })
})
