'use client'

import { useEffect, useRef } from 'react'
import { clonePreview } from './slide-dom'
import { SlideStage } from './SlideStage'

interface SlideCloneProps {
  /** The live `<section data-slide>` to copy, or null for an empty preview. */
  slide: HTMLElement | null
  /** Changes whenever the copy must be refreshed, e.g. the current slide index. */
  version?: number
  className?: string
}

/**
 * Shows a static copy of a slide as a preview (the overview grid, the
 * presenter's next slide). No React code runs in the copy, so its buttons
 * and widgets do nothing. The copy is inert and hidden from assistive
 * technology, and the caller labels the preview instead.
 */
export function SlideClone({ slide, version, className }: SlideCloneProps) {
  const holderRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const holder = holderRef.current
    if (!holder) return

    holder.replaceChildren()
    if (!slide) return

    const copy = clonePreview(slide)
    copy.inert = false
    copy.removeAttribute('data-state')
    holder.append(copy)
  }, [slide, version])

  return (
    <SlideStage className={className}>
      <div ref={holderRef} className="slides-clone" inert aria-hidden="true" />
    </SlideStage>
  )
}
