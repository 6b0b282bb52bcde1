// Package managers run by RUN instructions: apt-get, pip, npm and go. They
// print abridged versions of the real tools' output, spend simulated time
// and write placeholder files whose virtual sizes make the layer as big as
// the real installation. Package sizes are illustrative values close to
// Debian bookworm, PyPI and npm releases of late 2025, not measurements.

import { resolvePath } from '../fs/vfs'
import type { Program, ProgramContext } from '../shell/types'
import { recordVirtualSize } from './sizes'

interface AptPackage {
  version: string
  /** Download size in kB. */
  download: number
  /** Installed size in bytes. */
  installed: number
  /** Bytes added by the recommended packages apt installs without --no-install-recommends. */
  recommends: number
  binaries: string[]
}

const APT_PACKAGES: Record<string, AptPackage> = {
  curl: { version: '7.88.1-10+deb12u14', download: 315, installed: 5_400_000, recommends: 2_100_000, binaries: ['/usr/bin/curl'] },
  wget: { version: '1.21.3-1+deb12u1', download: 937, installed: 3_700_000, recommends: 1_200_000, binaries: ['/usr/bin/wget'] },
  'ca-certificates': { version: '20230311+deb12u1', download: 153, installed: 1_100_000, recommends: 0, binaries: [] },
  git: { version: '1:2.39.5-0+deb12u2', download: 7_260, installed: 44_000_000, recommends: 38_000_000, binaries: ['/usr/bin/git'] },
  'build-essential': { version: '12.9', download: 54_900, installed: 233_000_000, recommends: 95_000_000, binaries: ['/usr/bin/gcc', '/usr/bin/g++', '/usr/bin/make'] },
  'openssh-server': { version: '1:9.2p1-2+deb12u7', download: 456, installed: 8_900_000, recommends: 21_000_000, binaries: ['/usr/sbin/sshd'] },
  nodejs: { version: '18.19.0+dfsg-6~deb12u2', download: 11_300, installed: 61_000_000, recommends: 4_000_000, binaries: ['/usr/bin/node', '/usr/bin/nodejs'] },
  npm: { version: '9.2.0~ds1-1', download: 1_830, installed: 48_000_000, recommends: 120_000_000, binaries: ['/usr/bin/npm'] },
  python3: { version: '3.11.2-1+b1', download: 26, installed: 26_000_000, recommends: 3_000_000, binaries: ['/usr/bin/python3'] },
  'python3-pip': { version: '23.0.1+dfsg-1', download: 1_325, installed: 9_000_000, recommends: 180_000_000, binaries: ['/usr/bin/pip3'] },
  vim: { version: '2:9.0.1378-2+deb12u2', download: 1_568, installed: 39_000_000, recommends: 0, binaries: ['/usr/bin/vim'] },
  'iputils-ping': { version: '3:20221126-1+deb12u1', download: 47, installed: 180_000, recommends: 0, binaries: ['/usr/bin/ping'] },
  procps: { version: '2:4.0.2-3', download: 709, installed: 2_400_000, recommends: 0, binaries: ['/usr/bin/ps'] },
  gosu: { version: '1.14-1+b10', download: 1_127, installed: 3_400_000, recommends: 0, binaries: ['/usr/sbin/gosu'] },
  tini: { version: '0.19.0-1+b3', download: 255, installed: 840_000, recommends: 0, binaries: ['/usr/bin/tini'] },
}

const APT_LISTS = '/var/lib/apt/lists'
/** Size of the package indexes `apt-get update` downloads for bookworm, main and security. */
const APT_LISTS_BYTES = 9_337_000

