// `apptainer run/exec/shell`: the container runs as the calling user, with
// $HOME, the current directory and /tmp bound from the host and a read-only
// image everywhere else. Commands inside are a small set of programs (echo, id, ls,
// touch, cat, env, python, nvidia-smi, cowsay…) run through the host's parser.

import { dateCommandTime } from '../core/time'
import { FsError, resolvePath } from '../fs/vfs'
import type { HostProgramContext } from '../shell/host'
import { expandWord, parseLine, ShellSyntaxError } from '../shell/parse'
import { idText } from '../host/users'
import { cowsay, FORTUNE, rainbow } from '../shell/cowsay'
import type { ApptainerLab } from './lab'
import type { Logger } from './log'
import type { SifMeta } from './sif'

export interface RunOptions {
  writableTmpfs: boolean
  containAll: boolean
  contain: boolean
  cleanEnv: boolean
  nv: boolean
  binds: { source: string; target: string; readOnly: boolean }[]
}

/** One running container: its environment, working directory and writable overlay. */
export class Instance {
  readonly env: Map<string, string>
  cwd: string
  /** Files created in the --writable-tmpfs overlay or the private /tmp and $HOME of --containall. */
  private readonly overlay = new Map<string, string>()

  constructor(
    readonly lab: ApptainerLab,
    readonly meta: SifMeta,
    readonly options: RunOptions,
    readonly name: string,
  ) {
    const shell = lab.system.shell
    const isolated = options.cleanEnv || options.containAll
    this.env = new Map(isolated ? [['HOME', shell.home], ['TERM', shell.env.get('TERM') ?? 'xterm']] : shell.env)
    for (const [key, value] of Object.entries(meta.env)) this.env.set(key, value)
    this.env.set('APPTAINER_CONTAINER', lab.system.resolve(name))
    this.env.set('APPTAINER_NAME', name.split('/').pop() ?? name)
    this.env.set('PS1', 'Apptainer> ')
    this.cwd = options.containAll || options.contain ? shell.home : shell.cwd
  }

  /** Maps a path inside the container to the host path bound there, or undefined for the image. */
  hostPath(path: string): string | undefined {
    for (const bind of this.options.binds) {
      if (path === bind.target || path.startsWith(`${bind.target}/`)) return bind.source + path.slice(bind.target.length)
    }
    if (this.options.containAll || this.options.contain) return undefined

    const shell = this.lab.system.shell
    for (const root of [shell.home, shell.cwd, '/tmp', '/var/tmp']) {
      if (path === root || path.startsWith(`${root}/`)) return path
    }
    return undefined
  }

  private readOnlyBind(path: string): boolean {
    return this.options.binds.some((bind) => bind.readOnly && (path === bind.target || path.startsWith(`${bind.target}/`)))
  }

  /** Writes a file; returns the strerror text when the write fails. */
  writeFile(path: string, content: string, append: boolean): string | undefined {
    const host = this.hostPath(path)
    if (host !== undefined && !this.readOnlyBind(path)) {
      try {
        this.lab.system.fs.writeFile(host, content, this.lab.system.now(), this.lab.system.shell.cred, append)
        return undefined
      } catch (error) {
        if (!(error instanceof FsError)) throw error
        return error.reason
      }
    }

    const privateDir = (this.options.containAll || this.options.contain) && (path.startsWith('/tmp/') || path.startsWith(`${this.lab.system.shell.home}/`))
    if (!this.options.writableTmpfs && !privateDir) return 'Read-only file system'
    this.overlay.set(path, (append ? (this.overlay.get(path) ?? '') : '') + content)
    return undefined
  }

  readFile(path: string): string | undefined {
    if (this.overlay.has(path)) return this.overlay.get(path)
    if (path === '/etc/os-release') return this.meta.osRelease
    if (path === '/etc/passwd') return this.lab.system.db.passwdText()
    if (path === '/etc/group') return this.lab.system.db.groupText()
    if (path === '/.singularity.d/runscript') return runscriptText(this.meta)

    const host = this.hostPath(path)
    if (host === undefined) return undefined
    try {
      return this.lab.system.fs.readFile(host, this.lab.system.shell.cred)
    } catch {
      return undefined
    }
  }

