import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('hadolint host command', () => {
  it('prints findings in hadolint format', async () => {
    const engine = createTestEngine()
    engine.writeHostFile('Dockerfile', 'FROM ubuntu:latest\nRUN apt-get update && apt-get install -y curl\n')
    const result = await run(engine, 'hadolint Dockerfile')

    expect(result.exitCode).toBe(1)
    expect(result.stdout.split('\n')[0]).toBe('Dockerfile:1 DL3007 warning: Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag')
  })

  it('passes a clean Dockerfile and honours --ignore', async () => {
    const engine = createTestEngine()
    engine.writeHostFile('Dockerfile', 'FROM busybox:1.37\nUSER 1000\nCMD ["sh"]\n')
    engine.writeHostFile('latest/Dockerfile', 'FROM busybox:latest\nUSER 1000\n')

    expect(await run(engine, 'hadolint Dockerfile')).toMatchObject({ stdout: '', exitCode: 0 })
    expect(await run(engine, 'hadolint --ignore DL3007 latest/Dockerfile')).toMatchObject({ stdout: '', exitCode: 0 })
  })

  it('reports a missing file', async () => {
    const engine = createTestEngine()
    const result = await run(engine, 'hadolint Nosuchfile')

    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('hadolint: Nosuchfile: withBinaryFile: does not exist (No such file or directory)\n')
  })
})

describe("spiega l'ultimo comando", () => {
  it('explains the last docker run in Italian', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web --privileged nginx')
    const result = await run(engine, "spiega l'ultimo comando")

    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(/^Punteggio di sicurezza: \d+\/100/)
    expect(result.stdout).toContain('--privileged: il container riceve tutti i privilegi')
    expect(result.stdout).toContain('[ATTENZIONE] 5.5 Ensure that privileged containers are not used')
  })

  it('scores a hardened run higher', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name loose nginx')
    const loose = await run(engine, 'spiega')
    await run(engine, `docker run -d --name tight --user 101:101 --read-only --tmpfs /tmp --memory 256m --cpus 0.5 --pids-limit 100 --security-opt no-new-privileges --cap-drop ALL --restart on-failure:5 --health-cmd 'curl -f http://localhost/ || exit 1' nginx`)
    const tight = await run(engine, 'spiega')

    const score = (text: string): number => Number(/Punteggio di sicurezza: (\d+)/.exec(text)?.[1])
    expect(score(tight.stdout)).toBeGreaterThan(score(loose.stdout))
    expect(tight.stdout).not.toContain('[ATTENZIONE] 5.29')
  })

  it('says when there is no docker run yet', async () => {
    const engine = createTestEngine()
    const result = await run(engine, "spiega l'ultimo comando")

    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('spiega: non hai ancora eseguito un docker run o un docker create da spiegare.\n')
  })
})
