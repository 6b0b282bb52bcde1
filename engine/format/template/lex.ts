// Lexer for Go text/template source, following the token rules of Go's
// text/template/parse package: `{{`/`}}` delimiters, `{{-`/`-}}`
// trim markers, comments, fields, variables, literals and keywords.

import { formatRune, hasLeftTrimMarker, hasRightTrimMarker, isAlphanumeric, isSpace, LEFT_DELIM, RIGHT_DELIM } from './chars'

export type ItemType =
  | 'text'
  | 'leftDelim'
  | 'rightDelim'
  | 'space'
  | 'field'
  | 'variable'
  | 'dot'
  | 'identifier'
  | 'keyword'
  | 'bool'
  | 'nil'
  | 'number'
  | 'string'
  | 'rawString'
  | 'charConstant'
  | 'char'
  | 'pipe'
  | 'assign'
  | 'declare'
  | 'leftParen'
  | 'rightParen'
  | 'error'
  | 'eof'

export interface Item {
  type: ItemType
  /** Source text of the token; for `error` items, the message. */
  value: string
  /** Offset in the template source where the token starts. */
  pos: number
  /** 1-based line of the token start. */
  line: number
}

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with'])

/** Splits template source into tokens. The list always ends with an `eof` or `error` item. */
export function lexTemplate(source: string): Item[] {
  const lexer = new Lexer(source)
  lexer.run()
  return lexer.items
}

class Lexer {
  readonly items: Item[] = []
  private pos = 0
  private start = 0
  private parenDepth = 0
  private finished = false

  constructor(private readonly source: string) {}

  run(): void {
    while (!this.finished) this.lexText()
  }

  private emit(type: ItemType, value = this.source.slice(this.start, this.pos)): void {
    this.items.push({ type, value, pos: this.start, line: this.lineAt(this.start) })
    this.start = this.pos
  }

  private fail(message: string): void {
    this.items.push({ type: 'error', value: message, pos: this.start, line: this.lineAt(this.start) })
    this.finished = true
  }

  private lineAt(offset: number): number {
    let line = 1
    for (let index = 0; index < offset; index++) if (this.source[index] === '\n') line++
    return line
  }

  private lexText(): void {
    const delim = this.source.indexOf(LEFT_DELIM, this.pos)
    if (delim === -1) {
      this.pos = this.source.length
      if (this.pos > this.start) this.emit('text')
      this.emit('eof', '')
      this.finished = true
      return
    }

    const trim = hasLeftTrimMarker(this.source.slice(delim + LEFT_DELIM.length))
    let textEnd = delim
    if (trim) while (textEnd > this.start && isSpace(this.source[textEnd - 1])) textEnd--
    if (textEnd > this.start) {
      this.pos = textEnd
      this.emit('text')
    }

    this.start = delim
    this.pos = delim + LEFT_DELIM.length + (trim ? 2 : 0)
    if (this.source.startsWith('/*', this.pos)) {
      this.lexComment()
      return
    }
    this.emit('leftDelim', LEFT_DELIM)
    this.start = this.pos
    this.lexInsideAction()
  }

  private lexComment(): void {
    const end = this.source.indexOf('*/', this.pos + 2)
    if (end === -1) return this.fail('unclosed comment')

    this.pos = end + 2
    const rightTrim = hasRightTrimMarker(this.source.slice(this.pos))
    if (rightTrim) this.pos += 2
    if (!this.source.startsWith(RIGHT_DELIM, this.pos)) return this.fail('comment ends before closing delimiter')

    this.pos += RIGHT_DELIM.length
    if (rightTrim) this.skipSpace()
    this.start = this.pos
  }

  private skipSpace(): void {
    while (isSpace(this.source[this.pos])) this.pos++
  }

  private lexInsideAction(): void {
    for (;;) {
      const rest = this.source.slice(this.pos)
      const rightTrim = hasRightTrimMarker(rest)
      if (rightTrim || rest.startsWith(RIGHT_DELIM)) {
        if (this.parenDepth > 0) return this.fail('unclosed left paren')
        this.closeAction(rightTrim)
        return
      }
      if (rest === '') return this.fail('unclosed action')
      if (!this.lexActionToken(rest)) return
    }
  }

  private closeAction(rightTrim: boolean): void {
    if (rightTrim) {
      this.pos += 2
      this.start = this.pos
    }
    this.pos += RIGHT_DELIM.length
    this.emit('rightDelim', RIGHT_DELIM)
    if (rightTrim) this.skipSpace()
    this.start = this.pos
  }

