import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson, MAX_ATTEMPTS_PER_LESSON, mergeProgress, mergeQuizProgress } from './merge'
import { emptyProgress, type ProgressData, type QuizAttempt } from './schema'

const attemptArbitrary = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  lesson: fc.constant('apptainer'),
  seed: fc.nat(),
  finishedAt: fc.nat({ max: 1000 }),
  correct: fc.nat({ max: 8 }),
  total: fc.constant(8),
  questionIds: fc.constant<string[]>([]),
  missed: fc.constant<string[]>([]),
})

const progressArbitrary: fc.Arbitrary<ProgressData> = fc.record({
  generation: fc.constantFrom('a', 'b'),
  resetAt: fc.nat({ max: 3 }),
  visited: fc.dictionary(fc.constantFrom('apptainer', 'health-check'), fc.dictionary(fc.string({ maxLength: 3 }), fc.nat())),
  quizzes: fc.dictionary(
    fc.constantFrom('apptainer'),
    fc.record({ attempts: fc.uniqueArray(attemptArbitrary, { selector: (item) => item.id, maxLength: 4 }), best: fc.constant<QuizAttempt | null>(null) }),
  ),
  exercises: fc.constant<ProgressData['exercises']>({}),
})

function attempt(id: string, correct: number, finishedAt: number): QuizAttempt {
  return { id, lesson: 'apptainer', seed: 0, finishedAt, correct, total: 8, questionIds: [], missed: [] }
}

describe('mergeProgress', () => {
  it('does not depend on argument order', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (left, right) => {
        // Attempts with one id but different content cannot happen in practice.
        fc.pre(!sharesAttemptIds(left, right))
        expect(canonicalJson(mergeProgress(left, right))).toBe(canonicalJson(mergeProgress(right, left)))
      }),
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        const once = mergeProgress(progress, progress)
        expect(canonicalJson(mergeProgress(once, progress))).toBe(canonicalJson(once))
      }),
    )
  })

  it('keeps the earliest visit time', () => {
    const left = { ...emptyProgress(), visited: { apptainer: { quayio: 30 } } }
    const right = { ...emptyProgress(), visited: { apptainer: { quayio: 10, riepilogo: 20 } } }

    expect(mergeProgress(left, right).visited).toEqual({ apptainer: { quayio: 10, riepilogo: 20 } })
  })

  it('takes the later generation whole', () => {
    const old = { ...emptyProgress('initial', 0), visited: { apptainer: { quayio: 10 } } }
    const reset = emptyProgress('after-reset', 500)

    expect(mergeProgress(old, reset)).toEqual(reset)
    expect(mergeProgress(reset, old)).toEqual(reset)
  })
})

describe('mergeQuizProgress', () => {
  it('keeps the best attempt after it leaves the list', () => {
    const best = attempt('best', 8, 0)
    const later = Array.from({ length: MAX_ATTEMPTS_PER_LESSON }, (_, index) => attempt(`later-${index}`, 3, index + 1))

    const merged = mergeQuizProgress({ attempts: [best], best }, { attempts: later, best: later[0] ?? null })

    expect(merged.attempts).toHaveLength(MAX_ATTEMPTS_PER_LESSON)
    expect(merged.attempts.some((item) => item.id === 'best')).toBe(false)
    expect(merged.best?.id).toBe('best')
  })

  it('prefers the earlier attempt on equal scores', () => {
    const first = attempt('first', 7, 10)
    const second = attempt('second', 7, 20)

    expect(mergeQuizProgress({ attempts: [second], best: second }, { attempts: [first], best: first }).best?.id).toBe('first')
  })
})

function sharesAttemptIds(left: ProgressData, right: ProgressData): boolean {
  const ids = (progress: ProgressData) => Object.values(progress.quizzes).flatMap((quiz) => quiz.attempts.map((item) => item.id))
  const leftIds = new Set(ids(left))
  return ids(right).some((id) => leftIds.has(id))
}
