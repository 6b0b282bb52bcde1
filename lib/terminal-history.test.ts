import { describe, expect, it } from 'vitest'
import {
  HISTORY_LIMIT,
  appendHistory,
  historyScopeForPath,
  historyStorageKey,
  loadHistory,
  saveHistory,
  type HistoryStorage,
} from './terminal-history'

function memoryStorage(initial: Record<string, string> = {}): HistoryStorage & { data: Record<string, string> } {
  const data = { ...initial }
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value
    },
  }
}

describe('loadHistory', () => {
  it('returns stored entries in order', () => {
    const storage = memoryStorage({ [historyStorageKey('healthcheck')]: '["docker ps","docker images"]' })

    expect(loadHistory(storage, 'healthcheck')).toEqual(['docker ps', 'docker images'])
  })

  it('keeps lessons apart', () => {
    const storage = memoryStorage({ [historyStorageKey('a')]: '["docker ps"]' })

    expect(loadHistory(storage, 'b')).toEqual([])
  })

  it.each([
    ['invalid JSON', '{not json'],
    ['an object', '{"0":"docker ps"}'],
    ['a number', '42'],
    ['null', 'null'],
    ['an array with a non-string', '["docker ps", 3]'],
  ])('ignores %s', (_label, stored) => {
    const storage = memoryStorage({ [historyStorageKey('x')]: stored })

    expect(loadHistory(storage, 'x')).toEqual([])
  })

  it('survives a throwing storage', () => {
    const storage: HistoryStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => undefined,
    }

    expect(loadHistory(storage, 'x')).toEqual([])
  })

  it('returns empty without storage', () => {
    expect(loadHistory(undefined, 'x')).toEqual([])
  })
})

describe('saveHistory', () => {
  it('round-trips through loadHistory', () => {
    const storage = memoryStorage()

    saveHistory(storage, 'x', ['docker ps', 'echo "a b"'])

    expect(loadHistory(storage, 'x')).toEqual(['docker ps', 'echo "a b"'])
  })

  it('keeps only the newest entries', () => {
    const storage = memoryStorage()
    const entries = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => `echo ${i}`)

    saveHistory(storage, 'x', entries)
    const loaded = loadHistory(storage, 'x')

    expect(loaded).toHaveLength(HISTORY_LIMIT)
    expect(loaded[0]).toBe('echo 5')
  })

  it('ignores a full storage', () => {
    const storage: HistoryStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }

    expect(() => saveHistory(storage, 'x', ['docker ps'])).not.toThrow()
  })
})

describe('appendHistory', () => {
  it('appends a new line', () => {
    expect(appendHistory(['docker ps'], 'docker images')).toEqual(['docker ps', 'docker images'])
  })

  it('skips a repeat of the last entry', () => {
    expect(appendHistory(['docker ps'], 'docker ps')).toEqual(['docker ps'])
  })

  it('skips a blank line', () => {
    expect(appendHistory(['docker ps'], '   ')).toEqual(['docker ps'])
  })

  it('drops the oldest entry at the limit', () => {
    const full = Array.from({ length: HISTORY_LIMIT }, (_, i) => `echo ${i}`)

    const next = appendHistory(full, 'docker ps')

    expect(next).toHaveLength(HISTORY_LIMIT)
    expect(next[0]).toBe('echo 1')
    expect(next[HISTORY_LIMIT - 1]).toBe('docker ps')
  })
})

describe('historyScopeForPath', () => {
  it.each([
    ['/lezioni/health-check/', 'health-check'],
    ['/lezioni/health-check/slide/', 'health-check'],
    ['/laboratorio/', 'laboratorio'],
    ['/', 'home'],
  ])('maps %s to %s', (pathname, scope) => {
    expect(historyScopeForPath(pathname)).toBe(scope)
  })
})
