import { describe, expect, it } from 'vitest'
import type { CommandIO } from '../api'
import type { Engine } from '../engine'
import { createTestEngine, run } from '../test/harness'

/** Runs one line on a terminal that types `answers` at the prompts, recording what the terminal shows. */
async function runAnswering(engine: Engine, line: string, answers: string[]): Promise<{ stdout: string; stderr: string; exitCode: number; echoes: boolean[] }> {
  let stdout = ''
  let stderr = ''
  const echoes: boolean[] = []
  const io: CommandIO = {
    write: (text, stream) => {
      if (stream === 'stdout') stdout += text
      else stderr += text
    },
    sleep: async (ms) => {
      engine.advance(ms)
      return true
    },
    isTTY: true,
    columns: 120,
    readLine: async (echo) => {
      echoes.push(echo)
      const answer = answers.shift()
      stdout += echo && answer !== undefined ? `${answer}\n` : '\n'
      return answer
    },
  }
  const exitCode = await engine.execute(line, io)
  return { stdout, stderr, exitCode, echoes }
}

describe('docker login prompts', () => {
  it('asks username then hidden password', async () => {
    const engine = createTestEngine()
    const result = await runAnswering(engine, 'docker login quay.io', ['alice', 'segreto'])
    expect(result.stdout).toBe('Username: alice\nPassword: \nLogin Succeeded\n')
    expect(result.echoes).toEqual([true, false])
    expect(result.exitCode).toBe(0)
    expect((await run(engine, 'cat ~/.docker/config.json')).stdout).toContain(btoa('alice:segreto'))
  })

  it('shows the Docker Hub hints', async () => {
    const engine = createTestEngine()
    const result = await runAnswering(engine, 'docker login', ['alice', 'segreto'])
    expect(result.stdout).toBe(
      "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.\n" +
        'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/\n\n' +
        'Username: alice\nPassword: \nLogin Succeeded\n',
    )
    expect(result.stderr.startsWith('Failed to start web-based login - falling back to command line login...\n\n\n\x1b[1m\x1b[106m\x1b[30mi\x1b[0m\x1b[0m \x1b[96mInfo → \x1b[0m\x1b[0m\x1b[3mA Personal Access Token (PAT) can be used instead.\x1b[0m\n')).toBe(true)
    expect(result.stderr).toContain('         \x1b[3mTo create a PAT, visit \x1b[4mhttps://app.docker.com/settings\x1b[0m\x1b[0m\n         \x1b[3m\x1b[0m\n         \x1b[3m\x1b[0m\nWARNING! Your credentials are stored unencrypted')
  })

  it('asks only the password with -u', async () => {
    const engine = createTestEngine()
    const result = await runAnswering(engine, 'docker login -u alice ghcr.io', ['segreto'])
    expect(result.stdout).toBe('Password: \nLogin Succeeded\n')
    expect(result.echoes).toEqual([false])
  })

  it('rejects an empty username', async () => {
    const result = await runAnswering(createTestEngine(), 'docker login quay.io', [''])
    expect(result.stderr).toBe('Error: Non-null Username Required\n')
    expect(result.exitCode).toBe(1)
  })

  it('rejects an empty password', async () => {
    const result = await runAnswering(createTestEngine(), 'docker login -u alice quay.io', [''])
    expect(result.stderr).toBe('Error: Password Required\n')
    expect(result.exitCode).toBe(1)
  })

  it('skips the web login when disabled', async () => {
    const engine = createTestEngine()
    await run(engine, 'export DOCKER_CLI_DISABLE_OAUTH_LOGIN=1')
    await run(engine, 'export DOCKER_CLI_HINTS=false')
    const result = await runAnswering(engine, 'docker login', ['alice', 'segreto'])
    expect(result.stdout).toBe("Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.\nUsername: alice\nPassword: \nLogin Succeeded\n")
    expect(result.stderr.startsWith('\n\x1b[1m')).toBe(true)
  })
})

describe('docker login without a terminal', () => {
  it('fails without a TTY', async () => {
    const result = await run(createTestEngine(), 'docker login quay.io')
    expect(result.stderr).toBe('Error: Cannot perform an interactive login from a non TTY device\n')
    expect(result.stdout).toBe('')
    expect(result.exitCode).toBe(1)
  })

  it('fails with piped input', async () => {
    const result = await run(createTestEngine(), 'echo alice | docker login -u alice quay.io', true)
    expect(result.stderr).toBe('Error: Cannot perform an interactive login from a non TTY device\n')
    expect(result.exitCode).toBe(1)
  })

  it('accepts -u with -p', async () => {
    const result = await run(createTestEngine(), 'docker login -u alice -p segreto quay.io')
    expect(result.stdout).toBe('Login Succeeded\n')
    expect(result.stderr.startsWith('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n')).toBe(true)
  })
})

describe('docker login with stored credentials', () => {
  it('reuses them without prompting', async () => {
    const engine = createTestEngine()
    await run(engine, 'echo segreto | docker login -u alice --password-stdin quay.io')
    const result = await run(engine, 'docker login quay.io')
    expect(result.stdout).toBe("Authenticating with existing credentials... [Username: alice]\nTo login with a different account, run 'docker logout' followed by 'docker login'\n\nLogin Succeeded\n")
    expect(result.exitCode).toBe(0)
  })

  it('prompts with the stored name when they are rejected', async () => {
    const engine = createTestEngine()
    await run(engine, 'echo segreto | docker login -u alice --password-stdin quay.io')
    await run(engine, `echo '{"auths":{"quay.io":{"auth":"${btoa('alice:')}"}}}' > ~/.docker/config.json`)
    const empty = await runAnswering(engine, 'docker login quay.io', ['', 'nuovo'])
    expect(empty.stdout).toBe('Username (alice): \nPassword: \nLogin Succeeded\n')

    await run(engine, `echo '{"auths":{"nvcr.io":{"auth":"${btoa('alice:segreto')}"}}}' > ~/.docker/config.json`)
    const rejected = await runAnswering(engine, 'docker login nvcr.io', ['', 'segreto'])
    expect(rejected.stdout).toBe("Authenticating with existing credentials... [Username: alice]\nTo login with a different account, run 'docker logout' followed by 'docker login'\n\nUsername (alice): \nPassword: \n")
    expect(rejected.stderr).toBe('Stored credentials invalid or expired\nError response from daemon: Get "https://nvcr.io/v2/": unauthorized: incorrect username or password\n')
    expect(rejected.exitCode).toBe(1)
  })
})
