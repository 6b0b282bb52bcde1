// Parses one shell line into lists, pipelines and simple commands. Tokens come
// from shell-quote; variables are left as placeholders so that each command
// expands them when it runs (`export A=1; echo $A` prints 1, as in sh).

import { parse as shellQuoteParse } from 'shell-quote'

export interface Word {
  text: string
  /** True when the word was an unquoted pattern such as `*.html`. */
  glob: boolean
}

export interface Redirect {
  fd: number
  op: '>' | '>>' | '<' | '>&'
  target: Word
}

export interface SimpleCommand {
  words: Word[]
  redirects: Redirect[]
}

export interface Pipeline {
  commands: SimpleCommand[]
}

export interface ListItem {
  pipeline: Pipeline
  /** Operator joining this item to the previous one; `;` for the first. */
  connector: ';' | '&&' | '||'
}

export class ShellSyntaxError extends Error {
  constructor(
    readonly kind: 'unexpected-token' | 'unterminated-quote' | 'unsupported',
    readonly token: string,
  ) {
    super(kind === 'unterminated-quote' ? `unexpected EOF while looking for matching \`${token}'` : `syntax error near unexpected token \`${token}'`)
  }
}

const VARIABLE_MARK = '\u0000'

/** Removes backslash-newline pairs, as the shell does before tokenising. */
export function joinContinuations(line: string): string {
  return line.replace(/\\\r?\n/g, '')
}

/** Returns the quote character left open at the end of `line`, or undefined. */
export function openQuote(line: string): string | undefined {
  let quote: string | undefined

  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (quote === "'") {
      if (char === "'") quote = undefined
    } else if (char === '\\') {
      index++
    } else if (quote === '"') {
      if (char === '"') quote = undefined
    } else if (char === "'" || char === '"') {
      quote = char
    }
  }

  return quote
}

/** Parses a line; throws ShellSyntaxError for unbalanced quotes and misplaced operators. */
export function parseLine(line: string): ListItem[] {
  const text = joinContinuations(line)
  const quote = openQuote(text)
  if (quote !== undefined) throw new ShellSyntaxError('unterminated-quote', quote)

  const tokens = shellQuoteParse(text, (name: string) => `${VARIABLE_MARK}${name}${VARIABLE_MARK}`)
  return buildList(tokens as Token[], text)
}

type Token = string | { comment: string } | { op: 'glob'; pattern: string } | { op: string; pattern?: undefined }

function buildList(tokens: Token[], raw: string): ListItem[] {
  const items: ListItem[] = []
  let connector: ListItem['connector'] = ';'
  let commands: SimpleCommand[] = []
  let current: SimpleCommand = { words: [], redirects: [] }

  const endCommand = (token: string): void => {
    if (current.words.length === 0 && current.redirects.length === 0) throw new ShellSyntaxError('unexpected-token', token)
    commands.push(current)
    current = { words: [], redirects: [] }
  }

  const endPipeline = (token: string, next: ListItem['connector'] | null): void => {
    endCommand(token)
    items.push({ pipeline: { commands }, connector })
    commands = []
    if (next) connector = next
  }

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!

    if (typeof token === 'string') {
      current.words.push({ text: token, glob: false })
      continue
    }
    if ('comment' in token) break
    if (token.op === 'glob' && token.pattern !== undefined) {
      current.words.push({ text: token.pattern, glob: true })
      continue
    }

    const op = token.op as string
    if (op === '|') {
      endCommand('|')
    } else if (op === ';' || op === '&' || op === ';;') {
      if (current.words.length === 0 && commands.length === 0 && op !== '&') throw new ShellSyntaxError('unexpected-token', op)
      if (current.words.length === 0 && current.redirects.length === 0 && commands.length === 0) continue
      endPipeline(op, ';')
    } else if (op === '&&' || op === '||') {
      endPipeline(op, op)
    } else if (op === '>' || op === '>>' || op === '<' || op === '>&') {
      index = addRedirect(current, op, tokens, index, raw)
    } else {
      throw new ShellSyntaxError(op === '(' || op === ')' ? 'unsupported' : 'unexpected-token', op)
    }
  }

  if (current.words.length > 0 || current.redirects.length > 0) {
    commands.push(current)
    items.push({ pipeline: { commands }, connector })
  } else if (commands.length > 0 || (items.length > 0 && connector !== ';')) {
    throw new ShellSyntaxError('unexpected-token', 'newline')
  }

  return items
}

function addRedirect(command: SimpleCommand, op: Redirect['op'], tokens: Token[], index: number, raw: string): number {
  let fd = op === '<' ? 0 : 1
  const previous = command.words[command.words.length - 1]

  // shell-quote splits `2>file` into "2" and ">". The digit is a file
  // descriptor only when the raw line has it glued to the operator.
  if (previous && /^[0-9]$/.test(previous.text) && command.words.length > 1 && raw.includes(`${previous.text}${op}`)) {
    fd = Number(previous.text)
    command.words.pop()
  }

  const target = tokens[index + 1]
  if (typeof target === 'string') {
    command.redirects.push({ fd, op, target: { text: target, glob: false } })
    return index + 1
  }
  if (target && 'op' in target && target.op === 'glob' && target.pattern !== undefined) {
    command.redirects.push({ fd, op, target: { text: target.pattern, glob: false } })
    return index + 1
  }

  throw new ShellSyntaxError('unexpected-token', target && 'op' in target ? String(target.op) : 'newline')
}

/** Expands variable placeholders with the values in `lookup`. */
export function expandWord(text: string, lookup: (name: string) => string | undefined): string {
  if (!text.includes(VARIABLE_MARK)) return text

  return text.replace(/\u0000([^\u0000]*)\u0000/g, (_match, name: string) => {
    if (name === '') return '$'

    const defaultForm = /^([A-Za-z_][A-Za-z0-9_]*):?-(.*)$/.exec(name)
    if (defaultForm) {
      const value = lookup(defaultForm[1]!)
      return value === undefined || value === '' ? defaultForm[2]! : value
    }

    return lookup(name) ?? ''
  })
}

/** Converts a shell glob into a RegExp matching whole names. */
export function globToRegExp(pattern: string): RegExp {
  let source = ''
  for (const char of pattern) {
    if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}
