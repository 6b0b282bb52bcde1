// `python3 -c CODE` for one-liners that read JSON and print values, such as
// `python3 -c 'import json,sys; h=json.load(sys.stdin); print(h["Status"])'`.
// CODE is a list of statements (imports, assignments, expressions) over
// literals, names, subscripts, attributes, calls, tuples, lists, dicts and
// list comprehensions. Output and tracebacks follow CPython 3.9-3.12, which
// print no source line for code given with -c.

import type { Program } from './types'

export interface PythonResult {
  stdout: string
  stderr: string
  exitCode: number
}

export interface PythonHost {
  stdin: string
  uid: number
  gid: number
  env: ReadonlyMap<string, string>
}

class Tuple {
  constructor(readonly items: PyValue[]) {}
}

class Module {
  constructor(readonly name: 'json' | 'sys' | 'os') {}
}

type Builtin = (args: PyValue[], keywords: Map<string, PyValue>) => PyValue
type PyValue = string | number | boolean | null | PyValue[] | Tuple | Map<string, PyValue> | Module | { builtin: Builtin } | { stream: 'stdin' }

/** A Python exception: its type name and message, as the traceback's last line shows them. */
class PythonError extends Error {
  constructor(
    readonly type: string,
    readonly detail: string,
  ) {
    super(`${type}: ${detail}`)
  }
}

/** Raised for code outside the supported subset, including invalid syntax, which the caller reports as not simulated. */
export class UnsupportedPythonError extends Error {}

type Token = { kind: 'name' | 'number' | 'string' | 'op'; text: string }

const OPERATORS = ['==', '!=', '//', '(', ')', '[', ']', '{', '}', ',', ':', '.', '=', ';', '+', '-', '*', '/', '%', '\n']

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let index = 0

  while (index < source.length) {
    const rest = source.slice(index)
    const { token, length } = readToken(rest)
    if (token) tokens.push(token)
    index += length
  }
  return tokens
}

/** Reads the token at the start of `text`; whitespace gives no token. */
function readToken(text: string): { token?: Token; length: number } {
  const space = /^[ \t]+/.exec(text)
  if (space) return { length: space[0].length }

  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text)
  if (name) return { token: { kind: 'name', text: name[0] }, length: name[0].length }

  const number = /^\d+(\.\d+)?/.exec(text)
  if (number) return { token: { kind: 'number', text: number[0] }, length: number[0].length }

  if (text[0] === '"' || text[0] === "'") {
    const literal = readString(text)
    return { token: { kind: 'string', text: literal.value }, length: literal.length }
  }

  const op = OPERATORS.find((candidate) => text.startsWith(candidate))
  if (op === undefined) throw new UnsupportedPythonError(text[0])
  return { token: { kind: 'op', text: op }, length: op.length }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' }

function readString(text: string): { value: string; length: number } {
  const quote = text[0]!
  let value = ''
  for (let index = 1; index < text.length; index++) {
    const char = text[index]!
    if (char === quote) return { value, length: index + 1 }
    if (char === '\\' && index + 1 < text.length) {
      const next = text[++index]!
      value += ESCAPES[next] ?? `\\${next}`
    } else value += char
  }
  throw new UnsupportedPythonError('unterminated string')
}

type Expr =
  | { kind: 'literal'; value: PyValue }
  | { kind: 'name'; name: string }
  | { kind: 'attribute'; target: Expr; name: string }
  | { kind: 'subscript'; target: Expr; index: Expr }
  | { kind: 'call'; callee: Expr; args: Expr[]; keywords: [string, Expr][] }
  | { kind: 'tuple' | 'list'; items: Expr[] }
  | { kind: 'dict'; entries: [Expr, Expr][] }
  | { kind: 'comprehension'; element: Expr; variable: string; iterable: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr }
  | { kind: 'negate'; operand: Expr }

type Statement = { kind: 'import'; modules: string[] } | { kind: 'assign'; name: string; value: Expr } | { kind: 'expression'; value: Expr }

class Parser {
  private index = 0

  constructor(private readonly tokens: Token[]) {}

  statements(): Statement[] {
    const result: Statement[] = []
    while (this.index < this.tokens.length) {
      if (this.accept(';') || this.accept('\n')) continue
      result.push(this.statement())
      if (this.index < this.tokens.length && !this.accept(';') && !this.accept('\n')) throw new UnsupportedPythonError('syntax')
    }
    return result
  }

