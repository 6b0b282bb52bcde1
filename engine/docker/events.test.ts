import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('docker events', () => {
  it('reports health_status only when the status changes', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name web --health-cmd='curl -f http://localhost/ || exit 1' --health-interval=5s nginx`)
    engine.advance(16_000)
    const result = await run(engine, "docker events --since 1m --until 0s --filter event=health_status --format '{{.Action}} {{.Actor.Attributes.name}}'")
    expect(result.stdout).toBe('health_status: healthy web\n')
  })

  it('lists the lifecycle of a stopped container in order', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    await run(engine, 'docker stop web')
    await run(engine, 'docker rm web')
    const result = await run(engine, "docker events --since 1m --until 0s --format '{{.Action}}'")
    expect(result.stdout).toBe('create\nstart\nkill\ndie\nstop\ndestroy\n')
  })

  it('prints the default line with sorted attributes', async () => {
    const engine = createTestEngine()
    const id = (await run(engine, 'docker run --name hello busybox true')).stdout
    expect(id).toBe('')
    const lines = (await run(engine, 'docker events --since 1m --until 0s')).stdout.split('\n')
    expect(lines[0]).toMatch(/^2025-11-27T10:00:00\.\d{9}Z container create [0-9a-f]{64} \(image=busybox, name=hello\)$/)
    expect(lines[2]).toMatch(/ container die [0-9a-f]{64} \(exitCode=0, image=busybox, name=hello\)$/)
  })

  it('streams new events until interrupted', async () => {
    const engine = createTestEngine()
    let output = ''
    let sleeps = 0
    const io = {
      write: (text: string) => {
        output += text
      },
      sleep: async (ms: number) => {
        engine.advance(ms)
        if (sleeps++ === 2) await run(engine, 'docker run -d --name late busybox sleep 5')
        return sleeps < 6
      },
      isTTY: true,
      columns: 80,
    }
    expect(await engine.execute("docker events --format '{{.Action}} {{.Actor.Attributes.name}}'", io)).toBe(0)
    expect(output).toBe('create late\nstart late\n')
  })
})
