'use client'

import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { applySlideStates, findSlideBody, findSlides } from './slide-dom'
import { useFitSlides } from './use-fit-slides'

export interface LessonHeading {
  title: string
  /** Line above the title, e.g. "Lezione 5 di 6". */
  kicker: string
}

interface SlideContentProps {
  heading: LessonHeading
  /** Index of the slide on stage, or null before the deck has read the URL. */
  current: number | null
  /** Receives the slide sections once they are in the DOM. */
  onSlides(slides: HTMLElement[]): void
  /** The lesson's MDX content, already wrapped into sections. */
  children: ReactNode
}

/**
 * Hosts the lesson content as a stack of slides: finds the sections, fits
 * them to the stage, shows the current one and puts the lesson title on the
 * intro slide.
 */
export function SlideContent({ heading, current, onSlides, children }: SlideContentProps) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null)
  const [slides, setSlides] = useState<HTMLElement[]>([])

  const containerRef = useCallback((node: HTMLDivElement | null) => setContainer(node), [])

  useEffect(() => {
    if (!container) return
    const found = findSlides(container)
    setSlides(found)
    onSlides(found)
  }, [container, onSlides])

  useEffect(() => {
    if (current !== null) applySlideStates(slides, current)
  }, [slides, current])

  useFitSlides(container, slides)

  const introBody = slides[0]?.dataset.slide === 'intro' ? findSlideBody(slides[0]) : null
  return (
    <div ref={containerRef} className="slides-content" data-ready={current === null ? undefined : ''}>
      {children}
      {introBody ? createPortal(<LessonTitle heading={heading} />, introBody) : null}
    </div>
  )
}

function LessonTitle({ heading }: { heading: LessonHeading }) {
  return (
    <header className="slides-title">
      <p>{heading.kicker}</p>
      <h1>{heading.title}</h1>
    </header>
  )
}
