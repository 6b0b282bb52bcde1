'use client'

import { useEffect } from 'react'
import { fitSlides } from './slide-dom'

/** Returns the slides whose content changed, leaving out changes inside a terminal. */
function findChangedSlides(records: MutationRecord[], slides: readonly HTMLElement[]): Set<HTMLElement> {
  const changed = new Set<HTMLElement>()
  for (const record of records) {
    const target = record.target instanceof Element ? record.target : record.target.parentElement
    // xterm.js rewrites its rows on every keystroke, but its box keeps the size the lab gave it.
    if (!target || target.closest('.xterm')) continue

    const slide = target.closest<HTMLElement>('[data-slide]')
    if (slide && slides.includes(slide)) changed.add(slide)
  }
  return changed
}

/**
 * Keeps every slide scaled to fit the stage. It refits all slides once the
 * web fonts have loaded and before printing, and refits a slide whenever
 * nodes or text change inside it (a lab that opens its terminal, the title
 * on the intro slide). Attribute changes are not observed, because fitting
 * itself writes style attributes.
 */
export function useFitSlides(container: HTMLElement | null, slides: readonly HTMLElement[]): void {
  useEffect(() => {
    if (!container || slides.length === 0) return

    let frame = 0
    const pending = new Set<HTMLElement>()
    const fitPending = () => {
      fitSlides([...pending])
      pending.clear()
    }
    const scheduleFit = (changed: Iterable<HTMLElement>) => {
      for (const slide of changed) pending.add(slide)
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(fitPending)
    }
    const fitAllNow = () => fitSlides(slides)

    fitAllNow()
    void document.fonts.ready.then(() => scheduleFit(slides))
    window.addEventListener('beforeprint', fitAllNow)
    const observer = new MutationObserver((records) => scheduleFit(findChangedSlides(records, slides)))
    observer.observe(container, { childList: true, subtree: true, characterData: true })

    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('beforeprint', fitAllNow)
      observer.disconnect()
    }
  }, [container, slides])
}
