import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

function section(help: string, title: string): string[] {
  const start = help.indexOf(`\n${title}\n`) + title.length + 2
  return help.slice(start, help.indexOf('\n\n', start)).split('\n')
}

describe('docker --help', () => {
  it('lists plugins among management commands', async () => {
    const result = await run(createTestEngine(), 'docker --help')
    expect(section(result.stdout, 'Management Commands:')).toEqual([
      '  builder     Manage builds',
      '  buildx*     Docker Buildx',
      '  compose*    Docker Compose',
      '  container   Manage containers',
      '  context     Manage contexts',
      '  image       Manage images',
      '  manifest    Manage Docker image manifests and manifest lists',
      '  network     Manage networks',
      '  plugin      Manage plugins',
      '  scout*      Docker Scout',
      '  system      Manage Docker',
      '  trust       Manage trust on Docker images',
      '  volume      Manage volumes',
    ])
    expect(result.exitCode).toBe(0)
  })

  it('hides swarm manager commands', async () => {
    const result = await run(createTestEngine(), 'docker --help')
    expect(section(result.stdout, 'Swarm Commands:')).toEqual(['  swarm       Manage Swarm'])
  })

  it('shows config defaults under the home directory', async () => {
    const result = await run(createTestEngine(), 'docker --help')
    expect(section(result.stdout, 'Global Options:').slice(0, 2)).toEqual([
      '      --config string      Location of client config files (default',
      '                           "/home/studente/.docker")',
    ])
  })
})

describe('docker alias --help', () => {
  it.each([
    ['docker system info --help', 'Usage:  docker system info [OPTIONS]'],
    ['docker container ls --help', 'Usage:  docker container ls [OPTIONS]'],
    ['docker image ls --help', 'Usage:  docker image ls [OPTIONS] [REPOSITORY[:TAG]]'],
  ])('names the typed path in %s', async (line, usage) => {
    const result = await run(createTestEngine(), line)
    expect(result.stdout.split('\n')[0]).toBe(usage)
    expect(result.exitCode).toBe(0)
  })
})
