import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { betterAttempt, canonicalJson, MAX_ATTEMPTS_PER_LESSON, MAX_LAST_COMMANDS, mergeProgress, uniteWithImport } from './merge'
import { PROGRESS_VERSION, readPersistedProgress, setAsideUnreadable, STORAGE_KEY } from './persisted'
import {
  emptyProgress,
  type ExerciseProgress,
  type ProgressData,
  type QuizAttempt,
} from './schema'

/** A problem with saved progress that the student should hear about. */
export type ProgressNotice =
  | { kind: 'recovered'; backupKey: string }
  | { kind: 'unavailable' }

export interface ProgressActions {
  markSectionVisited(lesson: string, sectionId: string): void
  recordQuizAttempt(attempt: QuizAttempt): void
  updateExercise(exerciseId: string, change: ExerciseChange): void
  /** Merges progress written by another tab or read from an exported file. */
  mergeIncoming(incoming: ProgressData): void
  /** Adds progress read from an exported file to the current progress. */
  importProgress(imported: ProgressData): void
  reset(): void
}

export type ExerciseChange =
  | { kind: 'command'; command: string }
  | { kind: 'hint' }
  | { kind: 'solution' }
  | { kind: 'done' }

export type ProgressState = ProgressData & ProgressActions

export type ProgressStore = StoreApi<ProgressState> & {
  persist: {
    rehydrate(): Promise<void>
    hasHydrated(): boolean
    onFinishHydration(listener: (state: ProgressState) => void): () => void
  }
}

export interface ProgressStoreOptions {
  /** Returns the Storage to use, or undefined where there is none (server, blocked storage). */
  getStorage: () => Storage | undefined
  now?: () => number
  newGeneration?: () => string
  onNotice?: (notice: ProgressNotice) => void
}

export function pickData(state: ProgressData): ProgressData {
  const { generation, resetAt, visited, quizzes, exercises } = state
  return { generation, resetAt, visited, quizzes, exercises }
}

export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const now = options.now ?? Date.now
  const newGeneration = options.newGeneration ?? randomId
  const storage = createMergingStorage(options.getStorage, now, options.onNotice ?? (() => {}))

  return createStore<ProgressState>()(
    persist<ProgressState, [], [], ProgressData>(
      (set, get) => ({
        ...emptyProgress(),

        markSectionVisited(lesson, sectionId) {
          if (get().visited[lesson]?.[sectionId] !== undefined) return
          set((state) => ({ visited: { ...state.visited, [lesson]: { ...state.visited[lesson], [sectionId]: now() } } }))
        },

        recordQuizAttempt(attempt) {
          set((state) => ({ quizzes: { ...state.quizzes, [attempt.lesson]: addAttempt(state, attempt) } }))
        },

        updateExercise(exerciseId, change) {
          set((state) => ({
            exercises: { ...state.exercises, [exerciseId]: applyExerciseChange(state.exercises[exerciseId], change, now()) },
          }))
        },

        mergeIncoming(incoming) {
          const current = pickData(get())
          const merged = mergeProgress(current, incoming)
          if (canonicalJson(merged) !== canonicalJson(current)) set(merged)
        },

        importProgress(imported) {
          get().mergeIncoming(uniteWithImport(pickData(get()), imported))
        },

        reset() {
          set(emptyProgress(newGeneration(), now()))
        },
      }),
      {
        name: STORAGE_KEY,
        version: PROGRESS_VERSION,
        storage,
        skipHydration: true,
        partialize: pickData,
        merge: (persisted, current) =>
          persisted ? { ...current, ...mergeProgress(pickData(current), persisted as ProgressData) } : current,
      },
    ),
  ) as ProgressStore
}

function addAttempt(state: ProgressData, attempt: QuizAttempt) {
  const previous = state.quizzes[attempt.lesson] ?? { attempts: [], best: null }
  return {
    attempts: [...previous.attempts, attempt].slice(-MAX_ATTEMPTS_PER_LESSON),
    best: betterAttempt(previous.best, attempt),
  }
}

function applyExerciseChange(previous: ExerciseProgress | undefined, change: ExerciseChange, time: number): ExerciseProgress {
  const base = previous ?? {
    done: false,
    completedAt: null,
    hintsUsed: 0,
    solutionRevealed: false,
    lastCommands: [],
    updatedAt: time,
  }
  const updated = { ...base, updatedAt: time }

  switch (change.kind) {
    case 'command':
      return { ...updated, lastCommands: [...base.lastCommands, change.command].slice(-MAX_LAST_COMMANDS) }
    case 'hint':
      return { ...updated, hintsUsed: base.hintsUsed + 1 }
    case 'solution':
      return { ...updated, solutionRevealed: true }
    case 'done':
      return { ...updated, done: true, completedAt: base.completedAt ?? time }
  }
}

/**
 * Storage adapter for persist. Reads validate and migrate, and set aside data
 * that cannot be read. Writes merge with what is already saved, so a tab
 * never overwrites progress that another tab saved since its last read.
 */
function createMergingStorage(
  getStorage: () => Storage | undefined,
  now: () => number,
  onNotice: (notice: ProgressNotice) => void,
): PersistStorage<ProgressData> {
  const readSaved = (storage: Storage): ProgressData | null => {
    const raw = storage.getItem(STORAGE_KEY)
    const result = readPersistedProgress(raw)
    if (result.status === 'ok') return result.data
    if (result.status === 'unreadable' && raw !== null) {
      onNotice({ kind: 'recovered', backupKey: setAsideUnreadable(storage, raw, now()) })
    }
    return null
  }

  return {
    getItem() {
      const storage = getStorage()
      if (!storage) return null

      try {
        const data = readSaved(storage)
        return data ? { state: data, version: PROGRESS_VERSION } : null
      } catch {
        onNotice({ kind: 'unavailable' })
        return null
      }
    },

    setItem(_name, value: StorageValue<ProgressData>) {
      const storage = getStorage()
      if (!storage) return

      try {
        const saved = readSaved(storage)
        const state = saved ? mergeProgress(saved, value.state) : value.state
        storage.setItem(STORAGE_KEY, JSON.stringify({ state, version: PROGRESS_VERSION }))
      } catch {
        // NOTE: a full quota or site data blocked by the browser throws here.
        // Progress then lives only in memory until the page is closed.
        onNotice({ kind: 'unavailable' })
      }
    },

    removeItem() {
      getStorage()?.removeItem(STORAGE_KEY)
    },
  }
}

/** Parses the `newValue` of a storage event, returning null when it is not usable progress. */
export function parseIncoming(raw: string | null): ProgressData | null {
  const result = readPersistedProgress(raw)
  return result.status === 'ok' ? result.data : null
}

function randomId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}
