'use client'

import { Quiz, type QuizProps } from './Quiz'

/** Renders the `<Quiz lezione="…" />` placed at the end of a lesson's MDX. */
export default function LessonQuiz({ lezione }: QuizProps) {
  return <Quiz lezione={lezione} />
}
