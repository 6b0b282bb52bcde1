// Parser for Go text/template, producing the tree in ast.ts with the error
// messages of Go's text/template/parse.

import type { ArgNode, CommandNode, ControlNode, PipeNode, TemplateNode } from './ast'
import { lexTemplate, type Item, type ItemType } from './lex'
import { parseNumberLiteral, unquoteGoString } from './literals'
import { TokenCursor } from './token-cursor'

type Terminator = { kind: 'end' | 'else'; pos: number }

const OPERAND_START: ItemType[] = [
  'bool', 'charConstant', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen',
]

/** Parses template source; `functions` lists the names a template may call. */
export function parseTemplate(source: string, functions: ReadonlySet<string>): TemplateNode[] {
  return new Parser(lexTemplate(source), functions).parse()
}

class Parser extends TokenCursor {
  private vars: string[] = ['$']
  private rangeDepth = 0

  constructor(
    items: Item[],
    private readonly functions: ReadonlySet<string>,
  ) {
    super(items)
  }

  parse(): TemplateNode[] {
    const nodes: TemplateNode[] = []
    while (this.peekNonSpace().type !== 'eof') {
      const node = this.textOrAction()
      if (node.kind === 'end' || node.kind === 'else') {
        this.fail(`unexpected {{${node.kind}}}`)
      }
      nodes.push(node as TemplateNode)
    }
    return nodes
  }

  // --- lists and actions ---

  private textOrAction(): TemplateNode | Terminator {
    const item = this.nextNonSpace()
    if (item.type === 'text') return { kind: 'text', pos: item.pos, text: item.value }
    if (item.type === 'leftDelim') return this.action()
    this.unexpected(item, 'input')
  }

  private itemList(): { list: TemplateNode[]; next: Terminator } {
    const list: TemplateNode[] = []
    while (this.peekNonSpace().type !== 'eof') {
      const node = this.textOrAction()
      if (node.kind === 'end' || node.kind === 'else') return { list, next: node as Terminator }
      list.push(node as TemplateNode)
    }
    this.nextNonSpace()
    this.fail('unexpected EOF')
  }

  private action(): TemplateNode | Terminator {
    const item = this.nextNonSpace()
    if (item.type === 'keyword') return this.keywordAction(item)

    this.index--
    const first = this.peek()
    return { kind: 'action', pos: first.pos, pipe: this.pipeline('command', 'rightDelim') }
  }

  private keywordAction(item: Item): TemplateNode | Terminator {
    switch (item.value) {
      case 'end':
        return { kind: 'end', pos: this.expect('rightDelim', 'end').pos }
      case 'else':
        return this.elseControl()
      case 'if':
      case 'with':
      case 'range':
        return this.control(item.value, item.pos)
      case 'break':
      case 'continue':
        return this.loopControl(item.value, item.pos)
      default:
        // NOTE: {{define}}, {{template}} and {{block}} are valid Go but not supported here.
        this.fail(`{{${item.value}}} is not supported`, item)
    }
  }

  private elseControl(): Terminator {
    const peek = this.peekNonSpace()
    // `{{else if …}}` and `{{else with …}}` leave the keyword for the caller.
    if (peek.type === 'keyword' && (peek.value === 'if' || peek.value === 'with')) return { kind: 'else', pos: peek.pos }
    return { kind: 'else', pos: this.expect('rightDelim', 'else').pos }
  }

  private loopControl(kind: 'break' | 'continue', pos: number): TemplateNode {
    const item = this.nextNonSpace()
    if (item.type !== 'rightDelim') this.unexpected(item, `{{${kind}}}`)
    if (this.rangeDepth === 0) this.fail(`{{${kind}}} outside {{range}}`, item)
    return { kind, pos }
  }

  private control(kind: ControlNode['kind'], pos: number): ControlNode {
    const varCount = this.vars.length
    const pipe = this.pipeline(kind, 'rightDelim')
    if (kind === 'range') this.rangeDepth++
    const { list, next } = this.itemList()
    if (kind === 'range') this.rangeDepth--

    let elseList: TemplateNode[] | undefined
    if (next.kind === 'else') elseList = this.elseBranch(kind, next)
    this.vars.length = varCount
    return { kind, pos, pipe, list, elseList }
  }

  // Treats `{{if a}}x{{else if b}}y{{end}}` as `{{if a}}x{{else}}{{if b}}y{{end}}{{end}}`.
  private elseBranch(kind: ControlNode['kind'], elseNode: Terminator): TemplateNode[] {
    const peek = this.peekNonSpace()
    if (kind !== 'range' && peek.type === 'keyword' && peek.value === kind) {
      this.nextNonSpace()
      return [this.control(kind, elseNode.pos)]
    }

    const { list, next } = this.itemList()
    if (next.kind !== 'end') this.fail('expected end; found {{else}}')
    return list
  }

  // --- pipelines and commands ---

