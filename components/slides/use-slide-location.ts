'use client'

import { useCallback, useEffect, useState } from 'react'
import { clampSlideIndex, formatSlideHash, parseSlideLocation } from '@/lib/slides/navigation'

/**
 * Tracks the current slide index in the URL hash (`#3` is the third slide),
 * so a reload or a shared link opens the same slide. The index is null
 * until the slides are counted and the URL has been read.
 */
export function useSlideLocation(count: number): [number | null, (index: number) => void] {
  const [index, setIndex] = useState<number | null>(null)

  useEffect(() => {
    if (count === 0) return

    const readLocation = () => {
      const fromUrl = parseSlideLocation(window.location.hash, window.location.search, count)
      setIndex((previous) => fromUrl ?? previous ?? 0)
    }
    readLocation()
    window.addEventListener('hashchange', readLocation)
    return () => window.removeEventListener('hashchange', readLocation)
  }, [count])

  useEffect(() => {
    if (index === null) return
    const hash = formatSlideHash(index)
    // replaceState: stepping through slides should not fill the back button's history.
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash)
  }, [index])

  const goTo = useCallback((next: number) => setIndex(clampSlideIndex(next, count)), [count])
  return [index, goTo]
}
