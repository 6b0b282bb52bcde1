import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('docker stats, top and port', () => {
  it('prints one sample with --no-stream', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web -m 64m nginx')
    const lines = (await run(engine, 'docker stats --no-stream')).stdout.split('\n')
    expect(lines[0]).toBe('CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O       BLOCK I/O   PIDS')
    expect(lines[1]).toMatch(/^[0-9a-f]{12}   web       0\.00%     3\.445MiB \/ 64MiB    5\.38%     1\.05kB \/ 0B   0B \/ 0B     3$/)
  })

  it('applies a --format table template', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name limited --network none --memory 64m busybox sleep 3600')
    const table = await run(engine, `docker stats --no-stream --format 'table {{.Name}}\\t{{.CPUPerc}}\\t{{.MemUsage}}\\t{{.MemPerc}}' limited`)
    expect(table.stdout).toBe('NAME      CPU %     MEM USAGE / LIMIT   MEM %\nlimited   0.00%     496KiB / 64MiB      0.76%\n')

    const plain = await run(engine, `docker stats --no-stream --format '{{.Name}} {{.PIDs}}'`)
    expect(plain.stdout).toBe('limited 1\n')
  })

  it('lists nginx processes', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web nginx')
    const result = await run(engine, 'docker top web')
    expect(result.stdout.split('\n')[0]).toMatch(/^UID\s+PID\s+PPID\s+C\s+STIME\s+TTY\s+TIME\s+CMD$/)
    expect(result.stdout).toContain('nginx: master process nginx -g daemon off;')
  })

  it('shows published ports', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name web -p 8080:80 nginx')
    expect((await run(engine, 'docker port web')).stdout).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n')
  })
})
