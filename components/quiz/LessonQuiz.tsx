import { questionsFor } from '@/exercises/quiz/index'
import type { QuizProps } from './Quiz'
import { LazyQuiz } from './LazyQuiz'
import { QuizPlaceholder } from './QuizPlaceholder'

/**
 * Renders the `<Quiz lezione="…" />` placed at the end of a lesson's MDX. It
 * runs on the server only: importing the bank there validates every question
 * with zod, so a malformed question fails `next build` with its id, while the
 * browser downloads only this lesson's questions.
 */
export default function LessonQuiz({ lezione }: QuizProps) {
  const poolSize = questionsFor(lezione).length
  if (poolSize === 0) return null

  return <LazyQuiz lezione={lezione} placeholder={<QuizPlaceholder lesson={lezione} poolSize={poolSize} />} />
}
