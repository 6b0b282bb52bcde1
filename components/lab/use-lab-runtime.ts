'use client'

import { useEffect, useState } from 'react'
import type { SimulatedEngine } from '@/engine/api'
import { ClockDriver } from './clock-driver'

/** Engine seed of every lab, so container IDs match between runs and students. */
const LAB_SEED = 1

export type LabRuntime =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; engine: SimulatedEngine; driver: ClockDriver }

/** Loads the engine on demand and creates one engine and clock driver for the page's lab. */
export function useLabRuntime(): LabRuntime {
  const [runtime, setRuntime] = useState<LabRuntime>({ status: 'loading' })

  useEffect(() => {
    let cancelled = false
    let driver: ClockDriver | undefined

    import('@/engine')
      .then(({ createEngine }) => {
        if (cancelled) return
        const engine = createEngine({ seed: LAB_SEED })
        driver = new ClockDriver(engine)
        driver.start()
        setRuntime({ status: 'ready', engine, driver })
      })
      .catch((error: unknown) => {
        console.error('Loading the simulated engine failed', error)
        if (!cancelled) setRuntime({ status: 'failed' })
      })

    return () => {
      cancelled = true
      driver?.stop()
    }
  }, [])

  return runtime
}
