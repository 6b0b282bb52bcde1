'use client'

import { useEffect, useRef, useState } from 'react'
import type { SimulatedEngine } from '@/engine/api'
import { ClockDriver, type ClockSnapshot } from './clock-driver'
import { useLabEngine } from './lab-engine'

/** Engine seed of every lab, so container IDs match between runs and students. */
export const LAB_SEED = 1

export type LabRuntime =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; engine: SimulatedEngine; driver: ClockDriver }

/**
 * Loads the engine on demand and creates one engine and clock driver for the
 * page's lab. When an exercise provides an engine (useLabEngine), the lab
 * switches to it and keeps the clock's pause and speed settings.
 */
export function useLabRuntime(): LabRuntime {
  const [runtime, setRuntime] = useState<LabRuntime>({ status: 'loading' })
  const provided = useLabEngine((state) => state.provided)
  const clockSettings = useRef<ClockSnapshot | undefined>(undefined)

  useEffect(() => {
    let cancelled = false
    let driver: ClockDriver | undefined

    const show = (engine: SimulatedEngine) => {
      driver = new ClockDriver(engine)
      applyClockSettings(driver, clockSettings.current)
      driver.start()
      setRuntime({ status: 'ready', engine, driver })
    }

    if (provided) {
      show(provided)
    } else {
      import('@/engine')
        .then(({ createEngine }) => {
          if (!cancelled) show(createEngine({ seed: LAB_SEED }))
        })
        .catch((error: unknown) => {
          console.error('Loading the simulated engine failed', error)
          if (!cancelled) setRuntime({ status: 'failed' })
        })
    }

    return () => {
      cancelled = true
      clockSettings.current = driver?.getSnapshot()
      driver?.stop()
    }
  }, [provided])

  return runtime
}

function applyClockSettings(driver: ClockDriver, settings: ClockSnapshot | undefined): void {
  if (!settings) return
  driver.setSpeed(settings.speed)
  if (settings.paused) driver.pause()
}
