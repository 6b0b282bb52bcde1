// A small Dockerfile tokenizer for the editor's highlight layer: keywords at
// the start of an instruction, comments, `--flag=value` options, quoted
// strings, `$VAR`/`${VAR}` references and JSON punctuation. It only colours
// text; the linter and the builder parse with dockerfile-ast.

export type TokenKind = 'keyword' | 'comment' | 'flag' | 'string' | 'variable' | 'punctuation' | 'text'

export interface Token {
  kind: TokenKind
  text: string
}

const INSTRUCTIONS = new Set(['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'])

/** Words that act as keywords after an instruction: `FROM … AS name`, `HEALTHCHECK CMD`/`NONE`. */
const SUB_KEYWORDS = new Set(['AS', 'CMD', 'NONE'])

function push(tokens: Token[], kind: TokenKind, text: string): void {
  if (text === '') return
  const last = tokens[tokens.length - 1]
  if (last && last.kind === kind && kind === 'text') last.text += text
  else tokens.push({ kind, text })
}

/** Length of the quoted string starting at `start`, closing quote included, or to the end of the line. */
function quotedLength(line: string, start: number): number {
  const quote = line[start]!
  let index = start + 1
  while (index < line.length && line[index] !== quote) index += line[index] === '\\' ? 2 : 1
  return Math.min(line.length, index + 1) - start
}

function tokenizeArguments(line: string, tokens: Token[], instruction: string): void {
  let index = 0
  let atWordStart = true

  while (index < line.length) {
    const rest = line.slice(index)
    const char = line[index]!

    const flag = atWordStart ? /^--[a-z-]+(=\S*)?/.exec(rest) : null
    const variable = /^\$(\{[^}]*\}?|[A-Za-z_][A-Za-z0-9_]*)/.exec(rest)
    const word = atWordStart ? /^[A-Za-z]+(?=\s|$)/.exec(rest) : null

    if (flag) {
      push(tokens, 'flag', flag[0])
      index += flag[0].length
    } else if (char === '"' || char === "'") {
      const length = quotedLength(line, index)
      push(tokens, 'string', line.slice(index, index + length))
      index += length
    } else if (variable) {
      push(tokens, 'variable', variable[0])
      index += variable[0].length
    } else if (word && SUB_KEYWORDS.has(word[0].toUpperCase()) && (instruction === 'FROM' || instruction === 'HEALTHCHECK' || instruction === 'ONBUILD')) {
      push(tokens, 'keyword', word[0])
      index += word[0].length
    } else if (char === '[' || char === ']' || char === ',' || (char === '\\' && index === line.length - 1)) {
      push(tokens, 'punctuation', char)
      index++
    } else {
      push(tokens, 'text', char)
      index++
    }
    atWordStart = /\s/.test(char) || index === 0
  }
}

/** Splits a Dockerfile into lines of tokens; joining every token's text gives each line back unchanged. */
export function tokenizeDockerfile(source: string): Token[][] {
  const lines = source.split('\n')
  const result: Token[][] = []
  let continued = false
  let instruction = ''

  for (const line of lines) {
    const tokens: Token[] = []
    const indent = /^\s*/.exec(line)![0]
    const body = line.slice(indent.length)

    if (body.startsWith('#')) {
      push(tokens, 'text', indent)
      push(tokens, 'comment', body)
      result.push(tokens)
      continue
    }

    push(tokens, 'text', indent)
    let rest = body
    if (!continued) {
      const keyword = /^[A-Za-z]+/.exec(body)?.[0] ?? ''
      instruction = keyword.toUpperCase()
      push(tokens, INSTRUCTIONS.has(instruction) ? 'keyword' : 'text', keyword)
      rest = body.slice(keyword.length)
    }
    tokenizeArguments(rest, tokens, instruction)

    continued = /\\\s*$/.test(line) || (continued && body === '')
    result.push(tokens)
  }

  return result
}
