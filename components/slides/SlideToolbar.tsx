'use client'

import { useEffect, useState } from 'react'

interface SlideToolbarProps {
  slug: string
  index: number
  count: number
  printNotes: boolean
  onPrevious(): void
  onNext(): void
  onOverview(): void
  onFullscreen(): void
  onHelp(): void
  onPrintNotesChange(enabled: boolean): void
}

const IDLE_MS = 2500

/** Renders the audience window's controls, which fade out while the mouse is still. */
export function SlideToolbar(props: SlideToolbarProps) {
  const { slug, index, count, printNotes } = props
  const visible = usePointerActivity()

  return (
    <nav className="slides-toolbar" aria-label="Controlli delle slide" data-visible={visible}>
      <a href={`/lezioni/${slug}/`}>Torna alla lezione</a>
      <button type="button" onClick={props.onPrevious} disabled={index === 0} aria-label="Slide precedente">
        ←
      </button>
      <span aria-hidden="true">
        {index + 1} / {count}
      </span>
      <button type="button" onClick={props.onNext} disabled={index === count - 1} aria-label="Slide successiva">
        →
      </button>
      <button type="button" onClick={props.onOverview}>
        Panoramica
      </button>
      <button type="button" onClick={props.onFullscreen}>
        Schermo intero
      </button>
      <button type="button" onClick={() => window.print()}>
        Stampa
      </button>
      <label>
        <input type="checkbox" checked={printNotes} onChange={(event) => props.onPrintNotesChange(event.target.checked)} />
        Note in stampa
      </label>
      <a href={`/lezioni/${slug}/presenter/#${index + 1}`}>Vista presentatore</a>
      <button type="button" onClick={props.onHelp} aria-label="Scorciatoie da tastiera">
        ?
      </button>
    </nav>
  )
}

/** True while the mouse has moved in the last few seconds. */
function usePointerActivity(): boolean {
  const [active, setActive] = useState(true)

  useEffect(() => {
    let timer = window.setTimeout(() => setActive(false), IDLE_MS)
    const handleMove = () => {
      setActive(true)
      window.clearTimeout(timer)
      timer = window.setTimeout(() => setActive(false), IDLE_MS)
    }

    window.addEventListener('pointermove', handleMove)
    return () => {
      window.clearTimeout(timer)
      window.removeEventListener('pointermove', handleMove)
    }
  }, [])

  return active
}
