// `NAME=value cmd` prefixes and `~` in redirect targets in the host shell.

import { beforeEach, describe, expect, it } from 'vitest'
import { Engine } from '../engine'
import { runLine } from './test-support'

describe('assignment prefixes', () => {
  let engine: Engine

  beforeEach(() => {
    engine = new Engine()
  })

  it('reach only their command', async () => {
    expect((await runLine(engine, 'GREETING=ciao printenv GREETING')).stdout).toBe('ciao\n')
    const after = await runLine(engine, 'printenv GREETING')
    expect(after.exitCode).toBe(1)
    expect(after.stdout).toBe('')
  })

  it('restore an exported value', async () => {
    await runLine(engine, 'export DOCKER_HOST=unix:///var/run/docker.sock')
    expect((await runLine(engine, 'DOCKER_HOST=tcp://127.0.0.1:2375 printenv DOCKER_HOST')).stdout).toBe('tcp://127.0.0.1:2375\n')
    expect((await runLine(engine, 'printenv DOCKER_HOST')).stdout).toBe('unix:///var/run/docker.sock\n')
  })

  it('expand words before the assignment', async () => {
    await runLine(engine, 'NAME=prima')
    expect((await runLine(engine, 'NAME=dopo echo $NAME')).stdout).toBe('prima\n')
  })

  it('set shell variables without a command', async () => {
    await runLine(engine, 'NAME=valore')
    expect((await runLine(engine, 'echo $NAME')).stdout).toBe('valore\n')
  })

  it('apply to the docker client', async () => {
    const result = await runLine(engine, 'DOCKER_HOST=unix:///run/user/1000/docker.sock docker ps')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?\n')
    expect((await runLine(engine, 'docker ps')).exitCode).toBe(0)
  })
})

describe('sudo assignments', () => {
  it('reach the command run as root', async () => {
    const engine = new Engine()
    const result = await runLine(engine, 'sudo GREETING=ciao printenv GREETING')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe('ciao\n')
    expect((await runLine(engine, 'printenv GREETING')).exitCode).toBe(1)
  })

  it('select the Docker endpoint', async () => {
    const engine = new Engine()
    const result = await runLine(engine, 'sudo DOCKER_HOST=tcp://127.0.0.1:2375 docker ps')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('Cannot connect to the Docker daemon at tcp://127.0.0.1:2375. Is the docker daemon running?\n')
  })
})

describe('tilde in redirects', () => {
  it('writes to the home directory', async () => {
    const engine = new Engine()
    await runLine(engine, 'mkdir -p ~/.docker')
    expect((await runLine(engine, 'echo pem > ~/.docker/ca.pem')).exitCode).toBe(0)
    expect((await runLine(engine, 'cat /home/studente/.docker/ca.pem')).stdout).toBe('pem\n')
    expect((await runLine(engine, 'cat < ~/.docker/ca.pem')).stdout).toBe('pem\n')
  })
})
