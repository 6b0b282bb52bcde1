// Linux capabilities of a container's processes, from Docker's default set
// and the `--privileged`, `--cap-add` and `--cap-drop` flags.

import type { HostSettings } from './model'

/** The capabilities Docker 28 grants a container by default. */
export const DEFAULT_CAPABILITIES = ['CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE']

/** Every capability of Linux 6.8, which `--privileged` and `--cap-add ALL` grant. */
export const ALL_CAPABILITIES = [
  ...DEFAULT_CAPABILITIES,
  'DAC_READ_SEARCH', 'LINUX_IMMUTABLE', 'NET_BROADCAST', 'NET_ADMIN', 'IPC_LOCK', 'IPC_OWNER', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_PTRACE', 'SYS_PACCT', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_NICE', 'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'LEASE', 'AUDIT_CONTROL', 'MAC_OVERRIDE', 'MAC_ADMIN', 'SYSLOG', 'WAKE_ALARM', 'BLOCK_SUSPEND', 'AUDIT_READ', 'PERFMON', 'BPF', 'CHECKPOINT_RESTORE',
]

/** Normalises a flag value (`cap_net_raw`, `NET_RAW`, `all`) to the name without the `CAP_` prefix. */
function normalise(name: string): string {
  const upper = name.toUpperCase()
  return upper.startsWith('CAP_') ? upper.slice(4) : upper
}

/** Computes the capability set: drops apply first, then adds, and `ALL` expands to every capability. */
export function effectiveCapabilities(host: HostSettings): Set<string> {
  if (host.privileged) return new Set(ALL_CAPABILITIES)

  const drop = (host.capDrop ?? []).map(normalise)
  const add = (host.capAdd ?? []).map(normalise)
  const result = new Set(drop.includes('ALL') ? [] : DEFAULT_CAPABILITIES.filter((cap) => !drop.includes(cap)))

  const added = add.includes('ALL') ? ALL_CAPABILITIES : add
  for (const cap of added) result.add(cap)
  return result
}

/** True when `--security-opt no-new-privileges` (or `no-new-privileges:true`) is set. */
export function noNewPrivileges(host: HostSettings): boolean {
  return (host.securityOpt ?? []).some((option) => option === 'no-new-privileges' || option === 'no-new-privileges:true' || option === 'no-new-privileges=true')
}
