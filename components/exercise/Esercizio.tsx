import { findExercise } from '@/exercises'
import { ExercisePlaceholder } from './ExercisePlaceholder'
import { LazyExercise } from './LazyExercise'
import { exerciseText } from './strings'

export interface EsercizioProps {
  /** Id of an exercise in exercises/index.ts. */
  id: string
}

/**
 * Renders `<Esercizio id="…" />` in a lesson's MDX. It runs on the server, so
 * the page ships a placeholder instead of the card's code, and the card loads
 * when it comes near the viewport.
 */
export default function Esercizio({ id }: EsercizioProps) {
  const exercise = findExercise(id)
  if (!exercise) return <p role="alert">{exerciseText.unknownExercise(id)}</p>

  return <LazyExercise id={id} placeholder={<ExercisePlaceholder exercise={exercise} />} />
}
