'use client'

import { useCallback, useMemo, useState } from 'react'
import type { SlideAction } from '@/lib/slides/keys'
import type { SlideSyncState } from '@/lib/slides/sync'
import { useSlideLocation } from './use-slide-location'

export interface DeckControls {
  index: number | null
  blank: boolean
  overview: boolean
  help: boolean
  /** Position and blank screen as shared with the other window, or null before the URL is read. */
  syncState: SlideSyncState | null
  goTo(index: number): void
  applyAction(action: SlideAction): void
  applyRemoteState(state: SlideSyncState): void
  setOverview(open: boolean): void
  setHelp(open: boolean): void
}

/**
 * State shared by the audience window and the presenter view: the slide
 * index (in the URL), the blank screen and the two dialogs. Fullscreen is
 * left to the caller because only the audience window offers it.
 */
export function useDeckControls(slides: readonly HTMLElement[], onFullscreen?: () => void): DeckControls {
  const [index, goTo] = useSlideLocation(slides)
  const count = slides.length
  const [blank, setBlank] = useState(false)
  const [overview, setOverview] = useState(false)
  const [help, setHelp] = useState(false)

  const applyAction = useCallback(
    (action: SlideAction) => {
      const current = index ?? 0
      switch (action.type) {
        case 'next':
          return goTo(current + 1)
        case 'previous':
          return goTo(current - 1)
        case 'first':
          return goTo(0)
        case 'last':
          return goTo(count - 1)
        case 'goto':
          return goTo(action.index)
        case 'toggle-overview':
          setHelp(false)
          return setOverview((open) => !open)
        case 'toggle-help':
          setOverview(false)
          return setHelp((open) => !open)
        case 'toggle-blank':
          return setBlank((isBlank) => !isBlank)
        case 'toggle-fullscreen':
          return onFullscreen?.()
        case 'close':
          setOverview(false)
          return setHelp(false)
      }
    },
    [index, count, goTo, onFullscreen],
  )

  const applyRemoteState = useCallback(
    (state: SlideSyncState) => {
      goTo(state.index)
      setBlank(state.blank)
    },
    [goTo],
  )

  const syncState = useMemo(() => (index === null ? null : { index, blank }), [index, blank])
  return { index, blank, overview, help, syncState, goTo, applyAction, applyRemoteState, setOverview, setHelp }
}
