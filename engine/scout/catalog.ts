// Illustrative vulnerability data for `docker scout`. Package names and
// versions are plausible for each image, but every vulnerability is made up.
// Identifiers are `SIM-2025-NNNN`, never real CVE IDs. The counts only show
// the trend the course teaches: full images carry more than slim ones,
// distroless images almost none, and a base image rebuilt with current
// patches fewer than an old one.

export type Severity = 'critical' | 'high' | 'medium' | 'low'

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low']

/** Vulnerability counts in SEVERITIES order: critical, high, medium, low. */
export type SeverityCounts = readonly [number, number, number, number]

export type PackageType = 'deb' | 'apk' | 'pypi' | 'npm' | 'golang'

export interface ScoutPackageSpec {
  name: string
  version: string
  type: PackageType
  counts: SeverityCounts
  /** Version that fixes every listed vulnerability; undefined when no fix is published. */
  fixedVersion?: string
}

/** The operating system an image's deb or apk packages come from, for package URLs. */
export interface ScoutDistro {
  name: 'debian' | 'ubuntu' | 'alpine'
  version: string
  /** Debian and Ubuntu codename, e.g. `bookworm`; absent for Alpine. */
  codename?: string
}

export interface ScoutImageSpec {
  reference: string
  distro?: ScoutDistro
  /** Packages in the SBOM, vulnerable or not. */
  packagesIndexed: number
  packages: readonly ScoutPackageSpec[]
  /** The image this one is built FROM, as Scout detects it. */
  baseImage?: string
  /** A newer base with fewer vulnerabilities, shown by quickview as "Updated base image". */
  updatedBaseImage?: string
}

const BOOKWORM: ScoutDistro = { name: 'debian', version: '12', codename: 'bookworm' }

function deb(name: string, version: string, counts: SeverityCounts, fixedVersion?: string): ScoutPackageSpec {
  return { name, version, type: 'deb', counts, fixedVersion }
}

// Illustrative packages of a debian:bookworm-slim base rebuilt in November 2025.
const BOOKWORM_SLIM = [
  deb('glibc', '2.36-9+deb12u10', [0, 0, 1, 3]),
  deb('systemd', '252.38-1~deb12u1', [0, 0, 0, 4]),
  deb('perl', '5.36.0-7+deb12u2', [0, 0, 0, 2]),
  deb('util-linux', '2.38.1-5+deb12u3', [0, 0, 0, 2]),
  deb('coreutils', '9.1-1', [0, 0, 0, 1]),
] as const

// The same packages, at older versions, in a bookworm base last rebuilt in October 2024.
const BOOKWORM_SLIM_2024 = [
  deb('glibc', '2.36-9+deb12u8', [0, 1, 2, 3], '2.36-9+deb12u10'),
  deb('systemd', '252.30-1~deb12u2', [0, 0, 1, 4], '252.38-1~deb12u1'),
  deb('openssl', '3.0.14-1~deb12u2', [0, 1, 2, 0], '3.0.17-1~deb12u2'),
  deb('perl', '5.36.0-7+deb12u1', [0, 1, 0, 2], '5.36.0-7+deb12u2'),
  deb('util-linux', '2.38.1-5+deb12u1', [0, 0, 1, 2], '2.38.1-5+deb12u3'),
  deb('coreutils', '9.1-1', [0, 0, 0, 1]),
] as const

