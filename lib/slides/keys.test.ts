import { describe, expect, it } from 'vitest'
import { reduceKey, type KeyInput, type KeyState } from './keys'

const EMPTY: KeyState = { digits: '' }

function press(key: string, modifiers: Partial<KeyInput> = {}): KeyInput {
  return { key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...modifiers }
}

function pressAll(keys: string[]) {
  let state = EMPTY
  let action = null
  for (const key of keys) {
    const result = reduceKey(state, press(key))
    state = result.state
    action = result.action
  }
  return { state, action }
}

describe('reduceKey', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['o', 'toggle-overview'],
    ['O', 'toggle-overview'],
    ['f', 'toggle-fullscreen'],
    ['b', 'toggle-blank'],
    ['?', 'toggle-help'],
    ['Escape', 'close'],
  ])('maps %j to %s', (key, type) => {
    expect(reduceKey(EMPTY, press(key)).action).toEqual({ type })
  })

  it('maps Shift-Space to previous', () => {
    expect(reduceKey(EMPTY, press(' ', { shiftKey: true })).action).toEqual({ type: 'previous' })
  })

  it('jumps to a typed number on Enter', () => {
    expect(pressAll(['1', '2', 'Enter']).action).toEqual({ type: 'goto', index: 11 })
  })

  it('clears the digits after the jump', () => {
    expect(pressAll(['4', 'Enter']).state).toEqual(EMPTY)
  })

  it('keeps digits without an action', () => {
    const result = pressAll(['7'])
    expect(result.action).toBeNull()
    expect(result.state).toEqual({ digits: '7' })
  })

  it('drops digits on any other key', () => {
    expect(pressAll(['3', 'ArrowRight']).state).toEqual(EMPTY)
  })

  it('keeps only the last three digits', () => {
    expect(pressAll(['1', '2', '3', '4']).state).toEqual({ digits: '234' })
  })

  it('maps Enter without digits to next', () => {
    expect(reduceKey(EMPTY, press('Enter')).action).toEqual({ type: 'next' })
  })

  it('leaves modified keys to the browser', () => {
    expect(reduceKey(EMPTY, press('ArrowRight', { altKey: true })).action).toBeNull()
    expect(reduceKey(EMPTY, press('f', { ctrlKey: true })).action).toBeNull()
    expect(reduceKey(EMPTY, press('o', { metaKey: true })).action).toBeNull()
  })

  it('ignores keys without a shortcut', () => {
    expect(reduceKey(EMPTY, press('x')).action).toBeNull()
  })
})
