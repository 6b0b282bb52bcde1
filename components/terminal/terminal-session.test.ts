import xterm from '@xterm/xterm'
import { describe, expect, it, vi } from 'vitest'
import type { SimulatedEngine } from '../../engine/api'
import { createFakeEngine } from '../lab/fake-engine'
import { MAX_LINE_LENGTH, TerminalSession } from './terminal-session'

const PROMPT = 'studente@laboratorio:~$ '
// translateToString(true) drops trailing spaces, so an empty prompt row reads like this.
const PROMPT_ROW = PROMPT.trimEnd()

// The session writes to a real xterm.js buffer; `screen()` returns its rows.
function setup(options: { engine?: SimulatedEngine; history?: string[]; columns?: number } = {}) {
  const terminal = new xterm.Terminal({ cols: options.columns ?? 80, rows: 12, allowProposedApi: true })
  const engine = options.engine ?? createFakeEngine()
  let wake: ((completed: boolean) => void) | undefined
  const saved: string[][] = []

  const session = new TerminalSession(terminal, engine, {
    createSleep: () => () => new Promise((resolve) => (wake = resolve)),
    interrupt: () => wake?.(false),
    history: options.history ?? [],
    onHistoryChange: (entries) => saved.push(entries),
  })
  session.start()

  const screen = async () => {
    await new Promise<void>((resolve) => terminal.write('', resolve))
    const buffer = terminal.buffer.active
    return Array.from({ length: buffer.length }, (_, i) => buffer.getLine(i)?.translateToString(true) ?? '')
      .join('\n')
      .trimEnd()
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

  return { session, engine, screen, settle, saved, wakeSleep: () => wake?.(true) }
}

describe('TerminalSession', () => {
  it('runs a typed command', async () => {
    const { session, screen, settle } = setup()

    session.handleInput('echo ciao\r')
    await settle()

    expect(await screen()).toBe(`${PROMPT}echo ciao\nciao\n${PROMPT_ROW}`)
  })

  it('runs each pasted line in order', async () => {
    const { session, screen, settle, wakeSleep } = setup()

    session.handleInput('sleep 5\recho uno\recho due\recho')
    await settle()
    expect(await screen()).toBe(`${PROMPT}sleep 5`)

    wakeSleep()
    await settle()
    expect(await screen()).toBe(
      `${PROMPT}sleep 5\n${PROMPT}echo uno\nuno\n${PROMPT}echo due\ndue\n${PROMPT}echo`,
    )
  })

  it('interrupts a running sleep', async () => {
    const { session, screen, settle } = setup()

    session.handleInput('sleep 100\r')
    await settle()
    session.handleInput('echo typed ahead\x03')
    await settle()

    expect(await screen()).toBe(`${PROMPT}sleep 100\n^C\n${PROMPT_ROW}`)
    expect(session.isRunning).toBe(false)
  })

  it('cancels the line on Ctrl-C', async () => {
    const { session, screen, settle } = setup()

    session.handleInput('docker ps\x03')
    await settle()

    expect(await screen()).toBe(`${PROMPT}docker ps^C\n${PROMPT_ROW}`)
  })

  it('reads a backslash continuation', async () => {
    const { session, screen, settle } = setup()

    session.handleInput('echo uno \\\r  due\r')
    await settle()

    expect(await screen()).toBe(`${PROMPT}echo uno \\\n>   due\nuno due\n${PROMPT_ROW}`)
  })

  it('types and runs a requested command', async () => {
    const { session, screen, settle } = setup()
    session.handleInput('draft')

    session.runCommand('echo "da\tlezione"')
    await settle()

    expect(await screen()).toBe(`${PROMPT}echo "da lezione"\n"da lezione"\n${PROMPT_ROW}`)
  })

  it('queues a requested command behind a running one', async () => {
    const { session, screen, settle, wakeSleep } = setup()
    session.handleInput('sleep 1\r')
    await settle()

    session.runCommand('echo dopo')
    await settle()
    expect(await screen()).toBe(`${PROMPT}sleep 1`)

    wakeSleep()
    await settle()
    expect(await screen()).toBe(`${PROMPT}sleep 1\n${PROMPT}echo dopo\ndopo\n${PROMPT_ROW}`)
  })

  it('rejects a line over the limit', async () => {
    const engine = createFakeEngine()
    const execute = vi.spyOn(engine, 'execute')
    const { session, screen, settle } = setup({ engine, columns: 200 })

    session.handleInput('echo ' + 'x'.repeat(MAX_LINE_LENGTH) + '\r')
    await settle()

    expect(execute).not.toHaveBeenCalled()
    expect(await screen()).toContain('Riga troppo lunga: 10.005 caratteri, il massimo è 10.000.')
  })

  it('saves accepted commands to history', async () => {
    const { session, settle, saved } = setup({ history: ['docker ps'] })

    session.handleInput('echo a\r')
    await settle()
    session.handleInput('\x1b[A\x1b[A\r')
    await settle()

    expect(saved).toEqual([
      ['docker ps', 'echo a'],
      ['docker ps', 'echo a', 'docker ps'],
    ])
  })

  it('completes a single candidate', async () => {
    const { session, screen } = setup()

    session.handleInput('docker ru\t')

    expect(await screen()).toBe(`${PROMPT}docker run`)
  })

  it('lists candidates on the second Tab', async () => {
    const { session, screen } = setup()

    session.handleInput('docker i\t')
    expect(await screen()).toBe(`${PROMPT}docker i`)

    session.handleInput('\t')
    expect(await screen()).toBe(`${PROMPT}docker i\nimages   inspect\n${PROMPT}docker i`)
  })

  it('extends the common prefix first', async () => {
    const { session, screen } = setup()

    session.handleInput('docker r\t')

    expect(await screen()).toBe(`${PROMPT}docker r`)
  })

  it('reports an engine failure', async () => {
    const engine = createFakeEngine()
    vi.spyOn(engine, 'execute').mockRejectedValue(new Error('boom'))
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { session, screen, settle } = setup({ engine })

    session.handleInput('docker ps\r')
    await settle()

    expect(await screen()).toBe(`${PROMPT}docker ps\nErrore interno del simulatore: boom\n${PROMPT_ROW}`)
  })

  it('ignores a completion failure', async () => {
    const engine = createFakeEngine()
    vi.spyOn(engine, 'complete').mockImplementation(() => {
      throw new Error('boom')
    })
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { session, screen } = setup({ engine })

    session.handleInput('docker\t ps')

    expect(await screen()).toBe(`${PROMPT}docker ps`)
  })

  it('answers a question with readLine', async () => {
    const { session, screen, settle } = setup()

    session.handleInput('ask\r')
    await settle()
    session.handleInput('Ada\x1b[DL\r')
    await settle()

    expect(await screen()).toBe(`${PROMPT}ask\nNome: AdLa\nciao AdLa\n${PROMPT_ROW}`)
  })

  it('hides a password answer', async () => {
    const { session, screen, settle } = setup()

    session.handleInput('secret\r')
    await settle()
    session.handleInput('s3greto\r')
    await settle()

    expect(await screen()).toBe(`${PROMPT}secret\nPassword: \n7 caratteri\n${PROMPT_ROW}`)
  })

  it('answers from pasted typeahead', async () => {
    const { session, screen, settle } = setup()

    session.handleInput('ask\rBob\recho dopo\r')
    await settle()

    expect(await screen()).toBe(`${PROMPT}ask\nNome: Bob\nciao Bob\n${PROMPT}echo dopo\ndopo\n${PROMPT_ROW}`)
  })

  it('ends a question on Ctrl-D', async () => {
    const { session, screen, settle } = setup()

    session.handleInput('ask\r')
    await settle()
    session.handleInput('\x04')
    await settle()

    expect(await screen()).toBe(`${PROMPT}ask\nNome: \nnessuna risposta\n${PROMPT_ROW}`)
  })

  it('interrupts a question on Ctrl-C', async () => {
    const { session, screen, settle } = setup()

    session.handleInput('ask\r')
    await settle()
    session.handleInput('Al\x03')
    await settle()

    expect(await screen()).toBe(`${PROMPT}ask\nNome: Al^C\nnessuna risposta\n${PROMPT_ROW}`)
  })

  it('keeps a run button command for the prompt', async () => {
    const { session, screen, settle } = setup()

    session.handleInput('ask\r')
    await settle()
    session.runCommand('echo dopo')
    session.handleInput('Eva\r')
    await settle()

    expect(await screen()).toBe(`${PROMPT}ask\nNome: Eva\nciao Eva\n${PROMPT}echo dopo\ndopo\n${PROMPT_ROW}`)
  })
})
