'use client'

import { useId, useState, type ChangeEvent } from 'react'
import { progressStore } from '@/lib/progress/client'
import { pickData } from '@/lib/progress/store'
import { buildExportFile, exportFileName, parseImportFile } from '@/lib/progress/transfer'
import styles from './progress.module.css'

type Outcome = { kind: 'error' | 'success'; message: string } | null

/** Export to a JSON file, import from one, and reset with confirmation. */
export function TransferControls() {
  const fileInputId = useId()
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [confirmingReset, setConfirmingReset] = useState(false)

  const exportProgress = () => {
    const now = Date.now()
    const blob = new Blob([buildExportFile(pickData(progressStore.getState()), now)], { type: 'application/json' })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = exportFileName(now)
    link.click()
    URL.revokeObjectURL(link.href)
  }

  const importProgress = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return

    const result = parseImportFile(await file.text())
    if (!result.ok) {
      setOutcome({ kind: 'error', message: `Importazione non riuscita: ${result.message}` })
      return
    }
    progressStore.getState().importProgress(result.data)
    setOutcome({ kind: 'success', message: `Progressi importati da «${file.name}» e uniti a quelli già presenti.` })
  }

  const reset = () => {
    progressStore.getState().reset()
    setConfirmingReset(false)
    setOutcome({ kind: 'success', message: 'Progressi azzerati.' })
  }

  return (
    <>
      <div className={styles.toolbar}>
        <button type="button" className={styles.primary} onClick={exportProgress}>
          Esporta i progressi
        </button>
        <label htmlFor={fileInputId}>Importa da un file:</label>
        <input id={fileInputId} type="file" accept="application/json,.json" onChange={importProgress} />
      </div>

      <div className={styles.toolbar}>
        {confirmingReset ? (
          <>
            <span>Cancellare tutti i progressi salvati in questo browser? Non si può annullare.</span>
            <button type="button" className={styles.danger} onClick={reset}>
              Sì, azzera tutto
            </button>
            <button type="button" className={styles.button} onClick={() => setConfirmingReset(false)}>
              Annulla
            </button>
          </>
        ) : (
          <button type="button" className={styles.danger} onClick={() => setConfirmingReset(true)}>
            Azzera i progressi
          </button>
        )}
      </div>

      <p role="status" className={outcome?.kind === 'error' ? styles.error : styles.success} data-testid="transfer-outcome">
        {outcome?.message}
      </p>
    </>
  )
}
