import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'
import { pythonCommand } from './python'

const HOST = { stdin: '', uid: 1000, gid: 1000, env: new Map([['HOME', '/home/studente']]) }

function python(code: string, stdin = ''): { stdout: string; stderr: string; exitCode: number } | undefined {
  return pythonCommand(code, { ...HOST, stdin })
}

describe('python3 -c one-liners', () => {
  it('prints values with str and repr', () => {
    const result = python(`print("a", 1, None, True, [1, 'x'], (2,), {"k": "it's"}, sep="|")`)
    expect(result?.stdout).toBe(`a|1|None|True|[1, 'x']|(2,)|{'k': "it's"}\n`)
    expect(result?.exitCode).toBe(0)
  })

  it('reads JSON from stdin', () => {
    const code = 'import json,sys; h=json.load(sys.stdin); print(h["Status"], h["FailingStreak"], [(l["Start"], l["ExitCode"]) for l in h["Log"]])'
    const stdin = '{"Status":"healthy","FailingStreak":0,"Log":[{"Start":"2026-12-04T19:32:00Z","ExitCode":0}]}\n'
    expect(python(code, stdin)?.stdout).toBe("healthy 0 [('2026-12-04T19:32:00Z', 0)]\n")
  })

  it('returns uid, gid and environment', () => {
    expect(python('import os; print(os.getuid(), os.getgid(), os.environ["HOME"], os.getenv("NOPE", "-"))')?.stdout).toBe('1000 1000 /home/studente -\n')
  })

  it('dumps JSON with default separators', () => {
    expect(python('import json; print(json.dumps({"a": [1, None], "b": "x"}))')?.stdout).toBe('{"a": [1, null], "b": "x"}\n')
  })

  it('prints tracebacks for runtime errors', () => {
    const traceback = 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n'
    expect(python('print(x)')).toEqual({ stdout: '', stderr: `${traceback}NameError: name 'x' is not defined\n`, exitCode: 1 })
    expect(python('import foo')?.stderr).toBe(`${traceback}ModuleNotFoundError: No module named 'foo'\n`)
    expect(python('d = {"a": 1}; print("before"); d["b"]')).toEqual({ stdout: 'before\n', stderr: `${traceback}KeyError: 'b'\n`, exitCode: 1 })
  })

  it('rejects code outside the subset', () => {
    expect(python('print("a" if 1 else 2)')).toBeUndefined()
    expect(python('for i in x: pass')).toBeUndefined()
  })
})

describe('python3 in the shells', () => {
  it('filters docker inspect on the host', async () => {
    const engine = createTestEngine()
    await run(engine, `docker run -d --name web --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 2s nginx`)
    await run(engine, 'sleep 3')
    const code = 'import json,sys; h=json.load(sys.stdin); print(h["Status"], h["FailingStreak"], len(h["Log"]))'
    const result = await run(engine, `docker inspect --format '{{json .State.Health}}' web | python3 -c '${code}'`)
    expect(result.stdout).toBe('healthy 0 1\n')
  })

  it('reports unsupported host code', async () => {
    const result = await run(createTestEngine(), `python3 -c 'print(1 if 1 else 2)'`)
    expect(result.stderr).toBe('python3: this terminal runs only simple -c one-liners and "-m json.tool"\n')
    expect(result.exitCode).toBe(2)
  })

  it('runs in an image with Python', async () => {
    const result = await run(createTestEngine(), `docker run --rm --user 1000 python:3.9-slim python3 -c 'import os; print(os.getuid())'`)
    expect(result.stdout).toBe('1000\n')
  })

  it('is not found in busybox', async () => {
    const result = await run(createTestEngine(), `docker run --rm busybox sh -c 'python3 -c "print(1)"'`)
    expect(result.stderr).toBe('sh: python3: not found\n')
    expect(result.exitCode).toBe(127)
  })
})
