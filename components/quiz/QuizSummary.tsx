'use client'

import type { AttemptScore } from '@/exercises/quiz/grade'
import styles from './quiz.module.css'

interface QuizSummaryProps {
  score: AttemptScore
  onRetry: () => void
}

/** Result of the attempt, announced to screen readers when it appears. */
export function QuizSummary({ score, onRetry }: QuizSummaryProps) {
  const percent = Math.round(score.score * 100)

  return (
    <div role="status" className={styles.summary} data-testid="quiz-summary">
      <p>
        <strong className={score.passed ? styles.right : styles.wrong}>
          {score.passed ? 'Verifica superata!' : 'Verifica non superata.'}
        </strong>{' '}
        Hai risposto correttamente a {score.correct} domande su {score.total} ({percent}%).
        {score.passed ? '' : ' Ripassa le sezioni indicate sotto le risposte sbagliate e riprova.'}
      </p>
      <button type="button" className={styles.secondary} onClick={onRetry}>
        Riprova con nuove domande
      </button>
    </div>
  )
}
