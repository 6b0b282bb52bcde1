import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { lintDockerfile } from '../engine/lint'

const dockerfile = fs.readFileSync('Dockerfile', 'utf8')

interface ComposeService {
  read_only?: boolean
  tmpfs?: string[]
  cap_drop?: string[]
  security_opt?: string[]
  mem_limit?: string
  cpus?: number
  pids_limit?: number
  restart?: string
  ports?: string[]
  healthcheck?: { test?: string[] }
}

const compose = parse(fs.readFileSync('compose.yaml', 'utf8')) as { services: Record<string, ComposeService> }
const service = compose.services.corso ?? {}

describe('course Dockerfile', () => {
  it('passes the course linter', () => {
    const findings = lintDockerfile(dockerfile).map((finding) => `${finding.line} ${finding.code} ${finding.message}`)
    expect(findings).toEqual([])
  })

  it('silences only the digest rule', () => {
    const pragmas = dockerfile.split('\n').filter((line) => line.includes('hadolint'))
    expect(pragmas.every((line) => line.trim() === '# hadolint ignore=CS008')).toBe(true)
  })

  it('pins both base images by exact version', () => {
    const bases = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((match) => match[1])
    expect(bases).toEqual([expect.stringMatching(/^node:\d+\.\d+\.\d+-bookworm-slim$/), expect.stringMatching(/^nginxinc\/nginx-unprivileged:\d+\.\d+\.\d+-/)])
  })

  it('runs as the unprivileged nginx user', () => {
    const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].map((match) => match[1])
    expect(users).toEqual(['nginx'])
  })
})

describe('course compose.yaml', () => {
  it('sets a read-only root with a tmpfs', () => {
    expect(service.read_only).toBe(true)
    expect(service.tmpfs?.some((mount) => mount.startsWith('/tmp'))).toBe(true)
  })

  it('drops capabilities and privilege gains', () => {
    expect(service.cap_drop).toEqual(['ALL'])
    expect(service.security_opt).toContain('no-new-privileges:true')
  })

  it('limits memory, CPU and processes', () => {
    expect(service.mem_limit).toBeDefined()
    expect(service.cpus).toBeGreaterThan(0)
    expect(service.pids_limit).toBeGreaterThan(0)
  })

  it('restarts on failure at most five times', () => {
    // docker-bench-security check 5.15 fails a retry count above 5.
    expect(service.restart).toBe('on-failure:5')
  })

  it('publishes on loopback only', () => {
    expect(service.ports).toEqual(['127.0.0.1:8080:8080'])
  })

  it('uses the Dockerfile health check', () => {
    const probe = service.healthcheck?.test ?? []
    expect(probe[0]).toBe('CMD')
    expect(dockerfile).toContain(`CMD ${JSON.stringify(probe.slice(1)).replaceAll(',', ', ')}`)
  })
})
