// Kernel files a container's processes read: /proc/self/status (capability
// masks, NoNewPrivs) and the cgroup v2 limits under /sys/fs/cgroup.

import type { FileSystem } from '../fs/vfs'
import { capabilityMask, effectiveCapabilities, noNewPrivileges } from './capabilities'
import type { Container } from './model'

const CPU_PERIOD_US = 100_000

function mkdirAll(fs: FileSystem, path: string, mtime: number): void {
  let current = ''
  for (const part of path.split('/').filter(Boolean)) {
    current += `/${part}`
    if (!fs.lookup(current)) fs.mkdir(current, mtime)
  }
}

/**
 * Writes /proc/self/status and the cgroup limit files. The status file
 * describes the main process; a non-root user has empty permitted and
 * effective sets, as after execve without file capabilities.
 */
export function writeKernelFiles(container: Container, uid: number, mtime: number): void {
  const fs = container.fs
  const bounding = capabilityMask(effectiveCapabilities(container.host))
  const effective = uid === 0 ? bounding : '0'.padStart(16, '0')
  const none = '0'.padStart(16, '0')

  mkdirAll(fs, '/proc/self', mtime)
  const status = [
    'Name:\tsh',
    'Umask:\t0022',
    'State:\tR (running)',
    `Uid:\t${uid}\t${uid}\t${uid}\t${uid}`,
    `CapInh:\t${none}`,
    `CapPrm:\t${effective}`,
    `CapEff:\t${effective}`,
    `CapBnd:\t${bounding}`,
    `CapAmb:\t${none}`,
    `NoNewPrivs:\t${noNewPrivileges(container.host) ? 1 : 0}`,
    `Seccomp:\t${container.host.privileged ? 0 : 2}`,
    'Seccomp_filters:\t' + (container.host.privileged ? '0' : '1'),
  ]
  fs.writeFile('/proc/self/status', `${status.join('\n')}\n`, mtime)

  // Docker 28 on Ubuntu 24.04 uses cgroup v2, so each limit is one file in the container's cgroup root.
  mkdirAll(fs, '/sys/fs/cgroup', mtime)
  const host = container.host
  fs.writeFile('/sys/fs/cgroup/memory.max', `${host.memory > 0 ? host.memory : 'max'}\n`, mtime)
  fs.writeFile('/sys/fs/cgroup/cpu.max', `${host.nanoCpus > 0 ? Math.round((host.nanoCpus / 1e9) * CPU_PERIOD_US) : 'max'} ${CPU_PERIOD_US}\n`, mtime)
  fs.writeFile('/sys/fs/cgroup/pids.max', `${host.pidsLimit > 0 ? host.pidsLimit : 'max'}\n`, mtime)
}
