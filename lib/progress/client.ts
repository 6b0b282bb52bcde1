import { createStore } from 'zustand/vanilla'
import { emptyProgress, STORAGE_KEY } from './schema'
import type { ProgressActions, ProgressNotice, ProgressState, ProgressStore } from './store'

// The browser's progress store: one per page, shared by every progress
// component, loaded from localStorage and kept in sync with other tabs.
//
// The persisted store (store.ts: validation, merging, zustand's persist
// middleware) is a separate chunk that loads after the page's load event, so
// it stays out of the first view's JavaScript. Until then `progressStore`
// contains empty progress and is not hydrated. Actions called earlier run as
// soon as the persisted store exists, and its hydration then merges them with
// the saved progress, as it merges any change made before hydration.

interface NoticeState {
  notice: ProgressNotice | null
  dismiss(): void
}

export const noticeStore = createStore<NoticeState>()((set) => ({
  notice: null,
  dismiss: () => set({ notice: null }),
}))

let persisted: Promise<ProgressStore> | undefined
let hydrated = false
const hydrationListeners = new Set<(state: ProgressState) => void>()

/** Runs `action` on the persisted store, loading it first if needed. */
function withPersisted(action: (store: ProgressStore) => void): void {
  // A failed download is reported by loadPersistedStore, and the change is lost with the unsaved progress.
  loadPersistedStore().then(action, () => {})
}

const actions: ProgressActions = {
  markSectionVisited: (lesson, sectionId) => withPersisted((store) => store.getState().markSectionVisited(lesson, sectionId)),
  recordQuizAttempt: (attempt) => withPersisted((store) => store.getState().recordQuizAttempt(attempt)),
  updateExercise: (exerciseId, change) => withPersisted((store) => store.getState().updateExercise(exerciseId, change)),
  mergeIncoming: (incoming) => withPersisted((store) => store.getState().mergeIncoming(incoming)),
  importProgress: (imported) => withPersisted((store) => store.getState().importProgress(imported)),
  reset: () => withPersisted((store) => store.getState().reset()),
}

/** Mirror of the persisted store's data, with actions that forward to it. */
const mirror = createStore<ProgressState>()(() => ({ ...emptyProgress(), ...actions }))

export const progressStore: ProgressStore = Object.assign(mirror, {
  persist: {
    rehydrate: () => loadPersistedStore().then((store) => store.persist.rehydrate()),
    hasHydrated: () => hydrated,
    onFinishHydration: (listener: (state: ProgressState) => void) => {
      hydrationListeners.add(listener)
      return () => void hydrationListeners.delete(listener)
    },
  },
})

/** Loads store.ts and creates the persisted store, once. After a failed download the next call tries again. */
function loadPersistedStore(): Promise<ProgressStore> {
  persisted ??= import('./store').then(({ createProgressStore, pickData }) => {
    const store = createProgressStore({ getStorage: browserLocalStorage, onNotice: showNotice })

    store.subscribe((state) => mirror.setState(pickData(state)))
    store.persist.onFinishHydration((state) => {
      hydrated = true
      mirror.setState(pickData(state))
      for (const listener of hydrationListeners) listener(mirror.getState())
    })
    return store
  })
  persisted.catch(() => {
    // Offline without the service worker's cache, or a newer deploy removed the chunk.
    persisted = undefined
    showNotice({ kind: 'unavailable' })
  })
  return persisted
}

function showNotice(notice: ProgressNotice): void {
  // Keep a recovery notice: it matters more than a later "unavailable" one.
  if (noticeStore.getState().notice?.kind === 'recovered' && notice.kind === 'unavailable') return
  noticeStore.setState({ notice })
}

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
 * Loads saved progress once the page has loaded and starts listening to other
 * tabs. Call it from an effect: it runs once per page and does nothing on the
 * server.
 */
export function startProgressSync(): void {
  if (started || typeof window === 'undefined') return
  started = true

  afterPageLoad(() => {
    // A failed download is reported by loadPersistedStore, which tries again on the next change.
    progressStore.persist.rehydrate().catch(() => {})
  })
  window.addEventListener('storage', handleStorageEvent)
}

function afterPageLoad(run: () => void): void {
  if (document.readyState === 'complete') {
    run()
    return
  }
  window.addEventListener('load', run, { once: true })
}

function handleStorageEvent(event: StorageEvent): void {
  if (event.key !== STORAGE_KEY || event.newValue === null) return

  const raw = event.newValue
  const mergeRaw = ({ parseIncoming }: typeof import('./store')) => {
    const incoming = parseIncoming(raw)
    if (incoming) progressStore.getState().mergeIncoming(incoming)
  }
  // After a failed download the other tab's progress is not lost: the next
  // write here merges with what is saved.
  import('./store').then(mergeRaw, () => {})
}