// Packages the full bookworm images (buildpack-deps) add: image and XML libraries, curl, git, ssh, binutils.
const BOOKWORM_FULL_EXTRA = [
  deb('imagemagick', '8:6.9.11.60+dfsg-1.6+deb12u3', [0, 3, 9, 14]),
  deb('tiff', '4.5.0-6+deb12u2', [0, 1, 4, 6]),
  deb('libxml2', '2.9.14+dfsg-1.3~deb12u2', [0, 1, 3, 2]),
  deb('curl', '7.88.1-10+deb12u14', [0, 0, 2, 5]),
  deb('git', '1:2.39.5-0+deb12u2', [0, 1, 1, 3]),
  deb('openssh', '1:9.2p1-2+deb12u7', [0, 0, 1, 3]),
  deb('krb5', '1.20.1-2+deb12u4', [0, 0, 1, 2]),
  deb('expat', '2.5.0-1+deb12u2', [1, 1, 0, 0]),
  deb('binutils', '2.40-2', [0, 0, 0, 9]),
  deb('sqlite3', '3.40.1-2+deb12u2', [0, 0, 1, 1]),
  deb('openssl', '3.0.17-1~deb12u3', [0, 0, 0, 1]),
] as const

const PYTHON_39_TOOLS: readonly ScoutPackageSpec[] = [
  { name: 'setuptools', version: '58.1.0', type: 'pypi', counts: [0, 2, 0, 0], fixedVersion: '78.1.1' },
  { name: 'pip', version: '23.0.1', type: 'pypi', counts: [0, 0, 1, 0], fixedVersion: '25.0' },
]

const NODE_TOOLS: readonly ScoutPackageSpec[] = [
  { name: 'cross-spawn', version: '7.0.3', type: 'npm', counts: [0, 1, 0, 0], fixedVersion: '7.0.5' },
  { name: 'brace-expansion', version: '2.0.1', type: 'npm', counts: [0, 0, 0, 1], fixedVersion: '2.0.2' },
]

const UBUNTU_NOBLE: ScoutDistro = { name: 'ubuntu', version: '24.04', codename: 'noble' }

const ALPINE: ScoutDistro = { name: 'alpine', version: '3.22' }

