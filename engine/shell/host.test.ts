import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('host shell', () => {
  it('shows the student prompt', () => {
    expect(createTestEngine().prompt()).toBe('studente@host:~$ ')
  })

  it('exports and expands variables across lines', async () => {
    const engine = createTestEngine()
    await run(engine, 'export MYSQL_ROOT_PASSWORD=rootpassword')
    expect((await run(engine, 'echo $MYSQL_ROOT_PASSWORD ${MYSQL_ROOT_PASSWORD}')).stdout).toBe('rootpassword rootpassword\n')
    expect((await run(engine, 'export A=1; echo $A')).stdout).toBe('1\n')
  })

  it('passes exported values to docker run -e', async () => {
    const engine = createTestEngine()
    await run(engine, 'export GREETING=ciao')
    await run(engine, 'docker run -d --name bb --env GREETING=${GREETING} busybox sleep 100')
    expect((await run(engine, `docker exec bb sh -c 'echo $GREETING'`)).stdout).toBe('ciao\n')
  })

  it('reports unknown commands with exit 127', async () => {
    const result = await run(createTestEngine(), 'foo')
    expect(result.stderr).toBe('bash: foo: command not found\n')
    expect(result.exitCode).toBe(127)
  })

  it('runs && and || by exit status', async () => {
    const engine = createTestEngine()
    expect((await run(engine, 'false && echo no || echo yes')).stdout).toBe('yes\n')
    expect((await run(engine, 'true && echo ok')).stdout).toBe('ok\n')
  })

  it('pipes through grep, head and tail', async () => {
    const engine = createTestEngine()
    await run(engine, 'docker run -d --name nginx nginx')
    expect((await run(engine, 'docker logs nginx 2>&1 | grep worker | tail -n 1')).stdout).toMatch(/start worker process 30\n$/)
    expect((await run(engine, 'docker logs nginx | head -2')).stdout.split('\n')).toHaveLength(3)
    expect((await run(engine, 'docker ps | grep -c nginx')).stdout).toBe('1\n')
  })

  it('pretty-prints JSON like python3 -m json.tool', async () => {
    const result = await run(createTestEngine(), `echo '{"a":[],"b":{"c":"\u2026"},"d":[1,2]}' | python3 -m json.tool`)
    expect(result.stdout).toBe('{\n    "a": [],\n    "b": {\n        "c": "\\u2026"\n    },\n    "d": [\n        1,\n        2\n    ]\n}\n')
  })

  it('reports invalid JSON like Python', async () => {
    const result = await run(createTestEngine(), 'echo | python3 -m json.tool')
    expect(result.stderr).toBe('Expecting value: line 1 column 1 (char 0)\n')
    expect(result.exitCode).toBe(1)
  })

  it('sleeps with Go-style and plain durations', async () => {
    const engine = createTestEngine()
    const before = engine.now()
    await run(engine, 'sleep 1m')
    await run(engine, 'sleep 30s')
    await run(engine, 'sleep 2')
    expect(engine.now() - before).toBe(92_000)
    expect((await run(engine, 'sleep abc')).stderr).toBe("sleep: invalid time interval 'abc'\nTry 'sleep --help' for more information.\n")
  })

  it('reports an unbalanced quote without throwing', async () => {
    const result = await run(createTestEngine(), "echo 'open")
    expect(result.stderr).toBe("bash: unexpected EOF while looking for matching `''\n")
    expect(result.exitCode).toBe(2)
  })

  it('survives a 100 kB line', async () => {
    const result = await run(createTestEngine(), `echo ${'x'.repeat(100_000)} | wc -c`)
    expect(result.stdout).toBe('100001\n')
    expect(result.exitCode).toBe(0)
  })

  it('joins backslash continuations', async () => {
    const engine = createTestEngine()
    const result = await run(engine, 'docker run -d \\\n  --name web \\\n  nginx')
    expect(result.exitCode).toBe(0)
    expect((await run(engine, 'docker ps --format "{{.Names}}"')).stdout).toBe('web\n')
  })

  it('writes redirected output to host files', async () => {
    const engine = createTestEngine()
    await run(engine, 'echo hello > note.txt')
    expect((await run(engine, 'cat note.txt')).stdout).toBe('hello\n')
    expect((await run(engine, 'cat missing.txt')).stderr).toBe('cat: missing.txt: No such file or directory\n')
  })

  it('times a command in virtual time', async () => {
    const result = await run(createTestEngine(), 'time sleep 2')
    expect(result.stderr).toBe('\nreal\t0m2.000s\nuser\t0m0.000s\nsys\t0m0.000s\n')
  })
})
