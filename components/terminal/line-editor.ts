// The editable input line of the lab terminal: buffer, cursor, history
// recall and the escape sequences that redraw it in xterm.js. It has no
// reference to xterm.js, so it can be tested as plain data.

import type { EditingCommand } from './input-decoder'

const CSI = '\x1b['
const ANSI_SEQUENCE = /\x1b\[[0-9;?]*[A-Za-z]/g

/**
 * Returns the number of terminal columns `text` takes, ignoring ANSI colour
 * sequences. NOTE: every code point counts as one column, so wide CJK
 * characters and emoji misplace the cursor after them.
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const _ of text.replace(ANSI_SEQUENCE, '')) width += 1
  return width
}

/** Result of an editing command: text to write, and what the caller must do. */
export interface EditResult {
  output: string
  /** Set when Enter completes the line; `output` already moved to a new row. */
  acceptedLine?: string
  /** Set for Ctrl-C: the line was abandoned and `^C` printed. */
  interrupted?: boolean
  /** Set for Tab; the caller asks the engine and calls `replaceBeforeCursor`. */
  completionRequested?: boolean
}

export class LineEditor {
  private prompt = ''
  private line = ''
  private cursor = 0
  private columns: number
  /** Cursor position on screen, in columns from the start of the prompt. */
  private drawnOffset = 0
  private history: readonly string[] = []
  private historyIndex = 0
  private draft = ''
  /** True while reading a password: the typed text is kept but not drawn. */
  private hidden = false

  constructor(columns: number) {
    this.columns = Math.max(1, columns)
  }

  get text(): string {
    return this.line
  }

  get cursorIndex(): number {
    return this.cursor
  }

  /** Text left of the cursor, the input for Tab completion. */
  get textBeforeCursor(): string {
    return this.line.slice(0, this.cursor)
  }

  /** Starts a new empty line at column 0 and returns the prompt to write. */
  begin(prompt: string, history: readonly string[]): string {
    this.prompt = prompt
    this.line = ''
    this.cursor = 0
    this.drawnOffset = 0
    this.history = history
    this.historyIndex = history.length
    this.draft = ''
    this.hidden = false
    return this.render()
  }

  /**
   * Starts a new empty line right after `promptOnScreen`, text a command has
   * already written on the cursor's row (e.g. `Password: `). Returns nothing
   * to write. With `hidden` the typed text is not drawn, as with echo off.
   */
  continueAfter(promptOnScreen: string, hidden: boolean): void {
    this.prompt = promptOnScreen
    this.line = ''
    this.cursor = 0
    this.drawnOffset = displayWidth(promptOnScreen)
    this.history = []
    this.historyIndex = 0
    this.draft = ''
    this.hidden = hidden
  }

  setColumns(columns: number): void {
    this.columns = Math.max(1, columns)
  }

  insert(text: string): string {
    this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor)
    this.cursor += text.length
    return this.render()
  }

  /** Replaces the whole line and puts the cursor at its end. */
  setText(text: string): string {
    this.line = text
    this.cursor = text.length
    return this.render()
  }

  /** Replaces `textBeforeCursor.slice(from)` with `replacement` (Tab completion). */
  replaceBeforeCursor(from: number, replacement: string): string {
    const start = Math.max(0, Math.min(from, this.cursor))
    this.line = this.line.slice(0, start) + replacement + this.line.slice(this.cursor)
    this.cursor = start + replacement.length
    return this.render()
  }

  /** Clears the screen and scrollback, then redraws the prompt and line at the top. */
  clearScreen(): string {
    this.drawnOffset = 0
    return `${CSI}H${CSI}2J${CSI}3J` + this.render()
  }

  /**
   * Moves below the line so the caller can print a listing, then redraws the
   * prompt and line under it (bash's display of several completions).
   */
  printBelow(text: string): string {
    const output = this.moveToEnd() + '\r\n' + text.replace(/\r?\n/g, '\r\n')
    this.drawnOffset = 0
    return output + this.render()
  }

  apply(command: EditingCommand): EditResult {
    switch (command) {
      case 'accept-line':
        return this.accept()
      case 'interrupt':
        return this.interrupt()
      case 'complete':
        return { output: '', completionRequested: true }
      case 'clear-screen':
        return { output: this.clearScreen() }
      case 'previous-history':
      case 'next-history':
        return { output: this.recall(command === 'previous-history' ? -1 : 1) }
      default:
        return { output: this.edit(command) }
    }
  }

  private edit(command: EditingCommand): string {
    const line = this.line
    const cursor = this.cursor

    switch (command) {
      case 'backward-char':
        this.cursor = previousCodePoint(line, cursor)
        break
      case 'forward-char':
        this.cursor = nextCodePoint(line, cursor)
        break
      case 'backward-word':
        this.cursor = previousWordStart(line, cursor)
        break
      case 'forward-word':
        this.cursor = nextWordEnd(line, cursor)
        break
      case 'beginning-of-line':
        this.cursor = 0
        break
      case 'end-of-line':
        this.cursor = line.length
        break
      case 'backward-delete-char':
        this.deleteRange(previousCodePoint(line, cursor), cursor)
        break
      case 'delete-char':
      case 'end-of-file':
        // NOTE: Ctrl-D on an empty line would end a bash session; here the
        // terminal cannot be closed, so it does nothing, like Delete.
        this.deleteRange(cursor, nextCodePoint(line, cursor))
        break
      case 'unix-line-discard':
        this.deleteRange(0, cursor)
        break
      case 'kill-line':
        this.deleteRange(cursor, line.length)
        break
      case 'unix-word-rubout':
        this.deleteRange(previousWhitespaceWordStart(line, cursor), cursor)
        break
      default:
        return ''
    }

    return this.render()
  }

  private deleteRange(from: number, to: number): void {
    this.line = this.line.slice(0, from) + this.line.slice(to)
    this.cursor = from
  }

  private accept(): EditResult {
    const acceptedLine = this.line
    return { output: this.moveToEnd() + this.newRowAfterEnd(), acceptedLine }
  }

  private interrupt(): EditResult {
    return { output: this.moveToEnd() + '^C\r\n', interrupted: true }
  }

  private recall(direction: -1 | 1): string {
    const target = this.historyIndex + direction
    if (target < 0 || target > this.history.length) return ''

    if (this.historyIndex === this.history.length) this.draft = this.line
    this.historyIndex = target
    const recalled = target === this.history.length ? this.draft : (this.history[target] ?? '')
    return this.setText(recalled)
  }

  /**
   * Redraws prompt and line from the prompt's first column. Each edit
   * rewrites everything because a long line wraps over several rows, and a
   * full rewrite is the simplest way to keep the wrapping right.
   */
  private render(): string {
    const visibleText = this.shownText()
    let output = this.moveTo(0) + `${CSI}J` + this.prompt + visibleText
    const endOffset = this.promptWidth() + displayWidth(visibleText)

    // After text that fills the last column, xterm.js keeps the cursor in a
    // pending-wrap state. Writing a space and CR moves it to the next row for
    // real, so the row arithmetic below stays valid.
    if (endOffset > 0 && endOffset % this.columns === 0) output += ' \r'

    this.drawnOffset = endOffset
    return output + this.moveTo(this.promptWidth() + displayWidth(this.shownText().slice(0, this.cursor)))
  }

  private moveToEnd(): string {
    return this.moveTo(this.promptWidth() + displayWidth(this.shownText()))
  }

  private shownText(): string {
    return this.hidden ? '' : this.line
  }

  private newRowAfterEnd(): string {
    const endOffset = this.drawnOffset
    const endsOnFreshRow = endOffset > 0 && endOffset % this.columns === 0
    return endsOnFreshRow ? '' : '\r\n'
  }

  /** Returns the sequence that moves the cursor from `drawnOffset` to `offset`. */
  private moveTo(offset: number): string {
    const rowsUp = Math.floor(this.drawnOffset / this.columns) - Math.floor(offset / this.columns)
    const column = offset % this.columns
    this.drawnOffset = offset

    let output = ''
    if (rowsUp > 0) output += `${CSI}${rowsUp}A`
    if (rowsUp < 0) output += `${CSI}${-rowsUp}B`
    output += '\r'
    if (column > 0) output += `${CSI}${column}C`
    return output
  }

  private promptWidth(): number {
    return displayWidth(this.prompt)
  }
}

