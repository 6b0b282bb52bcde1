'use client'

import { useEffect, useId, useRef, useState } from 'react'
import type { ContainerSummary, SimulatedEngine } from '@/engine/api'
import type { ClockDriver } from './clock-driver'
import { describeContainerChanges } from './container-changes'
import { healthLabels, panelText } from './strings'
import styles from './ContainerPanel.module.css'

export interface ContainerPanelProps {
  engine: SimulatedEngine
  driver: ClockDriver
  /** Level of the panel's heading, one below the lab card's. */
  headingLevel?: 3 | 4
}

const HEALTH_SYMBOLS = { starting: '◔', healthy: '✓', unhealthy: '✗' } as const

export default function ContainerPanel({ engine, driver, headingLevel = 3 }: ContainerPanelProps) {
  const Heading = headingLevel === 4 ? 'h4' : 'h3'
  const [containers, setContainers] = useState<ContainerSummary[]>(() => engine.containers())
  const [announcement, setAnnouncement] = useState('')
  const titleId = useId()
  const shownRef = useRef(containers)

  useEffect(() => {
    const refresh = () => {
      const next = engine.containers()
      const messages = describeContainerChanges(shownRef.current, next)
      shownRef.current = next
      setContainers(next)
      if (messages.length > 0) setAnnouncement(messages.join(' '))
    }

    const stopEngine = engine.onChange(refresh)
    const stopClock = driver.subscribe(refresh)
    return () => {
      stopEngine()
      stopClock()
    }
  }, [engine, driver])

  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <Heading id={titleId} className={styles.title}>
        {panelText.title}
      </Heading>
      {/* The list itself is not live: its STATUS text changes every second. */}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {containers.length === 0 ? (
        <p className={styles.empty}>
          {panelText.emptyBefore}
          <code>{panelText.emptyCommand}</code>
        </p>
      ) : (
        <ul className={styles.list}>
          {containers.map((container) => (
            <ContainerItem key={container.id} container={container} />
          ))}
        </ul>
      )}
    </section>
  )
}

function ContainerItem({ container }: { container: ContainerSummary }) {
  const { health } = container

  return (
    <li className={styles.item} data-state={container.state} data-container={container.name}>
      <p className={styles.name}>{container.name}</p>
      <dl className={styles.fields}>
        <dt>{panelText.image}</dt>
        <dd>
          <code>{container.image}</code>
        </dd>
        <dt>{panelText.state}</dt>
        <dd>{container.state}</dd>
        <dt>{panelText.status}</dt>
        <dd className={styles.status}>{container.status}</dd>
        {health ? (
          <>
            <dt>{panelText.health}</dt>
            <dd>
              <span className={styles.badge} data-health={health.status}>
                <span aria-hidden="true">{HEALTH_SYMBOLS[health.status]} </span>
                {healthLabels[health.status]}
              </span>
            </dd>
            <dt>{panelText.failingStreak}</dt>
            <dd>{health.failingStreak}</dd>
          </>
        ) : null}
      </dl>
    </li>
  )
}
