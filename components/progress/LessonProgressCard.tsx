'use client'

import Link from 'next/link'
import { useProgress } from '@/lib/progress/hooks'
import { attemptScore } from '@/lib/progress/schema'
import { LessonProgressBadge } from './LessonProgressBadge'
import styles from './progress.module.css'

export interface LessonOverview {
  slug: string
  title: string
  /** H2 ids of the lesson, or none while the lesson is not written. */
  sectionIds: string[]
}

const dateFormat = new Intl.DateTimeFormat('it-IT', { dateStyle: 'short', timeStyle: 'short' })

export function LessonProgressCard({ lesson }: { lesson: LessonOverview }) {
  const visited = useProgress((state) => state.visited[lesson.slug])
  const quiz = useProgress((state) => state.quizzes[lesson.slug])
  const visitedCount = lesson.sectionIds.filter((id) => visited?.[id] !== undefined).length
  const total = lesson.sectionIds.length
  const labelId = `sezioni-${lesson.slug}`
  const last = quiz?.attempts.at(-1)

  return (
    <li className={styles.lesson} data-testid={`progress-${lesson.slug}`}>
      <div className={styles.lessonHeader}>
        <h3>
          <Link href={`/lezioni/${lesson.slug}/`}>{lesson.title}</Link>
        </h3>
        <LessonProgressBadge slug={lesson.slug} />
      </div>

      {total > 0 ? (
        <>
          <p id={labelId}>
            Sezioni lette: {visitedCount} di {total}
          </p>
          <progress className={styles.bar} max={total} value={visitedCount} aria-labelledby={labelId} />
        </>
      ) : (
        <p className={styles.muted}>Lezione in preparazione.</p>
      )}

      <p data-testid={`quiz-score-${lesson.slug}`}>
        {quiz?.best
          ? `Verifica: miglior risultato ${Math.round(attemptScore(quiz.best) * 100)}% (${quiz.best.correct} su ${quiz.best.total}), ${quiz.attempts.length} ${quiz.attempts.length === 1 ? 'tentativo' : 'tentativi'}.`
          : 'Verifica: non ancora svolta.'}
        {last ? ` Ultimo tentativo: ${Math.round(attemptScore(last) * 100)}%, ${dateFormat.format(last.finishedAt)}.` : ''}
      </p>
    </li>
  )
}
