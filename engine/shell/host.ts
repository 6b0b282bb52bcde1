// The student's host shell (bash look-alike). It is asynchronous because
// commands such as `sleep` and `docker stop` wait on the virtual clock
// through CommandIO.sleep.

import type { CommandIO, OutputStream } from '../api'
import { dateCommandTime } from '../core/time'
import { FsError, resolvePath, type Credentials, type FileSystem } from '../fs/vfs'
import { expandWord, parseLine, ShellSyntaxError, type ListItem, type SimpleCommand } from './parse'
import { splitList, substituteCommands } from './substitute'
import { parseSleepArgument, safeRegExp } from './programs'
import { gnuColumns } from './columns'
import { pythonJsonTool } from './jsontool'
import { bashPrintf } from './printf'
import { pythonCommand } from './python'
import { expandWriteOut } from './curl'

export const HOST_USER = 'studente'
export const HOST_HOME = '/home/studente'
export const HOST_NAME = 'host'

/** Runs `docker …` for the host shell; provided by the engine. */
export type DockerRunner = (args: string[], io: CommandIO, stdin: string) => Promise<number>

/** HTTP handler for the host's curl: the engine serves requests sent to published ports. */
export type HostHttp = (port: number, path: string) => { status: number; body: string } | undefined

const HOST_COMMANDS = ['cat', 'cd', 'clear', 'curl', 'date', 'docker', 'echo', 'env', 'exit', 'export', 'false', 'grep', 'head', 'hostname', 'id', 'ls', 'printenv', 'printf', 'pwd', 'python3', 'sleep', 'tail', 'time', 'true', 'type', 'uname', 'unset', 'wc', 'whoami', 'which']

/** GNU wc on standard input: the selected counts, or lines, words and bytes padded to 7 columns. */
function wordCount(text: string, args: string[]): string {
  const counts = { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter(Boolean).length, c: new TextEncoder().encode(text).length }
  const letters = args.filter((arg) => /^-[lwc]+$/.test(arg)).flatMap((arg) => [...arg.slice(1)]) as ('l' | 'w' | 'c')[]
  if (letters.length === 1) return String(counts[letters[0]!])
  const selected = letters.length > 0 ? (['l', 'w', 'c'] as const).filter((letter) => letters.includes(letter)) : (['l', 'w', 'c'] as const)
  return selected.map((letter) => String(counts[letter]).padStart(7)).join(' ')
}

interface HostCommand {
  argv: string[]
  stdin: string
  io: CommandIO
}

/** Context passed to a program registered in `HostShell.programs`. */
export interface HostProgramContext extends HostCommand {
  shell: HostShell
  /** Runs another command line's argv through the shell, e.g. the command after `sudo`. */
  invoke(argv: string[], io: CommandIO, stdin: string): Promise<number>
}

/** A host command provided by another engine module (engine/host, engine/apptainer). */
export type HostProgram = (ctx: HostProgramContext) => Promise<number>

export class HostShell {
  readonly env = new Map<string, string>([
    ['HOME', HOST_HOME],
    ['USER', HOST_USER],
    ['LOGNAME', HOST_USER],
    ['SHELL', '/bin/bash'],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['LANG', 'C.UTF-8'],
    ['TERM', 'xterm-256color'],
    ['PWD', HOST_HOME],
    ['HOSTNAME', HOST_NAME],
  ])
  cwd = HOST_HOME
  lastExit = 0
  /** Login name, home and credentials of the shell's user; `su` and `sudo` change them. */
  user = HOST_USER
  home = HOST_HOME
  cred: Credentials = { uid: 1000, gid: 1000, groups: [27, 988] }
  /** Registered programs; they take precedence over the built-in commands below. */
  readonly programs = new Map<string, HostProgram>()

  constructor(
    readonly fs: FileSystem,
    private readonly docker: DockerRunner,
    private readonly now: () => number,
    private readonly http: HostHttp,
  ) {}

  static readonly commands = HOST_COMMANDS

  prompt(): string {
    const home = this.home
    const dir = this.cwd === home ? '~' : home !== '/' && this.cwd.startsWith(`${home}/`) ? `~${this.cwd.slice(home.length)}` : this.cwd
    return `${this.user}@${HOST_NAME}:${dir}${this.cred.uid === 0 ? '#' : '$'} `
  }

