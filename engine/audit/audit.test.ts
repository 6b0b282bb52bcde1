import { describe, expect, it } from 'vitest'

import { auditRun } from './audit'
import { defaultRun, hardenedRun } from './test-fixtures'
import type { AuditStatus, RunSecurityConfig } from './types'

function statusOf(id: string, config: RunSecurityConfig): AuditStatus | undefined {
  return auditRun(config).findings.find((finding) => finding.id === id)?.status
}

function idsWith(status: AuditStatus, config: RunSecurityConfig): string[] {
  return auditRun(config)
    .findings.filter((finding) => finding.status === status)
    .map((finding) => finding.id)
}

const port = (hostPort: number, containerPort: number, hostIp = '') =>
  ({ hostIp, hostPort, containerPort, protocol: 'tcp' }) as const

// For each check: a change to the hardened run that makes it fail, and one that keeps it passing.
const CASES: Array<{ id: string; failing: Partial<RunSecurityConfig>; passing: Partial<RunSecurityConfig>; status?: AuditStatus }> = [
  { id: '4.1', failing: { user: '', imageUser: '' }, passing: { user: '', imageUser: 'nginx' } },
  { id: '4.1', failing: { user: '0:0' }, passing: { user: 'app:root' } },
  { id: '5.2', failing: { securityOpt: ['apparmor=unconfined'] }, passing: { securityOpt: ['apparmor=docker-default', 'no-new-privileges'] } },
  { id: '5.2', failing: { privileged: true }, passing: { privileged: false } },
  { id: '5.4', failing: { capAdd: ['SYS_ADMIN'] }, passing: { capAdd: ['NET_BIND_SERVICE', 'CAP_CHOWN'] } },
  { id: '5.4', failing: { capAdd: ['cap_net_admin'] }, passing: { capAdd: [] } },
  { id: '5.5', failing: { privileged: true }, passing: { privileged: false } },
  { id: '5.6', failing: { mounts: [{ type: 'bind', source: '/etc/', target: '/host-etc', readOnly: false }] }, passing: { mounts: [{ type: 'bind', source: '/etc', target: '/host-etc', readOnly: true }] } },
  { id: '5.8', failing: { publishedPorts: [port(80, 80, '127.0.0.1')] }, passing: { publishedPorts: [port(8080, 80, '127.0.0.1')] } },
  { id: '5.8', failing: { publishedPorts: [port(1024, 80, '127.0.0.1')] }, passing: { publishedPorts: [port(0, 80, '127.0.0.1')] } },
  { id: '5.9', failing: { publishedPorts: [port(8080, 80, '127.0.0.1')] }, passing: { publishedPorts: [] } },
  { id: '5.10', failing: { networkMode: 'host' }, passing: { networkMode: 'none' } },
  { id: '5.11', failing: { memory: 0 }, passing: { memory: 64 * 1024 * 1024 } },
  { id: '5.12', failing: { nanoCpus: 0, cpuShares: 0 }, passing: { nanoCpus: 0, cpuShares: 512 } },
  { id: '5.13', failing: { readOnlyRootfs: false }, passing: { readOnlyRootfs: true } },
  { id: '5.14', failing: { publishedPorts: [port(8080, 80)] }, passing: { publishedPorts: [port(8080, 80, '127.0.0.1')] } },
  { id: '5.14', failing: { publishedPorts: [port(8080, 80, '0.0.0.0')] }, passing: { publishedPorts: [] } },
  { id: '5.15', failing: { restartPolicy: { name: 'on-failure', maximumRetryCount: 10 } }, passing: { restartPolicy: { name: 'on-failure', maximumRetryCount: 3 } } },
  { id: '5.15', failing: { restartPolicy: { name: 'on-failure', maximumRetryCount: 6 } }, passing: { restartPolicy: { name: 'always', maximumRetryCount: 0 } } },
  { id: '5.16', failing: { pidMode: 'host' }, passing: { pidMode: 'container:db' } },
  { id: '5.17', failing: { ipcMode: 'host' }, passing: { ipcMode: 'private' } },
  { id: '5.18', failing: { devices: ['/dev/sda'] }, passing: { devices: [] }, status: 'info' },
  { id: '5.21', failing: { utsMode: 'host' }, passing: { utsMode: '' } },
  { id: '5.22', failing: { securityOpt: ['no-new-privileges', 'seccomp=unconfined'] }, passing: { securityOpt: ['no-new-privileges', 'seccomp=/etc/docker/seccomp.json'] } },
  { id: '5.22', failing: { securityOpt: ['no-new-privileges', 'seccomp:unconfined'] }, passing: { securityOpt: ['no-new-privileges'] } },
  { id: '5.26', failing: { securityOpt: [] }, passing: { securityOpt: [], daemonNoNewPrivileges: true } },
  { id: '5.26', failing: { securityOpt: ['no-new-privileges=false'] }, passing: { securityOpt: ['no-new-privileges:true'] } },
  { id: '5.27', failing: { healthcheck: 'none' }, passing: { healthcheck: 'image' } },
  { id: '5.29', failing: { pidsLimit: -1 }, passing: { pidsLimit: 50 } },
  { id: '5.29', failing: { pidsLimit: 0 }, passing: { pidsLimit: 1 } },
  { id: '5.31', failing: { usernsMode: 'host' }, passing: { usernsMode: '' } },
  { id: '5.32', failing: { mounts: [{ type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock', readOnly: true }] }, passing: { mounts: [{ type: 'volume', source: 'data', target: '/data', readOnly: false }] } },
]

describe('auditRun checks', () => {
  it.each(CASES)('$id fails for the failing change', ({ id, failing, status }) => {
    expect(statusOf(id, hardenedRun(failing))).toBe(status ?? 'warn')
  })

  it.each(CASES)('$id passes for the passing change', ({ id, passing }) => {
    expect(statusOf(id, hardenedRun(passing))).toBe('pass')
  })
})

describe('auditRun result', () => {
  it('passes every check on the hardened run', () => {
    expect(idsWith('warn', hardenedRun())).toEqual([])
    expect(auditRun(hardenedRun()).score).toBe(100)
  })

  it('lists checks in docker-bench order', () => {
    expect(auditRun(defaultRun()).findings.map((finding) => finding.id)).toEqual([
      '4.1', '5.2', '5.4', '5.5', '5.6', '5.8', '5.9', '5.10', '5.11', '5.12', '5.13', '5.14', '5.15', '5.16',
      '5.17', '5.18', '5.21', '5.22', '5.26', '5.27', '5.29', '5.31', '5.32',
    ])
  })

  it('uses docker-bench titles', () => {
    const finding = auditRun(defaultRun({ privileged: true })).findings.find((candidate) => candidate.id === '5.5')
    expect(finding?.title).toBe('Ensure that privileged containers are not used (Automated)')
  })

  it('gives a fix only to failed checks', () => {
    for (const finding of auditRun(defaultRun()).findings) {
      expect(finding.fix !== undefined, finding.id).toBe(finding.status !== 'pass')
    }
  })

  it('adds the offending capabilities to the explanation', () => {
    const finding = auditRun(defaultRun({ capAdd: ['SYS_ADMIN', 'CHOWN'] })).findings.find((candidate) => candidate.id === '5.4')
    expect(finding?.explanation).toContain('SYS_ADMIN.')
    expect(finding?.explanation).not.toContain('CHOWN')
  })

  it('leaves info checks out of the score', () => {
    expect(auditRun(hardenedRun({ devices: ['/dev/fuse'] })).score).toBe(100)
  })
})

// The `docker run` commands of the course slides, as the engine core maps them.
describe('course slide commands', () => {
  it('read-only alpine with tmpfs', () => {
    // docker run --read-only --tmpfs /tmp alpine sh -c 'echo "whatever" > /tmp/file'
    const config = defaultRun({ readOnlyRootfs: true, mounts: [{ type: 'tmpfs', source: '', target: '/tmp', readOnly: false }] })

    expect(idsWith('warn', config)).toEqual(['4.1', '5.11', '5.12', '5.26', '5.27', '5.29'])
    expect(statusOf('5.13', config)).toBe('pass')
    expect(auditRun(config).score).toBe(74)
  })

  it('nginx with --health-cmd', () => {
    // docker run --name nginx --detach --health-cmd='curl --fail http://localhost:80 || exit 1' nginx
    const config = defaultRun({ healthcheck: 'flags' })

    expect(idsWith('warn', config)).toEqual(['4.1', '5.11', '5.12', '5.13', '5.26', '5.29'])
    expect(statusOf('5.27', config)).toBe('pass')
  })

  it('mariadb with a custom health check', () => {
    // docker run --detach --name db --env MYSQL_…=… --health-cmd='mariadb-admin … ping -h localhost'
    //   --health-interval=20s --health-retries=3 mariadb:latest
    const config = defaultRun({ healthcheck: 'flags' })

    expect(idsWith('warn', config)).toEqual(['4.1', '5.11', '5.12', '5.13', '5.26', '5.29'])
    expect(auditRun(config).score).toBe(74)
  })
})
