// Connects the line editor to the simulated engine. It reads decoded input
// and runs accepted commands through SimulatedEngine.execute. Input that
// arrives while a command runs is queued, as a shell reads typeahead after
// the command ends, unless the command is asking a question (readLine).

import type { CommandIO, Completion, SimulatedEngine } from '@/engine/api'
import { decodeInput, type InputToken } from './input-decoder'
import { commonPrefix, formatInColumns } from './format-columns'
import { LineEditor } from './line-editor'
import { CONTINUATION_PROMPT, appendLine } from './shell-continuation'
import { appendHistory } from '../../lib/terminal-history'
import { terminalText } from '../lab/strings'

/** Maximum command length, in characters, that the terminal passes to the engine. */
export const MAX_LINE_LENGTH = 10_000

/** The part of an xterm.js Terminal the session writes to. */
export interface TerminalOutput {
  write(data: string): void
  readonly cols: number
}

export interface TerminalSessionOptions {
  /** Returns the CommandIO.sleep for one command. It resolves false when interrupted. */
  createSleep(): (ms: number) => Promise<boolean>
  /** Interrupts the running command's sleep (Ctrl-C). */
  interrupt(): void
  /** Stored history, oldest first. */
  history: readonly string[]
  onHistoryChange(entries: string[]): void
  /** Called when a command starts (true) and when the prompt returns (false). */
  onRunningChange?(running: boolean): void
}

type QueueItem = InputToken | { type: 'typed'; command: string }

/** CommandIO.readLine: the line typed after a command's question, or undefined at end of input. */
type LineReader = (echo: boolean) => Promise<string | undefined>

