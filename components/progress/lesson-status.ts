import { PASS_THRESHOLD } from '@/exercises/quiz/draw'
import { attemptScore, type ProgressData } from '@/lib/progress/schema'

export type LessonStatus = 'not-started' | 'started' | 'completed'

/** Returns `completed` once the lesson's quiz is passed, `started` once a section was visited or the quiz tried. */
export function lessonStatus(progress: ProgressData, slug: string): LessonStatus {
  const quiz = progress.quizzes[slug]
  if (quiz?.best && attemptScore(quiz.best) >= PASS_THRESHOLD) return 'completed'

  const visited = Object.keys(progress.visited[slug] ?? {}).length
  return visited > 0 || (quiz?.attempts.length ?? 0) > 0 ? 'started' : 'not-started'
}

export const LESSON_STATUS_LABELS: Record<LessonStatus, string> = {
  'not-started': 'Da iniziare',
  started: 'In corso',
  completed: 'Completata ✓',
}
