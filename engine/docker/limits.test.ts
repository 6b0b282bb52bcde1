import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('resource limits', () => {
  it('OOM-kills a memory hog at its limit', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name hog --memory 64m alpine tail /dev/zero')
    engine.advance(2_000)

    expect((await run(engine, `docker ps -a --format '{{.Status}}'`)).stdout).toBe('Exited (137) 1 second ago\n')
    expect((await run(engine, `docker inspect --format '{{.State.OOMKilled}} {{.State.ExitCode}}' hog`)).stdout).toBe('true 137\n')
  })

  it('shows limits in inspect and stats', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web --memory 128m --cpus 0.5 --pids-limit 100 nginx')

    const inspect = await run(engine, `docker inspect --format '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}}' web`)
    expect(inspect.stdout).toBe('134217728 500000000 100\n')
    expect((await run(engine, 'docker stats --no-stream web')).stdout).toContain(' / 128MiB ')
  })
})