function osId(ctx: ProgramContext): string {
  const release = ctx.container.fs.lookup('/etc/os-release')?.content ?? ''
  return /^ID=(.*)$/m.exec(release)?.[1]?.replace(/"/g, '') ?? 'debian'
}

function writeVirtualFile(ctx: ProgramContext, path: string, bytes: number, mode = 0o644): void {
  const fs = ctx.container.fs
  const parts = path.split('/').filter(Boolean)
  for (let index = 1; index < parts.length; index++) {
    const dir = `/${parts.slice(0, index).join('/')}`
    if (!fs.lookup(dir)) fs.mkdir(dir, ctx.now())
  }
  fs.writeFile(path, '', ctx.now())
  const node = fs.lookup(path)!
  node.mode = mode
  recordVirtualSize(path, bytes)
}

function aptUpdate(ctx: ProgramContext): number {
  const ubuntu = osId(ctx) === 'ubuntu'
  const lines = ubuntu
    ? ['Get:1 http://archive.ubuntu.com/ubuntu noble InRelease [256 kB]', 'Get:2 http://security.ubuntu.com/ubuntu noble-security InRelease [126 kB]', 'Get:3 http://archive.ubuntu.com/ubuntu noble/main amd64 Packages [1808 kB]', 'Get:4 http://archive.ubuntu.com/ubuntu noble/universe amd64 Packages [19.3 MB]', 'Fetched 21.5 MB in 3s (7412 kB/s)']
    : ['Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]', 'Get:2 http://deb.debian.org/debian bookworm-updates InRelease [55.4 kB]', 'Get:3 http://deb.debian.org/debian-security bookworm-security InRelease [48.0 kB]', 'Get:4 http://deb.debian.org/debian bookworm/main amd64 Packages [8792 kB]', 'Get:5 http://deb.debian.org/debian bookworm-updates/main amd64 Packages [6924 B]', 'Get:6 http://deb.debian.org/debian-security bookworm-security/main amd64 Packages [283 kB]', 'Fetched 9337 kB in 1s (6847 kB/s)']

  for (const line of lines) {
    ctx.spend(ubuntu ? 700 : 350)
    ctx.write(`${line}\n`)
  }
  ctx.spend(900)
  ctx.write('Reading package lists...\n')

  const suite = ubuntu ? 'archive.ubuntu.com_ubuntu_dists_noble' : 'deb.debian.org_debian_dists_bookworm'
  writeVirtualFile(ctx, `${APT_LISTS}/${suite}_InRelease`, 151_000)
  writeVirtualFile(ctx, `${APT_LISTS}/${suite}_main_binary-amd64_Packages.lz4`, (ubuntu ? 21_500_000 : APT_LISTS_BYTES) - 151_000)
  return 0
}

function aptInstall(ctx: ProgramContext, names: string[], recommends: boolean): number {
  ctx.write('Reading package lists...\nBuilding dependency tree...\nReading state information...\n')
  const listsPresent = (ctx.container.fs.lookup(APT_LISTS)?.children.size ?? 0) > 0

  for (const name of names) {
    if (!listsPresent || APT_PACKAGES[name.split('=')[0]!] === undefined) {
      ctx.write(`E: Unable to locate package ${name}\n`, 'stderr')
      return 100
    }
  }

  const packages = names.map((name) => [name.split('=')[0]!, APT_PACKAGES[name.split('=')[0]!]!] as const)
  const installed = packages.reduce((sum, [, pkg]) => sum + pkg.installed + (recommends ? pkg.recommends : 0), 0)
  const download = packages.reduce((sum, [, pkg]) => sum + pkg.download, 0) * (recommends ? 2 : 1)

  ctx.write(`The following NEW packages will be installed:\n  ${packages.map(([name]) => name).join(' ')}\n`)
  ctx.write(`0 upgraded, ${packages.length} newly installed, 0 to remove and 0 not upgraded.\n`)
  ctx.write(`Need to get ${download} kB of archives.\nAfter this operation, ${Math.round(installed / 1000)} kB of additional disk space will be used.\n`)

  packages.forEach(([name, pkg], index) => {
    ctx.spend(200 + pkg.download / 10)
    ctx.write(`Get:${index + 1} http://deb.debian.org/debian bookworm/main amd64 ${name} amd64 ${pkg.version} [${pkg.download} kB]\n`)
  })
  ctx.write(`Fetched ${download} kB in 1s (${download} kB/s)\ndebconf: delaying package configuration, since apt-utils is not installed\n`)

  for (const [name, pkg] of packages) {
    ctx.spend(400 + pkg.installed / 200_000)
    ctx.write(`Selecting previously unselected package ${name}.\nUnpacking ${name} (${pkg.version}) ...\n`)
    writeVirtualFile(ctx, `/usr/share/doc/${name}/copyright`, pkg.installed + (recommends ? pkg.recommends : 0))
    for (const binary of pkg.binaries) writeVirtualFile(ctx, binary, 0, 0o755)
  }
  for (const [name, pkg] of packages) ctx.write(`Setting up ${name} (${pkg.version}) ...\n`)
  return 0
}

const aptGet: Program = (ctx) => {
  const args = ctx.argv.slice(1)
  const operation = args.find((arg) => !arg.startsWith('-'))
  const operands = args.filter((arg) => !arg.startsWith('-')).slice(1)

  if (ctx.state.cred.uid !== 0) {
    ctx.write('E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n', 'stderr')
    return 100
  }
  if (operation === 'update') return aptUpdate(ctx)
  if (operation === 'install') {
    if (!args.includes('-y') && !args.includes('--yes') && !args.includes('-qy') && operands.length > 0) {
      ctx.write('Do you want to continue? [Y/n] Abort.\n')
      return 1
    }
    return aptInstall(ctx, operands, !args.includes('--no-install-recommends'))
  }
  if (operation === 'clean' || operation === 'autoremove' || operation === 'upgrade') return 0

  ctx.write(`E: Invalid operation ${operation ?? ''}\n`, 'stderr')
  return 100
}

interface PythonPackage {
  version: string
  /** Wheel size in bytes. */
  wheel: number
  /** Installed size in bytes. */
  installed: number
  dependencies: string[]
}

const PYTHON_PACKAGES: Record<string, PythonPackage> = {
  flask: { version: '3.0.3', wheel: 101_000, installed: 320_000, dependencies: ['werkzeug', 'jinja2', 'itsdangerous', 'click', 'blinker'] },
  werkzeug: { version: '3.0.6', wheel: 227_000, installed: 1_100_000, dependencies: ['markupsafe'] },
  jinja2: { version: '3.1.6', wheel: 134_000, installed: 780_000, dependencies: ['markupsafe'] },
  markupsafe: { version: '3.0.2', wheel: 20_000, installed: 60_000, dependencies: [] },
  itsdangerous: { version: '2.2.0', wheel: 16_000, installed: 50_000, dependencies: [] },
  click: { version: '8.1.8', wheel: 98_000, installed: 420_000, dependencies: [] },
  blinker: { version: '1.9.0', wheel: 8_500, installed: 30_000, dependencies: [] },
  requests: { version: '2.32.3', wheel: 64_000, installed: 300_000, dependencies: ['urllib3', 'idna', 'certifi', 'charset-normalizer'] },
  urllib3: { version: '2.2.3', wheel: 126_000, installed: 540_000, dependencies: [] },
  idna: { version: '3.10', wheel: 70_000, installed: 330_000, dependencies: [] },
  certifi: { version: '2025.10.5', wheel: 163_000, installed: 300_000, dependencies: [] },
  'charset-normalizer': { version: '3.4.0', wheel: 49_000, installed: 420_000, dependencies: [] },
  numpy: { version: '2.0.2', wheel: 19_500_000, installed: 60_000_000, dependencies: [] },
  pandas: { version: '2.2.3', wheel: 13_100_000, installed: 68_000_000, dependencies: ['numpy', 'python-dateutil', 'pytz', 'tzdata'] },
  'python-dateutil': { version: '2.9.0.post0', wheel: 229_000, installed: 760_000, dependencies: ['six'] },
  six: { version: '1.16.0', wheel: 11_000, installed: 40_000, dependencies: [] },
  pytz: { version: '2024.2', wheel: 508_000, installed: 2_800_000, dependencies: [] },
  tzdata: { version: '2024.2', wheel: 346_000, installed: 1_700_000, dependencies: [] },
  gunicorn: { version: '23.0.0', wheel: 85_000, installed: 450_000, dependencies: ['packaging'] },
  packaging: { version: '24.2', wheel: 65_000, installed: 260_000, dependencies: [] },
}

function wheelSize(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`
}

/** Reads `name==version` lines from a requirements file; returns the error message when it cannot be opened. */
function readRequirements(ctx: ProgramContext, file: string): Array<{ name: string; pin: string | undefined; line: number }> | string {
  const node = ctx.container.fs.lookup(resolvePath(ctx.state.cwd, file))
  if (!node || node.type !== 'file') return `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'`

  return node.content
    .split('\n')
    .map((text, index) => ({ text: text.replace(/#.*/, '').trim(), line: index + 1 }))
    .filter(({ text }) => text !== '')
    .map(({ text, line }) => {
      const [name = '', pin] = text.split(/==|>=|~=/)
      return { name: name.trim().toLowerCase(), pin: pin?.trim(), line }
    })
}

const pip: Program = (ctx) => {
  const args = ctx.argv.slice(1)
  if (args[0] !== 'install') {
    ctx.write(args[0] === '--version' ? 'pip 23.0.1 from /usr/local/lib/python3.9/site-packages/pip (python 3.9)\n' : '')
    return 0
  }

  const noCache = args.includes('--no-cache-dir')
  const requested: Array<{ name: string; pin: string | undefined; source: string }> = []
  for (let index = 1; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '-r' || arg === '--requirement') {
      const file = args[++index] ?? ''
      const entries = readRequirements(ctx, file)
      if (typeof entries === 'string') {
        ctx.write(`${entries}\n`, 'stderr')
        return 1
      }
      requested.push(...entries.map((entry) => ({ ...entry, source: ` (from -r ${file} (line ${entry.line}))` })))
    } else if (!arg.startsWith('-')) {
      const [name = '', pin] = arg.split('==')
      requested.push({ name: name.toLowerCase(), pin, source: '' })
    }
  }

  return installPython(ctx, requested, noCache)
}

function installPython(ctx: ProgramContext, requested: Array<{ name: string; pin: string | undefined; source: string }>, noCache: boolean): number {
  const queue = [...requested]
  const installed: Array<{ name: string; version: string; pkg: PythonPackage }> = []

  while (queue.length > 0) {
    const item = queue.shift()!
    if (installed.some((entry) => entry.name === item.name)) continue
    const pkg = PYTHON_PACKAGES[item.name] ?? { version: item.pin ?? '1.0.0', wheel: 50_000, installed: 200_000, dependencies: [] }
    const version = item.pin ?? pkg.version

    ctx.spend(600)
    ctx.write(`Collecting ${item.name}${item.pin ? `==${item.pin}` : ''}${item.source}\n`)
    ctx.spend(300 + pkg.wheel / 20_000)
    ctx.write(`  Downloading ${item.name.replace(/-/g, '_')}-${version}-py3-none-any.whl (${wheelSize(pkg.wheel)})\n`)
    installed.push({ name: item.name, version, pkg })
    for (const dependency of pkg.dependencies) queue.push({ name: dependency, pin: undefined, source: ` (from ${item.name}==${version})` })
  }

  ctx.write(`Installing collected packages: ${installed.map((entry) => entry.name).reverse().join(', ')}\n`)
  for (const entry of installed) {
    ctx.spend(700 + entry.pkg.installed / 50_000)
    writeVirtualFile(ctx, `/usr/local/lib/python3.9/site-packages/${entry.name.replace(/-/g, '_')}/__init__.py`, entry.pkg.installed)
    if (!noCache) writeVirtualFile(ctx, `/root/.cache/pip/http-v2/${entry.name}.body`, entry.pkg.wheel)
  }
  ctx.write(`Successfully installed ${installed.map((entry) => `${entry.name}-${entry.version}`).reverse().join(' ')}\n`)

  if (ctx.state.cred.uid === 0) {
    ctx.write("WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv\n", 'stderr')
  }
  return 0
}

/** Approximate size of one installed npm package with its files. */
const NPM_PACKAGE_BYTES = 420_000

function readPackageJson(ctx: ProgramContext): { dependencies: string[]; devDependencies: string[] } | undefined {
  const node = ctx.container.fs.lookup(resolvePath(ctx.state.cwd, 'package.json'))
  if (!node) return undefined
  try {
    const parsed = JSON.parse(node.content) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> }
    return { dependencies: Object.keys(parsed.dependencies ?? {}), devDependencies: Object.keys(parsed.devDependencies ?? {}) }
  } catch {
    return { dependencies: [], devDependencies: [] }
  }
}

const npm: Program = (ctx) => {
  const [command = '', ...rest] = ctx.argv.slice(1)
  if (!['ci', 'install', 'i'].includes(command)) return 0

  const manifest = readPackageJson(ctx)
  if (!manifest) {
    ctx.write(`npm error code ENOENT\nnpm error syscall open\nnpm error path ${resolvePath(ctx.state.cwd, 'package.json')}\nnpm error errno -2\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${resolvePath(ctx.state.cwd, 'package.json')}'\n`, 'stderr')
    return 254
  }
  if (command === 'ci' && !ctx.container.fs.lookup(resolvePath(ctx.state.cwd, 'package-lock.json'))) {
    ctx.write('npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock.json or\nnpm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\nnpm error later to generate a package-lock.json file, then try again.\n', 'stderr')
    return 1
  }

  const omitDev = rest.includes('--omit=dev') || rest.includes('--production')
  const direct = manifest.dependencies.length + (omitDev ? 0 : manifest.devDependencies.length)
  // Each direct dependency brings its own dependencies; 8 per package is a typical Express-sized tree.
  const total = direct * 8
  const seconds = Math.max(1, Math.round(total / 20))
  ctx.spend(seconds * 1000)

  writeVirtualFile(ctx, resolvePath(ctx.state.cwd, 'node_modules/.package-lock.json'), total * NPM_PACKAGE_BYTES)
  writeVirtualFile(ctx, '/root/.npm/_cacache/index-v5/cache', total * NPM_PACKAGE_BYTES / 3)
  ctx.write(total === 0 ? `\nup to date, audited 1 package in ${seconds}s\n\nfound 0 vulnerabilities\n` : `\nadded ${total} packages, and audited ${total + 1} packages in ${seconds}s\n\n${Math.ceil(total / 6)} packages are looking for funding\n  run \`npm fund\` for details\n\nfound 0 vulnerabilities\n`)
  return 0
}

/** Size of a statically linked Go web server binary. */
const GO_BINARY_BYTES = 7_800_000

const go: Program = (ctx) => {
  const [command = '', ...rest] = ctx.argv.slice(1)
  if (command === 'mod' && rest[0] === 'download') {
    ctx.spend(6000)
    writeVirtualFile(ctx, '/go/pkg/mod/cache/download/modules', 48_000_000)
    return 0
  }
  if (command !== 'build') return 0

  const outputIndex = rest.indexOf('-o')
  const output = outputIndex >= 0 ? rest[outputIndex + 1] : undefined
  ctx.spend(14_000)
  writeVirtualFile(ctx, '/root/.cache/go-build/cache', 95_000_000)
  writeVirtualFile(ctx, resolvePath(ctx.state.cwd, output ?? 'app'), GO_BINARY_BYTES, 0o755)
  return 0
}

export const PACKAGE_PROGRAMS: Record<string, Program> = {
  'apt-get': aptGet,
  apt: aptGet,
  pip,
  pip3: pip,
  npm,
  go,
}
