'use client'

import { usePathname } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'
import Terminal from '@/components/terminal/Terminal'
import type { TerminalSession } from '@/components/terminal/terminal-session'
import type { SimulatedEngine } from '@/engine/api'
import { useLabBus } from '@/lib/lab-bus'
import { historyScopeForPath } from '@/lib/terminal-history'
import ClockControls from './ClockControls'
import ContainerPanel from './ContainerPanel'
import RunAuditPanel from './RunAuditPanel'
import { labText } from './strings'
import { useLabRuntime } from './use-lab-runtime'
import styles from './Lab.module.css'

export interface LabProps {
  /** Moves keyboard focus into the terminal once it is ready. */
  autoFocus?: boolean
  /** Level of the container panel's heading. */
  panelHeadingLevel?: 3 | 4
}

export default function Lab({ autoFocus = false, panelHeadingLevel = 3 }: LabProps) {
  const runtime = useLabRuntime()
  const [session, setSession] = useState<TerminalSession | null>(null)
  const historyScope = historyScopeForPath(usePathname() ?? '/')

  usePendingCommands(session, runtime.status === 'ready' ? runtime.engine : undefined)

  const createSleep = useCallback(
    () => (runtime.status === 'ready' ? runtime.driver.createCommandSleep() : () => Promise.resolve(false)),
    [runtime],
  )
  const interrupt = useCallback(() => {
    if (runtime.status === 'ready') runtime.driver.interrupt()
  }, [runtime])

  if (runtime.status === 'loading') return <p role="status">{labText.loadingLab}</p>
  if (runtime.status === 'failed') return <p role="alert">{labText.loadFailed}</p>

  return (
    <div className={styles.lab}>
      <ClockControls driver={runtime.driver} />
      <p className={styles.help}>{labText.terminalHelp}</p>
      <div className={styles.workspace}>
        <Terminal
          engine={runtime.engine}
          createSleep={createSleep}
          interrupt={interrupt}
          historyScope={historyScope}
          onSession={setSession}
          autoFocus={autoFocus}
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
