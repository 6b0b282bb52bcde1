import { describe, expect, it } from 'vitest'
import { createTestEngine, run } from '../test/harness'

const OVERLAY_ROOT = /^overlay on \/ type overlay \((r[ow]),relatime,lowerdir=(\/var\/lib\/docker\/overlay2\/l\/[A-Z2-7]{26}:?)+,upperdir=\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff,workdir=\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/work\)$/

const DEFAULT_MOUNTS = [
  'proc on /proc type proc (rw,nosuid,nodev,noexec,relatime)',
  'tmpfs on /dev type tmpfs (rw,nosuid,size=65536k,mode=755)',
  'devpts on /dev/pts type devpts (rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666)',
  'sysfs on /sys type sysfs (ro,nosuid,nodev,noexec,relatime)',
  'cgroup on /sys/fs/cgroup type cgroup2 (ro,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot)',
  'mqueue on /dev/mqueue type mqueue (rw,nosuid,nodev,noexec,relatime)',
  'shm on /dev/shm type tmpfs (rw,nosuid,nodev,noexec,relatime,size=65536k)',
]

const ETC_BINDS = ['/dev/sda1 on /etc/resolv.conf type ext4 (rw,relatime)', '/dev/sda1 on /etc/hostname type ext4 (rw,relatime)', '/dev/sda1 on /etc/hosts type ext4 (rw,relatime)']

const PROTECTED_PATHS = [
  'proc on /proc/bus type proc (ro,nosuid,nodev,noexec,relatime)',
  'proc on /proc/fs type proc (ro,nosuid,nodev,noexec,relatime)',
  'proc on /proc/irq type proc (ro,nosuid,nodev,noexec,relatime)',
  'proc on /proc/sys type proc (ro,nosuid,nodev,noexec,relatime)',
  'proc on /proc/sysrq-trigger type proc (ro,nosuid,nodev,noexec,relatime)',
  'tmpfs on /proc/acpi type tmpfs (ro,relatime)',
  'tmpfs on /proc/kcore type tmpfs (rw,nosuid,size=65536k,mode=755)',
  'tmpfs on /proc/keys type tmpfs (rw,nosuid,size=65536k,mode=755)',
  'tmpfs on /proc/timer_list type tmpfs (rw,nosuid,size=65536k,mode=755)',
  'tmpfs on /proc/scsi type tmpfs (ro,relatime)',
  'tmpfs on /sys/firmware type tmpfs (ro,relatime)',
  'tmpfs on /sys/devices/virtual/powercap type tmpfs (ro,relatime)',
]

async function mountLines(command: string): Promise<string[]> {
  const result = await run(createTestEngine(), command)
  expect(result.exitCode).toBe(0)
  return result.stdout.split('\n').slice(0, -1)
}

describe('mount table', () => {
  it('lists the default mounts', async () => {
    const lines = await mountLines('docker run --rm busybox mount')
    expect(lines[0]).toMatch(OVERLAY_ROOT)
    expect(lines[0]).toContain('(rw,')
    expect(lines.slice(1)).toEqual([...DEFAULT_MOUNTS, ...ETC_BINDS, ...PROTECTED_PATHS])
  })

  it('marks a read-only root and adds tmpfs', async () => {
    const lines = await mountLines(`docker run --rm --read-only --tmpfs /tmp --tmpfs /run:size=64m,exec busybox mount`)
    expect(lines[0]).toContain('(ro,relatime,lowerdir=')
    expect(lines.slice(8, 13)).toEqual(['tmpfs on /tmp type tmpfs (rw,nosuid,nodev,noexec,relatime)', 'tmpfs on /run type tmpfs (rw,nosuid,nodev,relatime,size=65536k)', ...ETC_BINDS.slice(0, 3)])
  })

  it('shows volumes and bind mounts', async () => {
    const lines = await mountLines('docker run --rm -v data:/data:ro -v /var/run/docker.sock:/var/run/docker.sock busybox mount')
    expect(lines).toContain('/dev/sda1 on /data type ext4 (ro,relatime)')
    expect(lines).toContain('tmpfs on /var/run/docker.sock type tmpfs (rw,nosuid,nodev,noexec,relatime,size=401232k,mode=755)')
  })

  it('adds the console under -t', async () => {
    const lines = await mountLines('docker run --rm -t busybox mount -t devpts')
    expect(lines).toEqual(['devpts on /dev/pts type devpts (rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666)', 'devpts on /dev/console type devpts (rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666)'])
  })

  it('leaves /sys writable and unmasked with --privileged', async () => {
    const lines = await mountLines('docker run --rm --privileged busybox mount')
    expect(lines).toContain('sysfs on /sys type sysfs (rw,nosuid,nodev,noexec,relatime)')
    expect(lines.some((line) => line.includes('/proc/kcore'))).toBe(false)
  })

  it('is in /proc/mounts', async () => {
    const lines = await mountLines('docker run --rm nginx cat /proc/mounts')
    expect(lines[1]).toBe('proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0')
  })
})
