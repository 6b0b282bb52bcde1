// Executes a parsed Go template on plain JavaScript data, with the error
// texts of Go's text/template exec.go.

import { nodeString, type ArgNode, type CommandNode, type ControlNode, type PipeNode, type TemplateNode } from './ast'
import { ExecState, type MissingKeyMode } from './exec-state'
import { literalMismatch, paramType, valueMismatch } from './arg-types'
import { TEMPLATE_FUNCTIONS, type ParamType } from './funcs'
import { goStructType, goTypeName, isMap, isTrue, MISSING, printValue, rangeEntries } from './values'

export type { MissingKeyMode } from './exec-state'

// Go's missingVal: no value was piped into the command.
const NO_FINAL = Symbol('no final')

class BreakSignal {}
class ContinueSignal {}

export class Executor extends ExecState {
  private output = ''

  constructor(
    source: string,
    private readonly missingKey: MissingKeyMode,
  ) {
    super(source)
  }

  run(nodes: TemplateNode[], data: unknown): string {
    this.vars = [{ name: '$', value: data }]
    this.walkList(data, nodes)
    return this.output
  }

  // --- statements ---

  private walkList(dot: unknown, nodes: TemplateNode[]): void {
    for (const node of nodes) this.walk(dot, node)
  }

  private walk(dot: unknown, node: TemplateNode): void {
    this.at(node)
    switch (node.kind) {
      case 'text':
        this.output += node.text
        return
      case 'action': {
        const value = this.evalPipeline(dot, node.pipe)
        if (node.pipe.decl.length === 0) this.output += printValue(value)
        return
      }
      case 'if':
      case 'with':
        return this.walkIfOrWith(dot, node)
      case 'range':
        return this.walkRange(dot, node)
      case 'break':
        throw new BreakSignal()
      case 'continue':
        throw new ContinueSignal()
    }
  }

  private walkIfOrWith(dot: unknown, node: ControlNode): void {
    const mark = this.vars.length
    const value = this.evalPipeline(dot, node.pipe)
    if (isTrue(value)) this.walkList(node.kind === 'with' ? value : dot, node.list)
    else if (node.elseList !== undefined) this.walkList(dot, node.elseList)
    this.vars.length = mark
  }

  private walkRange(dot: unknown, node: ControlNode): void {
    const mark = this.vars.length
    const value = this.evalPipeline(dot, node.pipe)
    const entries = this.rangeEntries(value)

    for (const [key, element] of entries) {
      const iterationMark = this.vars.length
      this.setRangeVars(node.pipe, key, element)
      try {
        this.walkList(element, node.list)
      } catch (signal) {
        if (signal instanceof BreakSignal) break
        if (!(signal instanceof ContinueSignal)) throw signal
      } finally {
        this.vars.length = iterationMark
      }
    }

    if (entries.length === 0 && node.elseList !== undefined) this.walkList(dot, node.elseList)
    this.vars.length = mark
  }

  private rangeEntries(value: unknown): [unknown, unknown][] {
    const entries = rangeEntries(value)
    if (entries === undefined) this.fail(`range can't iterate over ${printValue(value)}`)
    return entries
  }

  // One variable gets the element, two get the key (or index) and the element.
  private setRangeVars(pipe: PipeNode, key: unknown, element: unknown): void {
    const [first, second] = pipe.decl
    if (first === undefined) return
    if (second === undefined) return this.setVar(first, element)
    this.setVar(first, key)
    this.setVar(second, element)
  }

  // --- pipelines and commands ---

  private evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.at(pipe)
    let value: unknown = NO_FINAL
    for (const command of pipe.cmds) value = this.evalCommand(dot, command, value)

