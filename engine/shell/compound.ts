// Compound commands for the container shell: `while`/`until` loops, `for`
// loops and `if` statements, built on top of the flat list parseLine returns.
// Keywords are recognised as the first word of a command, so the `;`-separated
// one-line forms work (`while true; do echo hi; sleep 1; done`).

import { parseLine, ShellSyntaxError, type ListItem, type Word } from './parse'

export type Statement =
  | { kind: 'item'; item: ListItem }
  | { kind: 'while' | 'until'; connector: ListItem['connector']; condition: Statement[]; body: Statement[] }
  | { kind: 'for'; connector: ListItem['connector']; variable: string; words: Word[]; body: Statement[] }
  | { kind: 'if'; connector: ListItem['connector']; branches: { condition: Statement[]; body: Statement[] }[]; otherwise: Statement[] }

const OPENERS = new Set(['while', 'until', 'for', 'if'])

function firstWord(item: ListItem): string | undefined {
  const command = item.pipeline.commands[0]
  return item.pipeline.commands.length === 1 && command?.redirects.length === 0 ? command.words[0]?.text : undefined
}

/** Returns the item without its leading keyword, or undefined when nothing else is left. */
function dropKeyword(item: ListItem): ListItem | undefined {
  const command = item.pipeline.commands[0]!
  if (command.words.length === 1) return undefined
  return { connector: ';', pipeline: { commands: [{ ...command, words: command.words.slice(1) }] } }
}

class Reader {
  private index = 0
  private readonly items: ListItem[]

  constructor(items: ListItem[]) {
    this.items = [...items]
  }

  /**
   * Consumes the keyword at the start of the current item. What follows the
   * keyword (`do echo hi`) stays in the stream as the next command.
   */
  private consumeKeyword(): void {
    const rest = dropKeyword(this.items[this.index]!)
    if (rest) this.items[this.index] = rest
    else this.index++
  }

  /** Reads statements until one of `stops` starts a command, consuming that keyword. */
  block(stops: string[]): { statements: Statement[]; stop: string | undefined } {
    const statements: Statement[] = []

    while (this.index < this.items.length) {
      const item = this.items[this.index]!
      const word = firstWord(item)
      if (word !== undefined && stops.includes(word)) {
        this.consumeKeyword()
        return { statements, stop: word }
      }
      if (word !== undefined && OPENERS.has(word)) {
        statements.push(this.compound(word, item))
        continue
      }
      this.index++
      statements.push({ kind: 'item', item })
    }
    return { statements, stop: undefined }
  }

  private expect(stops: string[], found: string | undefined): void {
    if (found === undefined) throw new ShellSyntaxError('unexpected-token', 'end of file')
    if (!stops.includes(found)) throw new ShellSyntaxError('unexpected-token', found)
  }

  private compound(keyword: string, item: ListItem): Statement {
    if (keyword === 'for') return this.forLoop(item)
    this.consumeKeyword()
    if (keyword === 'if') return this.ifStatement(item)

    const condition = this.block(['do'])
    this.expect(['do'], condition.stop)
    const body = this.block(['done'])
    this.expect(['done'], body.stop)
    return { kind: keyword as 'while' | 'until', connector: item.connector, condition: condition.statements, body: body.statements }
  }

  private forLoop(item: ListItem): Statement {
    const words = item.pipeline.commands[0]!.words.slice(1)
    const variable = words[0]?.text
    if (variable === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new ShellSyntaxError('unexpected-token', variable ?? 'newline')
    const values = words[1]?.text === 'in' ? words.slice(2) : []
    this.index++

    const next = this.items[this.index]
    if (next === undefined || firstWord(next) !== 'do') throw new ShellSyntaxError('unexpected-token', next === undefined ? 'end of file' : (firstWord(next) ?? 'newline'))
    this.consumeKeyword()
    const body = this.block(['done'])
    this.expect(['done'], body.stop)
    return { kind: 'for', connector: item.connector, variable, words: values, body: body.statements }
  }

  private ifStatement(item: ListItem): Statement {
    const branches: { condition: Statement[]; body: Statement[] }[] = []
    let otherwise: Statement[] = []

    for (;;) {
      const condition = this.block(['then'])
      this.expect(['then'], condition.stop)
      const body = this.block(['elif', 'else', 'fi'])
      branches.push({ condition: condition.statements, body: body.statements })

      if (body.stop === 'elif') continue
      if (body.stop === 'else') {
        const rest = this.block(['fi'])
        this.expect(['fi'], rest.stop)
        otherwise = rest.statements
      } else {
        this.expect(['fi'], body.stop)
      }
      return { kind: 'if', connector: item.connector, branches, otherwise }
    }
  }
}

/** Parses a script into statements; throws ShellSyntaxError for unbalanced keywords or quotes. */
export function parseScript(script: string): Statement[] {
  const reader = new Reader(parseLine(script))
  const { statements, stop } = reader.block(['do', 'done', 'then', 'elif', 'else', 'fi'])
  if (stop !== undefined) throw new ShellSyntaxError('unexpected-token', stop)
  return statements
}
