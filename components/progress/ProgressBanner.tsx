'use client'

import { useProgressHydrated, useProgressNotice } from '@/lib/progress/hooks'
import styles from './progress.module.css'

interface ProgressBannerProps {
  /** Pin the banner to the bottom of the viewport, for pages where it renders far below the top. */
  floating?: boolean
}

/** Tells the student when saved progress could not be read or cannot be saved. */
export function ProgressBanner({ floating = false }: ProgressBannerProps) {
  useProgressHydrated()
  const { notice, dismiss } = useProgressNotice()
  if (!notice) return null

  return (
    <div className={floating ? `${styles.banner} ${styles.floating}` : styles.banner} role="alert" data-testid="progress-banner">
      {notice.kind === 'recovered' ? (
        <p>
          I progressi salvati in questo browser erano illeggibili e sono stati messi da parte: ripartiamo da zero. Una
          copia dei dati originali è conservata nel localStorage con la chiave <code>{notice.backupKey}</code>.
        </p>
      ) : (
        <p>
          Questo browser non permette di salvare i progressi (i dati dei siti sono bloccati o lo spazio è esaurito): il corso funziona, ma
          quello che fai andrà perso alla chiusura della pagina.
        </p>
      )}
      <button type="button" className={styles.button} onClick={dismiss}>
        Chiudi
      </button>
    </div>
  )
}