function previousCodePoint(text: string, index: number): number {
  if (index <= 0) return 0
  const low = text.charCodeAt(index - 1)
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff
  return isLowSurrogate && index >= 2 ? index - 2 : index - 1
}

function nextCodePoint(text: string, index: number): number {
  if (index >= text.length) return text.length
  const codePoint = text.codePointAt(index) ?? 0
  return index + (codePoint > 0xffff ? 2 : 1)
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_]/u.test(char)
}

// Readline's backward-word and forward-word stop at alphanumeric words.
function previousWordStart(text: string, index: number): number {
  let position = index
  while (position > 0 && !isWordChar(text[position - 1])) position -= 1
  while (position > 0 && isWordChar(text[position - 1])) position -= 1
  return position
}

function nextWordEnd(text: string, index: number): number {
  let position = index
  while (position < text.length && !isWordChar(text[position])) position += 1
  while (position < text.length && isWordChar(text[position])) position += 1
  return position
}

// Ctrl-W (unix-word-rubout) deletes back to the previous whitespace.
function previousWhitespaceWordStart(text: string, index: number): number {
  let position = index
  while (position > 0 && /\s/.test(text[position - 1] as string)) position -= 1
  while (position > 0 && !/\s/.test(text[position - 1] as string)) position -= 1
  return position
}
