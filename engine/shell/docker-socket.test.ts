import { describe, expect, it } from 'vitest'
import type { Engine } from '../engine'
import { createTestEngine, run } from '../test/harness'

const SOCKET = '-v /var/run/docker.sock:/var/run/docker.sock'
const DENIED = 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping": dial unix /var/run/docker.sock: connect: permission denied\n'

async function engineWithClient(): Promise<Engine> {
  const engine = createTestEngine()
  await run(engine, `docker run -d --name cli ${SOCKET} docker:cli sleep 600`)
  return engine
}

describe('docker socket inside a container', () => {
  it('is a socket owned by root and the docker group', async () => {
    const engine = await engineWithClient()
    const result = await run(engine, 'docker exec cli ls -l /var/run/docker.sock')
    expect(result.stdout).toBe('srw-rw----    1 root     988              0 Nov 27 10:00 /var/run/docker.sock\n')
  })

  it('lets root reach the host daemon', async () => {
    const engine = await engineWithClient()
    expect((await run(engine, `docker exec cli docker ps --format '{{.Names}}'`)).stdout).toBe('cli\n')
  })

  it('denies a user outside the docker group', async () => {
    const engine = await engineWithClient()
    const result = await run(engine, `docker exec -u 1000 cli docker ps`)
    expect(result.stderr).toBe(DENIED)
    expect(result.exitCode).toBe(1)
  })

  it('denies docker run with the run prefix', async () => {
    const engine = await engineWithClient()
    const result = await run(engine, `docker exec -u 1000 cli docker run --rm busybox true`)
    expect(result.stderr).toBe(`docker: ${DENIED.trimEnd()}\n\nRun 'docker run --help' for more information\n`)
    expect(result.exitCode).toBe(125)
  })

  it('denies a main process running as a user', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker pull -q docker:cli')
    const result = await run(engine, `docker run --rm --user 1000 ${SOCKET} docker:cli docker ps`)
    expect(result.stderr).toBe(DENIED)
    expect(result.exitCode).toBe(1)
  })
})
