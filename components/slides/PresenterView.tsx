'use client'

import { useMemo, useState, type ReactNode } from 'react'
import { deriveSlideTitles } from '@/lib/slides/titles'
import { PresenterClock } from './PresenterClock'
import { ShortcutHelp } from './ShortcutHelp'
import { readNotesHtml, readSlideOutlines } from './slide-dom'
import { SlideClone } from './SlideClone'
import { SlideContent, type LessonHeading } from './SlideContent'
import { SlideOverview } from './SlideOverview'
import { SlideStage } from './SlideStage'
import { useDeckControls } from './use-deck-controls'
import { useSlideKeys } from './use-slide-keys'
import { useSlideSync } from './use-slide-sync'
import './slides.css'

interface PresenterViewProps {
  slug: string
  heading: LessonHeading
  plannedMinutes: number
  children: ReactNode
}

function openAudienceWindow(slug: string, index: number): void {
  // A named target: pressing the button again focuses the same window instead of opening another.
  window.open(`/lezioni/${slug}/slide/#${index + 1}`, `container-sicuri-pubblico-${slug}`, 'popup')
}

/**
 * Renders the teacher's screen: current slide, next slide, speaker notes and
 * time. It drives the audience window through the BroadcastChannel sync.
 */
export function PresenterView({ slug, heading, plannedMinutes, children }: PresenterViewProps) {
  const [slides, setSlides] = useState<HTMLElement[]>([])
  const deck = useDeckControls(slides)
  const titles = useMemo(() => deriveSlideTitles(readSlideOutlines(slides), heading.title), [slides, heading.title])

  useSlideKeys(deck.applyAction)
  useSlideSync(slug, deck.syncState, deck.applyRemoteState)

  const index = deck.index ?? 0
  const current = slides[index]
  const next = slides[index + 1] ?? null
  const notesHtml = useMemo(() => (current ? readNotesHtml(current) : ''), [current])

  return (
    <div className="presenter">
      <header className="presenter-bar">
        <h1>Vista presentatore · {heading.title}</h1>
        <button type="button" onClick={() => openAudienceWindow(slug, index)}>
          Apri la finestra del pubblico
        </button>
        <button type="button" onClick={() => deck.applyAction({ type: 'previous' })} disabled={index === 0}>
          ← Precedente
        </button>
        <span className="presenter-counter" aria-live="polite">
          Slide {index + 1} di {slides.length || '…'}
        </span>
        <button type="button" onClick={() => deck.applyAction({ type: 'next' })} disabled={index >= slides.length - 1}>
          Successiva →
        </button>
        <button type="button" aria-pressed={deck.blank} onClick={() => deck.applyAction({ type: 'toggle-blank' })}>
          Schermo nero
        </button>
        <button type="button" onClick={() => deck.setHelp(true)} aria-label="Scorciatoie da tastiera">
          ?
        </button>
        <a href={`/lezioni/${slug}/`}>Torna alla lezione</a>
      </header>

      <div className="presenter-main">
        <section className="presenter-current" aria-labelledby="presenter-current-title">
          <h2 id="presenter-current-title" className="presenter-panel-title">
            Slide corrente: {titles[index] ?? heading.title}
          </h2>
          {/* A copy for the teacher's eyes only: a lab started here would be a second lab that the
              audience never sees, so the slide is inert and the lab is used in the audience window. */}
          <SlideStage inert>
            <SlideContent heading={heading} current={deck.index} onSlides={setSlides}>
              {children}
            </SlideContent>
            {deck.blank ? <div className="slides-blank" role="img" aria-label="Schermo nero attivo" /> : null}
          </SlideStage>
        </section>

        <div className="presenter-side">
          <PresenterClock slug={slug} index={index} count={slides.length} plannedMinutes={plannedMinutes} />
          <section aria-labelledby="presenter-next-title">
            <h2 id="presenter-next-title" className="presenter-panel-title">
              {next ? `Prossima: ${titles[index + 1] ?? ''}` : 'Ultima slide'}
            </h2>
            <SlideClone slide={next} version={index} className="presenter-next" />
          </section>
          {/* Focusable so that keyboard users can scroll long notes. */}
          <section className="presenter-notes" aria-labelledby="presenter-notes-title" tabIndex={0}>
            <h2 id="presenter-notes-title" className="presenter-panel-title">
              Note
            </h2>
            {notesHtml ? (
              <div data-testid="presenter-notes" dangerouslySetInnerHTML={{ __html: notesHtml }} />
            ) : (
              <p>Nessuna nota per questa slide.</p>
            )}
          </section>
        </div>
      </div>

      {deck.overview && deck.index !== null ? (
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
