'use client'

import '@xterm/xterm/css/xterm.css'
import { FitAddon } from '@xterm/addon-fit'
import { Terminal as XtermTerminal } from '@xterm/xterm'
import { useEffect, useRef } from 'react'
import type { SimulatedEngine } from '@/engine/api'
import { labText } from '@/components/lab/strings'
import { browserStorage, loadHistory, saveHistory } from '@/lib/terminal-history'
import { FONT_FAMILY, FONT_SIZE, TERMINAL_FONT } from './terminal-font'
import { TerminalSession } from './terminal-session'
import { createKeyEventHandler, exposeForTests, localizeXterm, prefersReducedMotion, readTheme } from './xterm-setup'
import styles from './Terminal.module.css'

export interface TerminalProps {
  engine: SimulatedEngine
  /** Returns the CommandIO.sleep for one command run in this terminal. */
  createSleep(): (ms: number) => Promise<boolean>
  /** Called on Ctrl-C while a command runs, to interrupt its sleep. */
  interrupt(): void
  /** localStorage scope of the command history, usually the lesson slug. */
  historyScope: string
  /** Called with the session once the terminal is ready, and with null on unmount. */
  onSession(session: TerminalSession | null): void
  autoFocus?: boolean
  /** A line written above the first prompt, such as the notice that the saved lab was restored. */
  banner?: string
}

// Phones get a smaller font, so the narrow terminal fits more columns.
const NARROW_FONT_SIZE = 13
const NARROW_SCREEN = '(max-width: 40rem)'
// Blue is the site's accent colour in the xterm.js theme (see readTheme).
const BANNER_COLOR = '\x1b[34m'
const RESET = '\x1b[0m'

export default function Terminal(props: TerminalProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const propsRef = useRef(props)

  useEffect(() => {
    propsRef.current = props
  })

  const { engine, historyScope } = props

  useEffect(() => {
    const element = containerRef.current
    if (!element) return

    let unmount: (() => void) | undefined
    let cancelled = false

    // xterm.js measures the cell size when it opens, so wait for the web font.
    void document.fonts
      .load(TERMINAL_FONT)
      .catch(() => undefined)
      .then(() => {
        if (!cancelled) unmount = mountTerminal(element, engine, historyScope, propsRef)
      })

    return () => {
      cancelled = true
      unmount?.()
    }
  }, [engine, historyScope])

  return <div ref={containerRef} className={styles.terminal} role="region" aria-label={labText.terminalLabel} />
}

/** Opens xterm.js in `element`, connects it to the engine and returns the cleanup. */
function mountTerminal(
  element: HTMLElement,
  engine: SimulatedEngine,
  historyScope: string,
  propsRef: { current: TerminalProps },
): () => void {
  const { terminal, fitAddon } = openXterm(element)
  const session = createSession(terminal, element, engine, historyScope, propsRef)

  terminal.attachCustomKeyEventHandler(createKeyEventHandler(terminal))
  const dataListener = terminal.onData((data) => session.handleInput(data))
  const resizeListener = terminal.onResize(({ cols }) => session.resize(cols))
  const stopFollowingPage = followLayoutAndTheme(element, terminal, fitAddon)
  const removeTestHook = exposeForTests(terminal)

  const { banner } = propsRef.current
  if (banner) terminal.write(`${BANNER_COLOR}${banner}${RESET}\r\n`)
  session.start()
  terminal.write('', () => {
    element.dataset.commandRunning = 'false'
  })
  if (propsRef.current.autoFocus) terminal.focus()
  propsRef.current.onSession(session)

  return () => {
    propsRef.current.onSession(null)
    session.dispose()
    removeTestHook()
    stopFollowingPage()
    dataListener.dispose()
    resizeListener.dispose()
    terminal.dispose()
  }
}

function openXterm(element: HTMLElement): { terminal: XtermTerminal; fitAddon: FitAddon } {
  localizeXterm({ promptLabel: labText.terminalInputLabel, tooMuchOutput: labText.tooMuchOutput })

  const terminal = new XtermTerminal({
    screenReaderMode: true,
    cursorBlink: !prefersReducedMotion(),
    fontFamily: FONT_FAMILY,
    fontSize: window.matchMedia(NARROW_SCREEN).matches ? NARROW_FONT_SIZE : FONT_SIZE,
    scrollback: 2000,
    theme: readTheme(element),
  })
  const fitAddon = new FitAddon()
  terminal.loadAddon(fitAddon)
  terminal.open(element)
  fitAddon.fit()

  return { terminal, fitAddon }
}

function createSession(
  terminal: XtermTerminal,
  element: HTMLElement,
  engine: SimulatedEngine,
  historyScope: string,
  propsRef: { current: TerminalProps },
): TerminalSession {
  const storage = browserStorage()

  const session: TerminalSession = new TerminalSession(terminal, engine, {
    createSleep: () => propsRef.current.createSleep(),
    interrupt: () => propsRef.current.interrupt(),
    history: loadHistory(storage, historyScope),
    onHistoryChange: (entries) => saveHistory(storage, historyScope, entries),
    onRunningChange: (running) => {
      if (running) {
        element.dataset.commandRunning = 'true'
        return
      }
      // xterm.js parses writes asynchronously, so the terminal is marked idle
      // only once the output and the new prompt are in its buffer.
      terminal.write('', () => {
        if (!session.isRunning) element.dataset.commandRunning = 'false'
      })
    },
  })

  return session
}

/** Refits the terminal when its box changes size and recolours it when the colour scheme changes. */
function followLayoutAndTheme(element: HTMLElement, terminal: XtermTerminal, fitAddon: FitAddon): () => void {
  const resizeObserver = new ResizeObserver(() => fitAddon.fit())
  resizeObserver.observe(element)

  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)')
  const updateTheme = () => {
    terminal.options.theme = readTheme(element)
  }
  darkQuery.addEventListener('change', updateTheme)

  return () => {
    resizeObserver.disconnect()
    darkQuery.removeEventListener('change', updateTheme)
  }
}
