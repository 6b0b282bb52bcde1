'use client'

import { useProgress, useProgressHydrated } from '@/lib/progress/hooks'
import { attemptScore } from '@/lib/progress/schema'
import { quizText } from './strings'
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
      <p>{quizText.rules(length, poolSize, threshold)}</p>
      <p data-testid="quiz-best">
        {!hydrated
          ? '–'
          : best
            ? `Miglior risultato: ${Math.round(attemptScore(best) * 100)}% (${best.correct} su ${best.total}), tentativi: ${attempts}.`
            : 'Non hai ancora svolto questa verifica.'}
      </p>
      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={onStart}>
          {quizText.start}
        </button>
      </div>
    </>
  )
}
