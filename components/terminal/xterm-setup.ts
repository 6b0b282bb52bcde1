// Browser-side settings of the xterm.js terminal: colours taken from the
// site's CSS variables, keyboard exceptions, and the Playwright test hook.

import { Terminal as XtermTerminal, type ITheme, type Terminal } from '@xterm/xterm'

declare global {
  interface Window {
    /** The lab's xterm.js instance, exposed for Playwright (see exposeForTests). */
    __containerSicuriTerminal?: Terminal
  }
}

/** Builds an xterm.js theme from the CSS variables defined in app/globals.css. */
export function readTheme(element: HTMLElement): ITheme {
  const style = getComputedStyle(element)
  const color = (name: string) => style.getPropertyValue(name).trim() || undefined

  return {
    background: color('--code-bg'),
    foreground: color('--fg'),
    cursor: color('--accent'),
    cursorAccent: color('--code-bg'),
    selectionBackground: color('--border'),
    selectionForeground: color('--fg'),
    red: color('--err'),
    brightRed: color('--err'),
    green: color('--ok'),
    brightGreen: color('--ok'),
    yellow: color('--warn'),
    brightYellow: color('--warn'),
    blue: color('--accent'),
    brightBlue: color('--accent'),
  }
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

/**
 * Returns a key handler that leaves some keys to the browser. Esc then Tab
 * moves focus out of the terminal, because Tab alone completes commands and
 * would trap keyboard users. Ctrl-C with a selection copies, and Ctrl-V or
 * Ctrl-Shift-V pastes.
 */
export function createKeyEventHandler(terminal: Terminal): (event: KeyboardEvent) => boolean {
  let escapePressed = false

  return (event) => {
    if (event.type !== 'keydown') return true

    if (event.key === 'Escape') {
      escapePressed = true
      return false
    }

    const isModifierOnly = ['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)
    const leavesTerminal = escapePressed && event.key === 'Tab'
    if (!isModifierOnly) escapePressed = false
    if (leavesTerminal) return false

    const ctrlOnly = event.ctrlKey && !event.altKey && !event.metaKey
    const key = event.key.toLowerCase()
    if (ctrlOnly && key === 'c' && (event.shiftKey || terminal.hasSelection())) return false
    if (ctrlOnly && key === 'v') return false
    return true
  }
}

/** Exposes the terminal as `window.__containerSicuriTerminal` in development or with `?test`. */
export function exposeForTests(terminal: Terminal): () => void {
  const enabled = process.env.NODE_ENV !== 'production' || new URLSearchParams(window.location.search).has('test')
  if (!enabled) return () => undefined

  window.__containerSicuriTerminal = terminal
  return () => {
    if (window.__containerSicuriTerminal === terminal) delete window.__containerSicuriTerminal
  }
}

/**
 * Sets xterm.js's screen-reader strings, English by default ("Terminal
 * input"), for every terminal created afterwards.
 */
export function localizeXterm(strings: { promptLabel: string; tooMuchOutput: string }): void {
  XtermTerminal.strings.promptLabel = strings.promptLabel
  XtermTerminal.strings.tooMuchOutput = strings.tooMuchOutput
}
