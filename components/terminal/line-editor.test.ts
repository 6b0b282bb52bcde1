import xterm from '@xterm/xterm'
import { describe, expect, it } from 'vitest'
import type { EditingCommand } from './input-decoder'
import { LineEditor, displayWidth } from './line-editor'

const PROMPT = 'u@h:~$ '

// A real xterm.js buffer (no DOM needed for writes) checks that the escape
// sequences put text and cursor where a user would see them.
function createScreen(columns: number) {
  const terminal = new xterm.Terminal({ cols: columns, rows: 8, allowProposedApi: true })

  return {
    write: (data: string) => new Promise<void>((resolve) => terminal.write(data, resolve)),
    rows: () => {
      const buffer = terminal.buffer.active
      return Array.from({ length: buffer.length }, (_, i) => buffer.getLine(i)?.translateToString(true) ?? '')
        .join('\n')
        .trimEnd()
    },
    cursor: () => [terminal.buffer.active.cursorX, terminal.buffer.active.cursorY],
  }
}

function edit(editor: LineEditor, ...commands: EditingCommand[]): string {
  return commands.map((command) => editor.apply(command).output).join('')
}

describe('LineEditor editing', () => {
  it('inserts at the cursor', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, [])
    editor.insert('docker ps')
    edit(editor, 'beginning-of-line')
    editor.insert('sudo ')

    expect(editor.text).toBe('sudo docker ps')
    expect(editor.cursorIndex).toBe(5)
  })

  it('moves with Home, End and arrows', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, [])
    editor.insert('abc')

    edit(editor, 'backward-char', 'backward-char')
    expect(editor.cursorIndex).toBe(1)
    edit(editor, 'end-of-line')
    expect(editor.cursorIndex).toBe(3)
    edit(editor, 'forward-char')
    expect(editor.cursorIndex).toBe(3)
    edit(editor, 'beginning-of-line', 'backward-char')
    expect(editor.cursorIndex).toBe(0)
  })

  it('deletes with Backspace and Delete', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, [])
    editor.insert('abcd')
    edit(editor, 'backward-char', 'backward-char', 'backward-delete-char', 'delete-char')

    expect(editor.text).toBe('ad')
    expect(editor.cursorIndex).toBe(1)
  })

  it('kills with Ctrl-U and Ctrl-K', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, [])
    editor.insert('docker ps -a')
    edit(editor, 'backward-char', 'backward-char', 'backward-char')

    edit(editor, 'kill-line')
    expect(editor.text).toBe('docker ps')
    edit(editor, 'backward-char', 'backward-char', 'unix-line-discard')
    expect(editor.text).toBe('ps')
    expect(editor.cursorIndex).toBe(0)
  })

  it('deletes a word with Ctrl-W', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, [])
    editor.insert('docker run --name=web  ')

    edit(editor, 'unix-word-rubout')

    expect(editor.text).toBe('docker run ')
  })

  it('moves by word', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, [])
    editor.insert('docker run --rm')

    edit(editor, 'backward-word')
    expect(editor.cursorIndex).toBe(13)
    edit(editor, 'backward-word')
    expect(editor.cursorIndex).toBe(7)
    edit(editor, 'forward-word')
    expect(editor.cursorIndex).toBe(10)
  })

  it('steps over a surrogate pair', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, [])
    editor.insert('a🐳b')

    edit(editor, 'backward-char', 'backward-char')
    expect(editor.cursorIndex).toBe(1)
    edit(editor, 'delete-char')
    expect(editor.text).toBe('ab')
  })

  it('replaces the word before the cursor', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, [])
    editor.insert('docker ins -f')
    edit(editor, 'backward-word', 'backward-char', 'backward-char')

    editor.replaceBeforeCursor(7, 'inspect ')

    expect(editor.text).toBe('docker inspect  -f')
    expect(editor.cursorIndex).toBe(15)
  })
})

describe('LineEditor history', () => {
  it('recalls entries and the draft', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, ['docker ps', 'docker images'])
    editor.insert('dock')

    edit(editor, 'previous-history')
    expect(editor.text).toBe('docker images')
    edit(editor, 'previous-history', 'previous-history')
    expect(editor.text).toBe('docker ps')
    edit(editor, 'next-history', 'next-history')
    expect(editor.text).toBe('dock')
    edit(editor, 'next-history')
    expect(editor.text).toBe('dock')
  })

  it('does nothing with empty history', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, [])

    expect(editor.apply('previous-history').output).toBe('')
  })
})

