import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  LAB_STATE_BACKUP_KEY_PREFIX,
  MAX_SAVED_STATE_LENGTH,
  labStateKey,
  readLabState,
  restoreLabState,
  saveLabState,
  type LabStorage,
} from './lab-persistence'
import { MemoryStorage, createLabEngine, runLine } from './lab-persistence-testing'

const KEY = labStateKey('/lezioni/health-check/')
const NOW = Date.parse('2026-12-04T22:00:00Z')

describe('labStateKey', () => {
  it('ignores the trailing slash', () => {
    expect(labStateKey('/lezioni/health-check/')).toBe('container-sicuri:lab-state:/lezioni/health-check')
    expect(labStateKey('/lezioni/health-check')).toBe('container-sicuri:lab-state:/lezioni/health-check')
  })

  it('keeps the root page', () => {
    expect(labStateKey('/')).toBe('container-sicuri:lab-state:/')
  })
})

describe('restoreLabState', () => {
  // restoreLabState logs each state it sets aside.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('starts fresh without saved state', async () => {
    const engine = createLabEngine()
    const result = await restoreLabState(engine, createLabEngine, new MemoryStorage(), KEY, NOW)

    expect(result.status).toBe('fresh')
    expect(result.engine).toBe(engine)
  })

  it('restores containers, health and clock', async () => {
    const storage = new MemoryStorage()
    const original = createLabEngine()
    await runLine(original, "docker run -d --name web --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 5s nginx")
    original.advance(60_000)
    expect(saveLabState(storage, KEY, original.serialize())).toEqual({ status: 'saved' })

    const result = await restoreLabState(createLabEngine(), createLabEngine, storage, KEY, NOW)

    expect(result.status).toBe('restored')
    if (result.status !== 'restored') return
    expect(result.commands).toBe(1)
    expect(result.engine.now()).toBe(original.now())
    expect(result.engine.containers()).toEqual(original.containers())
    expect(result.engine.containers()[0]?.health?.status).toBe('healthy')
  })

  it('sets corrupt text aside and starts fresh', async () => {
    const storage = new MemoryStorage()
    storage.setItem(KEY, '{"format":"container-sicuri-engine-state",')

    const result = await restoreLabState(createLabEngine(), createLabEngine, storage, KEY, NOW)

    expect(result.status).toBe('discarded')
    if (result.status !== 'discarded') return
    expect(result.reason).toBe('corrupt engine state: not valid JSON')
    expect(result.backupKey).toBe(`${LAB_STATE_BACKUP_KEY_PREFIX}/lezioni/health-check:2026-12-04T22:00:00.000Z`)
    expect(storage.getItem(result.backupKey!)).toBe('{"format":"container-sicuri-engine-state",')
    expect(storage.getItem(KEY)).toBeNull()
    expect(await runLine(result.engine, 'docker ps')).toBe(0)
    expect(result.engine.containers()).toEqual([])
  })

  it('sets an older version aside', async () => {
    const storage = new MemoryStorage()
    const old = { ...JSON.parse(createLabEngine().serialize()), version: 0 }
    storage.setItem(KEY, JSON.stringify(old))

    const result = await restoreLabState(createLabEngine(), createLabEngine, storage, KEY, NOW)

    expect(result.status).toBe('discarded')
    if (result.status !== 'discarded') return
    expect(result.reason).toBe('unsupported engine state version 0; this engine reads version 1')
    expect(storage.getItem(KEY)).toBeNull()
  })

  it('keeps corrupt text when the backup does not fit', async () => {
    const text = 'x'.repeat(100)
    const storage = new MemoryStorage(150)
    storage.setItem(KEY, text)

    const result = await restoreLabState(createLabEngine(), createLabEngine, storage, KEY, NOW)

    expect(result.status).toBe('discarded')
    if (result.status !== 'discarded') return
    expect(result.backupKey).toBeUndefined()
    expect(storage.getItem(KEY)).toBe(text)
  })
})

describe('saveLabState', () => {
  it('reports a full storage', () => {
    const storage = new MemoryStorage(10)

    expect(saveLabState(storage, KEY, 'x'.repeat(11))).toEqual({ status: 'quota-exceeded' })
    expect(storage.getItem(KEY)).toBeNull()
  })

  it('reports other storage errors', () => {
    const error = new DOMException('The operation is insecure.', 'SecurityError')
    const storage: LabStorage = {
      getItem: () => null,
      setItem: () => {
        throw error
      },
      removeItem: () => {},
    }

    expect(saveLabState(storage, KEY, '{}')).toEqual({ status: 'failed', error })
  })

  it('rejects an oversized state and removes the older one', () => {
    const storage = new MemoryStorage()
    storage.setItem(KEY, 'older state')

    const result = saveLabState(storage, KEY, 'x'.repeat(MAX_SAVED_STATE_LENGTH + 1))

    expect(result).toEqual({ status: 'too-large', length: MAX_SAVED_STATE_LENGTH + 1 })
    expect(storage.getItem(KEY)).toBeNull()
  })

  it('stores a long fast-forward as one clock entry', async () => {
    const storage = new MemoryStorage()
    const engine = createLabEngine()
    await runLine(engine, "docker run -d --name web --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 5s nginx")
    const afterRun = engine.serialize().length
    for (let step = 0; step < 1_000; step++) engine.advance(30_000)

    saveLabState(storage, KEY, engine.serialize())

    const saved = JSON.parse(storage.getItem(KEY)!) as { journal: { kind: string }[] }
    expect(saved.journal.map((entry) => entry.kind)).toEqual(['execute', 'advance'])
    expect(storage.getItem(KEY)!.length).toBeLessThan(afterRun + 100)
  })
})

describe('readLabState', () => {
  it('returns null when storage is blocked', () => {
    const storage: LabStorage = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
      setItem: () => {},
      removeItem: () => {},
    }

    expect(readLabState(storage, KEY)).toBeNull()
  })
})
