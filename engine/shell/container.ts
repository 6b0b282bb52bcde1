// The shell that runs inside a simulated container (`sh -c`, `docker exec`,
// health-check probes). It runs synchronously: commands do not wait for real
// time but add their virtual duration (for example `sleep 5`), so a health
// check can compare that duration with its timeout.

import type { OutputStream } from '../api'
import { canAccess, FsError, resolvePath } from '../fs/vfs'
import { parseScript, type Statement } from './compound'
import { expandWord, globToRegExp, ShellSyntaxError, type Redirect, type SimpleCommand } from './parse'
import { PROGRAMS } from './programs'
import { rejectWithoutCapability } from './capabilities'
import type { ContainerContext, ExecResult, OutputChunk, ProgramContext, ShellKind, ShellState } from './types'

type Sink = (text: string, stream: OutputStream) => void

class ExitSignal {
  constructor(readonly code: number) {}
}

/** Ends the script after a program that runs until Ctrl-C, such as `ping` without `-c`. */
class UntilInterruptedSignal {
  constructor(readonly code: number) {}
}

type InterruptHandler = NonNullable<ExecResult['interrupt']>

const BUILTINS = new Set(['cd', 'echo', 'exit', 'export', 'true', 'false', 'test', '[', 'pwd', 'unset', 'printf', ':', 'type', 'command'])

/** Builtins implemented by a program of another name. */
const BUILTIN_PROGRAMS: Record<string, string> = { '[': 'test', ':': 'true' }

/**
 * Limits that end a loop which would otherwise never stop, since commands run
 * synchronously. A container whose main process loops forever therefore exits
 * after six virtual hours.
 * NOTE: a real loop runs until stopped; these limits keep the simulation finite.
 */
const MAX_LOOP_ITERATIONS = 100_000
const MAX_LOOP_MS = 6 * 3_600_000
const MAX_LOOP_OUTPUT_CHARS = 1_000_000

/** Maximum length of one command line the shell accepts before refusing it. */
const MAX_LINE = 65536

export interface ShellOptions {
  kind: ShellKind
  /** Name used in error messages: `sh`, `/bin/sh` or `bash`. */
  argv0: string
  stdoutIsTTY?: boolean
  /** True for an interactive session (`docker exec -it … sh`), which changes bash's error prefix. */
  interactive?: boolean
}

export class ContainerShell {
  private chunks: OutputChunk[] = []
  private elapsed = 0
  private depth = 0
  /** Characters written by programs in this run, to stop runaway loops. */
  private written = 0

  /** Handler of the program that runs until Ctrl-C, with its start time within the run. */
  private interruptible: { handler: InterruptHandler; startedAt: number } | undefined

  /** True when the last top-level script ended with the `exit` builtin. */
  exitRequested = false

  constructor(
    readonly container: ContainerContext,
    readonly state: ShellState,
    readonly options: ShellOptions,
  ) {}

  /** Runs a script and returns its exit code, output chunks and virtual duration. */
  run(script: string, stdin = ''): ExecResult {
    this.chunks = []
    this.elapsed = 0
    this.written = 0
    this.exitRequested = false
    this.interruptible = undefined
    const sink: Sink = (text, stream) => this.record(text, stream)
    const exitCode = this.runScript(script, sink, stdin, this.options)
    this.state.lastExit = exitCode

    const result: ExecResult = { exitCode, chunks: this.chunks, durationMs: this.elapsed }
    const interruptible = this.pendingInterrupt()
    if (interruptible) result.interrupt = (elapsedMs) => interruptible.handler(Math.max(0, elapsedMs - interruptible.startedAt))
    return result
  }

  private pendingInterrupt(): { handler: InterruptHandler; startedAt: number } | undefined {
    return this.interruptible
  }