    for (const name of pipe.decl) {
      if (pipe.isAssign) this.setVar(name, value)
      else this.vars.push({ name, value })
    }
    return value
  }

  private evalCommand(dot: unknown, command: CommandNode, final: unknown): unknown {
    const first = command.args[0]!
    switch (first.kind) {
      case 'field':
        this.at(first)
        return this.evalFieldChain(dot, dot, first.idents, command.args, final)
      case 'variable':
        return this.evalVariable(dot, first, command.args, final)
      case 'chain':
        return this.evalChain(dot, first, command.args, final)
      case 'identifier':
        return this.evalFunction(dot, first, command, final)
      case 'pipe':
        this.notAFunction(command.args, final)
        return this.evalPipeline(dot, first)
    }

    this.at(first)
    this.notAFunction(command.args, final)
    switch (first.kind) {
      case 'dot':
        return dot
      case 'nil':
        return this.fail('nil is not a command')
      default:
        return first.value
    }
  }

  private notAFunction(args: ArgNode[], final: unknown): void {
    if (args.length > 1 || final !== NO_FINAL) this.fail(`can't give argument to non-function ${nodeString(args[0]!)}`)
  }

  private evalVariable(dot: unknown, node: Extract<ArgNode, { kind: 'variable' }>, args: ArgNode[], final: unknown): unknown {
    this.at(node)
    const [name = '$', ...fields] = node.idents
    const value = this.varValue(name)
    if (fields.length === 0) {
      this.notAFunction(args, final)
      return value
    }
    return this.evalFieldChain(dot, value, fields, args, final)
  }

  private evalChain(dot: unknown, node: Extract<ArgNode, { kind: 'chain' }>, args: ArgNode[], final: unknown): unknown {
    this.at(node)
    if (node.node.kind === 'nil') this.fail(`indirection through explicit nil in ${nodeString(node)}`)
    const receiver = this.evalArg(dot, node.node, 'value')
    this.at(node)
    return this.evalFieldChain(dot, receiver, node.fields, args, final)
  }

  private evalFieldChain(dot: unknown, receiver: unknown, idents: string[], args: ArgNode[], final: unknown): unknown {
    let current = receiver
    idents.forEach((name, index) => {
      const isLast = index === idents.length - 1
      const position = { isFirst: index === 0, isLast }
      current = this.evalField(dot, name, current, isLast ? args : [], isLast ? final : NO_FINAL, position)
    })
    return current
  }

  private evalField(
    dot: unknown,
    name: string,
    receiver: unknown,
    args: ArgNode[],
    final: unknown,
    { isFirst, isLast }: { isFirst: boolean; isLast: boolean },
  ): unknown {
    const hasArgs = args.length > 1 || final !== NO_FINAL
    if (receiver === MISSING || receiver === undefined) {
      if (this.missingKey === 'error') this.fail(`nil data; no entry for key ${JSON.stringify(name)}`)
      return MISSING
    }
    if (receiver === null) this.fail(`nil pointer evaluating interface {}.${name}`)
    if (!isMap(receiver)) {
      // A value looked up in a map[string]interface{} keeps the static type interface {}.
      this.fail(`can't evaluate field ${name} in type ${isFirst ? goTypeName(receiver) : 'interface {}'}`)
    }

    const value = receiver instanceof Map ? receiver.get(name) : receiver[name]
    const structType = goStructType(receiver)
    if (structType !== undefined && value === undefined) this.fail(`can't evaluate field ${name} in type ${structType}`)
    if (typeof value === 'function') return this.callMethod(dot, receiver, value, args, final)
    if (hasArgs) this.fail(`${name} is not a method but has arguments`)

    const missing = value === undefined
    // A nil field inside a chain counts as missing because docker's raw-JSON fallback omits it.
    const absentInChain = !isLast && (missing || value === null)
    if (absentInChain || (missing && this.missingKey === 'error')) this.fail(`map has no entry for key ${JSON.stringify(name)}`)
    return missing ? MISSING : value
  }

  private callMethod(dot: unknown, receiver: object, method: Function, args: ArgNode[], final: unknown): unknown {
    const values = args.slice(1).map((arg) => this.evalArg(dot, arg, 'any'))
    if (final !== NO_FINAL) values.push(final)
    return method.apply(receiver, values)
  }

  // --- functions ---

  private evalFunction(dot: unknown, node: Extract<ArgNode, { kind: 'identifier' }>, command: CommandNode | ArgNode, final: unknown): unknown {
    this.at(node)
    const name = node.name
    const fn = TEMPLATE_FUNCTIONS.get(name)
    if (fn === undefined) this.fail(`${JSON.stringify(name)} is not a defined function`)

    const argNodes = command.kind === 'command' ? command.args.slice(1) : []
    const count = argNodes.length + (final === NO_FINAL ? 0 : 1)
    this.checkArity(name, fn.params.length, fn.variadic !== undefined, count)

    if (name === 'and' || name === 'or') return this.evalAndOr(dot, name, argNodes, final)

    const values = argNodes.map((arg, index) => this.evalArg(dot, arg, paramType(fn.params, fn.variadic, index)))
    if (final !== NO_FINAL) values.push(this.checkType(final, paramType(fn.params, fn.variadic, argNodes.length)))

    try {
      return fn.call(values)
    } catch (error) {
      this.at(command)
      this.fail(`error calling ${name}: ${(error as Error).message}`)
    }
  }

  private checkArity(name: string, fixed: number, variadic: boolean, count: number): void {
    if (variadic && count < fixed) this.fail(`wrong number of args for ${name}: want at least ${fixed} got ${count}`)
    if (!variadic && count !== fixed) this.fail(`wrong number of args for ${name}: want ${fixed} got ${count}`)
  }

  // `and` returns the first false argument or the last one; `or` the first true one or the last.
  private evalAndOr(dot: unknown, name: 'and' | 'or', argNodes: ArgNode[], final: unknown): unknown {
    let value: unknown = MISSING
    for (const arg of argNodes) {
      value = this.evalArg(dot, arg, 'value')
      if (isTrue(value) === (name === 'or')) return value
    }
    return final === NO_FINAL ? value : final
  }

  // Fails with Go's message when an argument does not fit its parameter type.
  private checked(value: unknown, mismatch: string | undefined): unknown {
    if (mismatch !== undefined) this.fail(mismatch)
    return value
  }

  private checkType(value: unknown, type: ParamType): unknown {
    return this.checked(type === 'any' && value === MISSING ? null : value, valueMismatch(value, type))
  }

  private evalArg(dot: unknown, node: ArgNode, type: ParamType): unknown {
    this.at(node)
    switch (node.kind) {
      case 'dot':
        return this.checkType(dot, type)
      case 'nil':
        if (type !== 'value' && type !== 'any' && type !== 'stringSlice') this.fail(`cannot assign nil to ${type}`)
        return null
      case 'field':
        return this.checkType(this.evalFieldChain(dot, dot, node.idents, [node], NO_FINAL), type)
      case 'variable':
        return this.checkType(this.evalVariable(dot, node, [node], NO_FINAL), type)
      case 'chain':
        return this.checkType(this.evalChain(dot, node, [node], NO_FINAL), type)
      case 'pipe':
        return this.checkType(this.evalPipeline(dot, node), type)
      case 'identifier':
        return this.checkType(this.evalFunction(dot, node, node, NO_FINAL), type)
      default:
        return this.checked(node.value, literalMismatch(node, type))
    }
  }


}
