// Shapes of the saved progress. All times are epoch milliseconds.
// validate.ts checks saved and imported data against them.

export interface QuizAttempt {
  /** Random id, so two tabs can merge their attempt lists. */
  id: string
  lesson: string
  /** Seed of the draw, enough to rebuild the same quiz. */
  seed: number
  finishedAt: number
  correct: number
  total: number
  questionIds: string[]
  /** Ids of the questions answered wrongly. */
  missed: string[]
}

export interface QuizProgress {
  /** Most recent attempts, oldest first. */
  attempts: QuizAttempt[]
  /** Highest-scoring attempt, kept even when dropped from `attempts`. */
  best: QuizAttempt | null
}

export interface ExerciseProgress {
  done: boolean
  completedAt: number | null
  hintsUsed: number
  solutionRevealed: boolean
  /** Latest commands typed in the exercise, oldest first. */
  lastCommands: string[]
  updatedAt: number
}

export interface ProgressData {
  /** Changes on every reset or import, so tabs can tell stale data apart. */
  generation: string
  /** When this generation started; 0 for progress never reset. */
  resetAt: number
  /** Lesson slug → heading id → time of the first visit. */
  visited: Record<string, Record<string, number>>
  /** Lesson slug → quiz attempts. */
  quizzes: Record<string, QuizProgress>
  /** Exercise id → progress. */
  exercises: Record<string, ExerciseProgress>
}

/** localStorage key of the saved progress. */
export const STORAGE_KEY = 'container-sicuri:progress'

/** Generation of progress that has never been reset or imported. */
export const INITIAL_GENERATION = 'initial'

export function emptyProgress(generation = INITIAL_GENERATION, resetAt = 0): ProgressData {
  return { generation, resetAt, visited: {}, quizzes: {}, exercises: {} }
}

export function attemptScore(attempt: QuizAttempt): number {
  return attempt.correct / attempt.total
}
