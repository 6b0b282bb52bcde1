'use client'

import { useMemo, type CSSProperties } from 'react'
import { createPortal } from 'react-dom'
import { estimateNotesFontSize } from '@/lib/slides/stage'
import { readNotesHtml } from './slide-dom'

/**
 * Copies each slide's speaker notes into a column that only print shows
 * (when "Note in stampa" is on). The copy is hidden from assistive
 * technology because the same text is already in the slide.
 */
export function PrintNotes({ slides }: { slides: readonly HTMLElement[] }) {
  const notes = useMemo(() => slides.map(readNotesHtml), [slides])

  return slides.map((slide, index) => {
    const html = notes[index] ?? ''
    if (html === '') return null

    const textLength = html.replace(/<[^>]*>/g, '').length
    const style = { '--notes-font-size': `${estimateNotesFontSize(textLength)}px` } as CSSProperties
    const column = (
      <div className="slides-print-notes" aria-hidden="true" style={style} dangerouslySetInnerHTML={{ __html: html }} />
    )
    return createPortal(column, slide, `notes-${index}`)
  })
}