  // Lexes one token inside an action. Returns false after an error.
  private lexActionToken(rest: string): boolean {
    const char = rest[0] ?? ''
    if (isSpace(char)) return this.lexSpace()

    if (char === '=') return this.single('assign')
    if (char === ':') {
      if (rest[1] !== '=') return this.failed('expected :=')
      this.pos += 2
      this.emit('declare')
      return true
    }
    if (char === '|') return this.single('pipe')

    if (char === '"') return this.lexQuote()
    if (char === '`') return this.lexRawQuote()
    if (char === "'") return this.lexCharConstant()

    if (char === '$') return this.lexFieldOrVariable('variable')
    if (char === '.') {
      if (/[0-9]/.test(rest[1] ?? '')) return this.lexNumber()
      return this.lexFieldOrVariable('field')
    }
    if (char === '+' || char === '-' || /[0-9]/.test(char)) return this.lexNumber()
    if (isAlphanumeric(char)) return this.lexIdentifier()

    if (char === '(') {
      this.parenDepth++
      return this.single('leftParen')
    }
    if (char === ')') {
      this.parenDepth--
      if (this.parenDepth < 0) return this.failed('unexpected right paren')
      return this.single('rightParen')
    }

    if (char.charCodeAt(0) < 0x7f && char >= ' ') return this.single('char')
    return this.failed(`unrecognized character in action: ${formatRune(char)}`)
  }

  private failed(message: string): boolean {
    this.fail(message)
    return false
  }

  private single(type: ItemType): boolean {
    this.pos++
    this.emit(type)
    return true
  }

  // A space run right before ` -}}` leaves its last space to the trim marker.
  private lexSpace(): boolean {
    while (isSpace(this.source[this.pos])) {
      if (hasRightTrimMarker(this.source.slice(this.pos))) break
      this.pos++
    }
    if (this.pos > this.start) this.emit('space')
    return true
  }

  private lexQuote(): boolean {
    this.pos++
    for (;;) {
      const char = this.source[this.pos]
      if (char === '\\') {
        this.pos++
        if (this.source[this.pos] === undefined || this.source[this.pos] === '\n') return this.failed('unterminated quoted string')
      } else if (char === undefined || char === '\n') {
        return this.failed('unterminated quoted string')
      } else if (char === '"') {
        break
      }
      this.pos++
    }
    this.pos++
    this.emit('string')
    return true
  }

  private lexRawQuote(): boolean {
    const end = this.source.indexOf('`', this.pos + 1)
    if (end === -1) return this.failed('unterminated raw quoted string')
    this.pos = end + 1
    this.emit('rawString')
    return true
  }

  private lexCharConstant(): boolean {
    const match = /^'(\\.[^']*|[^\\'\n])'/u.exec(this.source.slice(this.pos))
    if (match === null) return this.failed('unterminated character constant')
    this.pos += match[0].length
    this.emit('charConstant')
    return true
  }

  private lexFieldOrVariable(type: 'field' | 'variable'): boolean {
    this.pos++
    if (this.atTerminator()) {
      this.emit(type === 'field' ? 'dot' : 'variable')
      return true
    }
    while (isAlphanumeric(this.source[this.pos])) this.pos++
    if (!this.atTerminator()) return this.failed(`bad character ${formatRune(this.source[this.pos] ?? '')}`)
    this.emit(type)
    return true
  }

  private lexIdentifier(): boolean {
    while (isAlphanumeric(this.source[this.pos])) this.pos++
    if (!this.atTerminator()) return this.failed(`bad character ${formatRune(this.source[this.pos] ?? '')}`)

    const word = this.source.slice(this.start, this.pos)
    if (KEYWORDS.has(word)) this.emit('keyword')
    else if (word === 'true' || word === 'false') this.emit('bool')
    else if (word === 'nil') this.emit('nil')
    else this.emit('identifier')
    return true
  }

  private lexNumber(): boolean {
    const match = /^[+-]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(\d[\d_]*)?\.?[\d_]*([eE][+-]?\d+)?)i?/.exec(
      this.source.slice(this.pos),
    )
    this.pos += match?.[0].length ?? 0
    if (isAlphanumeric(this.source[this.pos]) || this.pos === this.start) {
      while (isAlphanumeric(this.source[this.pos])) this.pos++
      return this.failed(`bad number syntax: ${JSON.stringify(this.source.slice(this.start, this.pos))}`)
    }
    this.emit('number')
    return true
  }

  // Go accepts a field, variable or identifier only when the next character
  // ends the token.
  private atTerminator(): boolean {
    const char = this.source[this.pos]
    if (char === undefined || isSpace(char)) return true
    if ('.,|:()'.includes(char)) return true
    return this.source.startsWith(RIGHT_DELIM, this.pos)
  }
}
