'use client'

import { useCallback, useMemo, useState, type ReactNode } from 'react'
import type { SwipeDirection } from '@/lib/slides/navigation'
import { deriveSlideTitles } from '@/lib/slides/titles'
import { readSlideOutlines } from './slide-dom'
import { PrintNotes } from './PrintNotes'
import { ShortcutHelp } from './ShortcutHelp'
import { SlideContent, type LessonHeading } from './SlideContent'
import { SlideOverview } from './SlideOverview'
import { SlideStage } from './SlideStage'
import { SlideToolbar } from './SlideToolbar'
import { useDeckControls } from './use-deck-controls'
import { useSlideKeys } from './use-slide-keys'
import { useSlideSync } from './use-slide-sync'
import { useSwipe } from './use-swipe'
import './slides.css'

interface SlideDeckProps {
  slug: string
  heading: LessonHeading
  children: ReactNode
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen()
  else void document.documentElement.requestFullscreen().catch(() => undefined)
}

/** Shows the lesson to the audience, one slide at a time on a 16:9 stage. */
export function SlideDeck({ slug, heading, children }: SlideDeckProps) {
  const [slides, setSlides] = useState<HTMLElement[]>([])
  const [deckElement, setDeckElement] = useState<HTMLDivElement | null>(null)
  const [printNotes, setPrintNotes] = useState(false)
  const deck = useDeckControls(slides, toggleFullscreen)
  const titles = useMemo(() => deriveSlideTitles(readSlideOutlines(slides), heading.title), [slides, heading.title])

  const { applyAction } = deck
  const digits = useSlideKeys(applyAction)
  const handleSwipe = useCallback((direction: SwipeDirection) => applyAction({ type: direction }), [applyAction])
  useSwipe(deckElement, handleSwipe)
  useSlideSync(slug, deck.syncState, deck.applyRemoteState)

  const index = deck.index
  return (
    <div ref={setDeckElement} className="slides-deck" data-print-notes={printNotes}>
      <SlideStage>
        <SlideContent heading={heading} current={index} onSlides={setSlides}>
          {children}
        </SlideContent>
        {deck.blank ? <div className="slides-blank" role="img" aria-label="Schermo nero" /> : null}
      </SlideStage>

      {printNotes ? <PrintNotes slides={slides} /> : null}
      {digits ? <p className="slides-jump">Vai alla slide {digits}</p> : null}
      <p className="visually-hidden" aria-live="polite">
        {index === null ? '' : `Slide ${index + 1} di ${slides.length}: ${titles[index] ?? ''}`}
      </p>

      {index === null ? null : (
        <SlideToolbar
          slug={slug}
          index={index}
          count={slides.length}
          printNotes={printNotes}
          onPrevious={() => deck.applyAction({ type: 'previous' })}
          onNext={() => deck.applyAction({ type: 'next' })}
          onOverview={() => deck.setOverview(true)}
          onFullscreen={toggleFullscreen}
          onHelp={() => deck.setHelp(true)}
          onPrintNotesChange={setPrintNotes}
        />
      )}
      {deck.overview && index !== null ? (
        <SlideOverview
          slides={slides}
          titles={titles}
          current={index}
          onSelect={(selected) => {
            deck.goTo(selected)
            deck.setOverview(false)
          }}
          onClose={() => deck.setOverview(false)}
        />
      ) : null}
      {deck.help ? <ShortcutHelp onClose={() => deck.setHelp(false)} /> : null}
    </div>
  )
}
