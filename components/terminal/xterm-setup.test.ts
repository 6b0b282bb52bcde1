import type { Terminal } from '@xterm/xterm'
import { describe, expect, it } from 'vitest'
import { createKeyEventHandler } from './xterm-setup'

function keydown(key: string, modifiers: Partial<KeyboardEvent> = {}): KeyboardEvent {
  return { type: 'keydown', key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...modifiers } as KeyboardEvent
}

function createHandler(hasSelection = false) {
  return createKeyEventHandler({ hasSelection: () => hasSelection } as Terminal)
}

// The handler returns true when xterm.js should process the key and false
// when the browser's default action (focus move, copy, paste) should run.
describe('createKeyEventHandler', () => {
  it('keeps Tab for completion', () => {
    expect(createHandler()(keydown('Tab'))).toBe(true)
  })

  it('releases Tab after Escape', () => {
    const handle = createHandler()

    expect(handle(keydown('Escape'))).toBe(false)
    expect(handle(keydown('Shift'))).toBe(true)
    expect(handle(keydown('Tab', { shiftKey: true }))).toBe(false)
    expect(handle(keydown('Tab'))).toBe(true)
  })

  it('forgets Escape after another key', () => {
    const handle = createHandler()

    handle(keydown('Escape'))
    handle(keydown('a'))

    expect(handle(keydown('Tab'))).toBe(true)
  })

  it('sends Ctrl-C without a selection', () => {
    expect(createHandler(false)(keydown('c', { ctrlKey: true }))).toBe(true)
  })

  it('copies with a selection', () => {
    expect(createHandler(true)(keydown('c', { ctrlKey: true }))).toBe(false)
  })

  it('leaves Ctrl-V to the browser', () => {
    expect(createHandler()(keydown('v', { ctrlKey: true }))).toBe(false)
    expect(createHandler()(keydown('V', { ctrlKey: true, shiftKey: true }))).toBe(false)
  })
})