  private record(text: string, stream: OutputStream): void {
    if (text === '') return
    const last = this.chunks[this.chunks.length - 1]
    if (last && last.stream === stream && last.at === this.elapsed) last.text += text
    else this.chunks.push({ stream, text, at: this.elapsed })
  }

  private runScript(script: string, sink: Sink, stdin: string, options: ShellOptions): number {
    let statements: Statement[]

    try {
      if (script.length > MAX_LINE) throw new ShellSyntaxError('unexpected-token', 'newline')
      statements = parseScript(script)
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error
      sink(`${this.syntaxMessage(error, options)}\n`, 'stderr')
      return 2
    }

    try {
      return this.runStatements(statements, sink, stdin, options)
    } catch (signal) {
      if (signal instanceof UntilInterruptedSignal && this.depth === 0) return signal.code
      if (!(signal instanceof ExitSignal)) throw signal
      if (this.depth === 0) this.exitRequested = true
      return signal.code
    }
  }

  private syntaxMessage(error: ShellSyntaxError, options: ShellOptions): string {
    const name = options.argv0
    if (error.kind === 'unterminated-quote') {
      if (options.kind === 'bash') return `${name}: -c: line 1: unexpected EOF while looking for matching \`${error.token}'`
      if (options.kind === 'dash') return `${name}: 1: Syntax error: Unterminated quoted string`
      return `${name}: syntax error: unterminated quoted string`
    }

    if (error.token === 'end of file') {
      if (options.kind === 'bash') return `${name}: -c: line 1: syntax error: unexpected end of file`
      if (options.kind === 'dash') return `${name}: 1: Syntax error: end of file unexpected`
      return `${name}: syntax error: unexpected end of file`
    }

    if (options.kind === 'bash') return `${name}: -c: line 1: syntax error near unexpected token \`${error.token}'`
    if (options.kind === 'dash') return `${name}: 1: Syntax error: "${error.token}" unexpected`
    return `${name}: syntax error: unexpected "${error.token}"`
  }

  private runStatements(statements: Statement[], sink: Sink, stdin: string, options: ShellOptions): number {
    let status = this.state.lastExit

    for (const statement of statements) {
      const connector = statement.kind === 'item' ? statement.item.connector : statement.connector
      if (connector === '&&' && status !== 0) continue
      if (connector === '||' && status === 0) continue
      status = this.runStatement(statement, sink, stdin, options)
      this.state.lastExit = status
    }

    return status
  }

  private runStatement(statement: Statement, sink: Sink, stdin: string, options: ShellOptions): number {
    switch (statement.kind) {
      case 'item':
        return this.runPipeline(statement.item.pipeline.commands, sink, stdin, options)
      case 'if':
        for (const branch of statement.branches) {
          if (this.runStatements(branch.condition, sink, stdin, options) === 0) return this.runStatements(branch.body, sink, stdin, options)
        }
        return statement.otherwise.length > 0 ? this.runStatements(statement.otherwise, sink, stdin, options) : 0
      case 'for':
        return this.runFor(statement, sink, stdin, options)
      default:
        return this.runWhile(statement, sink, stdin, options)
    }
  }

  private runFor(statement: Extract<Statement, { kind: 'for' }>, sink: Sink, stdin: string, options: ShellOptions): number {
    let status = 0
    const values = this.expandWords({ words: statement.words, redirects: [] })
    for (const value of values) {
      this.state.env.set(statement.variable, value)
      status = this.runStatements(statement.body, sink, stdin, options)
    }
    return status
  }

  private runWhile(statement: Extract<Statement, { kind: 'while' | 'until' }>, sink: Sink, stdin: string, options: ShellOptions): number {
    const startedAt = this.elapsed
    const writtenAtStart = this.written
    let status = 0
    const withinLimits = (iteration: number): boolean =>
      iteration < MAX_LOOP_ITERATIONS && this.elapsed - startedAt < MAX_LOOP_MS && this.written - writtenAtStart < MAX_LOOP_OUTPUT_CHARS

    for (let iteration = 0; withinLimits(iteration); iteration++) {
      const condition = this.runStatements(statement.condition, sink, stdin, options)
      if ((condition === 0) !== (statement.kind === 'while')) break
      status = this.runStatements(statement.body, sink, stdin, options)
    }
    return status
  }

