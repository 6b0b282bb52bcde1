// File trees shared by the images: a Debian bookworm base and a BusyBox base.
// Only what the lessons touch is present; binaries are empty executable files
// whose names select a simulated program.

import type { TreeEntry } from '../fs/vfs'

const DEBIAN_BINARIES = ['sh', 'dash', 'bash', 'ls', 'cat', 'mv', 'cp', 'rm', 'touch', 'mkdir', 'echo', 'sleep', 'date', 'uname', 'hostname', 'chmod', 'grep', 'true', 'false', 'test', 'printf', 'pwd', 'chown', 'chgrp', 'mount', 'umount']
const DEBIAN_USR_BINARIES = ['id', 'whoami', 'env', 'printenv', 'head', 'tail', 'wc', '[', 'perl']

export const DEBIAN_PASSWD = [
  'root:x:0:0:root:/root:/bin/bash',
  'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
  'bin:x:2:2:bin:/bin:/usr/sbin/nologin',
  'sys:x:3:3:sys:/dev:/usr/sbin/nologin',
  'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin',
  'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
]

export const DEBIAN_GROUP = ['root:x:0:', 'daemon:x:1:', 'bin:x:2:', 'sys:x:3:', 'www-data:x:33:', 'nogroup:x:65534:']

export function debianBase(mtime: number, extraPasswd: string[] = [], extraGroup: string[] = []): TreeEntry[] {
  return [
    { path: '/bin/', mtime },
    ...DEBIAN_BINARIES.map((name) => ({ path: `/bin/${name}`, mode: 0o755, mtime })),
    ...DEBIAN_USR_BINARIES.map((name) => ({ path: `/usr/bin/${name}`, mode: 0o755, mtime })),
    { path: '/etc/passwd', content: [...DEBIAN_PASSWD, ...extraPasswd].join('\n') + '\n', mtime },
    { path: '/etc/group', content: [...DEBIAN_GROUP, ...extraGroup].join('\n') + '\n', mtime },
    { path: '/etc/os-release', content: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n', mtime },
    { path: '/etc/debian_version', content: '12.12\n', mtime },
    { path: '/root/', mode: 0o700, mtime },
    { path: '/home/', mtime },
    { path: '/tmp/', mode: 0o1777, mtime },
    { path: '/mnt/', mtime },
    { path: '/var/log/', mtime },
    { path: '/var/cache/', mtime },
    { path: '/run/', mtime },
    { path: '/usr/local/bin/', mtime },
    { path: '/usr/sbin/', mtime },
    { path: '/sbin/', mtime },
    { path: '/proc/', mode: 0o555, mtime },
    { path: '/sys/', mode: 0o555, mtime },
    { path: '/dev/', mtime },
  ]
}

export const ALPINE_PASSWD = [
  'root:x:0:0:root:/root:/bin/sh',
  'bin:x:1:1:bin:/bin:/sbin/nologin',
  'daemon:x:2:2:daemon:/sbin:/sbin/nologin',
  'nobody:x:65534:65534:nobody:/:/sbin/nologin',
]
export const ALPINE_GROUP = ['root:x:0:root', 'bin:x:1:root,bin,daemon', 'daemon:x:2:root,bin,daemon', 'nogroup:x:65533:', 'nobody:x:65534:']

const BUSYBOX_APPLETS = ['sh', 'ash', 'ls', 'cat', 'mv', 'cp', 'rm', 'touch', 'mkdir', 'echo', 'sleep', 'date', 'uname', 'hostname', 'chmod', 'grep', 'true', 'false', 'test', '[', 'printf', 'pwd', 'id', 'whoami', 'env', 'printenv', 'head', 'tail', 'wc', 'ps', 'busybox', 'chown', 'chgrp', 'mount', 'umount', 'ping']

export function busyboxBase(mtime: number, passwd: string[], group: string[]): TreeEntry[] {
  return [
    ...BUSYBOX_APPLETS.map((name) => ({ path: `/bin/${name}`, mode: 0o755, mtime })),
    { path: '/etc/passwd', content: passwd.join('\n') + '\n', mtime },
    { path: '/etc/group', content: group.join('\n') + '\n', mtime },
    { path: '/root/', mode: 0o700, mtime },
    { path: '/home/', mtime },
    { path: '/tmp/', mode: 0o1777, mtime },
    { path: '/mnt/', mtime },
    { path: '/var/', mtime },
    { path: '/usr/bin/', mtime },
    { path: '/usr/sbin/', mtime },
    { path: '/sbin/', mtime },
    { path: '/proc/', mode: 0o555, mtime },
    { path: '/sys/', mode: 0o555, mtime },
    { path: '/dev/', mtime },
  ]
}