  async execute(line: string, io: CommandIO): Promise<number> {
    // `spiega l'ultimo comando` is typed as a sentence; its apostrophe must not open a quote.
    if (this.programs.has('spiega') && /^\s*spiega\s+l'ultimo\s+comando\s*$/i.test(line)) line = 'spiega'

    if (line.includes('$(')) return this.executeWithSubstitutions(line, io)
    return this.executeList(line, io)
  }

  /** Runs each list entry of `line` after substituting its `$(…)`, so a substitution runs after the entries before it. */
  private async executeWithSubstitutions(line: string, io: CommandIO): Promise<number> {
    let status = this.lastExit
    for (const segment of splitList(line)) {
      if (segment.connector === '&&' && status !== 0) continue
      if (segment.connector === '||' && status === 0) continue

      const expanded = await substituteCommands(segment.text, (inner) => this.capture(inner, io))
      status = await this.executeList(expanded, io)
    }
    return status
  }

  private async executeList(line: string, io: CommandIO): Promise<number> {
    let items: ListItem[]
    try {
      items = parseLine(line)
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error
      io.write(`bash: ${error.message}\n`, 'stderr')
      this.lastExit = 2
      return 2
    }

    let status = this.lastExit
    for (const item of items) {
      if (item.connector === '&&' && status !== 0) continue
      if (item.connector === '||' && status === 0) continue
      status = await this.runPipeline(item.pipeline.commands, io)
      this.lastExit = status
    }
    return status
  }

  /** Runs `line` for a command substitution: its standard output is returned, its errors reach the terminal. */
  private async capture(line: string, io: CommandIO): Promise<string> {
    let output = ''
    const captureIO: CommandIO = { ...io, isTTY: false, write: (text, stream) => (stream === 'stdout' ? (output += text) : io.write(text, stream)) }
    await this.execute(line, captureIO)
    return output
  }

  private async runPipeline(commands: SimpleCommand[], io: CommandIO): Promise<number> {
    let input = ''
    let status = 0

    for (let index = 0; index < commands.length; index++) {
      const last = index === commands.length - 1
      let captured = ''
      const stageIO: CommandIO = last
        ? io
        : { ...io, isTTY: false, write: (text, stream) => (stream === 'stdout' ? (captured += text) : io.write(text, stream)) }
      status = await this.runCommand(commands[index]!, stageIO, input)
      input = captured
    }
    return status
  }

  private lookup(name: string): string | undefined {
    if (name === '?') return String(this.lastExit)
    if (name === '$') return '4242'
    return this.env.get(name)
  }

  private async runCommand(command: SimpleCommand, io: CommandIO, stdin: string): Promise<number> {
    const words = command.words.map((word) => this.expandTilde(expandWord(word.text, (name) => this.lookup(name))))
    const assignments: [string, string][] = []
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) {
      const word = words.shift()!
      const equals = word.indexOf('=')
      assignments.push([word.slice(0, equals), word.slice(equals + 1)])
    }
    if (words.length === 0) {
      for (const [name, value] of assignments) this.env.set(name, value)
      return 0
    }

    const redirected = this.redirect(command, io)
    if (typeof redirected === 'number') return redirected

    // As in bash, `NAME=value cmd` puts NAME in the environment of that one command only.
    // NOTE: a session the command opens (`NAME=value sudo su -`) saves NAME with the caller's
    // environment, so NAME is back after that session's `exit`.
    const restore = this.assignTemporarily(assignments)
    let status: number
    try {
      status = await this.invoke({ argv: words, stdin: redirected.stdin ?? stdin, io: redirected.io })
    } finally {
      restore()
    }
    redirected.finish()
    return status
  }

  /** Sets the variables and returns a function that puts back their previous values. */
  private assignTemporarily(assignments: [string, string][]): () => void {
    const previous = assignments.map(([name]) => [name, this.env.get(name)] as const)
    for (const [name, value] of assignments) this.env.set(name, value)

    return () => {
      for (const [name, value] of previous) {
        if (value === undefined) this.env.delete(name)
        else this.env.set(name, value)
      }
    }
  }

  /** Expands a leading `~` and the `~` after `NAME=`, as bash does for unquoted words and assignments. */
  private expandTilde(word: string): string {
    const match = /^([A-Za-z_][A-Za-z0-9_]*=)?~(?=\/|$)/.exec(word)
    if (!match) return word
    return `${match[1] ?? ''}${this.home}${word.slice(match[0].length)}`
  }

