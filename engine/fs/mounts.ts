// The mount table of a container (/proc/mounts, printed by `mount`), as
// Docker 28 with runc sets it up on an Ubuntu 24.04 host with cgroup v2.
// It lists the overlay root and runc's default mounts first. Then come the
// /etc/resolv.conf, /etc/hostname and /etc/hosts bind mounts, --tmpfs,
// volumes and bind mounts, sorted by path depth. Last come runc's read-only
// and masked /proc and /sys paths.
// NOTE: the masked paths that appear, the host disk (/dev/sda1, ext4) and
// tmpfs's inode64 option depend on the host kernel and disk; this models one
// host without inode64, like the recorded sessions' kernel.

import type { FileSystem } from './vfs'

/** The container facts the mount table reads. */
export interface MountedContainer {
  /** The overlay2 directory name of the container's layer. */
  storageId: string
  /** Image layer digests, bottom first (`sha256:…`). */
  layers: string[]
  readOnlyRoot: boolean
  privileged: boolean
  tty: boolean
  /** `--tmpfs` mounts: path → options such as `size=64m`. */
  tmpfs: Record<string, string>
  /** Volumes and bind mounts as `inspect` lists them. */
  mounts: ReadonlyArray<{ Type: string; Source: string; Destination: string; RW: boolean }>
}

interface MountEntry {
  source: string
  target: string
  type: string
  options: string
}

const OVERLAY = '/var/lib/docker/overlay2'
const HOST_DISK = { source: '/dev/sda1', type: 'ext4', options: 'relatime' }
const HOST_RUN = { source: 'tmpfs', type: 'tmpfs', options: 'nosuid,nodev,noexec,relatime,size=401232k,mode=755' }
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** Derives the 26-character name of a layer's link under overlay2/l from the layer's ID. */
function layerLink(id: string): string {
  const hex = id.replace(/^sha256:/, '').replace(/[^0-9a-f]/g, '').padEnd(32, '0')
  let link = ''
  for (let index = 0; index < 26; index++) link += BASE32[Number.parseInt(hex.slice(index, index + 2), 16) % 32]
  return link
}

function rootMount(container: MountedContainer): MountEntry {
  const lower = [`${container.storageId}-init`, ...[...container.layers].reverse()].map((id) => `${OVERLAY}/l/${layerLink(id)}`)
  const options = `${container.readOnlyRoot ? 'ro' : 'rw'},relatime,lowerdir=${lower.join(':')},upperdir=${OVERLAY}/${container.storageId}/diff,workdir=${OVERLAY}/${container.storageId}/work`
  return { source: 'overlay', target: '/', type: 'overlay', options }
}

/** runc's mounts from Docker's default OCI spec, in spec order. */
function defaultMounts(container: MountedContainer): MountEntry[] {
  const sysMode = container.privileged ? 'rw' : 'ro'
  return [
    { source: 'proc', target: '/proc', type: 'proc', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: 'tmpfs', target: '/dev', type: 'tmpfs', options: 'rw,nosuid,size=65536k,mode=755' },
    { source: 'devpts', target: '/dev/pts', type: 'devpts', options: 'rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666' },
    { source: 'sysfs', target: '/sys', type: 'sysfs', options: `${sysMode},nosuid,nodev,noexec,relatime` },
    { source: 'cgroup', target: '/sys/fs/cgroup', type: 'cgroup2', options: `${sysMode},nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot` },
    { source: 'mqueue', target: '/dev/mqueue', type: 'mqueue', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: 'shm', target: '/dev/shm', type: 'tmpfs', options: 'rw,nosuid,nodev,noexec,relatime,size=65536k' },
  ]
}

/** Converts `--tmpfs` options to what the kernel shows: sizes in k, noexec/nosuid/nodev by default. */
function tmpfsOptions(options: string): string {
  const shown = ['rw', 'nosuid', 'nodev', 'noexec', 'relatime']
  for (const option of options.split(',').filter(Boolean)) {
    const [name = '', value = ''] = option.split('=')
    if (name === 'ro') shown[0] = 'ro'
    else if (name === 'exec') shown.splice(shown.indexOf('noexec'), 1)
    else if (name === 'size') shown.push(`size=${kibibytes(value)}k`)
    else if (name === 'mode' && value !== '1777') shown.push(`mode=${value}`)
  }
  return shown.join(',')
}