  private statement(): Statement {
    if (this.peek()?.kind === 'name' && this.peek()?.text === 'import') {
      this.index++
      const modules = [this.name()]
      while (this.accept(',')) modules.push(this.name())
      return { kind: 'import', modules }
    }

    const next = this.tokens[this.index + 1]
    if (this.peek()?.kind === 'name' && next?.kind === 'op' && next.text === '=') {
      const name = this.name()
      this.index++
      return { kind: 'assign', name, value: this.expression() }
    }
    return { kind: 'expression', value: this.expression() }
  }

  private expression(): Expr {
    let left = this.term()
    for (let op = this.acceptAny(['+', '-']); op !== undefined; op = this.acceptAny(['+', '-'])) left = { kind: 'binary', op, left, right: this.term() }
    return left
  }

  private term(): Expr {
    let left = this.unary()
    for (let op = this.acceptAny(['*', '/', '//', '%']); op !== undefined; op = this.acceptAny(['*', '/', '//', '%'])) left = { kind: 'binary', op, left, right: this.unary() }
    return left
  }

  private unary(): Expr {
    if (this.accept('-')) return { kind: 'negate', operand: this.unary() }
    return this.postfix(this.atom())
  }

  private postfix(start: Expr): Expr {
    let expr = start
    for (;;) {
      if (this.accept('.')) expr = { kind: 'attribute', target: expr, name: this.name() }
      else if (this.accept('[')) {
        expr = { kind: 'subscript', target: expr, index: this.expression() }
        this.expect(']')
      } else if (this.accept('(')) expr = this.call(expr)
      else return expr
    }
  }

  private call(callee: Expr): Expr {
    const args: Expr[] = []
    const keywords: [string, Expr][] = []
    while (!this.accept(')')) {
      const next = this.tokens[this.index + 1]
      if (this.peek()?.kind === 'name' && next?.kind === 'op' && next.text === '=') {
        const name = this.name()
        this.index++
        keywords.push([name, this.expression()])
      } else args.push(this.expression())
      if (!this.accept(',')) {
        this.expect(')')
        break
      }
    }
    return { kind: 'call', callee, args, keywords }
  }

  private atom(): Expr {
    const token = this.tokens[this.index++]
    if (token === undefined) throw new UnsupportedPythonError('syntax')
    if (token.kind === 'number') return { kind: 'literal', value: Number(token.text) }
    if (token.kind === 'string') {
      let value = token.text
      while (this.peek()?.kind === 'string') value += this.tokens[this.index++]!.text
      return { kind: 'literal', value }
    }
    if (token.kind === 'name') {
      const constants: Record<string, PyValue> = { True: true, False: false, None: null }
      return token.text in constants ? { kind: 'literal', value: constants[token.text]! } : { kind: 'name', name: token.text }
    }
    if (token.text === '(') return this.sequence(')', 'tuple')
    if (token.text === '[') return this.sequence(']', 'list')
    if (token.text === '{') return this.dict()
    throw new UnsupportedPythonError('syntax')
  }

  private sequence(close: string, kind: 'tuple' | 'list'): Expr {
    const items: Expr[] = []
    let trailingComma = false
    while (!this.accept(close)) {
      items.push(this.expression())
      if (kind === 'list' && items.length === 1 && this.peek()?.text === 'for') return this.comprehension(items[0]!)
      trailingComma = this.accept(',')
      if (!trailingComma) {
        this.expect(close)
        break
      }
    }
    if (kind === 'tuple' && items.length === 1 && !trailingComma) return items[0]!
    return { kind, items }
  }

  private comprehension(element: Expr): Expr {
    this.index++
    const variable = this.name()
    if (this.name() !== 'in') throw new UnsupportedPythonError('syntax')
    const iterable = this.expression()
    this.expect(']')
    return { kind: 'comprehension', element, variable, iterable }
  }

  private dict(): Expr {
    const entries: [Expr, Expr][] = []
    while (!this.accept('}')) {
      const key = this.expression()
      this.expect(':')
      entries.push([key, this.expression()])
      if (!this.accept(',')) {
        this.expect('}')
        break
      }
    }
    return { kind: 'dict', entries }
  }

  private peek(): Token | undefined {
    return this.tokens[this.index]
  }

  private accept(op: string): boolean {
    const token = this.peek()
    if (token?.kind !== 'op' || token.text !== op) return false
    this.index++
    return true
  }

  private acceptAny(ops: string[]): string | undefined {
    return ops.find((op) => this.accept(op))
  }

  private expect(op: string): void {
    if (!this.accept(op)) throw new UnsupportedPythonError(op)
  }

