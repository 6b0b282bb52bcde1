import { describe, expect, it } from 'vitest'
import { createTestEngine, health, run } from '../test/harness'
import { applyProbeResult, healthSettings, limitOutput, nextProbeDelay } from './health'
import type { HealthState } from './model'

const CURL_CHECK = `--health-cmd='curl --fail http://localhost:80 || exit 1'`

async function startedAt(engine: ReturnType<typeof createTestEngine>, name: string): Promise<number> {
  const result = await run(engine, `docker inspect --format '{{.State.StartedAt}}' ${name}`)
  return Date.parse(result.stdout.trim())
}

describe('health settings', () => {
  it('uses the engine defaults for unset values', () => {
    expect(healthSettings({ Test: ['CMD-SHELL', 'true'] })).toEqual({ intervalMs: 30_000, timeoutMs: 30_000, startPeriodMs: 0, startIntervalMs: 5_000, retries: 3 })
  })

  it('converts nanoseconds to milliseconds', () => {
    const settings = healthSettings({ Test: ['CMD-SHELL', 'true'], Interval: 5e9, Timeout: 2e9, StartPeriod: 10e9, Retries: 2 })
    expect(settings.intervalMs).toBe(5000)
    expect(settings.timeoutMs).toBe(2000)
    expect(settings.startPeriodMs).toBe(10_000)
    expect(settings.retries).toBe(2)
  })
})

describe('health state machine', () => {
  const settings = healthSettings({ Test: ['CMD-SHELL', 'x'], StartPeriod: 10e9 })
  const entry = (exitCode: number) => ({ start: { ms: 0, ns: 0 }, end: { ms: 1, ns: 0 }, exitCode, output: '' })

  it('ignores failures inside the start period while starting', () => {
    const state: HealthState = { status: 'starting', failingStreak: 0, log: [] }
    applyProbeResult(state, entry(1), settings, 9_999)
    expect(state.failingStreak).toBe(0)
    expect(state.status).toBe('starting')
    expect(state.log).toHaveLength(1)
  })

  it('counts failures once the start period is over', () => {
    const state: HealthState = { status: 'starting', failingStreak: 0, log: [] }
    applyProbeResult(state, entry(1), settings, 10_000)
    expect(state.failingStreak).toBe(1)
    expect(state.status).toBe('starting')
  })

  it('turns healthy on one success from any state', () => {
    const state: HealthState = { status: 'unhealthy', failingStreak: 7, log: [] }
    applyProbeResult(state, entry(0), settings, 50_000)
    expect(state.status).toBe('healthy')
    expect(state.failingStreak).toBe(0)
  })

  it('stays healthy until the streak reaches retries', () => {
    const state: HealthState = { status: 'healthy', failingStreak: 0, log: [] }
    applyProbeResult(state, entry(1), settings, 50_000)
    applyProbeResult(state, entry(1), settings, 80_000)
    expect(state.status).toBe('healthy')
    applyProbeResult(state, entry(1), settings, 110_000)
    expect(state.status).toBe('unhealthy')
    applyProbeResult(state, entry(1), settings, 140_000)
    expect(state.failingStreak).toBe(4)
  })

  it('keeps the last five log entries', () => {
    const state: HealthState = { status: 'healthy', failingStreak: 0, log: [] }
    for (let index = 0; index < 7; index++) applyProbeResult(state, { ...entry(0), output: String(index) }, settings, 50_000)
    expect(state.log.map((item) => item.output)).toEqual(['2', '3', '4', '5', '6'])
  })

  it('uses the start interval only while starting inside the start period', () => {
    const starting: HealthState = { status: 'starting', failingStreak: 0, log: [] }
    const healthy: HealthState = { status: 'healthy', failingStreak: 0, log: [] }
    expect(nextProbeDelay(settings, starting, 0)).toBe(5_000)
    expect(nextProbeDelay(settings, healthy, 5_000)).toBe(30_000)
    expect(nextProbeDelay(settings, starting, 10_000)).toBe(30_000)
  })

  it('limits output to 4096 bytes and appends an ellipsis', () => {
    expect(limitOutput('a'.repeat(4096))).toBe('a'.repeat(4096))
    expect(limitOutput('a'.repeat(5000))).toBe(`${'a'.repeat(4096)}...`)
  })
})

