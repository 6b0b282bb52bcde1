// Execution state shared by the template executor: the variable stack and
// the node being evaluated, which execution errors report in Go's format.

import { nodeString, type ArgNode, type CommandNode, type TemplateNode } from './ast'
import { TemplateError } from './errors'

/**
 * Handling of a missing map key. `default`: the last field of a chain
 * gives `<no value>` and a missing or nil field inside a chain fails with
 * `map has no entry for key`, which is what `docker inspect` prints for
 * `.State.Health.Status` without a health check. `error`: every missing key
 * fails, as Go's `missingkey=error` option does.
 */
export type MissingKeyMode = 'default' | 'error'

type PositionedNode = ArgNode | CommandNode | TemplateNode

export class ExecState {
  protected vars: { name: string; value: unknown }[] = []
  private current: PositionedNode | undefined

  constructor(private readonly source: string) {}

  protected at(node: PositionedNode): void {
    this.current = node
  }

  protected fail(message: string): never {
    const node = this.current
    if (node === undefined) throw new TemplateError(`template: : ${message}`, 'exec')

    const before = this.source.slice(0, node.pos)
    const lastNewline = before.lastIndexOf('\n')
    const line = before.split('\n').length
    const column = lastNewline === -1 ? node.pos : node.pos - lastNewline - 1
    let context = nodeString(node)
    if (context.length > 20) context = `${context.slice(0, 20)}...`
    throw new TemplateError(`template: :${line}:${column}: executing "" at <${context}>: ${message}`, 'exec')
  }

  protected varValue(name: string): unknown {
    for (let index = this.vars.length - 1; index >= 0; index--) {
      const variable = this.vars[index]!
      if (variable.name === name) return variable.value
    }
    this.fail(`undefined variable: ${name}`)
  }

  protected setVar(name: string, value: unknown): void {
    for (let index = this.vars.length - 1; index >= 0; index--) {
      const variable = this.vars[index]!
      if (variable.name === name) {
        variable.value = value
        return
      }
    }
    this.fail(`undefined variable: ${name}`)
  }
}
