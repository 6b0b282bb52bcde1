'use client'

import { useEffect, useId, useRef, useState } from 'react'
import { useLabBus } from '@/lib/lab-bus'
import LabErrorBoundary from './LabErrorBoundary'
import { useLabComponent, usePrefetchLab } from './prefetch-lab'
import { labText } from './strings'
import styles from './Laboratorio.module.css'

export interface LaboratorioProps {
  /** Starts the lab on page load, as the free-practice page does. */
  autoStart?: boolean
  /** Level of the card's heading: 3 inside a lesson section (the default), 2 on a page of its own. */
  headingLevel?: 2 | 3
}

export default function Laboratorio({ autoStart = false, headingLevel = 3 }: LaboratorioProps) {
  const active = useLabBus((state) => state.active)
  const [startedByButton, setStartedByButton] = useState(false)
  const headingId = useId()
  const cardRef = useRef<HTMLElement>(null)
  const Heading = headingLevel === 3 ? 'h3' : 'h2'

  // The lab (xterm.js, the lab UI, the engine) is in separate chunks, loaded
  // after the page's load event or when the student starts the lab.
  usePrefetchLab(cardRef)
  const Lab = useLabComponent(active || autoStart)

  useEffect(() => {
    if (autoStart) useLabBus.getState().activate()
  }, [autoStart])

  // A lab belongs to one page: leaving the page must not start the next one's.
  useEffect(() => () => useLabBus.getState().reset(), [])

  const start = () => {
    setStartedByButton(true)
    useLabBus.getState().activate()
  }

  return (
    <section ref={cardRef} className={styles.card} aria-labelledby={headingId} data-lab-card>
      <Heading id={headingId} className={styles.title}>
        {labText.cardTitle}
      </Heading>
      <p className={styles.intro}>{labText.cardIntro}</p>
      {/* With autoStart the server HTML already shows the loading state, not a button that vanishes. */}
      {active || autoStart ? (
        <LabErrorBoundary>
          {Lab === undefined && <p role="status">{labText.loadingLab}</p>}
          {Lab === 'failed' && <p role="alert">{labText.loadFailed}</p>}
          {Lab && Lab !== 'failed' && <Lab autoFocus={startedByButton} panelHeadingLevel={headingLevel === 3 ? 4 : 3} />}
        </LabErrorBoundary>
      ) : (
        <button type="button" className={styles.start} onClick={start}>
          {labText.startButton}
        </button>
      )}
    </section>
  )
}
