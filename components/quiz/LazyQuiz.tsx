'use client'

import { lazy, type ReactNode } from 'react'
import { LazyMount } from '@/components/lesson/LazyMount'

// The quiz, its grader (with the docker flag tables) and the lesson's
// questions load only when the quiz comes near the viewport.
const Quiz = lazy(() => import('./Quiz').then((module) => ({ default: module.Quiz })))

interface LazyQuizProps {
  lezione: string
  placeholder: ReactNode
}

export function LazyQuiz({ lezione, placeholder }: LazyQuizProps) {
  return (
    <LazyMount placeholder={placeholder}>
      <Quiz lezione={lezione} />
    </LazyMount>
  )
}
