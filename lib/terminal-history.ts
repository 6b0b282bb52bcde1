// Command history of the lab terminal, persisted in localStorage per lesson
// so ↑ recalls what the student typed on an earlier visit to the same page.

/** Maximum number of entries kept per lesson. The oldest are dropped first. */
export const HISTORY_LIMIT = 500

/** The subset of the Web Storage API the history needs. */
export type HistoryStorage = Pick<Storage, 'getItem' | 'setItem'>

/**
 * Returns the history scope of a page: the lesson slug under /lezioni/, so a
 * lesson and its slide views share one history, or else the whole path.
 */
export function historyScopeForPath(pathname: string): string {
  const segments = pathname.split('/').filter(Boolean)
  if (segments[0] === 'lezioni' && segments[1]) return segments[1]
  return segments.join('/') || 'home'
}

export function historyStorageKey(lessonSlug: string): string {
  return `container-sicuri:terminal-history:${lessonSlug}`
}

/**
 * Reads the stored history of a lesson, oldest entry first. Returns an empty
 * list when nothing is stored, when storage is unavailable, or when the stored
 * value is not a JSON array of strings (a corrupt entry is ignored, not fixed).
 */
export function loadHistory(storage: HistoryStorage | undefined, lessonSlug: string): string[] {
  if (!storage) return []

  let raw: string | null
  try {
    raw = storage.getItem(historyStorageKey(lessonSlug))
  } catch {
    return []
  }
  if (raw === null) return []

  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return []
  }

  if (!Array.isArray(parsed) || !parsed.every((entry) => typeof entry === 'string')) return []
  return parsed.slice(-HISTORY_LIMIT)
}

/** Writes the history of a lesson. A full or disabled storage is ignored. */
export function saveHistory(storage: HistoryStorage | undefined, lessonSlug: string, entries: readonly string[]): void {
  if (!storage) return

  try {
    storage.setItem(historyStorageKey(lessonSlug), JSON.stringify(entries.slice(-HISTORY_LIMIT)))
  } catch {
    // A QuotaExceededError or a storage disabled by the browser only costs
    // the persistence, because the session keeps its history in memory.
  }
}

/**
 * Returns `entries` with `line` appended, the way bash does with
 * HISTCONTROL=ignoredups: blank lines and a repeat of the last entry are not
 * added.
 */
export function appendHistory(entries: readonly string[], line: string): string[] {
  if (line.trim() === '') return [...entries]
  if (entries[entries.length - 1] === line) return [...entries]
  return [...entries, line].slice(-HISTORY_LIMIT)
}

/** Returns `window.localStorage`, or undefined where it is missing or blocked. */
export function browserStorage(): HistoryStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
}
