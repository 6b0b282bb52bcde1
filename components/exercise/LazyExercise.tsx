'use client'

import { lazy, type ReactNode } from 'react'
import { LazyMount } from '@/components/lesson/LazyMount'

// The card, every exercise's goal checks and the recording engine load only
// when the exercise comes near the viewport.
const InteractiveExercise = lazy(() => import('./ExerciseCard'))

interface LazyExerciseProps {
  id: string
  placeholder: ReactNode
}

export function LazyExercise({ id, placeholder }: LazyExerciseProps) {
  return (
    <LazyMount placeholder={placeholder}>
      <InteractiveExercise id={id} />
    </LazyMount>
  )
}
