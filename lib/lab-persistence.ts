// Saved lab state in localStorage: the engine's serialize() text, one key per
// page, restored into a new engine when the student starts the lab again.
// Only types come from the engine, so this module adds no engine code to a page.

import type { PersistentEngine, SimulatedEngine } from '@/engine/api'

export const LAB_STATE_KEY_PREFIX = 'container-sicuri:lab-state:'
export const LAB_STATE_BACKUP_KEY_PREFIX = 'container-sicuri:lab-state-backup:'

/**
 * Maximum length, in UTF-16 code units, of one saved lab state. A command
 * takes 100 to 250 of them (measured on `docker ps` and a `docker run -d`
 * with a health check), so this is a few thousand commands. Clock advances
 * between commands take one journal entry whatever their length. The limit
 * is an estimate of a fair share: browsers give an origin a few million code
 * units of localStorage in all, for every lesson's lab, the progress and the
 * command histories.
 * Each wait inside a command is one journal entry. A foreground `docker run`
 * or `docker logs -f` waits until the next scheduled event (at most a virtual
 * minute), so `docker run alpine sleep 60` adds under 300 code units.
 */
export const MAX_SAVED_STATE_LENGTH = 400_000

/** The subset of the Web Storage API the saved lab state needs. */
export type LabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export type SaveResult =
  | { status: 'saved' }
  | { status: 'too-large'; length: number }
  | { status: 'quota-exceeded' }
  | { status: 'failed'; error: unknown }

export type RestoreResult =
  | { status: 'fresh'; engine: PersistentEngine }
  | { status: 'restored'; engine: PersistentEngine; commands: number }
  | { status: 'discarded'; engine: PersistentEngine; reason: string; backupKey: string | undefined }

/** Returns the storage key of the lab on the page at `pathname`; `/a/` and `/a` share one key. */
export function labStateKey(pathname: string): string {
  const path = pathname.replace(/\/+$/, '') || '/'
  return `${LAB_STATE_KEY_PREFIX}${path}`
}

export function isPersistentEngine(engine: SimulatedEngine): engine is PersistentEngine {
  const candidate = engine as Partial<PersistentEngine>
  return typeof candidate.serialize === 'function' && typeof candidate.restore === 'function'
}

/** Reads the saved text under `key`; null when there is none or storage is blocked. */
export function readLabState(storage: LabStorage, key: string): string | null {
  try {
    return storage.getItem(key)
  } catch {
    return null
  }
}

/**
 * Writes `text` under `key`. A text over MAX_SAVED_STATE_LENGTH is not written
 * and the older saved state is removed, because restoring it later would
 * silently bring back a state the student has since left.
 */
export function saveLabState(storage: LabStorage, key: string, text: string): SaveResult {
  if (text.length > MAX_SAVED_STATE_LENGTH) {
    clearLabState(storage, key)
    return { status: 'too-large', length: text.length }
  }

  try {
    storage.setItem(key, text)
    return { status: 'saved' }
  } catch (error) {
    if (isQuotaExceeded(error)) return { status: 'quota-exceeded' }
    return { status: 'failed', error }
  }
}

export function clearLabState(storage: LabStorage, key: string): void {
  try {
    storage.removeItem(key)
  } catch {
    // A storage the browser blocks holds nothing to clear.
  }
}

/**
 * Moves unreadable saved text from `key` to a backup key named after `key`
 * and the time, so a person can still recover it. Returns the backup key, or
 * undefined when the backup could not be written (the text then stays under `key`).
 */
export function setAsideLabState(storage: LabStorage, key: string, text: string, now: number): string | undefined {
  const backupKey = `${LAB_STATE_BACKUP_KEY_PREFIX}${key.slice(LAB_STATE_KEY_PREFIX.length)}:${new Date(now).toISOString()}`
  try {
    storage.setItem(backupKey, text)
  } catch {
    return undefined
  }

  clearLabState(storage, key)
  return backupKey
}

/**
 * Restores the state saved under `key` into `engine`, a newly created engine.
 * When the text cannot be restored, that engine is unusable, so the result
 * carries a second one from `createEngine` and the text moves to a backup key.
 */
export async function restoreLabState(
  engine: PersistentEngine,
  createEngine: () => PersistentEngine,
  storage: LabStorage,
  key: string,
  now: number,
): Promise<RestoreResult> {
  const text = readLabState(storage, key)
  if (text === null) return { status: 'fresh', engine }

  try {
    await engine.restore(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.error(`Restoring the saved lab state under ${key} failed`, error)
    return { status: 'discarded', engine: createEngine(), reason, backupKey: setAsideLabState(storage, key, text, now) }
  }

  return { status: 'restored', engine, commands: countCommands(text) }
}

/** Counts the commands in a saved state that restore() has already accepted. */
function countCommands(text: string): number {
  const state = JSON.parse(text) as { journal: { kind: string }[] }
  return state.journal.filter((entry) => entry.kind === 'execute').length
}

/** True for the error a full localStorage raises: QuotaExceededError, or Firefox's older name. */
function isQuotaExceeded(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED'
}

/** Returns `window.localStorage`, or undefined where it is missing or blocked. */
export function browserLabStorage(): LabStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
}
