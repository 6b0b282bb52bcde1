import { describe, expect, it } from 'vitest'
import { MemoryStorage } from './memory-storage.test-helper'
import { BACKUP_KEY_PREFIX, readPersistedProgress, setAsideUnreadable, STORAGE_KEY, type Migration } from './persisted'
import { emptyProgress } from './schema'

const saved = (state: unknown, version = 1) => JSON.stringify({ state, version })

describe('readPersistedProgress', () => {
  it('reports empty storage', () => {
    expect(readPersistedProgress(null)).toEqual({ status: 'empty' })
  })

  it('reads current-version progress', () => {
    const data = emptyProgress()
    data.visited = { 'health-check': { 'riepilogo': 1000 } }

    expect(readPersistedProgress(saved(data))).toEqual({ status: 'ok', data, migratedFrom: null })
  })

  it('rejects invalid JSON', () => {
    const result = readPersistedProgress('{"state": ')
    expect(result.status).toBe('unreadable')
  })

  it('rejects an envelope without version', () => {
    expect(readPersistedProgress(JSON.stringify({ state: emptyProgress() }))).toEqual({
      status: 'unreadable',
      reason: 'missing or invalid "version" field',
    })
  })

  it('rejects data from a newer version', () => {
    expect(readPersistedProgress(saved(emptyProgress(), 7))).toEqual({
      status: 'unreadable',
      reason: 'saved by a newer version (7 > 1)',
    })
  })

  it('rejects state that fails the schema', () => {
    const result = readPersistedProgress(saved({ ...emptyProgress(), visited: { x: { y: 'ieri' } } }))
    expect(result.status).toBe('unreadable')
  })

  it('applies migrations in order', () => {
    // A made-up history: version 1 stored only visited section ids as a list,
    // version 2 added quizzes, version 3 is the current shape.
    const migrations: Record<number, Migration> = {
      1: (state) => ({ ...(state as object), quizzes: {} }),
      2: (state) => {
        const { sections } = state as { sections: Record<string, string[]> }
        const visited = Object.fromEntries(
          Object.entries(sections).map(([slug, ids]) => [slug, Object.fromEntries(ids.map((id) => [id, 0]))]),
        )
        return { generation: 'initial', resetAt: 0, visited, quizzes: {}, exercises: {} }
      },
    }
    const oldState = { sections: { apptainer: ['riepilogo'] } }

    const result = readPersistedProgress(saved(oldState, 1), migrations, 3)

    expect(result).toEqual({
      status: 'ok',
      migratedFrom: 1,
      data: { generation: 'initial', resetAt: 0, visited: { apptainer: { riepilogo: 0 } }, quizzes: {}, exercises: {} },
    })
  })

  it('rejects a version without a migration path', () => {
    expect(readPersistedProgress(saved({}, 1), {}, 2)).toEqual({
      status: 'unreadable',
      reason: 'no migration from version 1',
    })
  })
})

describe('setAsideUnreadable', () => {
  it('moves the raw text to a timestamped backup key', () => {
    const storage = new MemoryStorage()
    storage.setItem(STORAGE_KEY, 'garbage')

    const key = setAsideUnreadable(storage, 'garbage', Date.UTC(2026, 11, 4, 20, 30))

    expect(key).toBe(`${BACKUP_KEY_PREFIX}2026-12-04T20:30:00.000Z`)
    expect(storage.getItem(key)).toBe('garbage')
    expect(storage.getItem(STORAGE_KEY)).toBeNull()
  })
})
