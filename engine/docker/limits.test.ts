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

  it('writes the limits into the cgroup files', async () => {
    const engine = createTestEngine()
    const result = await run(engine, 'docker run --rm --memory 64m --cpus 0.5 --pids-limit 50 alpine cat /sys/fs/cgroup/memory.max /sys/fs/cgroup/cpu.max /sys/fs/cgroup/pids.max')
    expect(result.stdout).toBe('67108864\n50000 100000\n50\n')
  })

  it('rejects limits the daemon refuses', async () => {
    const engine = createTestEngine()
    expect((await run(engine, 'docker run --rm --memory 4m alpine true')).stderr).toBe("docker: Error response from daemon: Minimum memory limit allowed is 6MB\n\nRun 'docker run --help' for more information\n")
    expect((await run(engine, 'docker run --rm --cpus 5 alpine true')).stderr).toBe("docker: Error response from daemon: Range of CPUs is from 0.01 to 4.00, as there are only 4 CPUs available\n\nRun 'docker run --help' for more information\n")
    expect((await run(engine, 'docker run --rm -p 99999:80 alpine true')).stderr).toBe("docker: invalid hostPort: 99999\n\nRun 'docker run --help' for more information\n")
    expect((await run(engine, 'docker run --rm --cap-add NOT_A_CAP alpine true')).stderr).toBe('docker: Error response from daemon: invalid CapAdd: unknown capability: "CAP_NOT_A_CAP"\n\nRun \'docker run --help\' for more information\n')
  })
})

describe('/proc/self/status', () => {
  it('shows the capability mask and NoNewPrivs', async () => {
    const engine = createTestEngine()
    expect((await run(engine, 'docker run --rm alpine grep CapEff /proc/self/status')).stdout).toBe('CapEff:\t00000000a80425fb\n')
    expect((await run(engine, 'docker run --rm --cap-drop ALL alpine grep CapEff /proc/self/status')).stdout).toBe('CapEff:\t0000000000000000\n')
    expect((await run(engine, 'docker run --rm --privileged alpine grep CapEff /proc/self/status')).stdout).toBe('CapEff:\t000001ffffffffff\n')
    expect((await run(engine, 'docker run --rm --security-opt no-new-privileges alpine grep NoNewPrivs /proc/self/status')).stdout).toBe('NoNewPrivs:\t1\n')
  })
})
