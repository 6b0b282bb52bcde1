// Turns the strings xterm.js emits from onData (typed keys, escape sequences,
// pasted text) into printable text and readline-style editing commands.

/** Editing commands, named after the GNU Readline functions they mimic. */
export type EditingCommand =
  | 'accept-line'
  | 'backward-char'
  | 'forward-char'
  | 'backward-word'
  | 'forward-word'
  | 'beginning-of-line'
  | 'end-of-line'
  | 'backward-delete-char'
  | 'delete-char'
  | 'unix-line-discard'
  | 'kill-line'
  | 'unix-word-rubout'
  | 'previous-history'
  | 'next-history'
  | 'complete'
  | 'interrupt'
  | 'clear-screen'
  | 'end-of-file'

export type InputToken = { type: 'text'; text: string } | { type: 'command'; command: EditingCommand }

const CONTROL_COMMANDS: Record<string, EditingCommand> = {
  '\x01': 'beginning-of-line', // Ctrl-A
  '\x02': 'backward-char', // Ctrl-B
  '\x03': 'interrupt', // Ctrl-C
  '\x04': 'end-of-file', // Ctrl-D
  '\x05': 'end-of-line', // Ctrl-E
  '\x06': 'forward-char', // Ctrl-F
  '\x08': 'backward-delete-char', // Ctrl-H
  '\t': 'complete',
  '\n': 'accept-line',
  '\x0b': 'kill-line', // Ctrl-K
  '\x0c': 'clear-screen', // Ctrl-L
  '\r': 'accept-line',
  '\x0e': 'next-history', // Ctrl-N
  '\x10': 'previous-history', // Ctrl-P
  '\x15': 'unix-line-discard', // Ctrl-U
  '\x17': 'unix-word-rubout', // Ctrl-W
  '\x7f': 'backward-delete-char', // Backspace
}

// Final bytes of CSI and SS3 sequences. xterm.js sends `ESC [ x` in normal
// cursor mode and `ESC O x` in application cursor mode.
const CURSOR_FINALS: Record<string, EditingCommand> = {
  A: 'previous-history',
  B: 'next-history',
  C: 'forward-char',
  D: 'backward-char',
  H: 'beginning-of-line',
  F: 'end-of-line',
}

// `ESC [ n ~` keys: 1 and 7 are Home, 4 and 8 are End, 3 is Delete.
const TILDE_KEYS: Record<string, EditingCommand> = {
  '1': 'beginning-of-line',
  '7': 'beginning-of-line',
  '3': 'delete-char',
  '4': 'end-of-line',
  '8': 'end-of-line',
}

// Alt-b and Alt-f arrive as ESC followed by the letter.
const META_KEYS: Record<string, EditingCommand> = {
  b: 'backward-word',
  f: 'forward-word',
}

// Sequence parameter `5` is the Ctrl modifier: Ctrl-← and Ctrl-→ move by word.
const CTRL_ARROWS: Record<string, EditingCommand> = {
  C: 'forward-word',
  D: 'backward-word',
}

/**
 * Splits one onData chunk into tokens. A CR LF pair counts as one Enter, so
 * a pasted line with Windows line endings runs once. Unknown escape
 * sequences and control characters are dropped, as readline ignores keys it
 * has no binding for.
 */
export function decodeInput(data: string): InputToken[] {
  const tokens: InputToken[] = []
  let text = ''
  let index = 0

  const flushText = () => {
    if (text !== '') tokens.push({ type: 'text', text })
    text = ''
  }

  while (index < data.length) {
    const char = data[index] as string

    if (char === '\x1b') {
      flushText()
      const { command, length } = decodeEscape(data, index)
      if (command) tokens.push({ type: 'command', command })
      index += length
      continue
    }

    const command = CONTROL_COMMANDS[char]
    if (command) {
      flushText()
      tokens.push({ type: 'command', command })
      index += char === '\r' && data[index + 1] === '\n' ? 2 : 1
      continue
    }

    if (char >= ' ') text += char
    index += 1
  }

  flushText()
  return tokens
}

function decodeEscape(data: string, start: number): { command?: EditingCommand; length: number } {
  const introducer = data[start + 1]

  if (introducer === '[') return decodeCsi(data, start)
  if (introducer === 'O') {
    const final = data[start + 2]
    return { command: final ? CURSOR_FINALS[final] : undefined, length: final ? 3 : 2 }
  }
  if (introducer !== undefined) return { command: META_KEYS[introducer], length: 2 }
  return { length: 1 }
}

function decodeCsi(data: string, start: number): { command?: EditingCommand; length: number } {
  let end = start + 2
  while (end < data.length && !isCsiFinal(data.charCodeAt(end))) end += 1

  if (end >= data.length) return { length: data.length - start }

  const params = data.slice(start + 2, end)
  const final = data[end] as string
  const length = end - start + 1

  if (final === '~') return { command: TILDE_KEYS[params], length }
  if (params === '1;5' || params === '5') return { command: CTRL_ARROWS[final], length }
  if (params === '' || params === '1') return { command: CURSOR_FINALS[final], length }
  return { length }
}

function isCsiFinal(code: number): boolean {
  return code >= 0x40 && code <= 0x7e
}
