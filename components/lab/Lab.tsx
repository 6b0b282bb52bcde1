'use client'

import { usePathname } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'
import Terminal from '@/components/terminal/Terminal'
import type { TerminalSession } from '@/components/terminal/terminal-session'
import type { SimulatedEngine } from '@/engine/api'
import { useLabBus } from '@/lib/lab-bus'
import { labStateKey } from '@/lib/lab-persistence'
import { historyScopeForPath } from '@/lib/terminal-history'
import ClockControls from './ClockControls'
import ContainerPanel from './ContainerPanel'
import LabStateBar from './LabStateBar'
import RunAuditPanel from './RunAuditPanel'
import { labText, savedStateText } from './strings'
import { useLabRuntime, type LabRuntime } from './use-lab-runtime'
import { useLabSaver } from './use-lab-saver'
import styles from './Lab.module.css'

export interface LabProps {
  /** Moves keyboard focus into the terminal once it is ready. */
  autoFocus?: boolean
  /** Level of the container panel's heading. */
  panelHeadingLevel?: 3 | 4
}

export default function Lab({ autoFocus = false, panelHeadingLevel = 3 }: LabProps) {
  const pathname = usePathname() ?? '/'
  const stateKey = labStateKey(pathname)
  const { runtime, restart } = useLabRuntime(stateKey)
  const [session, setSession] = useState<TerminalSession | null>(null)
  const [restarted, setRestarted] = useState(false)
  const saver = useLabSaver(runtime, stateKey, session)
  const historyScope = historyScopeForPath(pathname)

  usePendingCommands(session, runtime.status === 'ready' ? runtime.engine : undefined)

  const createSleep = useCallback(
    () => (runtime.status === 'ready' ? runtime.driver.createCommandSleep() : () => Promise.resolve(false)),
    [runtime],
  )
  const interrupt = useCallback(() => {
    if (runtime.status === 'ready') runtime.driver.interrupt()
  }, [runtime])

  const restartLab = () => {
    saver.discard()
    setRestarted(true)
    restart()
  }

  if (runtime.status === 'loading') return <p role="status">{labText.loadingLab}</p>
  if (runtime.status === 'failed') return <p role="alert">{labText.loadFailed}</p>

  return (
    <div className={styles.lab}>
      <ClockControls driver={runtime.driver} />
      {runtime.saved && <LabStateBar failure={saver.failure} onRestart={restartLab} />}
      <p className={styles.help}>{labText.terminalHelp}</p>
      <div className={styles.workspace}>
        <Terminal
          engine={runtime.engine}
          createSleep={createSleep}
          interrupt={interrupt}
          historyScope={historyScope}
          banner={startBanner(runtime, restarted)}
          onSession={setSession}
          // The restart button unmounts while the fresh engine loads, so its focus moves to the new terminal.
          autoFocus={autoFocus || restarted}
        />
        <div className={styles.side}>
          <ContainerPanel engine={runtime.engine} driver={runtime.driver} headingLevel={panelHeadingLevel} />
          {/* Test doubles without lastRunAudit show no score. */}
          {runtime.engine.lastRunAudit && <RunAuditPanel engine={runtime.engine} headingLevel={panelHeadingLevel} />}
        </div>
      </div>
    </div>
  )
}

/** Returns the line the terminal shows above its first prompt about the saved state, if any. */
function startBanner(runtime: Extract<LabRuntime, { status: 'ready' }>, restarted: boolean): string | undefined {
  const start = runtime.saved?.start
  if (!start) return undefined
  if (start.status === 'restored') return savedStateText.restored(start.commands)
  if (start.status === 'discarded') return savedStateText.discarded(start.backupKey)
  return restarted ? savedStateText.restarted : undefined
}

/** Writes the files queued on the lab bus, then types every queued command into the terminal, now and as more arrive. */
function usePendingCommands(session: TerminalSession | null, engine: SimulatedEngine | undefined): void {
  useEffect(() => {
    if (!session || !engine) return

    const runPending = () => {
      const bus = useLabBus.getState()
      for (const file of bus.takePendingFiles()) engine.writeHostFile(file.path, file.content)
      for (const command of bus.takePending()) session.runCommand(command)
    }

    runPending()
    return useLabBus.subscribe((state) => {
      if (state.pending.length > 0) runPending()
    })
  }, [session, engine])
}
