import { describe, expect, it } from 'vitest'
import { createEngine } from './index'
import { createTestEngine, run } from './test/harness'

const SCRIPT = [
  `docker run -d --name nginx --health-cmd='curl --fail http://localhost:80 || exit 1' nginx`,
  'sleep 31',
  'docker ps',
  `docker inspect --format '{{json .State.Health}}' nginx`,
  'docker run --name hello busybox echo hi',
  'docker ps -a',
]

async function transcript(seed: number): Promise<string> {
  const engine = createTestEngine({ seed })
  let text = ''
  for (const line of SCRIPT) text += `$ ${line}\n${(await run(engine, line)).merged}`
  return text
}

describe('engine', () => {
  it('repeats its output for the same seed', async () => {
    expect(await transcript(5)).toBe(await transcript(5))
  })

  it('changes IDs with the seed', async () => {
    expect(await transcript(5)).not.toBe(await transcript(6))
  })

  it('starts at the default virtual time', () => {
    expect(createEngine().now()).toBe(Date.parse('2025-11-27T10:00:00Z'))
    expect(createEngine({ start: '2026-01-01T00:00:00Z' }).now()).toBe(Date.parse('2026-01-01T00:00:00Z'))
  })

  it('summarises containers for the panel', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name web --health-cmd='true' --health-interval=2s nginx`)
    engine.advance(2_500)
    const [summary] = engine.containers()
    expect(summary).toMatchObject({ name: 'web', image: 'nginx', state: 'running', health: { status: 'healthy', failingStreak: 0 } })
    expect(summary!.id).toMatch(/^[0-9a-f]{64}$/)
    expect(summary!.status).toBe('Up 2 seconds (healthy)')
  })

  it('notifies listeners after commands and health changes', async () => {
    const engine = createTestEngine()
    let calls = 0
    const unsubscribe = engine.onChange(() => calls++)
    await run(engine, `docker run -d --name web --health-cmd='true' --health-interval=2s nginx`)
    const afterRun = calls
    expect(afterRun).toBeGreaterThan(0)

    engine.advance(500)
    expect(calls).toBe(afterRun)
    engine.advance(2_000)
    expect(calls).toBe(afterRun + 1)

    unsubscribe()
    engine.advance(5_000)
    expect(calls).toBe(afterRun + 1)
  })

  it('stays bounded when fast-forwarding an hour', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name web --health-cmd='curl -f http://localhost/' --health-interval=1s nginx`)
    engine.advance(3_600_000)
    const logs = await run(engine, 'docker logs web')
    expect(logs.merged.split('\n').length).toBeLessThanOrEqual(10_001)
    expect(engine.containers()[0]!.status).toBe('Up About an hour (healthy)')
  })

  it('completes docker subcommands, flags and names', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    expect(engine.complete('dock')).toEqual({ from: 0, candidates: ['docker', 'dockerd', 'dockerd-rootless-setuptool.sh'] })
    expect(engine.complete('docker ex')).toEqual({ from: 7, candidates: ['exec'] })
    expect(engine.complete('docker run --health-r').candidates).toEqual(['--health-retries'])
    expect(engine.complete('docker build --ta').candidates).toEqual(['--tag', '--target'])
    expect(engine.complete('docker logs w')).toEqual({ from: 12, candidates: ['web'] })
    expect(engine.complete('docker run -d ngi').candidates).toEqual(['nginx', 'nginx:latest'])
    expect(engine.complete('docker vol').candidates).toEqual(['volume'])
  })

  it('completes the host-lab commands', () => {
    const engine = createTestEngine()
    expect(engine.complete('auditc').candidates).toEqual(['auditctl'])
    expect(engine.complete('apptai').candidates).toEqual(['apptainer'])
    expect(engine.complete('opens').candidates).toEqual(['openssl'])
  })
})