describe('LineEditor results', () => {
  it('returns the accepted line', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, [])
    editor.insert('docker ps')
    edit(editor, 'beginning-of-line')

    const result = editor.apply('accept-line')

    expect(result.acceptedLine).toBe('docker ps')
    expect(result.output.endsWith('\r\n')).toBe(true)
  })

  it('flags Ctrl-C and Tab', () => {
    const editor = new LineEditor(80)
    editor.begin(PROMPT, [])

    expect(editor.apply('interrupt')).toMatchObject({ interrupted: true })
    expect(editor.apply('complete')).toEqual({ output: '', completionRequested: true })
  })
})

describe('LineEditor on screen', () => {
  it('draws an edit in the middle', async () => {
    const screen = createScreen(40)
    const editor = new LineEditor(40)
    await screen.write(editor.begin(PROMPT, []))
    await screen.write(editor.insert('docker ps'))
    await screen.write(edit(editor, 'backward-char', 'backward-char'))
    await screen.write(editor.insert('-a '))

    expect(screen.rows()).toBe('u@h:~$ docker -a ps')
    expect(screen.cursor()).toEqual([17, 0])
  })

  it('wraps a long line and moves back over rows', async () => {
    const screen = createScreen(10)
    const editor = new LineEditor(10)
    await screen.write(editor.begin(PROMPT, []))
    await screen.write(editor.insert('abcdefghijklmn'))
    await screen.write(edit(editor, 'beginning-of-line'))
    await screen.write(editor.insert('X'))

    expect(screen.rows()).toBe('u@h:~$ Xab\ncdefghijkl\nmn')
    expect(screen.cursor()).toEqual([8, 0])
  })

  it('handles a line ending on the last column', async () => {
    const screen = createScreen(10)
    const editor = new LineEditor(10)
    await screen.write(editor.begin(PROMPT, []))
    await screen.write(editor.insert('abc'))
    expect(screen.cursor()).toEqual([0, 1])

    await screen.write(edit(editor, 'backward-delete-char'))
    expect(screen.rows()).toBe('u@h:~$ ab')
    expect(screen.cursor()).toEqual([9, 0])

    await screen.write(editor.insert('c'))
    await screen.write(editor.apply('accept-line').output + 'out\r\n')
    expect(screen.rows()).toBe('u@h:~$ abc\nout')
  })

  it('shrinks a line and erases the rest', async () => {
    const screen = createScreen(10)
    const editor = new LineEditor(10)
    await screen.write(editor.begin(PROMPT, ['short', 'a much longer entry']))
    await screen.write(edit(editor, 'previous-history'))
    await screen.write(edit(editor, 'previous-history'))

    expect(screen.rows()).toBe('u@h:~$ sho\nrt')
  })

  it('clears the screen keeping the line', async () => {
    const screen = createScreen(40)
    const editor = new LineEditor(40)
    await screen.write('old output\r\n')
    await screen.write(editor.begin(PROMPT, []))
    await screen.write(editor.insert('docker ps'))
    await screen.write(edit(editor, 'backward-char'))

    await screen.write(editor.clearScreen())

    expect(screen.rows()).toBe('u@h:~$ docker ps')
    expect(screen.cursor()).toEqual([15, 0])
  })

  it('prints a listing below the line', async () => {
    const screen = createScreen(40)
    const editor = new LineEditor(40)
    await screen.write(editor.begin(PROMPT, []))
    await screen.write(editor.insert('docker i'))

    await screen.write(editor.printBelow('image  images  info  inspect\n'))

    expect(screen.rows()).toBe('u@h:~$ docker i\nimage  images  info  inspect\nu@h:~$ docker i')
    expect(screen.cursor()).toEqual([15, 2])
  })

  it('prints ^C on interrupt', async () => {
    const screen = createScreen(40)
    const editor = new LineEditor(40)
    await screen.write(editor.begin(PROMPT, []))
    await screen.write(editor.insert('docker ps'))
    await screen.write(edit(editor, 'beginning-of-line'))

    await screen.write(editor.apply('interrupt').output)

    expect(screen.rows()).toBe('u@h:~$ docker ps^C')
    expect(screen.cursor()).toEqual([0, 1])
  })
})

describe('displayWidth', () => {
  it('ignores colour sequences', () => {
    expect(displayWidth('\x1b[1;32mu@h\x1b[0m:~$ ')).toBe(7)
  })
})
