'use client'

import { useSyncExternalStore } from 'react'
import styles from './offline.module.css'

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

/** Italian "Sei offline" banner, shown while the browser reports no network. */
export function OfflineIndicator() {
  // The server snapshot is "online", so the static HTML never contains the banner.
  const online = useSyncExternalStore(subscribe, () => navigator.onLine, () => true)

  return (
    <p role="status" className={online ? styles.hidden : styles.banner}>
      {online ? '' : 'Sei offline: le lezioni e il terminale funzionano comunque, dalla copia salvata nel browser.'}
    </p>
  )
}
