'use client'

import { useEffect } from 'react'
import { fitSlide } from './slide-dom'

/**
 * Keeps every slide scaled to fit the stage. It refits once the web fonts
 * have loaded and whenever nodes are added or removed inside the deck (a
 * lab that opens its terminal, a title slot). Attribute changes are not
 * observed, because fitting itself writes style attributes.
 */
export function useFitSlides(container: HTMLElement | null, slides: readonly HTMLElement[]): void {
  useEffect(() => {
    if (!container || slides.length === 0) return

    let frame = 0
    const fitAll = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => slides.forEach(fitSlide))
    }

    slides.forEach(fitSlide)
    void document.fonts.ready.then(fitAll)
    window.addEventListener('beforeprint', fitAll)
    const observer = new MutationObserver(fitAll)
    observer.observe(container, { childList: true, subtree: true, characterData: true })

    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('beforeprint', fitAll)
      observer.disconnect()
    }
  }, [container, slides])
}