const RED = '\x1b[31m'
const RESET = '\x1b[0m'
// Output that leaves the cursor at column 0: a newline, or a screen clear.
const ENDS_AT_LINE_START = /(\n|\x1b\[[23]J)$/

export class TerminalSession {
  private readonly terminal: TerminalOutput
  private readonly engine: SimulatedEngine
  private readonly options: TerminalSessionOptions
  private readonly editor: LineEditor
  private history: string[]
  private queue: QueueItem[] = []
  private running = false
  private disposed = false
  /** Command read so far when a line ended with `\` or inside quotes. */
  private pendingCommand: string | undefined
  private atLineStart = true
  /** Output written since the last newline, the prompt of a pending readLine. */
  private partialRow = ''
  /** Resolver of the readLine call a running command is waiting on, if any. */
  private pendingRead: ((line: string | undefined) => void) | undefined
  private lastTokenWasComplete = false

  constructor(terminal: TerminalOutput, engine: SimulatedEngine, options: TerminalSessionOptions) {
    this.terminal = terminal
    this.engine = engine
    this.options = options
    this.editor = new LineEditor(terminal.cols)
    this.history = [...options.history]
  }

  get isRunning(): boolean {
    return this.running
  }

  start(): void {
    this.showPrompt()
  }

  dispose(): void {
    this.disposed = true
    this.queue = []
    this.finishRead(undefined)
  }

  resize(columns: number): void {
    this.editor.setColumns(columns)
  }

  /** Handles a chunk from xterm.js onData: typed keys or pasted text. */
  handleInput(data: string): void {
    for (const token of decodeInput(data)) {
      if (this.running && token.type === 'command' && token.command === 'interrupt') {
        // Keys typed before Ctrl-C still reach a pending question first.
        this.processQueue()
        this.interruptRunningCommand()
        continue
      }
      this.queue.push(token)
    }
    this.processQueue()
  }

  /** Types `command` at the prompt and runs it, after any running command ends. */
  runCommand(command: string): void {
    this.queue.push({ type: 'typed', command })
    this.processQueue()
  }

  private processQueue(): void {
    while (!this.disposed) {
      if (this.pendingRead) {
        if (!this.answerPendingRead()) return
        continue
      }
      if (this.running) return

      const item = this.queue.shift()
      if (!item) return
      if (item.type === 'typed') this.typeCommand(item.command)
      else this.applyToken(item)
    }
  }

  /**
   * Applies the oldest typed key to the pending question and returns false
   * when there is none. A run button's command is skipped: it waits for the
   * prompt and never answers a question.
   */
  private answerPendingRead(): boolean {
    const index = this.queue.findIndex((item) => item.type !== 'typed')
    if (index === -1) return false

    const [token] = this.queue.splice(index, 1)
    this.applyReadToken(token as InputToken)
    return true
  }

  private typeCommand(command: string): void {
    if (this.pendingCommand !== undefined) this.applyToken({ type: 'command', command: 'interrupt' })
    this.write(this.editor.setText(''))

    // A tab in the command must not trigger completion, and each line of a
    // multi-line command is entered like a pasted line.
    const keys = command.replace(/\t/g, ' ').replace(/\r?\n/g, '\r') + '\r'
    this.queue.unshift(...decodeInput(keys))
  }

  private applyToken(token: InputToken): void {
    if (token.type === 'text') {
      this.lastTokenWasComplete = false
      this.write(this.editor.insert(token.text))
      return
    }

    if (token.command === 'complete') {
      this.complete()
      this.lastTokenWasComplete = true
      return
    }

    this.lastTokenWasComplete = false
    const result = this.editor.apply(token.command)
    this.write(result.output)

    if (result.interrupted) {
      this.pendingCommand = undefined
      this.showPrompt()
    } else if (result.acceptedLine !== undefined) {
      this.acceptLine(result.acceptedLine)
    }
  }

  private acceptLine(line: string): void {
    const { complete, command } = appendLine(this.pendingCommand, line)

    if (!complete) {
      this.pendingCommand = command
      this.write(this.editor.begin(CONTINUATION_PROMPT, this.history))
      return
    }

    this.pendingCommand = undefined
    if (command.trim() === '') {
      this.showPrompt()
      return
    }

    const length = [...command].length
    if (length > MAX_LINE_LENGTH) {
      this.write(`${RED}${terminalText.lineTooLong(length, MAX_LINE_LENGTH)}${RESET}\r\n`)
      this.showPrompt()
      return
    }

    this.recordHistory(command)
    void this.execute(command)
  }

  private recordHistory(command: string): void {
    // NOTE: a command with a newline inside quotes is left out of the
    // history, because the line editor cannot show a newline inside a line.
    if (command.includes('\n')) return

    this.history = appendHistory(this.history, command)
    this.options.onHistoryChange(this.history)
  }

  private async execute(command: string): Promise<void> {
    this.running = true
    this.atLineStart = true
    this.options.onRunningChange?.(true)

    try {
      await this.engine.execute(command, this.createCommandIO())
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      console.error('Simulated engine failed on command', JSON.stringify(command), error)
      this.writeOutput(`${RED}${terminalText.engineFailed(message)}${RESET}\n`)
    } finally {
      this.running = false
    }

    if (this.disposed) return
    this.showPrompt()
    this.options.onRunningChange?.(false)
    this.processQueue()
  }

  private createCommandIO(): CommandIO & { readLine: LineReader } {
    const terminal = this.terminal
    return {
      write: (text) => this.writeOutput(text),
      sleep: this.options.createSleep(),
      readLine: (echo) => this.readLine(echo),
      isTTY: true,
      get columns() {
        return terminal.cols
      },
    }
  }

  private readLine(echo: boolean): Promise<string | undefined> {
    if (this.disposed || !this.running) return Promise.resolve(undefined)

    return new Promise((resolve) => {
      this.pendingRead = resolve
      this.editor.setColumns(this.terminal.cols)
      this.editor.continueAfter(this.partialRow, !echo)
      // Typeahead answers the question first, as a tty's input buffer would.
      this.processQueue()
    })
  }

  private applyReadToken(token: InputToken): void {
    if (token.type === 'text') {
      this.write(this.editor.insert(token.text))
      return
    }

    const { command } = token
    if (command === 'complete') return
    if (command === 'interrupt') {
      this.interruptRunningCommand()
      return
    }
    if (command === 'end-of-file' && this.editor.text === '') {
      this.finishRead(undefined)
      return
    }

    const result = this.editor.apply(command)
    this.write(result.output)
    if (result.acceptedLine === undefined) return

    this.atLineStart = true
    this.partialRow = ''
    this.finishRead(result.acceptedLine)
  }

  private finishRead(line: string | undefined): void {
    const resolve = this.pendingRead
    this.pendingRead = undefined
    resolve?.(line)
  }

  private writeOutput(text: string): void {
    if (text === '' || this.disposed) return
    this.terminal.write(text.replace(/\r?\n/g, '\r\n'))
    this.atLineStart = ENDS_AT_LINE_START.test(text)
    this.partialRow = lastRowOf(this.partialRow + text)
  }

  private interruptRunningCommand(): void {
    this.writeOutput('^C')
    this.finishRead(undefined)
    // Ctrl-C also discards typeahead, as the tty driver flushes its input
    // queue on SIGINT. Commands sent by a run button stay queued.
    this.queue = this.queue.filter((item) => item.type === 'typed')
    this.options.interrupt()
  }

  private complete(): void {
    const before = this.editor.textBeforeCursor
    let completion: Completion
    try {
      completion = this.engine.complete(before)
    } catch (error) {
      console.error('Simulated engine failed to complete', JSON.stringify(before), error)
      return
    }

    const { from, candidates } = completion
    const word = before.slice(from)

    if (candidates.length === 1) {
      const candidate = candidates[0] as string
      const suffix = /[/= ]$/.test(candidate) ? '' : ' '
      this.write(this.editor.replaceBeforeCursor(from, candidate + suffix))
      return
    }
    if (candidates.length === 0) return

    const prefix = commonPrefix(candidates)
    if (prefix.length > word.length) {
      this.write(this.editor.replaceBeforeCursor(from, prefix))
    } else if (this.lastTokenWasComplete) {
      this.write(this.editor.printBelow(formatInColumns(candidates, this.terminal.cols)))
    }
  }

  private showPrompt(): void {
    if (this.disposed) return
    // NOTE: bash prints the prompt right after output that lacks a final
    // newline. The line editor needs the prompt at column 0, so the session
    // adds a newline first, as zsh does.
    if (!this.atLineStart) this.terminal.write('\r\n')
    this.atLineStart = true
    this.partialRow = ''
    this.editor.setColumns(this.terminal.cols)
    this.write(this.editor.begin(this.engine.prompt(), this.history))
  }

  private write(data: string): void {
    if (data !== '' && !this.disposed) this.terminal.write(data)
  }
}

/** Returns the text after the last line break or carriage return. */
function lastRowOf(text: string): string {
  return text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1)
}
