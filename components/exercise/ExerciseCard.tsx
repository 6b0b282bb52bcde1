'use client'

import { useId, useState } from 'react'
import { InlineText } from '@/components/quiz/InlineText'
import { findExercise } from '@/exercises'
import type { Exercise } from '@/exercises/schema'
import { useProgress, useProgressHydrated } from '@/lib/progress/hooks'
import { progressStore } from '@/lib/progress/client'
import { exerciseText } from './strings'
import { useExerciseSession } from './use-exercise-session'
import styles from './exercise.module.css'

export interface InteractiveExerciseProps {
  /** Id of an exercise in exercises/index.ts. */
  id: string
}

/** Renders the exercise card with its lab session. Esercizio.tsx loads it lazily. */
export default function InteractiveExercise({ id }: InteractiveExerciseProps) {
  const exercise = findExercise(id)
  if (!exercise) return <p role="alert">{exerciseText.unknownExercise(id)}</p>
  return <ExerciseCard exercise={exercise} />
}

function ExerciseCard({ exercise }: { exercise: Exercise }) {
  const session = useExerciseSession(exercise)
  const [hintsOpened, setHintsOpened] = useState(0)
  const [solutionOpened, setSolutionOpened] = useState(false)
  const [notice, setNotice] = useState('')
  const headingId = useId()
  useProgressHydrated()
  const saved = useProgress((state) => state.exercises[exercise.id])
  const doneBefore = saved?.done ?? false

  // Hints and the solution seen before a reload stay visible.
  const hintsShown = Math.min(exercise.hints.length, Math.max(hintsOpened, saved?.hintsUsed ?? 0))
  const solutionShown = solutionOpened || (saved?.solutionRevealed ?? false)

  const showHint = () => {
    setHintsOpened(hintsShown + 1)
    progressStore.getState().updateExercise(exercise.id, { kind: 'hint' })
  }

  const showSolution = () => {
    setSolutionOpened(true)
    progressStore.getState().updateExercise(exercise.id, { kind: 'solution' })
  }

  const start = async () => {
    await session.start()
    setNotice(exerciseText.started)
  }

  const undo = async () => {
    const undone = await session.undo()
    if (undone !== undefined) setNotice(exerciseText.undone(undone))
  }

  const reset = async () => {
    await session.reset()
    setNotice(exerciseText.restarted)
  }

  const running = session.status === 'active'
  const status = statusMessage(session.status, session.complete, notice)

  return (
    <section className={styles.card} aria-labelledby={headingId} data-exercise={exercise.id}>
      <h3 id={headingId} className={styles.title}>
        {exerciseText.label}: {exercise.title}
      </h3>
      {doneBefore ? <p className={styles.done}>{exerciseText.completedBefore}</p> : null}
      <p>
        <InlineText text={exercise.instructions} />
      </p>

      <GoalList exercise={exercise} results={session.goals} />
      {exercise.goals.some((goal) => goal.needsTime) ? <p className={styles.muted}>{exerciseText.waitForClock}</p> : null}

      <div className={styles.actions}>
        {running ? (
          <>
            <button type="button" onClick={() => void undo()} disabled={session.commands.length === 0}>
              {exerciseText.undo}
            </button>
            <button type="button" onClick={() => void reset()}>
              {exerciseText.reset}
            </button>
            <button type="button" onClick={scrollToLab}>
              {exerciseText.goToLab}
            </button>
          </>
        ) : (
          <button type="button" className={styles.primary} onClick={() => void start()} disabled={session.status === 'preparing'}>
            {exerciseText.start}
          </button>
        )}
        <button type="button" onClick={showHint} disabled={hintsShown >= exercise.hints.length}>
          {hintsShown >= exercise.hints.length ? exerciseText.noMoreHints : exerciseText.hint}
        </button>
        <button type="button" onClick={showSolution} disabled={solutionShown}>
          {exerciseText.showSolution}
        </button>
      </div>

      <p role="status" className={session.complete ? styles.success : styles.status}>
        {status}
      </p>

      <HintList exercise={exercise} count={hintsShown} />
      {solutionShown ? <SolutionBeside exercise={exercise} commands={session.commands} /> : null}
    </section>
  )
}

function statusMessage(status: string, complete: boolean, notice: string): string {
  if (complete) return exerciseText.completed
  if (status === 'preparing') return exerciseText.preparing
  if (status === 'failed') return exerciseText.prepareFailed
  if (status === 'idle' && notice !== '') return exerciseText.otherExerciseActive
  return status === 'active' ? notice : ''
}

function GoalList({ exercise, results }: { exercise: Exercise; results: { ok: boolean; missing?: string }[] }) {
  return (
    <>
      <p className={styles.subheading}>{exerciseText.goalsHeading}</p>
      <ul className={styles.goals}>
        {exercise.goals.map((goal, index) => {
          const result = results[index]
          const met = result?.ok === true
          return (
            <li key={goal.description} className={met ? styles.met : styles.missing} data-goal-met={met}>
              <span aria-hidden="true">{met ? '✓' : '✗'}</span>{' '}
              <span className={styles.visuallyHidden}>{met ? exerciseText.goalMet : exerciseText.goalMissing}: </span>
              <InlineText text={goal.description} />
              {result && !result.ok && result.missing ? (
                <span className={styles.missingText}>
                  {' '}
                  <InlineText text={result.missing} />
                </span>
              ) : null}
            </li>
          )
        })}
      </ul>
    </>
  )
}

function HintList({ exercise, count }: { exercise: Exercise; count: number }) {
  if (count === 0) return null

  return (
    <>
      <p className={styles.subheading}>{exerciseText.hintsHeading}</p>
      <ol className={styles.hints}>
        {exercise.hints.slice(0, count).map((hint) => (
          <li key={hint.text}>
            <InlineText text={hint.text} />
            {hint.command ? <pre className={styles.command}>{hint.command}</pre> : null}
          </li>
        ))}
      </ol>
    </>
  )
}

function SolutionBeside({ exercise, commands }: { exercise: Exercise; commands: string[] }) {
  return (
    <div className={styles.compare}>
      <div>
        <p className={styles.subheading}>{exerciseText.solutionHeading}</p>
        <pre className={styles.command}>{exercise.solution.join('\n')}</pre>
      </div>
      <div>
        <p className={styles.subheading}>{exerciseText.yourCommandsHeading}</p>
        {commands.length > 0 ? <pre className={styles.command}>{commands.join('\n')}</pre> : <p className={styles.muted}>{exerciseText.noCommands}</p>}
      </div>
    </div>
  )
}

/** Brings the lab into view and moves keyboard focus into its terminal, or to its start button. */
function scrollToLab(): void {
  const card = document.querySelector<HTMLElement>('[data-lab-card]')
  if (!card) return

  card.scrollIntoView({ block: 'start' })
  const target = card.querySelector<HTMLElement>('.xterm-helper-textarea') ?? card.querySelector<HTMLElement>('button')
  target?.focus({ preventScroll: true })
}
