'use client'

import { useEffect, useState } from 'react'
import { computePace, describePace, formatElapsed } from '@/lib/slides/pace'
import {
  parseStopwatch,
  pauseStopwatch,
  readElapsed,
  resumeStopwatch,
  startStopwatch,
  type StopwatchState,
} from '@/lib/slides/timer'

interface PresenterClockProps {
  slug: string
  index: number
  count: number
  /** Planned length of the lesson (frontmatter `minutes`). */
  plannedMinutes: number
}

function storageKey(slug: string): string {
  return `container-sicuri:presenter-timer:${slug}`
}

/** Shows the elapsed time and the pace. The stopwatch is kept in sessionStorage, so it survives a reload. */
export function PresenterClock({ slug, index, count, plannedMinutes }: PresenterClockProps) {
  const [stopwatch, setStopwatch] = useState<StopwatchState | null>(null)
  const [now, setNow] = useState(0)

  useEffect(() => {
    const stored = parseStopwatch(window.sessionStorage.getItem(storageKey(slug)))
    setStopwatch(stored ?? startStopwatch(Date.now()))
    setNow(Date.now())
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [slug])

  useEffect(() => {
    if (stopwatch) window.sessionStorage.setItem(storageKey(slug), JSON.stringify(stopwatch))
  }, [slug, stopwatch])

  if (!stopwatch) return null

  const elapsed = readElapsed(stopwatch, now)
  const pace = computePace(elapsed, index, count, plannedMinutes)
  const paused = stopwatch.pausedAt !== null

  return (
    <div className="presenter-clock" role="group" aria-label="Tempo">
      <span>
        <strong>{formatElapsed(elapsed)}</strong> di {plannedMinutes} min
      </span>
      <span className="presenter-pace" data-status={pace.status}>
        {describePace(pace)}
      </span>
      <span>
        <button
          type="button"
          onClick={() => setStopwatch(paused ? resumeStopwatch(stopwatch, Date.now()) : pauseStopwatch(stopwatch, Date.now()))}
        >
          {paused ? 'Riprendi' : 'Pausa'}
        </button>{' '}
        <button type="button" onClick={() => setStopwatch(startStopwatch(Date.now()))}>
          Azzera
        </button>
      </span>
    </div>
  )
}
