'use client'

import { useEffect, useRef, useState } from 'react'
import type { TerminalSession } from '@/components/terminal/terminal-session'
import { browserLabStorage, type SaveResult } from '@/lib/lab-persistence'
import { flushOnPageHide, LabSaver } from '@/lib/lab-persistence-saver'
import type { LabRuntime } from './use-lab-runtime'

export interface LabSaverControls {
  /** Result of the last save that failed; undefined while saving works. */
  failure: Exclude<SaveResult, { status: 'saved' }> | undefined
  /** Stops saving the current engine without a final save, before its state is cleared. */
  discard(): void
}

/**
 * Saves the state of the lab's own engine under `stateKey` after commands and
 * clock steps, and when the page is hidden. An engine provided by an exercise
 * is not saved: the exercise rebuilds its state from its own log.
 */
export function useLabSaver(runtime: LabRuntime, stateKey: string, session: TerminalSession | null): LabSaverControls {
  const [failure, setFailure] = useState<LabSaverControls['failure']>(undefined)
  const saverRef = useRef<LabSaver | undefined>(undefined)
  const sessionRef = useRef(session)

  useEffect(() => {
    sessionRef.current = session
  }, [session])

  const engine = runtime.status === 'ready' ? runtime.saved?.engine : undefined
  const driver = runtime.status === 'ready' ? runtime.driver : undefined

  useEffect(() => {
    const storage = browserLabStorage()
    if (!engine || !driver || !storage) return

    const saver = new LabSaver({
      engine,
      storage,
      key: stateKey,
      isBusy: () => sessionRef.current?.isRunning ?? false,
      onResult: (result) => setFailure(result.status === 'saved' ? undefined : result),
    })
    saverRef.current = saver

    const schedule = () => saver.schedule()
    const stopEngine = engine.onChange(schedule)
    const stopClock = driver.subscribe(schedule)
    const stopPageHide = flushOnPageHide(saver)

    return () => {
      stopEngine()
      stopClock()
      stopPageHide()
      saver.stop()
    }
  }, [engine, driver, stateKey])

  return {
    failure,
    discard: () => saverRef.current?.discard(),
  }
}
