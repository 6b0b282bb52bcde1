import { z } from '../zod'

// Shapes of the saved progress. All times are epoch milliseconds.

const epochMs = z.number().int().nonnegative()

export const quizAttemptSchema = z.object({
  id: z.string().min(1).describe('Random id, so two tabs can merge their attempt lists'),
  lesson: z.string().min(1),
  seed: z.number().int().nonnegative().describe('Seed of the draw, enough to rebuild the same quiz'),
  finishedAt: epochMs,
  correct: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  questionIds: z.array(z.string()),
  missed: z.array(z.string()).describe('Ids of the questions answered wrongly'),
})

export const quizProgressSchema = z.object({
  attempts: z.array(quizAttemptSchema).describe('Most recent attempts, oldest first'),
  best: quizAttemptSchema.nullable().describe('Highest-scoring attempt, kept even when dropped from attempts'),
})

export const exerciseProgressSchema = z.object({
  done: z.boolean(),
  completedAt: epochMs.nullable(),
  hintsUsed: z.number().int().nonnegative(),
  solutionRevealed: z.boolean(),
  lastCommands: z.array(z.string()).describe('Latest commands typed in the exercise, oldest first'),
  updatedAt: epochMs,
})

export const progressDataSchema = z.object({
  generation: z.string().min(1).describe('Changes on every reset or import, so tabs can tell stale data apart'),
  resetAt: epochMs.describe('When this generation started; 0 for progress never reset'),
  visited: z
    .record(z.string(), z.record(z.string(), epochMs))
    .describe('Lesson slug → heading id → time of the first visit'),
  quizzes: z.record(z.string(), quizProgressSchema).describe('Lesson slug → quiz attempts'),
  exercises: z.record(z.string(), exerciseProgressSchema).describe('Exercise id → progress'),
})

export type QuizAttempt = z.infer<typeof quizAttemptSchema>
export type QuizProgress = z.infer<typeof quizProgressSchema>
export type ExerciseProgress = z.infer<typeof exerciseProgressSchema>
export type ProgressData = z.infer<typeof progressDataSchema>

/** Generation of progress that has never been reset or imported. */
export const INITIAL_GENERATION = 'initial'

export function emptyProgress(generation = INITIAL_GENERATION, resetAt = 0): ProgressData {
  return { generation, resetAt, visited: {}, quizzes: {}, exercises: {} }
}

export function attemptScore(attempt: QuizAttempt): number {
  return attempt.correct / attempt.total
}
