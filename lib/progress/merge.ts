import {
  attemptScore,
  type ExerciseProgress,
  type ProgressData,
  type QuizAttempt,
  type QuizProgress,
} from './schema'

/** Attempts kept per lesson. The best attempt is kept separately, so it survives the cap. */
export const MAX_ATTEMPTS_PER_LESSON = 50

/** Commands kept per exercise. */
export const MAX_LAST_COMMANDS = 20

/**
 * Merges the progress of two tabs (or of a tab and an imported file).
 *
 * Within one generation visited sections and attempts are united and the best
 * score is the maximum. Only attempts beyond MAX_ATTEMPTS_PER_LESSON are
 * dropped, oldest first. When the generations differ, one side was reset, so
 * the side with the later `resetAt` wins whole. The result does not depend on
 * argument order (the merge tests check this with fast-check).
 */
export function mergeProgress(left: ProgressData, right: ProgressData): ProgressData {
  if (left.generation !== right.generation) return newerGeneration(left, right)

  return {
    generation: left.generation,
    resetAt: Math.max(left.resetAt, right.resetAt),
    visited: mergeRecords(left.visited, right.visited, mergeVisitedSections),
    quizzes: mergeRecords(left.quizzes, right.quizzes, mergeQuizProgress),
    exercises: mergeRecords(left.exercises, right.exercises, mergeExerciseProgress),
  }
}

function newerGeneration(left: ProgressData, right: ProgressData): ProgressData {
  if (left.resetAt !== right.resetAt) return left.resetAt > right.resetAt ? left : right

  // Two resets in the same millisecond: pick one deterministically.
  return left.generation > right.generation ? left : right
}

function mergeRecords<T>(left: Record<string, T>, right: Record<string, T>, mergeValues: (a: T, b: T) => T) {
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()
  const merged: Record<string, T> = {}

  for (const key of keys) {
    const a = left[key]
    const b = right[key]
    merged[key] = a !== undefined && b !== undefined ? mergeValues(a, b) : ((a ?? b) as T)
  }

  return merged
}

function mergeVisitedSections(left: Record<string, number>, right: Record<string, number>) {
  return mergeRecords(left, right, Math.min)
}

export function mergeQuizProgress(left: QuizProgress, right: QuizProgress): QuizProgress {
  const byId = new Map<string, QuizAttempt>()
  for (const attempt of [...left.attempts, ...right.attempts]) byId.set(attempt.id, attempt)

  const attempts = [...byId.values()].sort(compareAttempts).slice(-MAX_ATTEMPTS_PER_LESSON)
  const candidates = [left.best, right.best, ...attempts].filter((attempt) => attempt !== null)

  return { attempts, best: candidates.reduce<QuizAttempt | null>(betterAttempt, null) }
}

function compareAttempts(a: QuizAttempt, b: QuizAttempt): number {
  return a.finishedAt - b.finishedAt || compareText(a.id, b.id)
}

/** Returns the higher-scoring attempt, or the earlier one on a tie. */
export function betterAttempt(current: QuizAttempt | null, candidate: QuizAttempt): QuizAttempt {
  if (!current) return candidate

  const difference = attemptScore(candidate) - attemptScore(current)
  if (difference !== 0) return difference > 0 ? candidate : current
  return compareAttempts(candidate, current) < 0 ? candidate : current
}

export function mergeExerciseProgress(left: ExerciseProgress, right: ExerciseProgress): ExerciseProgress {
  const newer = newerExercise(left, right)
  const completedTimes = [left.completedAt, right.completedAt].filter((time) => time !== null)

  return {
    done: left.done || right.done,
    completedAt: completedTimes.length > 0 ? Math.min(...completedTimes) : null,
    hintsUsed: Math.max(left.hintsUsed, right.hintsUsed),
    solutionRevealed: left.solutionRevealed || right.solutionRevealed,
    lastCommands: newer.lastCommands.slice(-MAX_LAST_COMMANDS),
    updatedAt: Math.max(left.updatedAt, right.updatedAt),
  }
}

function newerExercise(left: ExerciseProgress, right: ExerciseProgress): ExerciseProgress {
  if (left.updatedAt !== right.updatedAt) return right.updatedAt > left.updatedAt ? right : left
  return JSON.stringify(right.lastCommands) > JSON.stringify(left.lastCommands) ? right : left
}

function compareText(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

/** Serialises with sorted keys, so equal progress always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const entries = Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => compareText(a, b))
    return Object.fromEntries(entries)
  })
}

/**
 * Unites imported progress with the current one, whatever their generations,
 * so an import keeps what this browser already saved. Only attempts beyond
 * MAX_ATTEMPTS_PER_LESSON per lesson are dropped, oldest first.
 */
export function uniteWithImport(current: ProgressData, imported: ProgressData): ProgressData {
  return mergeProgress(current, { ...imported, generation: current.generation, resetAt: current.resetAt })
}