  private pipeline(context: string, end: ItemType): PipeNode {
    const start = this.peekNonSpace()
    const pipe: PipeNode = { kind: 'pipe', pos: start.pos, isAssign: false, decl: [], cmds: [] }
    this.declarations(pipe, context)

    for (;;) {
      const item = this.nextNonSpace()
      if (item.type === end) {
        this.checkPipeline(pipe, context, item)
        return pipe
      }
      if (!OPERAND_START.includes(item.type)) this.unexpected(item, context)
      this.index--
      pipe.cmds.push(this.command())
    }
  }

  private declarations(pipe: PipeNode, context: string): void {
    for (;;) {
      const variable = this.peekNonSpace()
      if (variable.type !== 'variable') return
      const mark = this.index
      this.nextNonSpace()
      const next = this.peekNonSpace()

      if (next.type === 'assign' || next.type === 'declare') {
        this.nextNonSpace()
        pipe.isAssign = next.type === 'assign'
        this.declare(pipe, variable)
        return
      }
      if (next.type === 'char' && next.value === ',') {
        this.nextNonSpace()
        this.declare(pipe, variable)
        if (context !== 'range' || pipe.decl.length >= 2) this.fail(`too many declarations in ${context}`)
        if (!['variable', 'rightDelim', 'rightParen'].includes(this.peekNonSpace().type)) {
          this.fail('range can only initialize variables')
        }
        continue
      }
      this.index = mark
      return
    }
  }

  private declare(pipe: PipeNode, variable: Item): void {
    pipe.decl.push(variable.value)
    this.vars.push(variable.value)
  }

  private checkPipeline(pipe: PipeNode, context: string, at: Item): void {
    if (pipe.cmds.length === 0) this.fail(`missing value for ${context}`, at)

    pipe.cmds.slice(1).forEach((command, index) => {
      const first = command.args[0]
      if (first !== undefined && ['bool', 'dot', 'nil', 'number', 'string'].includes(first.kind)) {
        this.fail(`non executable command in pipeline stage ${index + 2}`, at)
      }
    })
  }

  private command(): CommandNode {
    const command: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, args: [] }
    for (;;) {
      this.peekNonSpace()
      const operand = this.operand()
      if (operand !== undefined) command.args.push(operand)

      const item = this.next()
      if (item.type === 'space') continue
      if (item.type === 'rightDelim' || item.type === 'rightParen') this.index--
      else if (item.type !== 'pipe') this.unexpected(item, 'operand')
      break
    }
    if (command.args.length === 0) this.fail('empty command')
    return command
  }

  private operand(): ArgNode | undefined {
    const node = this.term()
    if (node === undefined || this.peek().type !== 'field') return node

    const chainPos = this.peek().pos
    const fields: string[] = []
    while (this.peek().type === 'field') fields.push(this.next().value.slice(1))

    switch (node.kind) {
      case 'field':
        return { kind: 'field', pos: chainPos, idents: [...node.idents, ...fields] }
      case 'variable':
        return { kind: 'variable', pos: chainPos, idents: [...node.idents, ...fields] }
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.fail(`unexpected . after term ${JSON.stringify(nodeText(node))}`)
      default:
        return { kind: 'chain', pos: chainPos, node, fields }
    }
  }

  private term(): ArgNode | undefined {
    const item = this.nextNonSpace()
    switch (item.type) {
      case 'identifier':
        if (!this.functions.has(item.value)) this.fail(`function ${JSON.stringify(item.value)} not defined`, item)
        return { kind: 'identifier', pos: item.pos, name: item.value }
      case 'dot':
        return { kind: 'dot', pos: item.pos }
      case 'nil':
        return { kind: 'nil', pos: item.pos }
      case 'variable':
        return this.variable(item)
      case 'field':
        return { kind: 'field', pos: item.pos, idents: [item.value.slice(1)] }
      case 'bool':
        return { kind: 'bool', pos: item.pos, value: item.value === 'true' }
      case 'charConstant':
      case 'number':
        return this.number(item)
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen')
      case 'string':
      case 'rawString':
        return { kind: 'string', pos: item.pos, quoted: item.value, value: this.unquote(item) }
      default:
        this.index--
        return undefined
    }
  }

  private variable(item: Item): ArgNode {
    const [name = '$', ...fields] = item.value.split('.')
    if (!this.vars.includes(name)) this.fail(`undefined variable ${JSON.stringify(name)}`, item)
    return { kind: 'variable', pos: item.pos, idents: [name, ...fields] }
  }

  private number(item: Item): ArgNode {
    const value = parseNumberLiteral(item.value, item.type === 'charConstant')
    if (value === undefined) this.fail(`illegal number syntax: ${JSON.stringify(item.value)}`, item)
    return { kind: 'number', pos: item.pos, text: item.value, value }
  }

  private unquote(item: Item): string {
    const value = unquoteGoString(item.value)
    if (value === undefined) this.fail('invalid syntax', item)
    return value
  }
}

function nodeText(node: ArgNode): string {
  switch (node.kind) {
    case 'bool':
      return String(node.value)
    case 'string':
      return node.quoted
    case 'number':
      return node.text
    case 'dot':
      return '.'
    default:
      return 'nil'
  }
}
