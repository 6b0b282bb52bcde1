import { describe, expect, it } from 'vitest'
import { emptyProgress, type ExerciseProgress, type ProgressData, type QuizAttempt } from './schema'
import { parseProgressData } from './validate'

const attempt: QuizAttempt = {
  id: 'a1',
  lesson: 'health-check',
  seed: 42,
  finishedAt: 1000,
  correct: 7,
  total: 8,
  questionIds: ['q1', 'q2'],
  missed: ['q2'],
}

const exercise: ExerciseProgress = {
  done: true,
  completedAt: 2000,
  hintsUsed: 1,
  solutionRevealed: false,
  lastCommands: ['docker ps'],
  updatedAt: 2000,
}

const full: ProgressData = {
  generation: 'initial',
  resetAt: 0,
  visited: { 'health-check': { riepilogo: 500 } },
  quizzes: { 'health-check': { attempts: [attempt], best: attempt } },
  exercises: { 'hc-nginx-curl': exercise },
}

function withChange(change: (data: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(full) as unknown as Record<string, unknown>
  change(copy)
  return copy
}

describe('parseProgressData', () => {
  it('accepts complete progress', () => {
    expect(parseProgressData(full)).toEqual({ ok: true, data: full })
  })

  it('accepts empty progress', () => {
    expect(parseProgressData(emptyProgress())).toEqual({ ok: true, data: emptyProgress() })
  })

  it('accepts a null best attempt and completedAt', () => {
    const data = withChange((copy) => {
      ;(copy.quizzes as Record<string, { best: unknown }>)['health-check']!.best = null
      ;(copy.exercises as Record<string, { completedAt: unknown }>)['hc-nginx-curl']!.completedAt = null
    })

    expect(parseProgressData(data).ok).toBe(true)
  })

  it('drops unknown fields', () => {
    const data = withChange((copy) => {
      copy.theme = 'dark'
      ;(copy.exercises as Record<string, Record<string, unknown>>)['hc-nginx-curl']!.note = 'x'
    })

    expect(parseProgressData(data)).toEqual({ ok: true, data: full })
  })

  it('keeps a "__proto__" key as a plain key', () => {
    const data = JSON.parse('{"generation":"g","resetAt":0,"visited":{"__proto__":{"a":1}},"quizzes":{},"exercises":{}}')

    const result = parseProgressData(data)

    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(Object.getPrototypeOf(result.data.visited)).toBe(Object.prototype)
    expect(Object.keys(result.data.visited)).toEqual(['__proto__'])
  })

  it.each([
    ['a non-object root', () => 'progress', '(root): expected an object'],
    ['an array root', () => [], '(root): expected an object'],
    ['an empty generation', () => withChange((copy) => (copy.generation = '')), 'generation: expected at least 1 character(s)'],
    ['a negative resetAt', () => withChange((copy) => (copy.resetAt = -1)), 'resetAt: expected an integer of at least 0'],
    ['a text visit time', () => withChange((copy) => (copy.visited = { x: { y: 'ieri' } })), 'visited.x.y: expected an integer'],
    ['a fractional visit time', () => withChange((copy) => (copy.visited = { x: { y: 1.5 } })), 'visited.x.y: expected an integer'],
    ['visited as a string', () => withChange((copy) => (copy.visited = 'tutto')), 'visited: expected an object'],
    [
      'an attempt with zero questions',
      () => withChange((copy) => (copy.quizzes = { l: { attempts: [{ ...attempt, total: 0 }], best: null } })),
      'quizzes.l.attempts.0.total: expected an integer of at least 1',
    ],
    [
      'a missing best attempt',
      () => withChange((copy) => (copy.quizzes = { l: { attempts: [] } })),
      'quizzes.l.best: expected an object',
    ],
    [
      'a numeric question id',
      () => withChange((copy) => (copy.quizzes = { l: { attempts: [{ ...attempt, missed: [3] }], best: null } })),
      'quizzes.l.attempts.0.missed.0: expected a string',
    ],
    [
      'a text done flag',
      () => withChange((copy) => (copy.exercises = { e: { ...exercise, done: 'sì' } })),
      'exercises.e.done: expected a boolean',
    ],
    [
      'commands that are not a list',
      () => withChange((copy) => (copy.exercises = { e: { ...exercise, lastCommands: 'docker ps' } })),
      'exercises.e.lastCommands: expected an array',
    ],
  ])('rejects %s', (_case, build, message) => {
    expect(parseProgressData(build())).toEqual({ ok: false, message })
  })
})