function kibibytes(size: string): number {
  const match = /^(\d+)([kmg]?)b?$/i.exec(size)
  if (!match) return 0
  const factor = { '': 1 / 1024, k: 1, m: 1024, g: 1024 * 1024 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g']
  return Math.ceil(Number(match[1]) * factor)
}

/** Mounts of the container's own: the daemon's /etc files, --tmpfs, volumes and binds, sorted by path depth as moby does. */
function containerMounts(container: MountedContainer): MountEntry[] {
  const onHost = (source: string, readWrite: boolean, target: string): MountEntry => {
    const filesystem = /^\/(var\/)?run(\/|$)/.test(source) ? HOST_RUN : HOST_DISK
    return { source: filesystem.source, target, type: filesystem.type, options: `${readWrite ? 'rw' : 'ro'},${filesystem.options}` }
  }

  const entries: MountEntry[] = [
    ...container.mounts.map((mount) => onHost(mount.Source, mount.RW, mount.Destination)),
    ...['/etc/resolv.conf', '/etc/hostname', '/etc/hosts'].map((target) => onHost('/var/lib/docker/containers', true, target)),
    ...Object.entries(container.tmpfs).map(([target, options]) => ({ source: 'tmpfs', target, type: 'tmpfs', options: tmpfsOptions(options) })),
  ]
  const depth = (entry: MountEntry): number => entry.target.split('/').filter(Boolean).length
  return entries.sort((left, right) => depth(left) - depth(right))
}

/** runc's read-only and masked paths of Docker's default spec that exist on the modelled host. */
function protectedPaths(container: MountedContainer): MountEntry[] {
  if (container.privileged) return []
  const readOnly = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'].map((target) => ({ source: 'proc', target, type: 'proc', options: 'ro,nosuid,nodev,noexec,relatime' }))
  // Masked files are bind mounts of the container's /dev/null, masked directories empty read-only tmpfs mounts.
  const maskedFile = (target: string): MountEntry => ({ source: 'tmpfs', target, type: 'tmpfs', options: 'rw,nosuid,size=65536k,mode=755' })
  const maskedDir = (target: string): MountEntry => ({ source: 'tmpfs', target, type: 'tmpfs', options: 'ro,relatime' })
  return [
    ...readOnly,
    maskedDir('/proc/acpi'),
    maskedFile('/proc/kcore'),
    maskedFile('/proc/keys'),
    maskedFile('/proc/timer_list'),
    maskedDir('/proc/scsi'),
    maskedDir('/sys/firmware'),
    maskedDir('/sys/devices/virtual/powercap'),
  ]
}

/** Returns the container's mount entries in the order the kernel lists them. */
function mountEntries(container: MountedContainer): MountEntry[] {
  const console: MountEntry[] = container.tty ? [{ source: 'devpts', target: '/dev/console', type: 'devpts', options: 'rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666' }] : []
  return [rootMount(container), ...defaultMounts(container), ...containerMounts(container), ...console, ...protectedPaths(container)]
}

/** Writes /proc/mounts in the kernel's format (`overlay / overlay rw,… 0 0`). */
export function writeMountTable(fs: FileSystem, container: MountedContainer, mtime: number): void {
  const lines = mountEntries(container).map((entry) => `${entry.source} ${entry.target} ${entry.type} ${entry.options} 0 0\n`)
  fs.writeFile('/proc/mounts', lines.join(''), mtime)
}

/**
 * Formats /proc/mounts as `mount` without arguments prints it
 * (`overlay on / type overlay (rw,…)`), keeping only `type` when given.
 */
export function formatMountTable(procMounts: string, type?: string): string {
  const lines: string[] = []
  for (const line of procMounts.split('\n')) {
    const [source, target, fsType, options] = line.split(' ')
    if (options === undefined || (type !== undefined && fsType !== type)) continue
    lines.push(`${source} on ${target} type ${fsType} (${options})\n`)
  }
  return lines.join('')
}
