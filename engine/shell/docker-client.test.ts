import { describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { createTestEngine, run } from '../test/harness'
import { hostDockerArgs, type SocketContainer } from './docker-client'

const SOCKET = '-v /var/run/docker.sock:/var/run/docker.sock'

async function engineWithWeb(): Promise<Engine> {
  const engine = createTestEngine()
  await run(engine, 'docker pull -q docker:cli')
  await run(engine, 'docker run -d --name web nginx')
  return engine
}

describe('docker client as the main process', () => {
  it('lists the host containers', async () => {
    const engine = await engineWithWeb()
    const result = await run(engine, `docker run --rm --name ctl ${SOCKET} docker:cli docker ps --format '{{.Names}} {{.Image}}'`)
    expect(result.stdout).toBe('ctl docker:cli\nweb nginx\n')
    expect(result.exitCode).toBe(0)
    expect((await run(engine, "docker ps -a --format '{{.Names}}'")).stdout).toBe('web\n')
  })

  it('prepends docker through the entrypoint', async () => {
    const engine = await engineWithWeb()
    const result = await run(engine, `docker run --rm ${SOCKET} docker:cli ps -q --filter name=web`)
    expect(result.stdout).toBe(`${(await run(engine, "docker inspect --format '{{.Id}}' web")).stdout.slice(0, 12)}\n`)
  })

  it('logs its output when detached', async () => {
    const engine = await engineWithWeb()
    await run(engine, `docker run -d --name ctl ${SOCKET} docker:cli docker run -d --name figlio alpine sleep 100`)
    await run(engine, 'sleep 2')
    const id = (await run(engine, "docker inspect --format '{{.Id}}' figlio")).stdout
    expect((await run(engine, 'docker logs ctl')).stdout).toBe(id)
    expect((await run(engine, "docker ps -a --format '{{.Names}} {{.State}}'")).stdout).toBe('figlio running\nctl exited\nweb running\n')
  })

  it('fails without the socket', async () => {
    const engine = await engineWithWeb()
    const result = await run(engine, 'docker run --rm docker:cli docker ps')
    expect(result.stderr).toBe('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n')
    expect(result.exitCode).toBe(1)
  })
})

describe('docker exec of the docker client', () => {
  it('controls the host daemon', async () => {
    const engine = await engineWithWeb()
    await run(engine, `docker run -d --name ctl ${SOCKET} docker:cli sleep 3600`)
    expect((await run(engine, "docker exec ctl docker ps --format '{{.Names}}'")).stdout).toBe('ctl\nweb\n')

    const stopped = await run(engine, 'docker exec ctl docker stop web')
    expect(stopped.stdout).toBe('web\n')
    expect((await run(engine, "docker ps -a --filter name=web --format '{{.Status}}'")).stdout).toBe('Exited (0) Less than a second ago\n')
  })

  it('reports an image without the client', async () => {
    const engine = await engineWithWeb()
    const result = await run(engine, 'docker exec web docker ps')
    expect(result.stdout).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "docker": executable file not found in $PATH: unknown\n')
    expect(result.exitCode).toBe(127)
  })
})

describe('hostDockerArgs', () => {
  const socket = { Type: 'bind', Source: '/var/run/docker.sock', Destination: '/var/run/docker.sock' }
  const paths: Record<string, string> = { docker: '/usr/local/bin/docker', ps: '/bin/ps' }
  const container = (mounts: SocketContainer['mounts']): SocketContainer => ({ mounts, findExecutable: (name) => paths[name] })

  it('needs the socket bind mount', () => {
    expect(hostDockerArgs(container([socket]), ['docker', 'ps'])).toEqual(['ps'])
    expect(hostDockerArgs(container([]), ['docker', 'ps'])).toBeUndefined()
    expect(hostDockerArgs(container([{ ...socket, Source: '/tmp/other.sock' }]), ['docker', 'ps'])).toBeUndefined()
    expect(hostDockerArgs(container([{ ...socket, Source: '/run/user/1000/docker.sock' }]), ['docker', 'ps'])).toEqual(['ps'])
    expect(hostDockerArgs(container([{ ...socket, Destination: '/tmp/docker.sock' }]), ['docker', 'ps'])).toBeUndefined()
  })

  it('follows the docker entrypoint', () => {
    expect(hostDockerArgs(container([socket]), ['docker-entrypoint.sh', 'ps'])).toEqual(['ps'])
    expect(hostDockerArgs(container([socket]), ['docker-entrypoint.sh', '-v'])).toEqual(['-v'])
    expect(hostDockerArgs(container([socket]), ['docker-entrypoint.sh', 'sh'])).toBeUndefined()
  })
})
