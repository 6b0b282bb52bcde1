'use client'

import { useProgress, useProgressHydrated } from '@/lib/progress/hooks'
import { ExerciseList } from './ExerciseList'
import { LessonProgressCard, type LessonOverview } from './LessonProgressCard'
import { TransferControls } from './TransferControls'
import styles from './progress.module.css'

export type { LessonOverview }

/** Renders the "I miei progressi" page: per-lesson progress, exercises, export, import and reset. */
export function ProgressDashboard({ lessons }: { lessons: LessonOverview[] }) {
  const hydrated = useProgressHydrated()
  const exercises = useProgress((state) => state.exercises)

  return (
    <>
      <p className={styles.muted}>
        I progressi restano solo in questo browser. Per portarli su un altro computer esportali in un file e importalo
        là.
      </p>

      <h2>Lezioni</h2>
      {hydrated ? (
        <ol className={styles.lessons}>
          {lessons.map((lesson) => (
            <LessonProgressCard key={lesson.slug} lesson={lesson} />
          ))}
        </ol>
      ) : (
        <p aria-busy="true">Caricamento dei progressi…</p>
      )}

      <h2>Esercizi</h2>
      {hydrated ? <ExerciseList exercises={exercises} /> : <p aria-busy="true">Caricamento dei progressi…</p>}

      <h2>Salva, ripristina, azzera</h2>
      <TransferControls />
    </>
  )
}
