import { createStore } from 'zustand/vanilla'
import { STORAGE_KEY } from './persisted'
import { createProgressStore, parseIncoming, type ProgressNotice } from './store'

// The browser's progress store: one per page, shared by every progress
// component, loaded from localStorage after hydration and kept in sync with
// other tabs.

interface NoticeState {
  notice: ProgressNotice | null
  dismiss(): void
}

export const noticeStore = createStore<NoticeState>()((set) => ({
  notice: null,
  dismiss: () => set({ notice: null }),
}))

export const progressStore = createProgressStore({
  getStorage: browserLocalStorage,
  onNotice: (notice) => {
    // Keep a recovery notice: it matters more than a later "unavailable" one.
    if (noticeStore.getState().notice?.kind === 'recovered' && notice.kind === 'unavailable') return
    noticeStore.setState({ notice })
  },
})

function browserLocalStorage(): Storage | undefined {
  if (typeof window === 'undefined') return undefined
  try {
    return window.localStorage
  } catch {
    // Reading `localStorage` throws a SecurityError when the browser blocks site data.
    return undefined
  }
}

let started = false

/**
 * Loads saved progress and starts listening to other tabs. Call it from an
 * effect: it runs once per page and does nothing on the server.
 */
export function startProgressSync(): void {
  if (started || typeof window === 'undefined') return
  started = true

  void progressStore.persist.rehydrate()
  window.addEventListener('storage', handleStorageEvent)
}

function handleStorageEvent(event: StorageEvent): void {
  if (event.key !== STORAGE_KEY || event.newValue === null) return

  const incoming = parseIncoming(event.newValue)
  if (incoming) progressStore.getState().mergeIncoming(incoming)
}
