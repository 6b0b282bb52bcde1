'use client'

import { useEffect, useState, type RefObject } from 'react'
import { TERMINAL_FONT } from '@/components/terminal/terminal-font'

// Loads the lab's chunks (xterm.js, the lab UI, the engine) and the terminal
// font before the student presses "Avvia il terminale", so the terminal opens
// without waiting for the network. Nothing starts before the page's load
// event, so the first view's JavaScript stays free of xterm.js and the engine.
// An idle-time trigger was dropped: on a lesson whose lab is far down the page
// it spent about 370 ms of main thread (at Lighthouse's 4x CPU slowdown) on
// code the student may never run.

/** Distance from the viewport, in CSS pixels, at which the lab card starts the prefetch. */
const NEAR_VIEWPORT_MARGIN = '600px'

type LabComponent = typeof import('./Lab').default

let loading: Promise<LabComponent> | undefined
let loaded: LabComponent | undefined

/**
 * Loads and evaluates the lab's modules and the terminal font, once per page,
 * and resolves the Lab component. After a failure the next call tries again.
 */
export function prefetchLab(): Promise<LabComponent> {
  loading ??= Promise.all([import('./Lab'), import('@/engine'), loadTerminalFont()]).then(([module]) => {
    loaded = module.default
    return loaded
  })
  loading.catch(() => {
    loading = undefined
  })
  return loading
}

/**
 * Returns the Lab component once `requested` is true and its modules have
 * loaded, or 'failed'. A component loaded earlier is returned at once. The lab
 * is not rendered through next/dynamic, because its Suspense fallback delays
 * revealing even an already loaded component by React's fallback throttle
 * (FALLBACK_THROTTLE_MS, 300 ms in the React that Next.js 16 bundles).
 */
export function useLabComponent(requested: boolean): LabComponent | 'failed' | undefined {
  const [component, setComponent] = useState<LabComponent | 'failed' | undefined>(() => loaded)

  useEffect(() => {
    if (!requested || component) return

    let cancelled = false
    prefetchLab().then(
      (lab) => {
        if (!cancelled) setComponent(() => lab)
      },
      (error: unknown) => {
        console.error('Loading the lab failed', error)
        if (!cancelled) setComponent('failed')
      },
    )
    return () => {
      cancelled = true
    }
  }, [requested, component])

  return component
}

/** Loads the terminal's web font; a font that fails to load leaves xterm.js its fallback font. */
async function loadTerminalFont(): Promise<void> {
  try {
    await document.fonts.load(TERMINAL_FONT)
  } catch {
    // xterm.js measures whatever font is available when it opens.
  }
}

/**
 * Prefetches the lab after the page's load event, on the first of: the lab
 * card coming near the viewport, the pointer or the focus entering the card.
 * With the Save-Data preference only the pointer or the focus starts it,
 * because they show the student is about to use the lab.
 */
export function usePrefetchLab(cardRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const card = cardRef.current
    if (!card) return

    let stopTriggers: (() => void) | undefined
    const armTriggers = () => {
      stopTriggers = watchTriggers(card, saveDataRequested())
    }

    if (document.readyState === 'complete') armTriggers()
    else window.addEventListener('load', armTriggers, { once: true })

    return () => {
      window.removeEventListener('load', armTriggers)
      stopTriggers?.()
    }
  }, [cardRef])
}

/** Calls prefetchLab on the first trigger and returns the cleanup. */
function watchTriggers(card: HTMLElement, saveData: boolean): () => void {
  // In slide mode every slide sits on the stage, hidden and inert but
  // intersecting, so a lab's slide counts only once it is the current one.
  const hidden = () => card.closest('[inert]') !== null || getComputedStyle(card).visibility === 'hidden'
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !hidden()) start()
    },
    { rootMargin: NEAR_VIEWPORT_MARGIN },
  )
  const slide = card.closest<HTMLElement>('[data-slide]')
  const slideShown = new MutationObserver(() => {
    if (!hidden()) start()
  })

  const stop = () => {
    observer.disconnect()
    slideShown.disconnect()
    card.removeEventListener('pointerenter', start)
    card.removeEventListener('focusin', start)
  }
  function start() {
    stop()
    prefetchLab().catch((error: unknown) => console.warn('Prefetching the lab failed; starting the lab retries', error))
  }

  if (!saveData) observer.observe(card)
  if (!saveData && slide) slideShown.observe(slide, { attributes: true, attributeFilter: ['inert', 'data-state'] })
  card.addEventListener('pointerenter', start)
  card.addEventListener('focusin', start)
  return stop
}

function saveDataRequested(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection
  return connection?.saveData === true
}
