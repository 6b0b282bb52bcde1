import { describe, expect, it } from 'vitest'
import { MemoryStorage } from './memory-storage.test-helper'
import { BACKUP_KEY_PREFIX, STORAGE_KEY } from './persisted'
import type { QuizAttempt } from './schema'
import { createProgressStore, parseIncoming, pickData, type ProgressNotice } from './store'

interface Tab {
  store: ReturnType<typeof createProgressStore>
  notices: ProgressNotice[]
}

let clock = 1_000

function openTab(storage: Storage, generationPrefix = 'gen'): Tab {
  const notices: ProgressNotice[] = []
  let generations = 0
  const store = createProgressStore({
    getStorage: () => storage,
    now: () => clock++,
    newGeneration: () => `${generationPrefix}-${++generations}`,
    onNotice: (notice) => notices.push(notice),
  })
  return { store, notices }
}

/** Delivers the current saved value to a tab, as a `storage` event would. */
function deliverStorageEvent(storage: Storage, tab: Tab) {
  const incoming = parseIncoming(storage.getItem(STORAGE_KEY))
  if (incoming) tab.store.getState().mergeIncoming(incoming)
}

function attempt(id: string, correct: number, finishedAt: number): QuizAttempt {
  return { id, lesson: 'health-check', seed: 1, finishedAt, correct, total: 8, questionIds: [], missed: [] }
}

function savedState(storage: Storage) {
  return JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as { state: unknown; version: number }
}

describe('progress store', () => {
  it('starts empty and not hydrated', () => {
    const { store } = openTab(new MemoryStorage())

    expect(store.persist.hasHydrated()).toBe(false)
    expect(pickData(store.getState())).toEqual({ generation: 'initial', resetAt: 0, visited: {}, quizzes: {}, exercises: {} })
  })

  it('survives a reload', async () => {
    const storage = new MemoryStorage()
    const first = openTab(storage)
    await first.store.persist.rehydrate()
    first.store.getState().markSectionVisited('health-check', 'riepilogo')
    first.store.getState().recordQuizAttempt(attempt('a1', 7, 50))

    const reloaded = openTab(storage)
    await reloaded.store.persist.rehydrate()

    expect(reloaded.store.persist.hasHydrated()).toBe(true)
    expect(Object.keys(reloaded.store.getState().visited['health-check'] ?? {})).toEqual(['riepilogo'])
    expect(reloaded.store.getState().quizzes['health-check']?.best?.id).toBe('a1')
  })

  it('keeps changes made before hydration', async () => {
    const storage = new MemoryStorage()
    const earlier = openTab(storage)
    await earlier.store.persist.rehydrate()
    earlier.store.getState().markSectionVisited('apptainer', 'riepilogo')

    const tab = openTab(storage)
    tab.store.getState().markSectionVisited('apptainer', 'quayio')
    await tab.store.persist.rehydrate()

    expect(Object.keys(tab.store.getState().visited['apptainer'] ?? {}).sort()).toEqual(['quayio', 'riepilogo'])
  })

  it('saves with the current version', async () => {
    const storage = new MemoryStorage()
    const { store } = openTab(storage)
    await store.persist.rehydrate()
    store.getState().markSectionVisited('apptainer', 'riepilogo')

    expect(savedState(storage).version).toBe(1)
  })
})

describe('progress store with unreadable data', () => {
  it.each([
    ['invalid JSON', '{not json'],
    ['a newer version', JSON.stringify({ state: {}, version: 99 })],
    ['a wrong shape', JSON.stringify({ state: { visited: 'tutto' }, version: 1 })],
  ])('sets aside %s and keeps working', async (_case, raw) => {
    const storage = new MemoryStorage()
    storage.setItem(STORAGE_KEY, raw)
    const tab = openTab(storage)

    await tab.store.persist.rehydrate()

    const backupKeys = storage.keys().filter((key) => key.startsWith(BACKUP_KEY_PREFIX))
    expect(backupKeys).toHaveLength(1)
    expect(storage.getItem(backupKeys[0] ?? '')).toBe(raw)
    expect(tab.notices).toEqual([{ kind: 'recovered', backupKey: backupKeys[0] }])
    expect(tab.store.persist.hasHydrated()).toBe(true)

    tab.store.getState().markSectionVisited('health-check', 'riepilogo')
    expect(parseIncoming(storage.getItem(STORAGE_KEY))?.visited).toEqual({
      'health-check': { riepilogo: expect.any(Number) },
    })
  })

  it('reports storage that throws', async () => {
    const broken = new MemoryStorage()
    broken.getItem = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    const tab = openTab(broken)

    await tab.store.persist.rehydrate()
    tab.store.getState().markSectionVisited('apptainer', 'riepilogo')

    expect(tab.store.persist.hasHydrated()).toBe(true)
    expect(tab.notices[0]).toEqual({ kind: 'unavailable' })
    expect(tab.store.getState().visited['apptainer']).toBeDefined()
  })
})