  private name(): string {
    const token = this.tokens[this.index++]
    if (token?.kind !== 'name') throw new UnsupportedPythonError('syntax')
    return token.text
  }
}

/** Python's repr() of a value. */
export function pythonRepr(value: PyValue): string {
  if (typeof value === 'string') return stringRepr(value)
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (value === null) return 'None'
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`
  if (value instanceof Tuple) return value.items.length === 1 ? `(${pythonRepr(value.items[0]!)},)` : `(${value.items.map(pythonRepr).join(', ')})`
  if (value instanceof Map) return `{${[...value].map(([key, item]) => `${stringRepr(key)}: ${pythonRepr(item)}`).join(', ')}}`
  if (value instanceof Module) return `<module '${value.name}' (built-in)>`
  if ('stream' in value) return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"
  return '<built-in function>'
}

function stringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  const escaped = text.replace(/[\\\n\t\r]/g, (char) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[char]!)
  return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote
}

/** Python's str(): strings as they are, everything else as repr(). */
function pythonStr(value: PyValue): string {
  return typeof value === 'string' ? value : pythonRepr(value)
}

function fromJson(value: unknown): PyValue {
  if (Array.isArray(value)) return value.map(fromJson)
  if (value !== null && typeof value === 'object') return new Map(Object.entries(value).map(([key, item]) => [key, fromJson(item)]))
  return value as PyValue
}

/** json.dumps() with its default separators `, ` and `: `. */
function toJson(value: PyValue): string {
  if (typeof value === 'string') return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value === null) return 'null'
  if (Array.isArray(value)) return `[${value.map(toJson).join(', ')}]`
  if (value instanceof Tuple) return `[${value.items.map(toJson).join(', ')}]`
  if (value instanceof Map) return `{${[...value].map(([key, item]) => `${toJson(key)}: ${toJson(item)}`).join(', ')}}`
  throw new PythonError('TypeError', `Object of type ${typeName(value)} is not JSON serializable`)
}

function typeName(value: PyValue): string {
  if (typeof value === 'string') return 'str'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  if (typeof value === 'boolean') return 'bool'
  if (value === null) return 'NoneType'
  if (Array.isArray(value)) return 'list'
  if (value instanceof Tuple) return 'tuple'
  if (value instanceof Map) return 'dict'
  if (value instanceof Module) return 'module'
  return 'builtin_function_or_method'
}

class Interpreter {
  readonly scope = new Map<string, PyValue>()
  stdout = ''
  private stdinRead = false

  constructor(private readonly host: PythonHost) {
    this.scope.set('print', { builtin: (args, keywords) => this.print(args, keywords) })
    this.scope.set('len', { builtin: ([value]) => this.length(value ?? null) })
    this.scope.set('str', { builtin: ([value]) => (value === undefined ? '' : pythonStr(value)) })
    this.scope.set('repr', { builtin: ([value]) => pythonRepr(value ?? null) })
    this.scope.set('int', { builtin: ([value]) => this.integer(value ?? 0) })
  }

  run(statements: Statement[]): void {
    for (const statement of statements) {
      if (statement.kind === 'import') statement.modules.forEach((name) => this.scope.set(name, this.importModule(name)))
      else if (statement.kind === 'assign') this.scope.set(statement.name, this.evaluate(statement.value, this.scope))
      else this.evaluate(statement.value, this.scope)
    }
  }

  private importModule(name: string): Module {
    if (name === 'json' || name === 'sys' || name === 'os') return new Module(name)
    throw new PythonError('ModuleNotFoundError', `No module named '${name}'`)
  }

  private evaluate(expr: Expr, scope: Map<string, PyValue>): PyValue {
    switch (expr.kind) {
      case 'literal':
        return expr.value
      case 'name':
        if (!scope.has(expr.name)) throw new PythonError('NameError', `name '${expr.name}' is not defined`)
        return scope.get(expr.name)!
      case 'attribute':
        return this.attribute(this.evaluate(expr.target, scope), expr.name)
      case 'subscript':
        return this.subscript(this.evaluate(expr.target, scope), this.evaluate(expr.index, scope))
      case 'call':
        return this.callValue(expr, scope)
      case 'tuple':
        return new Tuple(expr.items.map((item) => this.evaluate(item, scope)))
      case 'list':
        return expr.items.map((item) => this.evaluate(item, scope))
      case 'dict':
        return new Map(expr.entries.map(([key, value]) => [this.dictKey(this.evaluate(key, scope)), this.evaluate(value, scope)]))
      case 'comprehension':
        return this.iterate(this.evaluate(expr.iterable, scope)).map((item) => this.evaluate(expr.element, new Map([...scope, [expr.variable, item]])))
      case 'negate':
        return -this.number(this.evaluate(expr.operand, scope), '-')
      default:
        return this.binary(expr.op, this.evaluate(expr.left, scope), this.evaluate(expr.right, scope))
    }
  }

  private callValue(expr: Extract<Expr, { kind: 'call' }>, scope: Map<string, PyValue>): PyValue {
    const callee = this.evaluate(expr.callee, scope)
    if (callee === null || typeof callee !== 'object' || !('builtin' in callee)) throw new PythonError('TypeError', `'${typeName(callee)}' object is not callable`)
    const keywords = new Map(expr.keywords.map(([name, value]) => [name, this.evaluate(value, scope)]))
    return callee.builtin(expr.args.map((arg) => this.evaluate(arg, scope)), keywords)
  }

  private attribute(target: PyValue, name: string): PyValue {
    if (target instanceof Module) {
      const member = this.moduleMember(target, name)
      if (member === undefined) throw new PythonError('AttributeError', `module '${target.name}' has no attribute '${name}'`)
      return member
    }
    if (target instanceof Map && (name === 'get' || name === 'keys' || name === 'values' || name === 'items')) return { builtin: (args) => this.dictMethod(target, name, args) }
    throw new PythonError('AttributeError', `'${typeName(target)}' object has no attribute '${name}'`)
  }

  private moduleMember(module: Module, name: string): PyValue | undefined {
    const members: Record<string, Record<string, PyValue>> = {
      json: {
        load: { builtin: ([stream]) => this.loadJson(stream) },
        loads: { builtin: ([text]) => this.parseJson(typeof text === 'string' ? text : '') },
        dumps: { builtin: ([value]) => toJson(value ?? null) },
      },
      sys: { stdin: { stream: 'stdin' }, argv: ['-c'] },
      os: {
        getuid: { builtin: () => this.host.uid },
        getgid: { builtin: () => this.host.gid },
        environ: new Map(this.host.env),
        getenv: { builtin: ([name, fallback]) => this.host.env.get(pythonStr(name ?? '')) ?? fallback ?? null },
      },
    }
    return members[module.name]![name]
  }

  private dictMethod(target: Map<string, PyValue>, name: string, args: PyValue[]): PyValue {
    if (name === 'get') return target.get(pythonStr(args[0] ?? null)) ?? args[1] ?? null
    if (name === 'keys') return [...target.keys()]
    if (name === 'values') return [...target.values()]
    return [...target].map(([key, value]) => new Tuple([key, value]))
  }

  private loadJson(stream: PyValue | undefined): PyValue {
    if (stream === null || typeof stream !== 'object' || !('stream' in stream)) throw new PythonError('AttributeError', `'${typeName(stream ?? null)}' object has no attribute 'read'`)
    const text = this.stdinRead ? '' : this.host.stdin
    this.stdinRead = true
    return this.parseJson(text)
  }

  private parseJson(text: string): PyValue {
    try {
      return fromJson(JSON.parse(text))
    } catch {
      // NOTE: CPython's traceback also lists the json module's frames and names the first invalid character, not always column 1.
      throw new PythonError('json.decoder.JSONDecodeError', 'Expecting value: line 1 column 1 (char 0)')
    }
  }

  private subscript(target: PyValue, index: PyValue): PyValue {
    if (target instanceof Map) {
      const key = this.dictKey(index)
      if (!target.has(key)) throw new PythonError('KeyError', pythonRepr(index))
      return target.get(key)!
    }

    const items = sequenceItems(target)
    if (items === undefined) throw new PythonError('TypeError', `'${typeName(target)}' object is not subscriptable`)
    if (typeof index !== 'number' || !Number.isInteger(index)) throw new PythonError('TypeError', `${typeName(target)} indices must be integers or slices, not ${typeName(index)}`)
    const position = index < 0 ? items.length + index : index
    if (position < 0 || position >= items.length) throw new PythonError('IndexError', `${typeName(target)} index out of range`)
    return items[position]!
  }

  private dictKey(value: PyValue): string {
    if (typeof value === 'string') return value
    throw new UnsupportedPythonError('dict key')
  }

  private iterate(value: PyValue): PyValue[] {
    if (Array.isArray(value)) return value
    if (value instanceof Tuple) return value.items
    if (value instanceof Map) return [...value.keys()]
    if (typeof value === 'string') return [...value]
    throw new PythonError('TypeError', `'${typeName(value)}' object is not iterable`)
  }

  private binary(op: string, left: PyValue, right: PyValue): PyValue {
    if (op === '+' && typeof left === 'string' && typeof right === 'string') return left + right
    if (op === '+' && Array.isArray(left) && Array.isArray(right)) return [...left, ...right]
    const a = this.number(left, op, right)
    const b = this.number(right, op, left)
    if ((op === '/' || op === '//' || op === '%') && b === 0) throw new PythonError('ZeroDivisionError', op === '/' ? 'division by zero' : 'integer division or modulo by zero')
    if (op === '+') return a + b
    if (op === '-') return a - b
    if (op === '*') return a * b
    if (op === '//') return Math.floor(a / b)
    if (op === '%') return ((a % b) + b) % b
    // NOTE: true division of integers gives a float that prints as `2.0` in Python; JavaScript numbers print `2`.
    return a / b
  }

  private number(value: PyValue, op: string, other: PyValue = 0): number {
    if (typeof value === 'number') return value
    if (typeof value === 'boolean') return value ? 1 : 0
    throw new PythonError('TypeError', `unsupported operand type(s) for ${op}: '${typeName(value)}' and '${typeName(other)}'`)
  }

  private length(value: PyValue): number {
    if (typeof value === 'string' || Array.isArray(value)) return value.length
    if (value instanceof Tuple) return value.items.length
    if (value instanceof Map) return value.size
    throw new PythonError('TypeError', `object of type '${typeName(value)}' has no len()`)
  }

  private integer(value: PyValue): number {
    if (typeof value === 'number') return Math.trunc(value)
    if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value)
    throw new PythonError('ValueError', `invalid literal for int() with base 10: ${pythonRepr(value)}`)
  }

  private print(args: PyValue[], keywords: Map<string, PyValue>): null {
    const sep = keywords.get('sep')
    const end = keywords.get('end')
    this.stdout += args.map(pythonStr).join(typeof sep === 'string' ? sep : ' ') + (typeof end === 'string' ? end : '\n')
    return null
  }
}

/** Returns the items of a list, tuple or string, or undefined for other values. */
function sequenceItems(value: PyValue): PyValue[] | undefined {
  if (Array.isArray(value)) return value
  if (value instanceof Tuple) return value.items
  if (typeof value === 'string') return [...value]
  return undefined
}

const TRACEBACK = 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n'

/**
 * Runs the code of `python3 -c CODE`. Throws UnsupportedPythonError for syntax
 * outside the subset, which real Python would run.
 */
export function runPythonCode(code: string, host: PythonHost): PythonResult {
  const interpreter = new Interpreter(host)

  try {
    interpreter.run(new Parser(tokenize(code)).statements())
    return { stdout: interpreter.stdout, stderr: '', exitCode: 0 }
  } catch (error) {
    if (!(error instanceof PythonError)) throw error
    return { stdout: interpreter.stdout, stderr: `${TRACEBACK}${error.message}\n`, exitCode: 1 }
  }
}

/** Runs `python3 -c CODE`, or returns undefined when CODE is outside the simulated subset. */
export function pythonCommand(code: string, host: PythonHost): PythonResult | undefined {
  try {
    return runPythonCode(code, host)
  } catch (error) {
    if (error instanceof UnsupportedPythonError) return undefined
    throw error
  }
}

/** `python3` inside a container whose image has Python: only `-c CODE` and `--version` are simulated. */
export const pythonProgram: Program = (ctx) => {
  const args = ctx.argv.slice(1)
  if (args[0] === '--version' || args[0] === '-V') {
    ctx.write(`Python ${ctx.state.env.get('PYTHON_VERSION') ?? '3.9.24'}\n`)
    return 0
  }
  if (args[0] !== '-c' || args[1] === undefined) {
    ctx.write(`${ctx.argv[0]}: this container runs only simple -c one-liners\n`, 'stderr')
    return 2
  }

  const host = { stdin: ctx.stdin, uid: ctx.state.cred.uid, gid: ctx.state.cred.gid, env: ctx.state.env }
  const result = pythonCommand(args[1], host)
  if (result === undefined) {
    ctx.write(`${ctx.argv[0]}: this container runs only simple -c one-liners\n`, 'stderr')
    return 2
  }
  ctx.write(result.stdout)
  ctx.write(result.stderr, 'stderr')
  return result.exitCode
}
