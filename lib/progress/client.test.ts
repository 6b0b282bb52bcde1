import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MemoryStorage } from './memory-storage.test-helper'
import { STORAGE_KEY } from './schema'

// client.ts keeps module state (one store per page), so each test imports a
// fresh copy into a fake window.

type Listener = (event: unknown) => void

interface FakeWindow {
  localStorage: MemoryStorage
  listeners: Map<string, Listener[]>
  addEventListener(type: string, listener: Listener): void
}

function stubBrowser(readyState: 'loading' | 'complete'): FakeWindow {
  const fakeWindow: FakeWindow = {
    localStorage: new MemoryStorage(),
    listeners: new Map(),
    addEventListener(type, listener) {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
    },
  }
  vi.stubGlobal('window', fakeWindow)
  vi.stubGlobal('document', { readyState })
  return fakeWindow
}

function dispatch(fakeWindow: FakeWindow, type: string, event: unknown = {}): void {
  for (const listener of fakeWindow.listeners.get(type) ?? []) listener(event)
}

async function importClient() {
  vi.resetModules()
  return import('./client')
}

function hydrated(client: Awaited<ReturnType<typeof importClient>>): Promise<void> {
  return new Promise((resolve) => {
    if (client.progressStore.persist.hasHydrated()) resolve()
    else client.progressStore.persist.onFinishHydration(() => resolve())
  })
}

beforeEach(() => {
  vi.unstubAllGlobals()
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('browser progress store', () => {
  it('waits for the load event before hydrating', async () => {
    const fakeWindow = stubBrowser('loading')
    fakeWindow.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { generation: 'initial', resetAt: 0, visited: { apptainer: { riepilogo: 5 } }, quizzes: {}, exercises: {} }, version: 1 }),
    )
    const client = await importClient()

    client.startProgressSync()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(client.progressStore.persist.hasHydrated()).toBe(false)
    expect(client.progressStore.getState().visited).toEqual({})

    dispatch(fakeWindow, 'load')
    await hydrated(client)
    expect(client.progressStore.getState().visited).toEqual({ apptainer: { riepilogo: 5 } })
  })

  it('keeps a change made before hydration', async () => {
    const fakeWindow = stubBrowser('complete')
    fakeWindow.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { generation: 'initial', resetAt: 0, visited: { apptainer: { riepilogo: 5 } }, quizzes: {}, exercises: {} }, version: 1 }),
    )
    const client = await importClient()

    client.progressStore.getState().markSectionVisited('health-check', 'riepilogo')
    client.startProgressSync()
    await hydrated(client)

    const visited = client.progressStore.getState().visited
    expect(visited['apptainer']).toEqual({ riepilogo: 5 })
    expect(visited['health-check']?.['riepilogo']).toEqual(expect.any(Number))
    const saved = JSON.parse(fakeWindow.localStorage.getItem(STORAGE_KEY) ?? 'null') as { state: { visited: object } }
    expect(Object.keys(saved.state.visited).sort()).toEqual(['apptainer', 'health-check'])
  })

  it('sets aside unreadable progress with a notice', async () => {
    const fakeWindow = stubBrowser('complete')
    fakeWindow.localStorage.setItem(STORAGE_KEY, '{not json')
    const client = await importClient()

    client.startProgressSync()
    await hydrated(client)

    const notice = client.noticeStore.getState().notice
    expect(notice?.kind).toBe('recovered')
    const backupKey = notice?.kind === 'recovered' ? notice.backupKey : ''
    expect(fakeWindow.localStorage.getItem(backupKey)).toBe('{not json')
  })

  it('merges progress saved by another tab', async () => {
    const fakeWindow = stubBrowser('complete')
    const client = await importClient()
    client.startProgressSync()
    await hydrated(client)

    const otherTab = JSON.stringify({
      state: { generation: 'initial', resetAt: 0, visited: { apptainer: { quayio: 9 } }, quizzes: {}, exercises: {} },
      version: 1,
    })
    dispatch(fakeWindow, 'storage', { key: STORAGE_KEY, newValue: otherTab })

    await vi.waitFor(() => expect(client.progressStore.getState().visited).toEqual({ apptainer: { quayio: 9 } }))
  })
})
