import type { ReactNode } from 'react'
import styles from './callout.module.css'

const CALLOUT_LABELS = {
  'best-practice': 'Best practice',
  attenzione: 'Attenzione',
  nota: 'Nota',
  esempio: 'Esempio',
} as const

export type CalloutType = keyof typeof CALLOUT_LABELS

interface CalloutProps {
  type: CalloutType
  title?: string
  children: ReactNode
}

export function Callout({ type, title, children }: CalloutProps) {
  const label = CALLOUT_LABELS[type]
  if (!label) {
    throw new Error(`Invalid Callout type "${String(type)}": use one of ${Object.keys(CALLOUT_LABELS).join(', ')}`)
  }

  return (
    <aside className={`${styles.callout} ${styles[type]}`} aria-label={title ? `${label}: ${title}` : label}>
      <p className={styles.title}>
        <span className={styles.label}>{label}</span>
        {title ? <span> · {title}</span> : null}
      </p>
      <div className={styles.body}>{children}</div>
    </aside>
  )
}