  private redirect(command: SimpleCommand, io: CommandIO): { io: CommandIO; stdin?: string; finish: () => void } | number {
    const buffers: { path: string; text: string }[] = []
    const routes: Record<number, (text: string) => void> = { 1: (text) => io.write(text, 'stdout'), 2: (text) => io.write(text, 'stderr') }
    let stdin: string | undefined

    for (const redirect of command.redirects) {
      const target = this.expandTilde(expandWord(redirect.target.text, (name) => this.lookup(name)))
      if (redirect.op === '>&') {
        const route = routes[Number(target)]
        if (route) routes[redirect.fd] = route
        continue
      }
      if (target === '/dev/null') {
        routes[redirect.fd] = () => {}
        continue
      }

      const path = resolvePath(this.cwd, target)
      try {
        if (redirect.op === '<') {
          stdin = this.fs.readFile(path, this.cred)
          continue
        }
        this.fs.writeFile(path, '', this.now(), this.cred, redirect.op === '>>')
      } catch (error) {
        if (!(error instanceof FsError)) throw error
        io.write(`bash: ${target}: ${error.reason}\n`, 'stderr')
        return 1
      }
      const buffer = { path, text: '' }
      buffers.push(buffer)
      routes[redirect.fd] = (text) => {
        buffer.text += text
      }
    }

    const write = (text: string, stream: OutputStream): void => routes[stream === 'stdout' ? 1 : 2]!(text)
    const finish = (): void => {
      for (const buffer of buffers) this.fs.writeFile(buffer.path, buffer.text, this.now(), this.cred, true)
    }
    return { io: { ...io, write, isTTY: buffers.length === 0 && io.isTTY }, stdin, finish }
  }

  private async invoke(command: HostCommand): Promise<number> {
    const { argv, io } = command
    const name = argv[0]!
    const program = this.programs.get(name)
    if (program) return program({ ...command, shell: this, invoke: (next, nextIO, stdin) => this.invoke({ argv: next, io: nextIO, stdin }) })

    const write = (text: string): void => io.write(text, 'stdout')
    const fail = (text: string): void => io.write(text, 'stderr')

    switch (name) {
      case 'docker':
        return this.docker(argv.slice(1), io, command.stdin)
      case 'echo': {
        const noNewline = argv[1] === '-n'
        write(argv.slice(noNewline ? 2 : 1).join(' ') + (noNewline ? '' : '\n'))
        return 0
      }
      case 'export':
        for (const word of argv.slice(1)) {
          const equals = word.indexOf('=')
          if (equals > 0) this.env.set(word.slice(0, equals), word.slice(equals + 1))
          else if (!this.env.has(word)) this.env.set(word, '')
        }
        return 0
      case 'unset':
        for (const word of argv.slice(1)) this.env.delete(word)
        return 0
      case 'sleep':
        return this.sleep(argv, io)
      case 'printf': {
        const result = bashPrintf(argv.slice(1), io.isTTY)
        for (const chunk of result.chunks) io.write(chunk.text, chunk.stream)
        return result.exitCode
      }
      case 'true':
        return 0
      case 'clear':
        // clear(1) writes cursor home, erase screen, then erase scrollback (the terminfo E3 capability).
        write('\x1b[H\x1b[2J\x1b[3J')
        return 0
      case 'false':
        return 1
      case 'exit':
        if (argv[1] === undefined) return this.lastExit
        if (!/^-?\d+$/.test(argv[1])) {
          fail(`bash: exit: ${argv[1]}: numeric argument required\n`)
          return 2
        }
        return Number(argv[1]) & 0xff
      case 'pwd':
        write(`${this.cwd}\n`)
        return 0
      case 'cd':
        return this.changeDirectory(argv[1] ?? this.home, io)
      case 'whoami':
        write(`${HOST_USER}\n`)
        return 0
      case 'id':
        write(`uid=1000(${HOST_USER}) gid=1000(${HOST_USER}) groups=1000(${HOST_USER}),27(sudo),988(docker)\n`)
        return 0
      case 'hostname':
        write(`${HOST_NAME}\n`)
        return 0
      case 'uname':
        write(argv.includes('-r') ? '6.8.0-88-generic\n' : 'Linux\n')
        return 0
      case 'date':
        write(`${dateCommandTime(this.now())}\n`)
        return 0
      case 'env':
      case 'printenv':
        if (name === 'printenv' && argv[1] !== undefined) {
          const value = this.env.get(argv[1])
          if (value === undefined) return 1
          write(`${value}\n`)
          return 0
        }
        for (const [key, value] of this.env) write(`${key}=${value}\n`)
        return 0
      case 'type':
      case 'which':
        return this.which(argv, io)
      case 'time':
        return this.time(command)
      case 'grep':
        return this.grep(command)
      case 'head':
      case 'tail':
        return this.headTail(command)
      case 'wc':
        write(`${wordCount(command.stdin, argv.slice(1))}\n`)
        return 0
      case 'cat':
        return this.cat(command)
      case 'ls':
        return this.ls(command)
      case 'python3':
      case 'python':
        return this.python(command)
      case 'curl':
        return this.curl(command)
      default:
        fail(`bash: ${name}: command not found\n`)
        return 127
    }
  }