  listDirectory(path: string): string[] | undefined {
    const host = this.hostPath(path)
    const fromOverlay = [...this.overlay.keys()].filter((file) => file.startsWith(`${path}/`)).map((file) => file.slice(path.length + 1).split('/')[0]!)
    if (host === undefined) {
      if (path === '/') return ['bin', 'dev', 'environment', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'singularity', 'srv', 'sys', 'tmp', 'usr', 'var']
      if (path === '/tmp' || path === this.lab.system.shell.home) return [...new Set(fromOverlay)].sort()
      return fromOverlay.length > 0 ? [...new Set(fromOverlay)].sort() : undefined
    }
    const node = this.lab.system.fs.lookup(host)
    if (node?.type !== 'dir') return node ? [path.split('/').pop()!] : undefined
    return [...new Set([...node.children.keys(), ...fromOverlay])].filter((name) => !name.startsWith('.')).sort()
  }
}

export function runscriptText(meta: SifMeta): string {
  if (meta.runscript !== undefined) return `#!/bin/sh\n\n${meta.runscript}\n`
  const quote = (words: string[]): string => words.map((word) => (/[\s'"|]/.test(word) ? `'${word.replace(/'/g, "'\\''")}'` : word)).join(' ')
  return `#!/bin/sh\nOCI_ENTRYPOINT='${quote(meta.entrypoint)}'\nOCI_CMD='${quote(meta.cmd)}'\n# ENTRYPOINT only - run entrypoint plus args\n# CMD only - run CMD or override with args\n# ENTRYPOINT and CMD - run ENTRYPOINT with CMD as default args\n`
}

/** Returns the command `run` executes: ENTRYPOINT plus CMD, with user arguments replacing CMD. */
export function runscriptCommand(meta: SifMeta, args: string[]): string[] {
  if (meta.runscript !== undefined) return ['/bin/sh', '-c', meta.runscript, ...args]
  return [...meta.entrypoint, ...(args.length > 0 ? args : meta.cmd)]
}

export class ContainerRunner {
  constructor(
    private readonly instance: Instance,
    private readonly ctx: HostProgramContext,
    private readonly log: Logger,
  ) {}

  /** Runs one shell line inside the container. */
  async runLine(line: string): Promise<number> {
    let items
    try {
      items = parseLine(line)
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error
      this.ctx.io.write(`/bin/sh: ${error.message}\n`, 'stderr')
      return 2
    }

    let status = 0
    for (const item of items) {
      if (item.connector === '&&' && status !== 0) continue
      if (item.connector === '||' && status === 0) continue
      let input = ''
      for (const [index, command] of item.pipeline.commands.entries()) {
        const argv = command.words.map((word) => expandWord(word.text, (name) => this.instance.env.get(name)))
        const last = index === item.pipeline.commands.length - 1
        let captured = ''
        const write = last ? (text: string, stream: 'stdout' | 'stderr') => this.ctx.io.write(text, stream) : (text: string, stream: 'stdout' | 'stderr') => (stream === 'stdout' ? (captured += text) : this.ctx.io.write(text, stream))
        status = await this.runProgram(argv, input, write, last && this.ctx.io.isTTY)
        input = captured
      }
    }
    return status
  }

  /** Runs argv directly (exec semantics); unknown programs fail like Apptainer's exec. */
  async exec(argv: string[]): Promise<number> {
    const name = argv[0] ?? ''
    if (!PROGRAMS.includes(name.split('/').pop()!) && !this.instance.meta.software.includes(name)) {
      return this.log.fatal(`"${name}": executable file not found in $PATH`)
    }
    return this.runProgram(argv, this.ctx.stdin, (text, stream) => this.ctx.io.write(text, stream), this.ctx.io.isTTY)
  }

  private async runProgram(argv: string[], stdin: string, write: (text: string, stream: 'stdout' | 'stderr') => void, tty: boolean): Promise<number> {
    const instance = this.instance
    const name = (argv[0] ?? '').split('/').pop()!
    const args = argv.slice(1)
    const out = (text: string): void => write(text, 'stdout')
    const fail = (text: string, status = 1): number => {
      write(text, 'stderr')
      return status
    }
    const system = instance.lab.system

    switch (name) {
      case 'sh':
      case 'bash':
        if (args[0] === '-c' && args[1] !== undefined) return this.runLine(args[1])
        return this.interactive()
      case 'echo':
        out(`${args.join(' ')}\n`)
        return 0
      case 'id':
        out(`${idText(system.db, system.shell.cred)}\n`)
        return 0
      case 'whoami':
        out(`${system.shell.user}\n`)
        return 0
      case 'hostname':
        out('host\n')
        return 0
      case 'pwd':
        out(`${instance.cwd}\n`)
        return 0
      case 'date':
        out(`${dateCommandTime(system.now())}\n`)
        return 0
      case 'env':
      case 'printenv':
        if (args[0] !== undefined) {
          const value = instance.env.get(args[0])
          if (value === undefined) return 1
          out(`${value}\n`)
          return 0
        }
        out([...instance.env].map(([key, value]) => `${key}=${value}\n`).join(''))
        return 0
      case 'cat': {
        if (args.length === 0) {
          out(stdin)
          return 0
        }
        let status = 0
        for (const file of args) {
          const text = instance.readFile(resolvePath(instance.cwd, file))
          if (text === undefined) status = fail(`cat: ${file}: No such file or directory\n`)
          else out(text)
        }
        return status
      }
      case 'ls': {
        const target = args.find((arg) => !arg.startsWith('-')) ?? '.'
        const entries = instance.listDirectory(resolvePath(instance.cwd, target))
        if (!entries) return fail(`ls: cannot access '${target}': No such file or directory\n`, 2)
        if (entries.length > 0) out(`${entries.join('  ')}\n`)
        return 0
      }
      case 'touch':
      case 'mkdir': {
        let status = 0
        for (const file of args.filter((arg) => !arg.startsWith('-'))) {
          const reason = instance.writeFile(resolvePath(instance.cwd, file), '', true)
          if (reason !== undefined) status = fail(name === 'touch' ? `touch: cannot touch '${file}': ${reason}\n` : `mkdir: cannot create directory '${file}': ${reason}\n`)
        }
        return status
      }
      case 'cowsay':
        out(cowsay(stdin !== '' ? stdin : args.join(' ')))
        return 0
      case 'lolcat':
        out(tty ? rainbow(stdin) : stdin)
        return 0
      case 'fortune':
        out(FORTUNE)
        return 0
      case 'uname':
        out(args.includes('-r') ? '6.8.0-88-generic\n' : 'Linux\n')
        return 0
      case 'python':
      case 'python3':
        return this.python(args, out)
      case 'nvidia-smi':
        return fail("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.\n\n", 9)
      case 'exit':
        return Number(args[0] ?? 0)
      case 'true':
        return 0
      case 'false':
        return 1
      default:
        return fail(`/bin/sh: ${name}: not found\n`, 127)
    }
  }

  /** Reads lines at the `Apptainer> ` prompt until exit or end of input. */
  async interactive(): Promise<number> {
    const io = this.ctx.io
    const piped = this.ctx.stdin === '' ? [] : this.ctx.stdin.replace(/\n$/, '').split('\n')
    let status = 0
    for (;;) {
      let line: string | undefined
      if (piped.length > 0 || !io.readLine) line = piped.shift()
      else {
        io.write('Apptainer> ', 'stdout')
        line = await io.readLine(true)
      }
      if (line === undefined) {
        if (io.readLine) io.write('exit\n', 'stdout')
        return status
      }
      if (line.trim() === 'exit') return status
      status = await this.runLine(line)
    }
  }

  // NOTE: the Python REPL only shows its banner; typed lines are not evaluated.
  private async python(args: string[], out: (text: string) => void): Promise<number> {
    const version = this.instance.meta.tag.startsWith('3.') ? `${this.instance.meta.tag}.12` : '3.8.10'
    if (args[0] === '--version' || args[0] === '-V') {
      out(`Python ${version}\n`)
      return 0
    }
    if (!this.ctx.io.isTTY) return 0

    out(`Python ${version} (default, Sep 24 2021, 11:48:27) \n[GCC 8.3.0] on linux\nType "help", "copyright", "credits" or "license" for more information.\n`)
    for (;;) {
      out('>>> ')
      const line = this.ctx.io.readLine ? await this.ctx.io.readLine(true) : undefined
      if (line === undefined) {
        out('\n')
        return 0
      }
      if (/^(exit|quit)\(\)$/.test(line.trim())) return 0
    }
  }
}

const PROGRAMS = ['sh', 'bash', 'echo', 'id', 'whoami', 'hostname', 'pwd', 'date', 'env', 'printenv', 'cat', 'ls', 'touch', 'mkdir', 'uname', 'true', 'false']
