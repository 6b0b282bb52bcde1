'use client'

import { ProgressBanner } from '@/components/progress/ProgressBanner'
import { SectionVisitTracker } from '@/components/progress/SectionVisitTracker'
import { Quiz, type QuizProps } from './Quiz'

/**
 * Renders the `<Quiz lezione="…" />` of the lesson MDX. It also tracks the
 * sections the student scrolls through and shows the progress banner, because
 * it is the one progress component every lesson page contains.
 */
export default function LessonQuiz({ lezione }: QuizProps) {
  return (
    <>
      <SectionVisitTracker slug={lezione} />
      <ProgressBanner floating />
      <Quiz lezione={lezione} />
    </>
  )
}
