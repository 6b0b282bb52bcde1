// Run configurations shared by the audit tests.

import type { RunSecurityConfig } from './types'

/** Returns the configuration of `docker run alpine`, with every setting at Docker's default. */
export function defaultRun(overrides: Partial<RunSecurityConfig> = {}): RunSecurityConfig {
  return {
    privileged: false,
    networkMode: 'bridge',
    pidMode: '',
    ipcMode: '',
    utsMode: '',
    usernsMode: '',
    mounts: [],
    memory: 0,
    nanoCpus: 0,
    cpuShares: 0,
    pidsLimit: undefined,
    readOnlyRootfs: false,
    user: '',
    imageUser: '',
    restartPolicy: { name: 'no', maximumRetryCount: 0 },
    healthcheck: 'none',
    capAdd: [],
    capDrop: [],
    securityOpt: [],
    publishedPorts: [],
    devices: [],
    ...overrides,
  }
}

/** Returns a configuration that passes every check. */
export function hardenedRun(overrides: Partial<RunSecurityConfig> = {}): RunSecurityConfig {
  return defaultRun({
    mounts: [{ type: 'tmpfs', source: '', target: '/tmp', readOnly: false }],
    memory: 256 * 1024 * 1024,
    nanoCpus: 500_000_000,
    pidsLimit: 100,
    readOnlyRootfs: true,
    user: '1000:1000',
    restartPolicy: { name: 'on-failure', maximumRetryCount: 5 },
    healthcheck: 'flags',
    capDrop: ['ALL'],
    securityOpt: ['no-new-privileges'],
    ...overrides,
  })
}
