import { InlineText } from '@/components/quiz/InlineText'
import type { Exercise } from '@/exercises/schema'
import { exerciseText } from './strings'
import styles from './exercise.module.css'

/**
 * Renders the exercise card's stand-in on the server: the same title, instructions,
 * goals and buttons as ExerciseCard before the student starts, so nothing
 * moves when the card replaces it. Until then the buttons are aria-disabled:
 * LazyMount repeats a press on them in the card.
 */
export function ExercisePlaceholder({ exercise }: { exercise: Exercise }) {
  const titleId = `exercise-${exercise.id}-title`

  return (
    <section className={styles.card} aria-labelledby={titleId} aria-busy="true" data-exercise={exercise.id}>
      <h3 id={titleId} className={styles.title}>
        {exerciseText.label}: {exercise.title}
      </h3>
      <p>
        <InlineText text={exercise.instructions} />
      </p>

      <p className={styles.subheading}>{exerciseText.goalsHeading}</p>
      <ul className={styles.goals}>
        {exercise.goals.map((goal) => (
          <li key={goal.description} className={styles.missing}>
            <span aria-hidden="true">✗</span> <span className={styles.visuallyHidden}>{exerciseText.goalMissing}: </span>
            <InlineText text={goal.description} />
          </li>
        ))}
      </ul>
      {exercise.goals.some((goal) => goal.needsTime) ? <p className={styles.muted}>{exerciseText.waitForClock}</p> : null}

      <div className={styles.actions}>
        <button type="button" className={styles.primary} aria-disabled="true">
          {exerciseText.start}
        </button>
        <button type="button" aria-disabled="true">
          {exerciseText.hint}
        </button>
        <button type="button" aria-disabled="true">
          {exerciseText.showSolution}
        </button>
      </div>

      <p role="status" className={styles.status}>
        {exerciseText.loading}
      </p>
    </section>
  )
}
