// Parse tree of a Go text/template, shaped like text/template/parse nodes.
// Every node records its source offset, which execution errors report as
// `:line:column`.

export type ArgNode =
  | { kind: 'field'; pos: number; idents: string[] }
  | { kind: 'variable'; pos: number; idents: string[] }
  | { kind: 'chain'; pos: number; node: ArgNode; fields: string[] }
  | { kind: 'identifier'; pos: number; name: string }
  | { kind: 'dot'; pos: number }
  | { kind: 'nil'; pos: number }
  | { kind: 'bool'; pos: number; value: boolean }
  | { kind: 'number'; pos: number; text: string; value: number }
  | { kind: 'string'; pos: number; quoted: string; value: string }
  | PipeNode

export interface CommandNode {
  kind: 'command'
  pos: number
  args: ArgNode[]
}

export interface PipeNode {
  kind: 'pipe'
  pos: number
  /** True for `$x = …`, false for `$x := …` and for pipelines without variables. */
  isAssign: boolean
  /** Declared or assigned variable names, `$` included. */
  decl: string[]
  cmds: CommandNode[]
}

export type TemplateNode =
  | { kind: 'text'; pos: number; text: string }
  | { kind: 'action'; pos: number; pipe: PipeNode }
  | ControlNode
  | { kind: 'break'; pos: number }
  | { kind: 'continue'; pos: number }

export interface ControlNode {
  kind: 'if' | 'range' | 'with'
  pos: number
  pipe: PipeNode
  list: TemplateNode[]
  elseList?: TemplateNode[]
}

/** Returns the node's source form as Go's Node.String() writes it, used in error context. */
export function nodeString(node: ArgNode | CommandNode | TemplateNode): string {
  switch (node.kind) {
    case 'field':
      return '.' + node.idents.join('.')
    case 'variable':
      return node.idents.join('.')
    case 'chain':
      return wrapPipe(node.node) + '.' + node.fields.join('.')
    case 'identifier':
      return node.name
    case 'dot':
      return '.'
    case 'nil':
      return 'nil'
    case 'bool':
      return String(node.value)
    case 'number':
      return node.text
    case 'string':
      return node.quoted
    case 'pipe':
      return pipeString(node)
    case 'command':
      return node.args.map(wrapPipe).join(' ')
    case 'text':
      return node.text
    case 'action':
      return `{{${pipeString(node.pipe)}}}`
    case 'break':
    case 'continue':
      return `{{${node.kind}}}`
    default:
      return controlString(node)
  }
}

function wrapPipe(node: ArgNode): string {
  return node.kind === 'pipe' ? `(${nodeString(node)})` : nodeString(node)
}

function pipeString(pipe: PipeNode): string {
  const commands = pipe.cmds.map((command) => nodeString(command)).join(' | ')
  if (pipe.decl.length === 0) return commands
  return `${pipe.decl.join(', ')} ${pipe.isAssign ? '=' : ':='} ${commands}`
}

function controlString(node: ControlNode): string {
  const list = node.list.map(nodeString).join('')
  const elseList = node.elseList === undefined ? '' : `{{else}}${node.elseList.map(nodeString).join('')}`
  return `{{${node.kind} ${pipeString(node.pipe)}}}${list}${elseList}{{end}}`
}
