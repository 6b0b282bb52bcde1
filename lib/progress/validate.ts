import type { ExerciseProgress, ProgressData, QuizAttempt, QuizProgress } from './schema'

// Validation of saved and imported progress, written by hand without zod:
// zod's classic API was about 90 kB gzip of every page's first-view
// JavaScript (gzip -9 of the chunk, attributed with source maps, December 2026).

export type ParseResult<T> = { ok: true; data: T } | { ok: false; message: string }

/** Thrown inside the validators and turned into a ParseResult by `parseProgressData`. */
class ShapeError extends Error {}

/**
 * Validates saved or imported progress. The result is a fresh object that
 * keeps only the known fields, so unknown keys in old or edited data are
 * dropped. On failure `message` names the path of the first invalid value,
 * e.g. `visited.apptainer.riepilogo: expected a non-negative integer`.
 */
export function parseProgressData(value: unknown): ParseResult<ProgressData> {
  try {
    return { ok: true, data: readProgressData(value, '') }
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, message: error.message }
    throw error
  }
}

function readProgressData(value: unknown, path: string): ProgressData {
  const object = readObject(value, path)

  return {
    generation: readString(object.generation, join(path, 'generation'), 1),
    resetAt: readInteger(object.resetAt, join(path, 'resetAt'), 0),
    visited: readRecord(object.visited, join(path, 'visited'), (sections, sectionsPath) =>
      readRecord(sections, sectionsPath, (time, timePath) => readInteger(time, timePath, 0)),
    ),
    quizzes: readRecord(object.quizzes, join(path, 'quizzes'), readQuizProgress),
    exercises: readRecord(object.exercises, join(path, 'exercises'), readExerciseProgress),
  }
}

function readQuizProgress(value: unknown, path: string): QuizProgress {
  const object = readObject(value, path)
  const best = object.best === null ? null : readQuizAttempt(object.best, join(path, 'best'))

  return { attempts: readArray(object.attempts, join(path, 'attempts'), readQuizAttempt), best }
}

function readQuizAttempt(value: unknown, path: string): QuizAttempt {
  const object = readObject(value, path)

  return {
    id: readString(object.id, join(path, 'id'), 1),
    lesson: readString(object.lesson, join(path, 'lesson'), 1),
    seed: readInteger(object.seed, join(path, 'seed'), 0),
    finishedAt: readInteger(object.finishedAt, join(path, 'finishedAt'), 0),
    correct: readInteger(object.correct, join(path, 'correct'), 0),
    total: readInteger(object.total, join(path, 'total'), 1),
    questionIds: readArray(object.questionIds, join(path, 'questionIds'), (id, idPath) => readString(id, idPath, 0)),
    missed: readArray(object.missed, join(path, 'missed'), (id, idPath) => readString(id, idPath, 0)),
  }
}

function readExerciseProgress(value: unknown, path: string): ExerciseProgress {
  const object = readObject(value, path)
  const completedAt = object.completedAt === null ? null : readInteger(object.completedAt, join(path, 'completedAt'), 0)

  return {
    done: readBoolean(object.done, join(path, 'done')),
    completedAt,
    hintsUsed: readInteger(object.hintsUsed, join(path, 'hintsUsed'), 0),
    solutionRevealed: readBoolean(object.solutionRevealed, join(path, 'solutionRevealed')),
    lastCommands: readArray(object.lastCommands, join(path, 'lastCommands'), (command, commandPath) =>
      readString(command, commandPath, 0),
    ),
    updatedAt: readInteger(object.updatedAt, join(path, 'updatedAt'), 0),
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

function fail(path: string, expected: string): never {
  throw new ShapeError(`${path || '(root)'}: expected ${expected}`)
}

function readObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object')
  return value as Record<string, unknown>
}

function readString(value: unknown, path: string, minLength: number): string {
  if (typeof value !== 'string') fail(path, 'a string')
  if (value.length < minLength) fail(path, `at least ${minLength} character(s)`)
  return value
}

function readInteger(value: unknown, path: string, minimum: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(path, 'an integer')
  if (value < minimum) fail(path, `an integer of at least ${minimum}`)
  return value
}

function readBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'a boolean')
  return value
}

function readArray<T>(value: unknown, path: string, readItem: (item: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'an array')
  return value.map((item, index) => readItem(item, join(path, String(index))))
}

function readRecord<T>(value: unknown, path: string, readEntry: (entry: unknown, path: string) => T): Record<string, T> {
  const object = readObject(value, path)

  // fromEntries defines own properties, so a saved key such as "__proto__"
  // stays a plain key instead of replacing the record's prototype.
  return Object.fromEntries(Object.entries(object).map(([key, entry]) => [key, readEntry(entry, join(path, key))]))
}
