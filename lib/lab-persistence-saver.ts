// Saves a running lab's engine state: at most once per delay while commands
// and clock steps change it, and at once when the page is hidden or closed,
// except while a command runs (see LabSaverOptions.isBusy).

import type { PersistentEngine } from '@/engine/api'
import { saveLabState, type LabStorage, type SaveResult } from './lab-persistence'

/** Delay between a change and its save, in milliseconds. The clock changes the state on every tick. */
export const SAVE_DELAY_MS = 2_000

export interface LabSaverOptions {
  engine: PersistentEngine
  storage: LabStorage
  key: string
  /**
   * True while a command runs. Its journal entry is then incomplete and would
   * not replay, so the saver keeps the last state saved before the command.
   */
  isBusy(): boolean
  /** Called when the result of a save differs from the previous one, e.g. on the first quota error. */
  onResult(result: SaveResult): void
  delayMs?: number
}

export class LabSaver {
  private readonly options: LabSaverOptions
  private readonly delayMs: number
  private timer: ReturnType<typeof setTimeout> | undefined
  private lastText: string | undefined
  private lastStatus: SaveResult['status'] | undefined
  private stopped = false

  constructor(options: LabSaverOptions) {
    this.options = options
    this.delayMs = options.delayMs ?? SAVE_DELAY_MS
  }

  /** Saves within the delay unless a save is already scheduled. */
  schedule(): void {
    if (this.stopped || this.timer !== undefined) return
    this.timer = setTimeout(() => this.flush(), this.delayMs)
  }

  /** Saves now, unless a command runs or nothing changed since the last save. */
  flush(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.stopped) return

    if (this.options.isBusy()) {
      this.schedule()
      return
    }

    const text = this.options.engine.serialize()
    if (text === this.lastText) return

    const result = saveLabState(this.options.storage, this.options.key, text)
    this.lastText = result.status === 'saved' ? text : undefined
    if (result.status !== this.lastStatus) this.options.onResult(result)
    this.lastStatus = result.status
  }

  /** Saves what is pending and stops, for an engine the lab no longer shows. */
  stop(): void {
    this.flush()
    this.discard()
  }

  /** Stops without saving, so a later flush cannot bring back a state the student cleared. */
  discard(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.stopped = true
  }
}

/**
 * Flushes `saver` when the page is hidden (tab switch, minimised window) or
 * unloaded, the last moments a page can reliably write storage. Returns the
 * cleanup.
 */
export function flushOnPageHide(saver: LabSaver, target: Window = window): () => void {
  const onVisibilityChange = () => {
    if (target.document.visibilityState === 'hidden') saver.flush()
  }
  const onPageHide = () => saver.flush()

  target.document.addEventListener('visibilitychange', onVisibilityChange)
  target.addEventListener('pagehide', onPageHide)
  return () => {
    target.document.removeEventListener('visibilitychange', onVisibilityChange)
    target.removeEventListener('pagehide', onPageHide)
  }
}
