// The docker-socket-proxy container, tested from a client on the host: reads
// pass through to the daemon, and writes get HAProxy's 403 page.

import { beforeEach, describe, expect, it } from 'vitest'
import { Engine } from '../engine'
import { apiRequests, isAllowed } from './socket-proxy'
import { runLine } from './test-support'

const PROXY_RUN = 'docker run -d --name proxy -v /var/run/docker.sock:/var/run/docker.sock:ro -e CONTAINERS=1 -p 127.0.0.1:2375:2375 tecnativa/docker-socket-proxy'
const FORBIDDEN = 'Error response from daemon: <html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>'
const VIA_PROXY = 'docker -H tcp://127.0.0.1:2375'

describe('socket proxy', () => {
  let engine: Engine

  beforeEach(async () => {
    engine = new Engine()
    const started = await runLine(engine, PROXY_RUN)
    expect(started.exitCode, started.stderr).toBe(0)
  })

  it('keeps running', async () => {
    engine.advance(60_000)
    expect((await runLine(engine, 'docker logs proxy')).stderr).toBe('[NOTICE]   (1) : New worker (8) forked\n[NOTICE]   (1) : Loading success.\n')
    const result = await runLine(engine, "docker ps --format '{{.Names}} {{.Status}} {{.Ports}}'")
    expect(result.stdout).toBe('proxy Up About a minute 127.0.0.1:2375->2375/tcp\n')
    expect((await runLine(engine, 'docker port proxy')).stdout).toBe('2375/tcp -> 127.0.0.1:2375\n')
  })

  it('lets docker ps through', async () => {
    const result = await runLine(engine, `${VIA_PROXY} ps --format '{{.Names}}'`)
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe('proxy\n')
    expect(result.stderr).toBe('')
  })

  it('rejects docker run', async () => {
    const result = await runLine(engine, `${VIA_PROXY} run --rm alpine id`)
    expect(result.exitCode).toBe(125)
    expect(result.stderr).toBe(`docker: ${FORBIDDEN}\n\nRun 'docker run --help' for more information\n`)
    expect((await runLine(engine, 'docker ps -aq')).stdout.trim().split('\n')).toHaveLength(1)
  })

  it('rejects rm and exec', async () => {
    const removed = await runLine(engine, `${VIA_PROXY} rm -f proxy`)
    expect(removed.exitCode).toBe(1)
    expect(removed.stderr).toBe(`${FORBIDDEN}\n`)
    const exec = await runLine(engine, `${VIA_PROXY} exec proxy id`)
    expect(exec.exitCode).toBe(1)
    expect(exec.stderr).toBe(`${FORBIDDEN}\n`)
    expect((await runLine(engine, "docker ps --format '{{.Names}}'")).stdout).toBe('proxy\n')
  })

  it('reports a missing container before exec', async () => {
    const result = await runLine(engine, `${VIA_PROXY} exec nessuno id`)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('Error response from daemon: No such container: nessuno\n')
  })

  it('rejects sections left off', async () => {
    const result = await runLine(engine, `${VIA_PROXY} images`)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe(`${FORBIDDEN}\n`)
    expect((await runLine(engine, `${VIA_PROXY} version`)).exitCode).toBe(0)
  })

  it('honours DOCKER_HOST', async () => {
    expect((await runLine(engine, 'DOCKER_HOST=tcp://127.0.0.1:2375 docker ps -q')).exitCode).toBe(0)
    const result = await runLine(engine, 'DOCKER_HOST=tcp://127.0.0.1:2375 docker stop proxy')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe(`${FORBIDDEN}\n`)
  })

  it('logs each request', async () => {
    await runLine(engine, `${VIA_PROXY} ps`)
    await runLine(engine, `${VIA_PROXY} run --rm alpine id`)
    const lines = (await runLine(engine, 'docker logs proxy')).stdout.split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatch(/^::ffff:172\.17\.0\.1:\d+ \[27\/Nov\/2025:10:00:00\.\d{3}\] dockerfrontend dockerbackend\/dockersocket 0\/0\/0\/1\/1 200 \d+ - - ---- 1\/1\/0\/0\/0 0\/0 "HEAD \/v1\.50\/_ping HTTP\/1\.1"$/)
    expect(lines[1]).toMatch(/ 200 \d+ - - ---- .*"GET \/v1\.50\/containers\/json HTTP\/1\.1"$/)
    expect(lines[2]).toMatch(/ 200 \d+ - - ---- .*"HEAD \/v1\.50\/_ping HTTP\/1\.1"$/)
    expect(lines[3]).toMatch(/ dockerfrontend\/<NOSRV> 0\/-1\/-1\/-1\/0 403 192 - - PR-- .*"POST \/v1\.50\/containers\/create HTTP\/1\.1"$/)
    expect(lines[4]).toBe('')
  })

  it('speaks plain HTTP only', async () => {
    await runLine(engine, 'mkdir -p ~/.docker')
    await runLine(engine, 'touch ~/.docker/ca.pem')
    const result = await runLine(engine, `${VIA_PROXY} --tls ps`)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('error during connect: Head "https://127.0.0.1:2375/_ping": http: server gave HTTP response to HTTPS client\n')
  })

  it('disappears when stopped', async () => {
    await runLine(engine, 'docker stop proxy')
    const result = await runLine(engine, `${VIA_PROXY} ps`)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('Cannot connect to the Docker daemon at tcp://127.0.0.1:2375. Is the docker daemon running?\n')
  })
})

