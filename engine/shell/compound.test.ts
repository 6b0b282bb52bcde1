import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'
import { parseScript } from './compound'
import { ShellSyntaxError } from './parse'

describe('parseScript', () => {
  it('nests loops and conditionals', () => {
    const [loop] = parseScript('while true; do if [ -f x ]; then echo y; fi; sleep 1; done')
    expect(loop?.kind).toBe('while')
    if (loop?.kind !== 'while') return
    expect(loop.body.map((statement) => statement.kind)).toEqual(['if', 'item'])
  })

  it('rejects unbalanced keywords', () => {
    expect(() => parseScript('while true; do echo')).toThrow(ShellSyntaxError)
    expect(() => parseScript('fi')).toThrow(ShellSyntaxError)
    expect(() => parseScript('for 1x in a; do echo; done')).toThrow(ShellSyntaxError)
  })
})

describe('compound commands in containers', () => {
  async function busybox() {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name bb busybox sleep 1000')
    return engine
  }

  it('runs for loops', async () => {
    expect((await run(await busybox(), `docker exec bb sh -c 'for i in 1 2 3; do echo n=$i; done'`)).stdout).toBe('n=1\nn=2\nn=3\n')
  })

  it('runs if, elif and else', async () => {
    const engine = await busybox()
    expect((await run(engine, `docker exec bb sh -c 'if [ -f /etc/passwd ]; then echo yes; else echo no; fi'`)).stdout).toBe('yes\n')
    expect((await run(engine, `docker exec bb sh -c 'if [ -f /nope ]; then echo yes; elif true; then echo other; fi'`)).stdout).toBe('other\n')
  })

  it('runs a while loop until its condition fails', async () => {
    const result = await run(await busybox(), `docker exec bb sh -c 'n=; while [ "$n" != xxx ]; do n=x$n; echo $n; done'`)
    expect(result.stdout).toBe('x\nxx\nxxx\n')
    expect(result.exitCode).toBe(0)
  })

  it('stops a runaway loop', async () => {
    const result = await run(await busybox(), `docker exec bb sh -c 'while true; do echo x; done'`)
    expect(result.stdout.length).toBeLessThanOrEqual(1_000_002)
  })

  it('keeps a looping main process running and logging', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name loop busybox sh -c 'while true; do echo hello; sleep 1; done'`)
    engine.advance(4_500)
    expect((await run(engine, 'docker logs loop')).stdout).toBe('hello\n'.repeat(5))
    expect((await run(engine, 'docker ps --format "{{.Names}}"')).stdout).toBe('loop\n')
    await run(engine, 'docker stop loop')
    expect((await run(engine, 'docker ps -a --format "{{.Status}}"')).stdout).toBe('Exited (137) Less than a second ago\n')
  })

  it('reports a missing done like BusyBox sh', async () => {
    const result = await run(await busybox(), `docker exec bb sh -c 'while true; do'`)
    expect(result.stderr).toBe('sh: syntax error: unexpected end of file\n')
    expect(result.exitCode).toBe(2)
  })
})