  private async sleep(argv: string[], io: CommandIO): Promise<number> {
    if (argv.length < 2) {
      io.write("sleep: missing operand\nTry 'sleep --help' for more information.\n", 'stderr')
      return 1
    }
    let total = 0
    for (const operand of argv.slice(1)) {
      const ms = parseSleepArgument(operand)
      if (ms === undefined) {
        io.write(`sleep: invalid time interval '${operand}'\nTry 'sleep --help' for more information.\n`, 'stderr')
        return 1
      }
      total += ms
    }
    const completed = await io.sleep(total)
    return completed ? 0 : 130
  }

  private changeDirectory(target: string, io: CommandIO): number {
    const path = resolvePath(this.cwd, target === '~' ? this.home : target.replace(/^~\//, `${this.home}/`))
    const node = this.fs.lookup(path)
    if (!node) {
      io.write(`bash: cd: ${target}: No such file or directory\n`, 'stderr')
      return 1
    }
    if (node.type !== 'dir') {
      io.write(`bash: cd: ${target}: Not a directory\n`, 'stderr')
      return 1
    }
    this.cwd = path
    this.env.set('PWD', path)
    return 0
  }

  private which(argv: string[], io: CommandIO): number {
    let status = 0
    for (const name of argv.slice(1)) {
      const known = HOST_COMMANDS.includes(name) || this.programs.has(name)
      const builtin = ['cd', 'echo', 'export', 'printf', 'pwd', 'type', 'unset', 'exit', 'time', 'true', 'false'].includes(name)
      if (argv[0] === 'type') {
        if (builtin) io.write(`${name} is a shell builtin\n`, 'stdout')
        else if (known) io.write(`${name} is /usr/bin/${name}\n`, 'stdout')
        else {
          io.write(`bash: type: ${name}: not found\n`, 'stderr')
          status = 1
        }
      } else if (known && !builtin) io.write(`/usr/bin/${name}\n`, 'stdout')
      else status = 1
    }
    return status
  }

  private async time(command: HostCommand): Promise<number> {
    const started = this.now()
    const status = command.argv.length > 1 ? await this.invoke({ ...command, argv: command.argv.slice(1) }) : 0
    const elapsed = this.now() - started
    const format = (ms: number): string => `${Math.floor(ms / 60000)}m${((ms % 60000) / 1000).toFixed(3)}s`
    command.io.write(`\nreal\t${format(elapsed)}\nuser\t0m0.000s\nsys\t0m0.000s\n`, 'stderr')
    return status
  }

  private grep(command: HostCommand): number {
    const args = command.argv.slice(1)
    const flags = new Set(args.filter((arg) => /^-[a-zA-Z]+$/.test(arg)).flatMap((arg) => [...arg.slice(1)]))
    const operands = args.filter((arg) => !/^-[a-zA-Z]+$/.test(arg))
    const pattern = operands[0]
    if (pattern === undefined) {
      command.io.write("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 'stderr')
      return 2
    }

    const matcher = safeRegExp(pattern, flags.has('i'))
    const lines = command.stdin.split('\n')
    if (lines[lines.length - 1] === '') lines.pop()
    const matched = lines.filter((line) => matcher(line) !== flags.has('v'))
    if (flags.has('c')) command.io.write(`${matched.length}\n`, 'stdout')
    else if (!flags.has('q') && matched.length > 0) command.io.write(matched.join('\n') + '\n', 'stdout')
    return matched.length > 0 ? 0 : 1
  }

  private headTail(command: HostCommand): number {
    const args = command.argv.slice(1)
    let count = 10
    for (let index = 0; index < args.length; index++) {
      const arg = args[index]!
      if (arg === '-n') count = Number(args[++index] ?? 10)
      else if (/^-n\d+$/.test(arg)) count = Number(arg.slice(2))
      else if (/^-\d+$/.test(arg)) count = Number(arg.slice(1))
    }
    const lines = command.stdin.split('\n')
    if (lines[lines.length - 1] === '') lines.pop()
    const picked = command.argv[0] === 'head' ? lines.slice(0, count) : count === 0 ? [] : lines.slice(-count)
    if (picked.length > 0) command.io.write(picked.join('\n') + '\n', 'stdout')
    return 0
  }

  private cat(command: HostCommand): number {
    const files = command.argv.slice(1)
    if (files.length === 0) {
      command.io.write(command.stdin, 'stdout')
      return 0
    }
    let status = 0
    for (const file of files) {
      try {
        command.io.write(this.fs.readFile(resolvePath(this.cwd, file), this.cred), 'stdout')
      } catch (error) {
        if (!(error instanceof FsError)) throw error
        command.io.write(`cat: ${file}: ${error.reason}\n`, 'stderr')
        status = 1
      }
    }
    return status
  }

  private ls(command: HostCommand): number {
    const target = command.argv.slice(1).find((arg) => !arg.startsWith('-')) ?? '.'
    const node = this.fs.lookup(resolvePath(this.cwd, target))
    if (!node) {
      command.io.write(`ls: cannot access '${target}': No such file or directory\n`, 'stderr')
      return 2
    }
    const names = node.type === 'dir' ? [...node.children.keys()].filter((name) => !name.startsWith('.')).sort() : [target]
    if (names.length > 0) command.io.write(command.io.isTTY ? gnuColumns(names, command.io.columns) : names.join('\n') + '\n', 'stdout')
    return 0
  }

  private python(command: HostCommand): number {
    const args = command.argv.slice(1)
    if (args[0] === '--version' || args[0] === '-V') {
      command.io.write('Python 3.12.3\n', 'stdout')
      return 0
    }
    if (args[0] === '-c' && args[1] !== undefined) {
      const result = pythonCommand(args[1], { stdin: command.stdin, uid: this.cred.uid, gid: this.cred.gid, env: this.env })
      if (result === undefined) {
        command.io.write(`${command.argv[0]}: this terminal runs only simple -c one-liners and "-m json.tool"\n`, 'stderr')
        return 2
      }
      command.io.write(result.stdout, 'stdout')
      command.io.write(result.stderr, 'stderr')
      return result.exitCode
    }
    if (args[0] !== '-m' || args[1] !== 'json.tool') {
      // NOTE: only `python3 -m json.tool` and the -c one-liners of engine/shell/python.ts are simulated.
      command.io.write(`${command.argv[0]}: this terminal runs only simple -c one-liners and "-m json.tool"\n`, 'stderr')
      return 2
    }

    const result = pythonJsonTool(command.stdin)
    if (result.error !== undefined) {
      command.io.write(`${result.error}\n`, 'stderr')
      return 1
    }
    command.io.write(result.output, 'stdout')
    return 0
  }

  private curl(command: HostCommand): number {
    const options = hostCurlOptions(command.argv.slice(1))
    const match = /^(?:https?:\/\/)?(localhost|127\.0\.0\.1)(?::(\d+))?(\/.*)?$/.exec(options.url)
    const port = match ? Number(match[2] ?? 80) : 0
    const response = match ? this.http(port, match[3] ?? '/') : undefined
    const writeOut = (status: number): void => {
      if (options.writeOut !== undefined) command.io.write(expandWriteOut(options.writeOut, status), 'stdout')
    }

    if (!response) {
      const host = match?.[1] ?? options.url.replace(/^https?:\/\//, '').split(/[:/]/)[0]
      if (!match) command.io.write(`curl: (6) Could not resolve host: ${host}\n`, 'stderr')
      else command.io.write(`curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server\n`, 'stderr')
      writeOut(0)
      return match ? 7 : 6
    }

    const fail = command.argv.some((arg) => arg === '--fail' || /^-[a-zA-Z]*f/.test(arg))
    if (fail && response.status >= 400) {
      command.io.write(`curl: (22) The requested URL returned error: ${response.status}\n`, 'stderr')
      writeOut(response.status)
      return 22
    }
    if (options.output === undefined) command.io.write(response.body, 'stdout')
    else if (options.output !== '/dev/null') {
      try {
        this.fs.writeFile(resolvePath(this.cwd, options.output), response.body, this.now(), this.cred)
      } catch (error) {
        if (!(error instanceof FsError)) throw error
        command.io.write('curl: (23) Failure writing output to destination\n', 'stderr')
        return 23
      }
    }
    writeOut(response.status)
    return 0
  }
}

interface HostCurlOptions {
  url: string
  output: string | undefined
  writeOut: string | undefined
}

/** Reads the curl options the host terminal simulates. The first argument that is neither a flag nor a flag's value is the URL. */
function hostCurlOptions(args: string[]): HostCurlOptions {
  const options: HostCurlOptions = { url: '', output: undefined, writeOut: undefined }

  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '-o' || arg === '--output') options.output = args[++index]
    else if (arg === '-w' || arg === '--write-out') options.writeOut = args[++index]
    else if (arg === '-H' || arg === '--header' || arg === '-m' || arg === '--max-time' || arg === '-A' || arg === '--user-agent') index++
    else if (!arg.startsWith('-') && options.url === '') options.url = arg
  }
  return options
}
