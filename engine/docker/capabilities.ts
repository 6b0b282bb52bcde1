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

/** Bit numbers from linux/capability.h. */
const CAPABILITY_BITS: Record<string, number> = {
  CHOWN: 0, DAC_OVERRIDE: 1, DAC_READ_SEARCH: 2, FOWNER: 3, FSETID: 4, KILL: 5, SETGID: 6, SETUID: 7, SETPCAP: 8, LINUX_IMMUTABLE: 9,
  NET_BIND_SERVICE: 10, NET_BROADCAST: 11, NET_ADMIN: 12, NET_RAW: 13, IPC_LOCK: 14, IPC_OWNER: 15, SYS_MODULE: 16, SYS_RAWIO: 17,
  SYS_CHROOT: 18, SYS_PTRACE: 19, SYS_PACCT: 20, SYS_ADMIN: 21, SYS_BOOT: 22, SYS_NICE: 23, SYS_RESOURCE: 24, SYS_TIME: 25,
  SYS_TTY_CONFIG: 26, MKNOD: 27, LEASE: 28, AUDIT_WRITE: 29, AUDIT_CONTROL: 30, SETFCAP: 31, MAC_OVERRIDE: 32, MAC_ADMIN: 33,
  SYSLOG: 34, WAKE_ALARM: 35, BLOCK_SUSPEND: 36, AUDIT_READ: 37, PERFMON: 38, BPF: 39, CHECKPOINT_RESTORE: 40,
}

/** Returns the first `--cap-add`/`--cap-drop` value that names no capability, with the `CAP_` prefix as the daemon reports it. */
export function unknownCapability(host: HostSettings): { flag: 'CapAdd' | 'CapDrop'; name: string } | undefined {
  for (const [flag, values] of [['CapAdd', host.capAdd], ['CapDrop', host.capDrop]] as const) {
    const bad = (values ?? []).map(normalise).find((name) => name !== 'ALL' && CAPABILITY_BITS[name] === undefined)
    if (bad !== undefined) return { flag, name: `CAP_${bad}` }
  }
  return undefined
}

/** Formats a capability set as the 16-hex-digit mask of /proc/PID/status (`CapEff:\t00000000a80425fb`). */
export function capabilityMask(capabilities: Set<string>): string {
  let mask = 0n
  for (const name of capabilities) {
    const bit = CAPABILITY_BITS[name]
    if (bit !== undefined) mask |= 1n << BigInt(bit)
  }
  return mask.toString(16).padStart(16, '0')
}

/**
 * Formats `--cap-add`/`--cap-drop` values as the daemon stores them: `CAP_` names, sorted, `ALL` kept as is.
 * NOTE: recorded from dockerd 20.10 and assumed unchanged in Engine 28.
 */
export function storedCapabilityList(values: string[] | null): string[] | null {
  if (values === null) return null
  return values.map((value) => (normalise(value) === 'ALL' ? 'ALL' : `CAP_${normalise(value)}`)).sort()
}
