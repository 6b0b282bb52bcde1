'use client'

import { useEffect } from 'react'
import { classifySwipe, type SwipeDirection } from '@/lib/slides/navigation'

/** Calls `onSwipe` for a horizontal touch swipe that starts and ends inside `element`. */
export function useSwipe(element: HTMLElement | null, onSwipe: (direction: SwipeDirection) => void): void {
  useEffect(() => {
    if (!element) return

    let start: { x: number; y: number } | null = null

    const handleStart = (event: TouchEvent) => {
      const touch = event.touches[0]
      // Gestures in the terminal select text or scroll its buffer.
      const inTerminal = event.target instanceof Element && event.target.closest('.xterm') !== null
      start = touch && event.touches.length === 1 && !inTerminal ? { x: touch.clientX, y: touch.clientY } : null
    }

    const handleEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0]
      if (!start || !touch) return

      const direction = classifySwipe(touch.clientX - start.x, touch.clientY - start.y)
      start = null
      if (direction) onSwipe(direction)
    }

    element.addEventListener('touchstart', handleStart, { passive: true })
    element.addEventListener('touchend', handleEnd)
    return () => {
      element.removeEventListener('touchstart', handleStart)
      element.removeEventListener('touchend', handleEnd)
    }
  }, [element, onSwipe])
}