describe('health checks on a running container', () => {
  it('runs the first probe one interval after start with the defaults', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name web ${CURL_CHECK} nginx`)
    const started = await startedAt(engine, 'web')

    engine.advance(started + 29_900 - engine.now())
    expect(await health(engine, 'web')).toEqual({ Status: 'starting', FailingStreak: 0, Log: [] })

    engine.advance(1_000)
    const state = await health(engine, 'web')
    expect(state.Status).toBe('healthy')
    expect(state.Log).toHaveLength(1)
    expect(Date.parse(state.Log[0]!.Start)).toBe(started + 30_000)
    expect(state.Log[0]!.ExitCode).toBe(0)
    expect(state.Log[0]!.Output).toContain('<title>Welcome to nginx!</title>')
  })

  it('stores only the health options that were set', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name web ${CURL_CHECK} --health-interval=5s --health-timeout=2s --health-retries=2 --health-start-period=10s nginx`)
    const result = await run(engine, `docker inspect --format '{{json .Config.Healthcheck}}' web`)
    expect(result.stdout).toBe('{"Test":["CMD-SHELL","curl --fail http://localhost:80 || exit 1"],"Interval":5000000000,"Timeout":2000000000,"StartPeriod":10000000000,"Retries":2}\n')
  })

  it('probes every start interval during the start period', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name sp --health-cmd='exit 1' --health-start-period=15s busybox sleep 3600`)
    const started = await startedAt(engine, 'sp')

    engine.advance(started + 14_000 - engine.now())
    let state = await health(engine, 'sp')
    expect(state.Log).toHaveLength(2)
    expect(state.FailingStreak).toBe(0)
    expect(state.Status).toBe('starting')

    engine.advance(2_000)
    state = await health(engine, 'sp')
    expect(state.Log).toHaveLength(3)
    expect(state.FailingStreak).toBe(1)

    engine.advance(60_000)
    state = await health(engine, 'sp')
    expect(state.FailingStreak).toBe(3)
    expect(state.Status).toBe('unhealthy')
  })

  it('turns unhealthy after the configured retries', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name rt --health-cmd='exit 2' --health-interval=3s --health-retries=2 busybox sleep 3600`)
    engine.advance(3_500)
    expect((await health(engine, 'rt')).Status).toBe('starting')
    engine.advance(3_200)
    const state = await health(engine, 'rt')
    expect(state.Status).toBe('unhealthy')
    expect(state.Log.map((item) => item.ExitCode)).toEqual([2, 2])
    expect((await run(engine, 'docker ps --format "{{.Status}}"')).stdout).toMatch(/^Up \d+ seconds \(unhealthy\)\n$/)
  })

  it('records a timeout with exit code -1 and the partial output', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name slow --health-cmd='echo partial; sleep 5' --health-interval=3s --health-timeout=2s busybox sleep 3600`)
    engine.advance(6_000)
    const [entry] = (await health(engine, 'slow')).Log
    expect(entry!.ExitCode).toBe(-1)
    expect(entry!.Output).toBe('Health check exceeded timeout (2s): partial\n')
    expect(Date.parse(entry!.End) - Date.parse(entry!.Start)).toBe(2_000)
  })

  it('prints the plain timeout text when there was no output', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name slow --health-cmd='sleep 5' --health-interval=3s --health-timeout=2s busybox sleep 3600`)
    engine.advance(6_000)
    expect((await health(engine, 'slow')).Log[0]!.Output).toBe('Health check exceeded timeout (2s)')
  })

  it('starts the next probe one interval after the previous one ended', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name slow --health-cmd='sleep 5' --health-interval=3s --health-timeout=2s busybox sleep 3600`)
    engine.advance(12_000)
    const [first, second] = (await health(engine, 'slow')).Log
    expect(Date.parse(second!.Start) - Date.parse(first!.End)).toBe(3_000)
  })

  it('keeps five log entries', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name many --health-cmd='true' --health-interval=2s busybox sleep 3600`)
    engine.advance(15_000)
    const state = await health(engine, 'many')
    expect(state.Log).toHaveLength(5)
    expect(Date.parse(state.Log[0]!.Start)).toBeGreaterThan(Date.parse('2025-11-27T10:00:05Z'))
  })

  it('cuts output after 4096 bytes', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name big --health-cmd='cat /big' --health-interval=2s busybox sleep 3600`)
    await run(engine, `docker exec big sh -c 'echo ${'x'.repeat(5000)} > /big'`)
    engine.advance(2_500)
    const output = (await health(engine, 'big')).Log[0]!.Output
    expect(output).toBe(`${'x'.repeat(4096)}...`)
  })

  it('reports a missing binary like /bin/sh does', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name nocurl --health-cmd='curl -f http://localhost/' --health-interval=2s busybox sleep 3600`)
    engine.advance(2_500)
    const entry = (await health(engine, 'nocurl')).Log[0]!
    expect(entry.Output).toBe('/bin/sh: curl: not found\n')
    expect(entry.ExitCode).toBe(127)
  })

  it('marks a stopped container unhealthy and keeps its log', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name web ${CURL_CHECK} nginx`)
    engine.advance(31_000)
    await run(engine, 'docker stop web')
    const stopped = await health(engine, 'web')
    expect(stopped.Status).toBe('unhealthy')
    expect(stopped.FailingStreak).toBe(0)
    expect(stopped.Log).toHaveLength(1)

    await run(engine, 'docker start web')
    const restarted = await health(engine, 'web')
    expect(restarted.Status).toBe('starting')
    expect(restarted.Log).toHaveLength(1)
  })

  it('has no Health without a health check', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name plain nginx')
    const result = await run(engine, `docker inspect --format '{{.State.Health.Status}}' plain`)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('map has no entry for key "Health"')
    expect((await run(engine, 'docker ps --format "{{.Status}}"')).stdout).toBe('Up Less than a second\n')
  })

  it('stores NONE for --no-healthcheck', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name off --no-healthcheck nginx')
    expect((await run(engine, `docker inspect --format '{{json .Config.Healthcheck}}' off`)).stdout).toBe('{"Test":["NONE"]}\n')
  })

  it('follows the nginx failure and recovery of the course', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name nginx ${CURL_CHECK} nginx`)
    engine.advance(31_000)
    await run(engine, `docker exec nginx sh -c 'mv /usr/share/nginx/html/index.html /usr/share/nginx/html/index.html.1'`)
    engine.advance(60_000)
    expect((await health(engine, 'nginx')).Status).toBe('healthy')
    engine.advance(30_000)
    const failing = await health(engine, 'nginx')
    expect(failing.Status).toBe('unhealthy')
    expect(failing.Log[failing.Log.length - 1]!.Output).toContain('curl: (22) The requested URL returned error: 403\n')

    await run(engine, `docker exec nginx sh -c 'mv /usr/share/nginx/html/index.html.1 /usr/share/nginx/html/index.html'`)
    engine.advance(30_000)
    expect((await health(engine, 'nginx')).Status).toBe('healthy')
  })
})