  private runPipeline(commands: SimpleCommand[], sink: Sink, stdin: string, options: ShellOptions): number {
    let input = stdin
    let status = 0

    for (let index = 0; index < commands.length; index++) {
      const last = index === commands.length - 1
      let captured = ''
      const stageSink: Sink = last ? sink : (text, stream) => (stream === 'stdout' ? (captured += text) : sink(text, stream))
      const stageOptions = last ? options : { ...options, stdoutIsTTY: false }
      status = this.runCommand(commands[index]!, stageSink, input, stageOptions)
      input = captured
    }

    return status
  }

  private lookupVariable(name: string): string | undefined {
    if (name === '?') return String(this.state.lastExit)
    if (name === '$') return '1'
    if (name === '0') return this.options.argv0
    return this.state.env.get(name)
  }

  private expandWords(command: SimpleCommand): string[] {
    const words: string[] = []

    for (const word of command.words) {
      const text = expandWord(word.text, (name) => this.lookupVariable(name))
      if (!word.glob) {
        words.push(text)
        continue
      }
      const matches = this.expandGlob(text)
      words.push(...(matches.length > 0 ? matches : [text]))
    }

    return words
  }

  private expandGlob(pattern: string): string[] {
    const slash = pattern.lastIndexOf('/')
    const dirPart = slash >= 0 ? pattern.slice(0, slash + 1) : ''
    const namePart = slash >= 0 ? pattern.slice(slash + 1) : pattern
    const dir = this.container.fs.lookup(resolvePath(this.state.cwd, dirPart || '.'))
    if (!dir || dir.type !== 'dir') return []

    const regexp = globToRegExp(namePart)
    return [...dir.children.keys()]
      .filter((name) => regexp.test(name) && (!name.startsWith('.') || namePart.startsWith('.')))
      .sort()
      .map((name) => dirPart + name)
  }

  private runCommand(command: SimpleCommand, sink: Sink, stdin: string, options: ShellOptions): number {
    const words = this.expandWords(command)
    const assignments: [string, string][] = []
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) {
      const word = words.shift()!
      const equals = word.indexOf('=')
      assignments.push([word.slice(0, equals), word.slice(equals + 1)])
    }

    const redirected = this.applyRedirects(command.redirects, sink, stdin, options)
    if (redirected === undefined) return 1
    if (redirected.stdoutRedirected) options = { ...options, stdoutIsTTY: false }

    if (words.length === 0) {
      for (const [name, value] of assignments) this.state.env.set(name, value)
      redirected.finish()
      return 0
    }

    const saved = assignments.map(([name]) => [name, this.state.env.get(name)] as const)
    for (const [name, value] of assignments) this.state.env.set(name, value)