describe('progress store in two tabs', () => {
  async function openTwoTabs() {
    const storage = new MemoryStorage()
    const left = openTab(storage, 'left')
    const right = openTab(storage, 'right')
    await left.store.persist.rehydrate()
    await right.store.persist.rehydrate()
    return { storage, left, right }
  }

  it('does not overwrite the other tab before its event arrives', async () => {
    const { storage, left, right } = await openTwoTabs()

    left.store.getState().markSectionVisited('health-check', 'riepilogo')
    right.store.getState().markSectionVisited('apptainer', 'quayio')

    const saved = parseIncoming(storage.getItem(STORAGE_KEY))
    expect(Object.keys(saved?.visited ?? {}).sort()).toEqual(['apptainer', 'health-check'])
  })

  it('merges visited sections from the storage event', async () => {
    const { storage, left, right } = await openTwoTabs()
    left.store.getState().markSectionVisited('health-check', 'riepilogo')
    right.store.getState().markSectionVisited('health-check', 'esempio-health-check-per-nginx')

    deliverStorageEvent(storage, left)

    expect(Object.keys(left.store.getState().visited['health-check'] ?? {}).sort()).toEqual([
      'esempio-health-check-per-nginx',
      'riepilogo',
    ])
  })

  it('keeps the best score and every attempt', async () => {
    const { storage, left, right } = await openTwoTabs()
    left.store.getState().recordQuizAttempt(attempt('left-1', 8, 100))
    right.store.getState().recordQuizAttempt(attempt('right-1', 5, 200))

    deliverStorageEvent(storage, left)
    deliverStorageEvent(storage, right)

    for (const tab of [left, right]) {
      const quiz = tab.store.getState().quizzes['health-check']
      expect(quiz?.best?.id).toBe('left-1')
      expect(quiz?.attempts.map((item) => item.id)).toEqual(['left-1', 'right-1'])
    }
  })

  it('propagates a reset instead of undoing it', async () => {
    const { storage, left, right } = await openTwoTabs()
    left.store.getState().markSectionVisited('health-check', 'riepilogo')
    deliverStorageEvent(storage, right)

    left.store.getState().reset()
    deliverStorageEvent(storage, right)
    right.store.getState().markSectionVisited('apptainer', 'quayio')

    const saved = parseIncoming(storage.getItem(STORAGE_KEY))
    expect(Object.keys(saved?.visited ?? {})).toEqual(['apptainer'])
    expect(right.store.getState().visited['health-check']).toBeUndefined()
  })

  it('ignores an event that changes nothing', async () => {
    const { storage, left } = await openTwoTabs()
    left.store.getState().markSectionVisited('health-check', 'riepilogo')
    const before = left.store.getState()

    deliverStorageEvent(storage, left)

    expect(left.store.getState()).toBe(before)
  })
})

describe('exercise progress', () => {
  it('records commands, hints, solution and completion', async () => {
    const { store } = openTab(new MemoryStorage())
    await store.persist.rehydrate()
    const { updateExercise } = store.getState()

    updateExercise('hc-nginx', { kind: 'command', command: 'docker ps' })
    updateExercise('hc-nginx', { kind: 'hint' })
    updateExercise('hc-nginx', { kind: 'hint' })
    updateExercise('hc-nginx', { kind: 'solution' })
    updateExercise('hc-nginx', { kind: 'done' })

    expect(store.getState().exercises['hc-nginx']).toMatchObject({
      done: true,
      hintsUsed: 2,
      solutionRevealed: true,
      lastCommands: ['docker ps'],
    })
  })
})

describe('progress import', () => {
  it('adds imported sections and attempts to the current ones', async () => {
    const storage = new MemoryStorage()
    const { store } = openTab(storage)
    await store.persist.rehydrate()
    store.getState().markSectionVisited('apptainer', 'quayio')
    store.getState().reset()
    store.getState().markSectionVisited('apptainer', 'riepilogo')

    store.getState().importProgress({
      generation: 'from-file',
      resetAt: 0,
      visited: { 'health-check': { riepilogo: 1 } },
      quizzes: { 'health-check': { attempts: [attempt('file-1', 8, 2)], best: attempt('file-1', 8, 2) } },
      exercises: {},
    })

    const saved = parseIncoming(storage.getItem(STORAGE_KEY))
    expect(Object.keys(saved?.visited ?? {}).sort()).toEqual(['apptainer', 'health-check'])
    expect(saved?.quizzes['health-check']?.best?.id).toBe('file-1')
  })
})