const IMAGES: readonly ScoutImageSpec[] = [
  { reference: 'debian:bookworm-slim', distro: BOOKWORM, packagesIndexed: 87, packages: BOOKWORM_SLIM },
  { reference: 'buildpack-deps:bookworm', distro: BOOKWORM, packagesIndexed: 401, packages: [...BOOKWORM_SLIM, ...BOOKWORM_FULL_EXTRA], baseImage: 'debian:bookworm' },
  { reference: 'buildpack-deps:bookworm-scm', distro: BOOKWORM, packagesIndexed: 203, packages: [...BOOKWORM_SLIM, ...BOOKWORM_FULL_EXTRA.slice(2)], baseImage: 'debian:bookworm' },
  { reference: 'golang:1.25-bookworm', distro: BOOKWORM, packagesIndexed: 330, packages: [...BOOKWORM_SLIM, ...BOOKWORM_FULL_EXTRA.slice(2)], baseImage: 'buildpack-deps:bookworm-scm' },
  { reference: 'debian:bookworm', distro: BOOKWORM, packagesIndexed: 125, packages: [...BOOKWORM_SLIM, ...BOOKWORM_FULL_EXTRA.slice(3, 8)] },
  {
    reference: 'python:3.9',
    distro: BOOKWORM,
    packagesIndexed: 431,
    packages: [...BOOKWORM_SLIM, ...BOOKWORM_FULL_EXTRA, ...PYTHON_39_TOOLS],
    baseImage: 'buildpack-deps:bookworm',
    updatedBaseImage: 'python:3.13-slim',
  },
  {
    reference: 'python:3.9-slim',
    distro: BOOKWORM,
    packagesIndexed: 112,
    packages: [...BOOKWORM_SLIM, ...PYTHON_39_TOOLS],
    baseImage: 'debian:bookworm-slim',
    updatedBaseImage: 'python:3.13-slim',
  },
  { reference: 'python:3.13-slim', distro: BOOKWORM, packagesIndexed: 104, packages: BOOKWORM_SLIM, baseImage: 'debian:bookworm-slim' },
  { reference: 'node:latest', distro: BOOKWORM, packagesIndexed: 612, packages: [...BOOKWORM_SLIM, ...BOOKWORM_FULL_EXTRA, ...NODE_TOOLS], baseImage: 'buildpack-deps:bookworm', updatedBaseImage: 'node:22-bookworm-slim' },
  { reference: 'node:22-bookworm-slim', distro: BOOKWORM, packagesIndexed: 305, packages: [...BOOKWORM_SLIM, ...NODE_TOOLS.slice(1)], baseImage: 'debian:bookworm-slim' },
  {
    reference: 'node:22.11.0-bookworm-slim',
    distro: BOOKWORM,
    packagesIndexed: 301,
    packages: [...BOOKWORM_SLIM_2024, ...NODE_TOOLS],
    baseImage: 'debian:bookworm-slim',
    updatedBaseImage: 'node:22-bookworm-slim',
  },
  {
    reference: 'golang:1.23-bookworm',
    distro: BOOKWORM,
    packagesIndexed: 334,
    packages: [...BOOKWORM_SLIM, ...BOOKWORM_FULL_EXTRA.slice(2), { name: 'stdlib', version: '1.23.12', type: 'golang', counts: [0, 1, 2, 0], fixedVersion: '1.24.9' }],
    baseImage: 'buildpack-deps:bookworm-scm',
    updatedBaseImage: 'golang:1.25-bookworm',
  },
  { reference: 'ubuntu:24.04', distro: UBUNTU_NOBLE, packagesIndexed: 92, packages: [deb('pam', '1.5.3-5ubuntu5.4', [0, 0, 1, 1]), deb('coreutils', '9.4-3ubuntu6', [0, 0, 0, 1]), deb('gnupg2', '2.4.4-2ubuntu17.3', [0, 0, 0, 1])] },
  { reference: 'alpine:latest', distro: ALPINE, packagesIndexed: 16, packages: [{ name: 'busybox', version: '1.37.0-r18', type: 'apk', counts: [0, 0, 0, 1] }] },
  { reference: 'busybox:latest', packagesIndexed: 1, packages: [] },
  { reference: 'nginx:latest', distro: BOOKWORM, packagesIndexed: 151, packages: [...BOOKWORM_SLIM, deb('libxml2', '2.9.14+dfsg-1.3~deb12u4', [0, 0, 2, 1]), deb('curl', '7.88.1-10+deb12u14', [0, 0, 1, 4]), deb('tiff', '4.5.0-6+deb12u3', [0, 0, 2, 3])], baseImage: 'debian:bookworm-slim' },
  { reference: 'mariadb:latest', distro: UBUNTU_NOBLE, packagesIndexed: 184, packages: [deb('pam', '1.5.3-5ubuntu5.4', [0, 0, 1, 1]), deb('perl', '5.38.2-3.2ubuntu0.2', [0, 0, 1, 2])], baseImage: 'ubuntu:24.04' },
  { reference: 'gcr.io/distroless/static-debian12:nonroot', distro: BOOKWORM, packagesIndexed: 4, packages: [] },
  { reference: 'gcr.io/distroless/static-debian12:latest', distro: BOOKWORM, packagesIndexed: 4, packages: [] },
  { reference: 'gcr.io/distroless/base-debian12:nonroot', distro: BOOKWORM, packagesIndexed: 9, packages: [deb('glibc', '2.36-9+deb12u10', [0, 0, 1, 3])] },
]

/** Returns the catalog entry of a reference such as `python:3.9`; a missing tag means `latest`. */
export function findScoutImage(reference: string): ScoutImageSpec | undefined {
  const normalized = normalizeReference(reference)
  return IMAGES.find((image) => image.reference === normalized)
}

/** Returns every image the catalog describes, in a fixed order. */
export function scoutImages(): readonly ScoutImageSpec[] {
  return IMAGES
}

/** Strips `docker.io/library/` and adds `:latest` when the reference has no tag. */
export function normalizeReference(reference: string): string {
  const short = reference.replace(/^(docker\.io\/)?library\//, '').replace(/^docker\.io\//, '')
  const lastPart = short.slice(short.lastIndexOf('/') + 1)
  return lastPart.includes(':') || lastPart.includes('@') ? short : `${short}:latest`
}
