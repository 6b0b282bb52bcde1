import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('docker.sock mounted into a container', () => {
  it('lets the docker CLI inside see and start host containers', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    await run(engine, 'docker run -it --name cli -v /var/run/docker.sock:/var/run/docker.sock docker:cli sh', true)

    expect((await run(engine, `docker ps --format '{{.Names}}'`, true)).stdout).toBe('cli\nweb\n')
    expect((await run(engine, 'docker run -d --name fromcli alpine sleep 100', true)).exitCode).toBe(0)
    await run(engine, 'exit', true)

    expect((await run(engine, `docker ps --format '{{.Names}}'`)).stdout).toBe('fromcli\nweb\n')
  })

  it('cannot reach a daemon without the socket', async () => {
    const result = await run(createTestEngine(), 'docker run --rm docker:cli docker ps')
    expect(result.stderr).toContain('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n')
    expect(result.exitCode).toBe(1)
  })

  it('pulls hello-world from the simulated registry', async () => {
    const result = await run(createTestEngine(), 'docker run hello-world')
    expect(result.stderr).toMatch(/^Unable to find image 'hello-world:latest' locally\nlatest: Pulling from library\/hello-world\n/)
    expect(result.stdout).toContain('\nHello from Docker!\n')
  })
})
