// Keyboard shortcuts of slide mode and the presenter view, as pure data and
// functions so they can be tested without a browser.

export type SlideAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'toggle-overview' }
  | { type: 'toggle-fullscreen' }
  | { type: 'toggle-blank' }
  | { type: 'toggle-help' }
  | { type: 'close' }

/** The parts of a KeyboardEvent that decide the action. */
export interface KeyInput {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
}

/** Digits typed so far for a "number + Enter" jump, empty when none. */
export interface KeyState {
  digits: string
}

export interface KeyResult {
  state: KeyState
  /** Null when the key is not a shortcut, so the browser keeps its default. */
  action: SlideAction | null
}

const MAX_DIGITS = 3

const SINGLE_KEY_ACTIONS: Record<string, SlideAction> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowUp: { type: 'previous' },
  PageUp: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
  o: { type: 'toggle-overview' },
  O: { type: 'toggle-overview' },
  f: { type: 'toggle-fullscreen' },
  F: { type: 'toggle-fullscreen' },
  b: { type: 'toggle-blank' },
  B: { type: 'toggle-blank' },
  // `.` is the blank-screen key on most presentation clickers.
  '.': { type: 'toggle-blank' },
  '?': { type: 'toggle-help' },
  Escape: { type: 'close' },
}

/**
 * Maps one key press to a slide action. Digits accumulate until Enter jumps
 * to that slide number (1-based, as shown on screen); any other key drops
 * them. Presses with Ctrl, Alt or Meta are left to the browser.
 */
export function reduceKey(state: KeyState, input: KeyInput): KeyResult {
  const empty: KeyState = { digits: '' }
  if (input.ctrlKey || input.altKey || input.metaKey) return { state: empty, action: null }

  if (/^[0-9]$/.test(input.key)) {
    const digits = (state.digits + input.key).slice(-MAX_DIGITS)
    return { state: { digits }, action: null }
  }

  if (input.key === 'Enter') {
    if (state.digits === '') return { state: empty, action: { type: 'next' } }
    return { state: empty, action: { type: 'goto', index: Number(state.digits) - 1 } }
  }

  if (input.key === ' ') {
    return { state: empty, action: input.shiftKey ? { type: 'previous' } : { type: 'next' } }
  }

  return { state: empty, action: SINGLE_KEY_ACTIONS[input.key] ?? null }
}

/** One row of the shortcut help, in Italian for the on-screen dialog. */
export interface ShortcutHelpRow {
  keys: string[]
  description: string
}

export const SHORTCUT_HELP: readonly ShortcutHelpRow[] = [
  { keys: ['→', 'Spazio', 'Pagina giù'], description: 'Slide successiva' },
  { keys: ['←', 'Maiusc + Spazio', 'Pagina su'], description: 'Slide precedente' },
  { keys: ['Inizio', 'Fine'], description: 'Prima e ultima slide' },
  { keys: ['numero', 'Invio'], description: 'Vai alla slide con quel numero' },
  { keys: ['O'], description: 'Panoramica di tutte le slide' },
  { keys: ['F'], description: 'Schermo intero' },
  { keys: ['B', '.'], description: 'Schermo nero (premi di nuovo per tornare)' },
  { keys: ['?'], description: 'Mostra o nasconde questo aiuto' },
  { keys: ['Esc'], description: 'Chiude la panoramica o l’aiuto' },
]
