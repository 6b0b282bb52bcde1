import { describe, expect, it } from 'vitest'
import { parseSyncMessage, slideChannelName } from './sync'

describe('parseSyncMessage', () => {
  it('accepts a state message', () => {
    const message = { type: 'state', sender: 'a', index: 3, blank: false }
    expect(parseSyncMessage(message)).toEqual(message)
  })

  it('accepts a state request', () => {
    expect(parseSyncMessage({ type: 'request-state', sender: 'b' })).toEqual({ type: 'request-state', sender: 'b' })
  })

  it('rejects a state without a valid index', () => {
    expect(parseSyncMessage({ type: 'state', sender: 'a', index: -1, blank: false })).toBeNull()
    expect(parseSyncMessage({ type: 'state', sender: 'a', index: 1.5, blank: false })).toBeNull()
    expect(parseSyncMessage({ type: 'state', sender: 'a', index: '2', blank: false })).toBeNull()
  })

  it('rejects a state without blank', () => {
    expect(parseSyncMessage({ type: 'state', sender: 'a', index: 1 })).toBeNull()
  })

  it('rejects messages without a sender', () => {
    expect(parseSyncMessage({ type: 'request-state' })).toBeNull()
  })

  it('rejects unknown types and non-objects', () => {
    expect(parseSyncMessage({ type: 'goto', sender: 'a', index: 1 })).toBeNull()
    expect(parseSyncMessage('state')).toBeNull()
    expect(parseSyncMessage(null)).toBeNull()
  })
})

describe('slideChannelName', () => {
  it('is scoped to the lesson', () => {
    expect(slideChannelName('health-check')).toBe('container-sicuri:slides:health-check')
  })
})