describe('socket proxy without the socket', () => {
  it('answers 503', async () => {
    const engine = new Engine()
    await runLine(engine, 'docker run -d --name proxy -e CONTAINERS=1 -p 2375:2375 tecnativa/docker-socket-proxy')
    const result = await runLine(engine, 'docker -H tcp://localhost:2375 ps')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('Error response from daemon: <html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n')
  })
})

describe('socket proxy with POST=1', () => {
  it('lets a container start', async () => {
    const engine = new Engine()
    await runLine(engine, 'docker run -d --name proxy -v /var/run/docker.sock:/var/run/docker.sock -e CONTAINERS=1 -e POST=1 -p 2375:2375 tecnativa/docker-socket-proxy')
    const result = await runLine(engine, 'docker -H tcp://127.0.0.1:2375 run -d --name web nginx')
    expect(result.exitCode, result.stderr).toBe(0)
    expect((await runLine(engine, "docker ps --format '{{.Names}}'")).stdout).toContain('web\n')
  })
})

describe('proxy rules', () => {
  const env = new Map([
    ['CONTAINERS', '1'],
    ['POST', '0'],
    ['ALLOW_RESTARTS', '1'],
    ['VERSION', '1'],
  ])

  it('allows GET of enabled sections', () => {
    expect(isAllowed(env, { method: 'GET', path: '/containers/json' })).toBe(true)
    expect(isAllowed(env, { method: 'GET', path: '/version' })).toBe(true)
    expect(isAllowed(env, { method: 'GET', path: '/images/json' })).toBe(false)
  })

  it('denies writes while POST is 0', () => {
    expect(isAllowed(env, { method: 'POST', path: '/containers/create' })).toBe(false)
    expect(isAllowed(env, { method: 'POST', path: '/containers/web/restart' })).toBe(false)
    expect(isAllowed(env, { method: 'DELETE', path: '/containers/web' })).toBe(false)
  })

  it('maps CLI commands to API calls', () => {
    expect(apiRequests(['container', 'ls'])).toEqual([{ method: 'GET', path: '/containers/json' }])
    expect(apiRequests(['image', 'inspect', 'nginx'])).toEqual([{ method: 'GET', path: '/images/nginx/json' }])
    expect(apiRequests(['exec', '-u', 'root', 'web', 'id'])[1]).toEqual({ method: 'POST', path: '/containers/root/exec' })
  })
})
