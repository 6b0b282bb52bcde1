import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { labStateKey, type SaveResult } from './lab-persistence'
import { LabSaver, SAVE_DELAY_MS, flushOnPageHide } from './lab-persistence-saver'
import { MemoryStorage, createLabEngine, runLine } from './lab-persistence-testing'

const KEY = labStateKey('/laboratorio/')

function createSaver(storage = new MemoryStorage(), busy = { value: false }) {
  const engine = createLabEngine()
  const results: SaveResult[] = []
  const saver = new LabSaver({ engine, storage, key: KEY, isBusy: () => busy.value, onResult: (result) => results.push(result) })
  return { engine, storage, saver, results, busy }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('LabSaver', () => {
  it('saves once per delay', async () => {
    const { engine, storage, saver } = createSaver()
    const setItem = vi.spyOn(storage, 'setItem')
    await runLine(engine, 'docker run -d --name web nginx')

    for (let step = 0; step < 10; step++) {
      engine.advance(1_000)
      saver.schedule()
    }
    expect(setItem).not.toHaveBeenCalled()
    vi.advanceTimersByTime(SAVE_DELAY_MS)

    expect(setItem).toHaveBeenCalledTimes(1)
    expect(storage.getItem(KEY)).toBe(engine.serialize())
  })

  it('waits while a command runs', () => {
    const { engine, storage, saver, busy } = createSaver()
    engine.advance(1_000)
    busy.value = true

    saver.flush()
    expect(storage.getItem(KEY)).toBeNull()

    busy.value = false
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(storage.getItem(KEY)).toBe(engine.serialize())
  })

  it('reports a full storage once', () => {
    const { engine, storage, saver, results } = createSaver(new MemoryStorage(10))

    saver.flush()
    engine.advance(1_000)
    saver.flush()

    expect(results).toEqual([{ status: 'quota-exceeded' }])
    expect(storage.getItem(KEY)).toBeNull()
  })

  it('reports saving again after a full storage', () => {
    const storage = new MemoryStorage(10)
    const { saver, results } = createSaver(storage)
    saver.flush()

    storage.setItem = (key, value) => void storage.items.set(key, value)
    saver.flush()

    expect(results).toEqual([{ status: 'quota-exceeded' }, { status: 'saved' }])
  })

  it('saves pending changes on stop', () => {
    const { engine, storage, saver } = createSaver()
    engine.advance(1_000)
    saver.schedule()

    saver.stop()

    expect(storage.getItem(KEY)).toBe(engine.serialize())
  })

  it('saves nothing after discard', () => {
    const { engine, storage, saver } = createSaver()
    engine.advance(1_000)
    saver.schedule()

    saver.discard()
    saver.stop()
    vi.advanceTimersByTime(SAVE_DELAY_MS)

    expect(storage.getItem(KEY)).toBeNull()
  })
})

describe('flushOnPageHide', () => {
  function createPage() {
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' })
    return Object.assign(new EventTarget(), { document }) as unknown as Window & { document: { visibilityState: string } }
  }

  it('saves when the page is hidden', () => {
    const { engine, storage, saver } = createSaver()
    const page = createPage()
    flushOnPageHide(saver, page)
    engine.advance(1_000)

    page.document.visibilityState = 'hidden'
    page.document.dispatchEvent(new Event('visibilitychange'))

    expect(storage.getItem(KEY)).toBe(engine.serialize())
  })

  it('saves on pagehide', () => {
    const { engine, storage, saver } = createSaver()
    const page = createPage()
    flushOnPageHide(saver, page)
    engine.advance(1_000)

    page.dispatchEvent(new Event('pagehide'))

    expect(storage.getItem(KEY)).toBe(engine.serialize())
  })

  it('stops listening after cleanup', () => {
    const { engine, storage, saver } = createSaver()
    const page = createPage()
    flushOnPageHide(saver, page)()
    engine.advance(1_000)

    page.dispatchEvent(new Event('pagehide'))

    expect(storage.getItem(KEY)).toBeNull()
  })
})
