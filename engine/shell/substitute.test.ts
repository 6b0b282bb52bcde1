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
})
