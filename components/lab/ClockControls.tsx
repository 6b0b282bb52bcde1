'use client'

import { useId, useSyncExternalStore } from 'react'
import { CLOCK_SPEEDS, formatClockTime, type ClockDriver } from './clock-driver'
import { clockText } from './strings'
import styles from './ClockControls.module.css'

const ADVANCE_STEP_MS = 30_000

export default function ClockControls({ driver }: { driver: ClockDriver }) {
  const { now, paused, speed } = useSyncExternalStore(driver.subscribe, driver.getSnapshot, driver.getSnapshot)
  const speedName = useId()

  return (
    <div className={styles.controls} role="group" aria-label={clockText.groupLabel}>
      <p className={styles.time}>
        <span className={styles.timeLabel}>{clockText.timeLabel}</span>{' '}
        <time dateTime={new Date(now).toISOString()}>{formatClockTime(now)}</time>
        {paused ? <span className={styles.paused}> ({clockText.paused})</span> : null}
      </p>

      <button type="button" className={styles.button} onClick={() => (paused ? driver.resume() : driver.pause())}>
        {paused ? clockText.resume : clockText.pause}
      </button>

      <fieldset className={styles.speeds}>
        <legend className={styles.legend}>{clockText.speedLegend}</legend>
        {CLOCK_SPEEDS.map((option) => (
          <label key={option} className={styles.speed}>
            <input
              type="radio"
              name={speedName}
              value={option}
              checked={speed === option}
              onChange={() => driver.setSpeed(option)}
            />
            <span>×{option}</span>
          </label>
        ))}
      </fieldset>

      <button type="button" className={styles.button} onClick={() => driver.advanceBy(ADVANCE_STEP_MS)}>
        {clockText.advance}
      </button>
    </div>
  )
}
