import { describe, expect, it } from 'vitest'
import { QUESTION_BANK, questionsFor } from '../../exercises/quiz/index'
import { LESSONS_WITH_QUESTIONS, loadLessonQuestions } from './lesson-questions'

const bankLessons = [...new Set(QUESTION_BANK.map((question) => question.lesson))]

describe('loadLessonQuestions', () => {
  it('has a loader for every lesson in the bank', () => {
    expect([...LESSONS_WITH_QUESTIONS].sort()).toEqual([...bankLessons].sort())
  })

  it.each(bankLessons)('returns the validated questions of %s', async (lesson) => {
    // Equal to the zod output, so the browser grades exactly what the build validated.
    expect(await loadLessonQuestions(lesson)).toEqual(questionsFor(lesson))
  })

  it('returns no questions for an unknown lesson', async () => {
    expect(await loadLessonQuestions('lezione-inesistente')).toEqual([])
  })

  it('returns the same promise on each call', () => {
    expect(loadLessonQuestions('health-check')).toBe(loadLessonQuestions('health-check'))
  })
})
