import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

describe('command substitution in the host shell', () => {
  it('replaces $(…) with the command output', async () => {
    const result = await run(createTestEngine(), 'echo "uid $(id -u):$(id -g)"')
    expect(result.stdout).toBe('uid 1000:1000\n')
  })

  it('passes the lesson user flag to docker run', async () => {
    const result = await run(createTestEngine(), 'docker run --rm -u "$(id -u):$(id -g)" busybox id')
    expect(result.stdout).toBe('uid=1000 gid=1000 groups=1000\n')
  })

  it('splits unquoted output into words', async () => {
    const result = await run(createTestEngine(), 'echo $(echo a   b) "$(echo "x  y")"')
    expect(result.stdout).toBe('a b x  y\n')
  })

  it('leaves single-quoted text alone', async () => {
    const result = await run(createTestEngine(), "echo '$(id -u)'")
    expect(result.stdout).toBe('$(id -u)\n')
  })

  it('shows the inner command error and substitutes nothing', async () => {
    const result = await run(createTestEngine(), 'echo $(nosuchcmd)')
    expect(result.stderr).toBe('bash: nosuchcmd: command not found\n')
    expect(result.stdout).toBe('\n')
  })

  it('runs a substitution after the list entries before it', async () => {
    const engine = createTestEngine()
    const result = await run(engine, 'docker run -d --name web nginx > /dev/null && docker inspect --format "{{.Name}}" $(docker ps -q)')
    expect(result.stdout).toBe('/web\n')
  })

  it('skips the substitution of a skipped entry', async () => {
    const result = await run(createTestEngine(), 'false && echo $(echo no) || echo "yes $(echo a;echo b)"')
    expect(result.stdout).toBe('yes a\nb\n')
  })
})
