'use client'

import { useProgress, useProgressHydrated } from '@/lib/progress/hooks'
import { attemptScore } from '@/lib/progress/schema'
import styles from './quiz.module.css'

interface QuizIntroProps {
  lesson: string
  poolSize: number
  length: number
  threshold: number
  onStart: () => void
}

export function QuizIntro({ lesson, poolSize, length, threshold, onStart }: QuizIntroProps) {
  const hydrated = useProgressHydrated()
  const best = useProgress((state) => state.quizzes[lesson]?.best ?? null)
  const attempts = useProgress((state) => state.quizzes[lesson]?.attempts.length ?? 0)

  return (
    <>
      <p>
        {length} domande estratte a caso da {poolSize}. Per superare la verifica serve almeno il{' '}
        {Math.round(threshold * 100)}% di risposte corrette. Puoi riprovare quante volte vuoi, con domande nuove.
      </p>
      <p data-testid="quiz-best">
        {!hydrated
          ? '–'
          : best
            ? `Miglior risultato: ${Math.round(attemptScore(best) * 100)}% (${best.correct} su ${best.total}), tentativi: ${attempts}.`
            : 'Non hai ancora svolto questa verifica.'}
      </p>
      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={onStart}>
          Inizia la verifica
        </button>
      </div>
    </>
  )
}
