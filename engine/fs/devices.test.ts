import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

const DEV_NAMES = ['core', 'fd', 'full', 'mqueue', 'null', 'ptmx', 'pts', 'random', 'shm', 'stderr', 'stdin', 'stdout', 'tty', 'urandom', 'zero']

describe('container /dev', () => {
  it('lists the default devices', async () => {
    const result = await run(createTestEngine(), 'docker run --rm --network none busybox ls /dev')
    expect(result.stdout).toBe(DEV_NAMES.map((name) => `${name}\n`).join(''))
  })

  it('shows device numbers, links and modes', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const lines = (await run(engine, 'docker exec web ls -l /dev')).stdout.split('\n')
    expect(lines).toContain('crw-rw-rw- 1 root root 1, 3 Nov 27 10:00 null')
    expect(lines).toContain('crw-rw-rw- 1 root root 5, 0 Nov 27 10:00 tty')
    expect(lines).toContain('lrwxrwxrwx 1 root root   13 Nov 27 10:00 fd -> /proc/self/fd')
    expect(lines).toContain('drwxrwxrwt 2 root root 4096 Nov 27 10:00 shm')
  })

  it('uses BusyBox columns for device numbers', async () => {
    const lines = (await run(createTestEngine(), 'docker run --rm busybox ls -l /dev/zero')).stdout
    expect(lines).toBe('crw-rw-rw-    1 root     root        1,   5 Nov 27 10:00 /dev/zero\n')
  })

  it('discards writes to /dev/null', async () => {
    const result = await run(createTestEngine(), `docker run --rm busybox sh -c 'cp /etc/passwd /dev/null && cat /dev/null && echo empty'`)
    expect(result.stdout).toBe('empty\n')
  })

  it('stays out of docker diff and size', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name box busybox sleep 600')
    await run(engine, `docker exec box sh -c 'touch /dev/shm/lock; echo data > /tmp/x'`)
    expect((await run(engine, 'docker diff box')).stdout).toBe('C /tmp\nA /tmp/x\n')
    expect((await run(engine, `docker ps -s --format '{{.Size}}'`)).stdout).toBe('5B (virtual 4.28MB)\n')
  })
})
