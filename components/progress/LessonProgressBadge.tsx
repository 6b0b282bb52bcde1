'use client'

import { useProgress, useProgressHydrated } from '@/lib/progress/hooks'
import { LESSON_STATUS_LABELS, lessonStatus } from './lesson-status'
import styles from './progress.module.css'

/**
 * Completion mark for a lesson card or header. Before saved progress is read
 * it keeps its size but stays invisible, so nothing moves when it appears.
 */
export function LessonProgressBadge({ slug }: { slug: string }) {
  const hydrated = useProgressHydrated()
  const status = useProgress((state) => lessonStatus(state, slug))

  if (!hydrated) {
    return (
      <span className={`${styles.badge} ${styles.pending}`} aria-hidden="true">
        –
      </span>
    )
  }

  const statusClass = { completed: styles.completed, started: styles.started, 'not-started': '' }[status]
  return (
    <span className={`${styles.badge} ${statusClass}`} data-testid={`lesson-badge-${slug}`} data-status={status}>
      <span className="visually-hidden">Stato della lezione: </span>
      {LESSON_STATUS_LABELS[status]}
    </span>
  )
}
