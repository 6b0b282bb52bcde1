import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Engine } from './engine'
import { MAX_LOG_LINES } from './docker/daemon'
import { createTestEngine, run } from './test/harness'

/**
 * Cases per property: at least 10 000 across this file by default, which CI runs.
 * Set FC_RUNS for a longer local run, e.g. `FC_RUNS=100000 npx vitest run engine/robustness.test.ts`.
 */
const RUNS = Number(process.env.FC_RUNS ?? '') || 0
const runs = (fallback: number): number => (RUNS > 0 ? RUNS : fallback)

const FRAGMENTS = ['docker', 'run', 'exec', 'ps', '-it', '-d', '--name', 'nginx', 'busybox', 'sh', '-c', "'", '"', '|', '||', '&&', ';', '>', '2>&1', '$X', '${', '--health-cmd=', '--health-interval=', 'abc', '\\', '\n', '*', 'echo', 'sleep', '1', 'exit', '(', ')', '`', '$(', 'logs', 'inspect', '--format', '{{', '}}', 'rm', '-f', '-v', 'data:/data', '--cap-drop', 'ALL', 'volume', 'cp', 'diff', 'tag', 'info', 'login', 'network', 'create', '--network', 'app-net', 'system', 'df', '-p', '8080:80', 'curl', 'localhost:8080', 'clear', 'su', 'id']

const NAMES = ['a1', 'b2', 'c3']

/** Command templates for random sequences; `NAME` is replaced by one of NAMES. */
const SEQUENCE_COMMANDS = [
  'docker run -d --name NAME nginx',
  'docker run -d --name NAME --health-cmd "curl -f http://localhost/ || exit 1" --health-interval 1s --health-retries 2 nginx',
  'docker run -d --name NAME alpine sleep 3',
  'docker run -d --name NAME --restart always alpine false',
  'docker run -d --name NAME --restart on-failure:2 alpine false',
  'docker run -d --name NAME --memory 64m alpine tail /dev/zero',
  'docker run -d --name NAME -v data:/data alpine sh -c "echo x >> /data/f"',
  'docker create --name NAME busybox',
  'docker start NAME',
  'docker stop -t 1 NAME',
  'docker kill NAME',
  'docker restart -t 1 NAME',
  'docker pause NAME',
  'docker unpause NAME',
  'docker rm NAME',
  'docker rm -f NAME',
  'docker exec NAME nginx -s stop',
  'docker exec NAME rm /usr/share/nginx/html/index.html',
  'docker logs --tail 2 NAME',
  'docker volume rm data',
  'docker network create app-net',
  'docker run -d --name NAME --network app-net nginx',
  'docker network rm app-net',
  'docker network inspect app-net',
]

/** Checks the daemon invariants: unique names and IDs, one valid state, Health iff a check, bounded logs. */
function checkInvariants(engine: Engine): void {
  const containers = engine.daemon.containers
  expect(new Set(containers.map((container) => container.name)).size).toBe(containers.length)
  expect(new Set(containers.map((container) => container.id)).size).toBe(containers.length)

  for (const container of containers) {
    expect(['created', 'running', 'paused', 'restarting', 'exited', 'dead']).toContain(container.state.status)
    expect(container.state.pid > 0).toBe(container.state.status === 'running' || container.state.status === 'paused')
    if (container.health) expect(container.healthcheck).toBeDefined()
    if (container.healthcheck && container.state.status === 'running') expect(container.health).toBeDefined()
    expect(container.logs.length).toBeLessThanOrEqual(MAX_LOG_LINES)
    expect(container.health?.log.length ?? 0).toBeLessThanOrEqual(5)
  }
}

describe('engine robustness', () => {
  it('never throws out of execute', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx nginx')
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }), fc.string({ maxLength: 20 }), async (words, noise) => {
        const result = await run(engine, `${words.join(' ')} ${noise}`)
        expect(Number.isInteger(result.exitCode)).toBe(true)
        expect(result.stderr).not.toMatch(/TypeError|ReferenceError|undefined is not|Cannot read properties/)
      }),
      { numRuns: runs(5_000), seed: 20251127 },
    )
  }, 600_000)

  it('keeps the container shell safe too', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx nginx')
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 10 }), async (words) => {
        const result = await run(engine, `docker exec nginx sh -c ${JSON.stringify(words.join(' '))}`)
        expect(Number.isInteger(result.exitCode)).toBe(true)
        expect(result.stderr).not.toMatch(/TypeError|ReferenceError|Cannot read properties/)
      }),
      { numRuns: runs(3_000), seed: 7 },
    )
  }, 600_000)

  it('keeps daemon invariants over command sequences', async () => {
    const step = fc.oneof(
      fc.record({ command: fc.constantFrom(...SEQUENCE_COMMANDS), name: fc.constantFrom(...NAMES) }),
      fc.record({ advanceMs: fc.integer({ min: 0, max: 120_000 }) }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const engine = createTestEngine()
        for (const item of steps) {
          if ('advanceMs' in item) engine.advance(item.advanceMs)
          else expect(Number.isInteger((await run(engine, item.command.replace('NAME', item.name))).exitCode)).toBe(true)
          checkInvariants(engine)
        }
      }),
      { numRuns: runs(2_000), seed: 42 },
    )
  }, 600_000)
})
