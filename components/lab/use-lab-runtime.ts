'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import type { PersistentEngine, SimulatedEngine } from '@/engine/api'
import { browserLabStorage, clearLabState, isPersistentEngine, restoreLabState, type RestoreResult } from '@/lib/lab-persistence'
import { ClockDriver, type ClockSnapshot } from './clock-driver'
import { useLabEngine } from './lab-engine'

/** Engine seed of every lab, so container IDs match between runs and students. */
export const LAB_SEED = 1

/** Origin of the lab's own engine: a fresh engine, the saved state, or a fresh engine after an unreadable state. */
export type LabStart =
  | { status: 'fresh' }
  | { status: 'restored'; commands: number }
  | { status: 'discarded'; backupKey: string | undefined }

export type LabRuntime =
  | { status: 'loading' }
  | { status: 'failed' }
  | {
      status: 'ready'
      engine: SimulatedEngine
      driver: ClockDriver
      /** The lab's own engine, whose state is saved; undefined while an exercise provides the engine. */
      saved: { engine: PersistentEngine; start: LabStart } | undefined
    }

export interface LabRuntimeControls {
  runtime: LabRuntime
  /** Clears the saved state and gives the lab a fresh engine of its own. */
  restart(): void
}

/**
 * Loads the engine on demand and creates one engine and clock driver for the
 * page's lab. The lab's own engine starts from the state saved under
 * `stateKey`, if any. When an exercise provides an engine (useLabEngine), the
 * lab switches to it and keeps the clock's pause and speed settings.
 */
export function useLabRuntime(stateKey: string): LabRuntimeControls {
  const [runtime, setRuntime] = useState<LabRuntime>({ status: 'loading' })
  const [generation, setGeneration] = useState(0)
  const provided = useLabEngine((state) => state.provided)
  const clockSettings = useRef<ClockSnapshot | undefined>(undefined)

  useEffect(() => {
    let cancelled = false
    let driver: ClockDriver | undefined

    const show = (engine: SimulatedEngine, saved?: { engine: PersistentEngine; start: LabStart }) => {
      driver = new ClockDriver(engine)
      applyClockSettings(driver, clockSettings.current)
      driver.start()
      setRuntime({ status: 'ready', engine, driver, saved })
    }

    if (provided) {
      show(provided)
    } else {
      setRuntime({ status: 'loading' })
      createOwnEngine(stateKey)
        .then(({ engine, start }) => {
          if (!cancelled) show(engine, { engine, start })
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
  }, [provided, stateKey, generation])

  const restart = useCallback(() => {
    const storage = browserLabStorage()
    if (storage) clearLabState(storage, stateKey)
    setGeneration((value) => value + 1)
  }, [stateKey])

  return { runtime, restart }
}

/** Creates the lab's own engine and replays the state saved under `stateKey` into it. */
async function createOwnEngine(stateKey: string): Promise<{ engine: PersistentEngine; start: LabStart }> {
  const { createEngine } = await import('@/engine')
  const create = (): PersistentEngine => {
    const engine = createEngine({ seed: LAB_SEED })
    if (!isPersistentEngine(engine)) throw new Error('createEngine returned an engine without serialize() and restore()')
    return engine
  }

  const storage = browserLabStorage()
  const engine = create()
  if (!storage) return { engine, start: { status: 'fresh' } }

  const result = await restoreLabState(engine, create, storage, stateKey, Date.now())
  return { engine: result.engine, start: labStart(result) }
}

function labStart(result: RestoreResult): LabStart {
  if (result.status === 'restored') return { status: 'restored', commands: result.commands }
  if (result.status === 'discarded') return { status: 'discarded', backupKey: result.backupKey }
  return { status: 'fresh' }
}

function applyClockSettings(driver: ClockDriver, settings: ClockSnapshot | undefined): void {
  if (!settings) return
  driver.setSpeed(settings.speed)
  if (settings.paused) driver.pause()
}