    try {
      return this.invoke(words, redirected.sink, redirected.stdin, options)
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) this.state.env.delete(name)
        else this.state.env.set(name, value)
      }
      redirected.finish()
    }
  }

  private applyRedirects(redirects: Redirect[], sink: Sink, stdin: string, options: ShellOptions): { sink: Sink; stdin: string; finish: () => void; stdoutRedirected: boolean } | undefined {
    type FdSink = (text: string) => void
    const targets: Record<number, FdSink> = { 1: (text) => sink(text, 'stdout'), 2: (text) => sink(text, 'stderr') }
    const files: { path: string; append: boolean; content: string }[] = []
    let input = stdin

    for (const redirect of redirects) {
      const target = expandWord(redirect.target.text, (name) => this.lookupVariable(name))

      if (redirect.op === '>&') {
        const source = targets[Number(target)]
        if (source) targets[redirect.fd] = source
        continue
      }

      if (redirect.op === '<') {
        try {
          input = this.container.fs.readFile(resolvePath(this.state.cwd, target), this.state.cred)
        } catch (error) {
          if (!(error instanceof FsError)) throw error
          sink(`${this.redirectError(target, error.reason, options, 'open')}\n`, 'stderr')
          return undefined
        }
        continue
      }

      if (target === '/dev/null') {
        targets[redirect.fd] = () => {}
        continue
      }
      if (target === '/dev/stderr' || target === '/dev/stdout') {
        const stream = target === '/dev/stderr' ? 'stderr' : 'stdout'
        targets[redirect.fd] = (text) => sink(text, stream)
        continue
      }

      const path = resolvePath(this.state.cwd, target)
      try {
        this.container.fs.writeFile(path, '', this.now(), this.state.cred, redirect.op === '>>')
      } catch (error) {
        if (!(error instanceof FsError)) throw error
        sink(`${this.redirectError(target, error.reason, options, 'create')}\n`, 'stderr')
        return undefined
      }

      const file = { path, append: true, content: '' }
      files.push(file)
      targets[redirect.fd] = (text) => {
        file.content += text
      }
    }

    const finish = (): void => {
      for (const file of files) this.container.fs.writeFile(file.path, file.content, this.now(), this.state.cred, true)
    }

    const stdoutRedirected = redirects.some((redirect) => redirect.fd === 1 && (redirect.op === '>' || redirect.op === '>>'))
    return { sink: (text, stream) => targets[stream === 'stdout' ? 1 : 2]!(text), stdin: input, finish, stdoutRedirected }
  }

  private redirectError(target: string, reason: string, options: ShellOptions, action: 'create' | 'open'): string {
    if (options.kind === 'bash') return `${options.argv0}: ${target}: ${reason}`
    if (options.kind === 'dash') return `${options.argv0}: 1: cannot ${action} ${target}: ${reason}`
    return `${options.argv0}: can't ${action} ${target}: ${reason}`
  }

  private now(): number {
    return this.container.startMs + this.elapsed
  }

  private makeContext(argv: string[], sink: Sink, stdin: string, options: ShellOptions): ProgramContext {
    const startedAt = this.elapsed
    return {
      container: this.container,
      state: this.state,
      argv,
      stdin,
      stdoutIsTTY: options.stdoutIsTTY ?? false,
      write: (text, stream = 'stdout') => {
        this.written += text.length
        sink(text, stream)
      },
      spend: (ms) => {
        this.elapsed += Math.max(0, ms)
      },
      now: () => this.now(),
      runScript: (script, argv0, kind) => {
        this.depth++
        try {
          return this.runScript(script, sink, stdin, { kind, argv0, stdoutIsTTY: options.stdoutIsTTY })
        } finally {
          this.depth--
        }
      },
      runUntilInterrupted: (handler) => {
        this.interruptible = { handler, startedAt }
      },
    }
  }

  private invoke(argv: string[], sink: Sink, stdin: string, options: ShellOptions): number {
    const name = argv[0]!
    if (BUILTINS.has(name)) return this.runBuiltin(argv, sink, options)

    const path = this.findExecutable(name)
    if (path === undefined) {
      sink(`${this.notFoundMessage(name, options)}\n`, 'stderr')
      return 127
    }
    if (path.startsWith('!')) {
      sink(`${this.prefix(options)}${name}: Permission denied\n`, 'stderr')
      return 126
    }

    const programName = path.slice(path.lastIndexOf('/') + 1)
    const program = PROGRAMS[programName]
    if (!program) return 0

    const ctx = this.makeContext(argv, sink, stdin, options)
    const status = rejectWithoutCapability(programName, ctx) ?? program(ctx)
    if (this.interruptible) throw new UntilInterruptedSignal(status)
    return status
  }

  private prefix(options: ShellOptions): string {
    if (options.kind === 'dash') return `${options.argv0}: 1: `
    if (options.kind === 'bash') return options.interactive ? `${options.argv0}: ` : `${options.argv0}: line 1: `
    return `${options.argv0}: `
  }

  private notFoundMessage(name: string, options: ShellOptions): string {
    if (options.kind === 'bash') return `${this.prefix(options)}${name}: command not found`
    return `${this.prefix(options)}${name}: not found`
  }

  /** Returns true when the shell's user may write to the node at `path`, as connecting to a unix socket requires. */
  canConnect(path: string): boolean {
    const node = this.container.fs.lookup(path)
    return node !== undefined && canAccess(node, this.state.cred, 2)
  }

  /** Returns the path of an executable, `!path` when it exists but may not run, or undefined. */
  findExecutable(name: string): string | undefined {
    const fs = this.container.fs

    if (name.includes('/')) {
      const path = resolvePath(this.state.cwd, name)
      const node = fs.lookup(path)
      if (!node) return undefined
      if (node.type === 'dir' || (node.mode & 0o111) === 0) return `!${path}`
      return path
    }

    const searchPath = this.state.env.get('PATH') ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    for (const dir of searchPath.split(':')) {
      const node = fs.lookup(`${dir}/${name}`)
      if (node && node.type === 'file' && (node.mode & 0o111) !== 0) return `${dir}/${name}`
    }
    return undefined
  }

  private runBuiltin(argv: string[], sink: Sink, options: ShellOptions): number {
    const ctx = this.makeContext(argv, sink, '', options)
    const name = argv[0]!

    switch (name) {
      case 'exit':
        throw new ExitSignal(argv[1] === undefined ? this.state.lastExit : Number.parseInt(argv[1], 10) & 0xff)
      case 'cd':
        return this.changeDirectory(argv[1] ?? this.state.env.get('HOME') ?? '/', sink, options)
      case 'pwd':
        sink(`${this.state.cwd}\n`, 'stdout')
        return 0
      case 'export':
        for (const word of argv.slice(1)) {
          const equals = word.indexOf('=')
          if (equals > 0) this.state.env.set(word.slice(0, equals), word.slice(equals + 1))
        }
        return 0
      case 'unset':
        for (const word of argv.slice(1)) this.state.env.delete(word)
        return 0
      case 'type':
      case 'command':
        return this.describeCommands(argv.slice(name === 'command' ? 2 : 1), sink)
      default:
        return PROGRAMS[BUILTIN_PROGRAMS[name] ?? name]!(ctx)
    }
  }

  private describeCommands(names: string[], sink: Sink): number {
    let status = 0
    for (const name of names) {
      const path = BUILTINS.has(name) ? undefined : this.findExecutable(name)
      if (BUILTINS.has(name)) sink(`${name} is a shell builtin\n`, 'stdout')
      else if (path && !path.startsWith('!')) sink(`${name} is ${path}\n`, 'stdout')
      else {
        sink(`${name}: not found\n`, 'stdout')
        status = 1
      }
    }
    return status
  }

  private changeDirectory(target: string, sink: Sink, options: ShellOptions): number {
    const path = resolvePath(this.state.cwd, target)

    try {
      const node = this.container.fs.walk(path, true, this.state.cred)
      if (node.type !== 'dir') throw new FsError('ENOTDIR', path)
      this.state.cwd = path
      return 0
    } catch (error) {
      if (!(error instanceof FsError)) throw error
      if (options.kind === 'dash') sink(`${options.argv0}: 1: cd: can't cd to ${target}\n`, 'stderr')
      else if (options.kind === 'bash') sink(`${this.prefix(options)}cd: ${target}: ${error.reason}\n`, 'stderr')
      else sink(`${options.argv0}: cd: can't cd to ${target}: ${error.reason}\n`, 'stderr')
      return options.kind === 'dash' ? 2 : 1
    }
  }
}
