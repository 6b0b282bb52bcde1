import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('docker info', () => {
  it('counts containers and images', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    await run(engine, 'docker create --name idle alpine')
    const info = (await run(engine, 'docker info')).stdout

    expect(info).toMatch(/^Client: Docker Engine - Community\n Version:    28\.2\.2\n/)
    expect(info).toContain('\nServer:\n Containers: 2\n  Running: 1\n  Paused: 0\n  Stopped: 1\n')
    expect(info).toContain(' Server Version: 28.2.2\n Storage Driver: overlay2\n')
  })
})

describe('docker network ls', () => {
  it('lists the three default networks', async () => {
    const result = await run(createTestEngine(), 'docker network ls')
    expect(result.stdout.split('\n').map((line) => line.split(/\s+/).slice(1).join(' '))).toEqual(['ID NAME DRIVER SCOPE', 'bridge bridge local', 'host host local', 'none null local', ''])
  })
})

describe('docker tag', () => {
  it('adds a second name for an image', async () => {
    const engine = createTestEngine()
    expect((await run(engine, 'docker tag nginx corso/web:1.0')).exitCode).toBe(0)
    const id = (await run(engine, `docker image inspect --format '{{.Id}}' nginx`)).stdout.slice(7, 19)
    expect((await run(engine, 'docker images corso/web')).stdout).toContain(`corso/web    1.0       ${id}`)
    expect((await run(engine, 'docker rmi corso/web:1.0')).stdout).toBe('Untagged: corso/web:1.0\n')
  })

  it('rejects an uppercase repository', async () => {
    const result = await run(createTestEngine(), 'docker tag nginx Web')
    expect(result.stderr).toBe('Error parsing reference: "Web" is not a valid repository/tag: invalid reference format: repository name (library/Web) must be lowercase\n')
    expect(result.exitCode).toBe(1)
  })
})

describe('docker cp and diff', () => {
  it('copies a file out of and into a container', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const id = (await run(engine, `docker inspect --format '{{.Id}}' web`)).stdout
    await run(engine, 'docker cp web:/etc/hostname .')
    expect((await run(engine, 'cat hostname')).stdout).toBe(`${id.slice(0, 12)}\n`)

    await run(engine, 'echo nuovo > note.txt')
    await run(engine, 'docker cp note.txt web:/tmp/')
    expect((await run(engine, 'docker exec web cat /tmp/note.txt')).stdout).toBe('nuovo\n')
  })

  it('lists added and changed paths', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name box alpine sleep 1000')
    await run(engine, 'docker exec box touch /tmp/new')
    expect((await run(engine, 'docker diff box')).stdout).toBe('C /tmp\nA /tmp/new\n')
  })
})

describe('docker login and logout', () => {
  it('stores credentials in config.json', async () => {
    const engine = createTestEngine()
    const login = await run(engine, 'echo segreto | docker login -u alice --password-stdin')
    expect(login.stdout).toBe('Login Succeeded\n')
    expect(login.stderr).toContain("WARNING! Your credentials are stored unencrypted in '/home/studente/.docker/config.json'.\n")

    const config = JSON.parse((await run(engine, 'cat ~/.docker/config.json')).stdout)
    expect(config.auths['https://index.docker.io/v1/'].auth).toBe(btoa('alice:segreto'))

    expect((await run(engine, 'docker logout')).stdout).toBe('Removing login credentials for https://index.docker.io/v1/\n')
    expect((await run(engine, 'docker logout')).stdout).toBe('Not logged in to https://index.docker.io/v1/\n')
  })
})

describe('docker system df', () => {
  it('counts active images', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d nginx')
    const lines = (await run(engine, 'docker system df')).stdout.split('\n')
    expect(lines[0]).toBe('TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE')
    expect(lines[1]).toMatch(/^Images +\d+ +1 +/)
    expect(lines[2]).toBe('Containers      1         1         1.08kB    0B (0%)')
  })
})

describe('network modes', () => {
  it('reaches nginx on the host port with --network host', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name hostweb --network host nginx')
    expect((await run(engine, 'curl -s localhost:80')).stdout).toContain('<title>Welcome to nginx!</title>')
  })

  it('discards -p with --network host', async () => {
    const engine = createTestEngine()
    const result = await run(engine, 'docker run -d --name hostweb --network host -p 8080:80 nginx')
    expect(result.stderr).toBe('WARNING: Published ports are discarded when using host network mode\n')
    expect((await run(engine, 'docker port hostweb')).stdout).toBe('')
  })

  it('publishes nothing with --network none', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name noweb --network none -p 8081:80 nginx')
    expect((await run(engine, 'docker port noweb')).stdout).toBe('')
    expect((await run(engine, 'curl -s localhost:8081')).exitCode).toBe(7)
  })
})
