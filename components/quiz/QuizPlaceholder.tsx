import { PASS_THRESHOLD, QUIZ_LENGTH } from '@/exercises/quiz/draw'
import { quizText } from './strings'
import styles from './quiz.module.css'

interface QuizPlaceholderProps {
  lesson: string
  poolSize: number
}

/**
 * Renders the quiz's first screen on the server: the same title, rules and
 * button as QuizIntro, so nothing moves when the quiz replaces it. Until then
 * the button is aria-disabled: LazyMount repeats a press on it in the quiz.
 */
export function QuizPlaceholder({ lesson, poolSize }: QuizPlaceholderProps) {
  const titleId = `quiz-${lesson}-title`

  return (
    <section className={styles.quiz} aria-labelledby={titleId} aria-busy="true" data-quiz={lesson}>
      <h3 id={titleId}>{quizText.title}</h3>
      <p>{quizText.rules(Math.min(QUIZ_LENGTH, poolSize), poolSize, PASS_THRESHOLD)}</p>
      <p role="status">{quizText.loading}</p>
      <div className={styles.actions}>
        <button type="button" className={styles.button} aria-disabled="true">
          {quizText.start}
        </button>
      </div>
    </section>
  )
}
