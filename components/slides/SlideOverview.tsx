'use client'

import { useEffect, useRef } from 'react'
import { SlideClone } from './SlideClone'
import { SlideDialog } from './SlideDialog'

interface SlideOverviewProps {
  slides: readonly HTMLElement[]
  titles: readonly string[]
  current: number
  onSelect(index: number): void
  onClose(): void
}

/** Shows every slide as a preview in a grid. Choosing one jumps to it. */
export function SlideOverview({ slides, titles, current, onSelect, onClose }: SlideOverviewProps) {
  const currentRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    currentRef.current?.focus()
    currentRef.current?.scrollIntoView({ block: 'nearest' })
  }, [])

  return (
    <SlideDialog title="Panoramica delle slide" onClose={onClose}>
      <ol className="slides-overview-grid">
        {slides.map((slide, index) => (
          <li key={index}>
            <button
              type="button"
              ref={index === current ? currentRef : undefined}
              aria-current={index === current ? 'true' : undefined}
              onClick={() => onSelect(index)}
            >
              <SlideClone slide={slide} className="slides-overview-thumb" />
              <span>
                {index + 1}. {titles[index]}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </SlideDialog>
  )
}
