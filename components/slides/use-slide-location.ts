'use client'

import { useCallback, useEffect, useState } from 'react'
import { clampSlideIndex, formatSlideHash, parseSlideLocation } from '@/lib/slides/navigation'

/**
 * Returns the index of the slide that contains the element a `#id` hash
 * names, such as a heading id from the lesson's table of contents, or null.
 */
function findSlideOfAnchor(hash: string, slides: readonly HTMLElement[]): number | null {
  if (hash.length < 2) return null

  let id: string
  try {
    id = decodeURIComponent(hash.slice(1))
  } catch {
    return null
  }
  const slide = document.getElementById(id)?.closest<HTMLElement>('[data-slide]')
  const index = slide ? slides.indexOf(slide) : -1
  return index === -1 ? null : index
}

/**
 * Tracks the current slide index in the URL hash (`#3` is the third slide),
 * so a reload or a shared link opens the same slide. A hash naming an
 * element id (`#stati-starting-e-healthy`) opens the slide that contains
 * it, so links into the lesson also work on the slides. The index is null
 * until the slides are counted and the URL has been read.
 */
export function useSlideLocation(slides: readonly HTMLElement[]): [number | null, (index: number) => void] {
  const [index, setIndex] = useState<number | null>(null)
  const count = slides.length

  useEffect(() => {
    if (count === 0) return

    const readLocation = () => {
      const { hash, search } = window.location
      const fromUrl = parseSlideLocation(hash, search, count) ?? findSlideOfAnchor(hash, slides)
      setIndex((previous) => fromUrl ?? previous ?? 0)
    }
    readLocation()
    window.addEventListener('hashchange', readLocation)
    return () => window.removeEventListener('hashchange', readLocation)
  }, [count, slides])

  useEffect(() => {
    if (index === null) return
    const hash = formatSlideHash(index)
    // replaceState: stepping through slides should not fill the back button's history.
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash)
  }, [index])

  const goTo = useCallback((next: number) => setIndex(clampSlideIndex(next, count)), [count])
  return [index, goTo]
}
