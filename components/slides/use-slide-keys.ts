'use client'

import { useEffect, useRef, useState } from 'react'
import { reduceKey, type KeyState, type SlideAction } from '@/lib/slides/keys'

// Typing in these elements must never move the slides: the xterm.js
// terminal (its hidden textarea sits inside `.xterm`) and any form field.
const TYPING_TARGETS = '.xterm, input, textarea, select, [contenteditable]:not([contenteditable="false"])'

// Space and Enter on these elements press them; the shortcut must not also fire.
const PRESSABLE_TARGETS = 'button, a[href], summary, [role="button"]'

export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING_TARGETS) !== null
}

function isPressableTarget(target: EventTarget | null, key: string): boolean {
  if (key !== ' ' && key !== 'Enter') return false
  return target instanceof Element && target.closest(PRESSABLE_TARGETS) !== null
}

/**
 * Listens for slide shortcuts on the window and calls `onAction` for each.
 * Returns the digits typed so far for a "number + Enter" jump, so the deck
 * can show them.
 */
export function useSlideKeys(onAction: (action: SlideAction) => void, enabled = true): string {
  const stateRef = useRef<KeyState>({ digits: '' })
  const actionRef = useRef(onAction)
  const [digits, setDigits] = useState('')

  useEffect(() => {
    actionRef.current = onAction
  }, [onAction])

  useEffect(() => {
    if (!enabled) return

    const handleKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return
      if (isPressableTarget(event.target, event.key) && stateRef.current.digits === '') return

      const result = reduceKey(stateRef.current, event)
      stateRef.current = result.state
      setDigits(result.state.digits)
      if (!result.action) return

      event.preventDefault()
      actionRef.current(result.action)
    }

    window.addEventListener('keydown', handleKey)
    return () => window.removeEventListener('keydown', handleKey)
  }, [enabled])

  return digits
}
