import { describe, expect, it } from 'vitest'
import { LESSONS } from '../../lib/lessons/catalog'
import { QUESTION_BANK, QUESTION_INPUTS, questionsFor } from './index'
import { questionSchema } from './schema'

describe('question bank', () => {
  it('validates every question against the schema', () => {
    for (const input of QUESTION_INPUTS) {
      const result = questionSchema.safeParse(input)
      expect(result.success, `${String(input.id)}: ${result.error?.message ?? ''}`).toBe(true)
    }
  })

  it('has unique question ids', () => {
    const ids = QUESTION_BANK.map((question) => question.id)
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index)
    expect(duplicates).toEqual([])
  })

  it('has at least 60 questions', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(60)
  })

  it.each(LESSONS.map((lesson) => lesson.slug))('has at least 10 questions for %s', (slug) => {
    expect(questionsFor(slug).length).toBeGreaterThanOrEqual(10)
  })

  it('has exactly one correct option in single-choice questions', () => {
    for (const question of QUESTION_BANK) {
      if (question.type !== 'single') continue
      const correct = question.options.filter((option) => option.correct)
      expect(correct.length, question.id).toBe(1)
    }
  })

  it('has correct and wrong options in multiple-choice questions', () => {
    for (const question of QUESTION_BANK) {
      if (question.type !== 'multiple') continue
      expect(question.options.some((option) => option.correct), question.id).toBe(true)
      expect(question.options.some((option) => !option.correct), question.id).toBe(true)
    }
  })

  it('has unique option ids within a question', () => {
    for (const question of QUESTION_BANK) {
      if (question.type !== 'single' && question.type !== 'multiple') continue
      const ids = question.options.map((option) => option.id)
      expect(new Set(ids).size, question.id).toBe(ids.length)
    }
  })

  it('has no catch-all options', () => {
    const catchAll = /tutte le precedenti|nessuna delle precedenti|tutte le risposte/i
    for (const question of QUESTION_BANK) {
      if (question.type !== 'single' && question.type !== 'multiple') continue
      for (const option of question.options) expect(option.text, question.id).not.toMatch(catchAll)
    }
  })

  it('keeps the correct option close to the distractors in length', () => {
    // A right answer much longer than the others gives itself away.
    for (const question of QUESTION_BANK) {
      if (question.type !== 'single') continue
      const correct = question.options.find((option) => option.correct)?.text.length ?? 0
      const others = question.options.filter((option) => !option.correct).map((option) => option.text.length)
      const longestOther = Math.max(...others)
      expect(correct, question.id).toBeLessThanOrEqual(Math.round(longestOther * 1.5))
    }
  })

  it('has distinct lines in order questions', () => {
    for (const question of QUESTION_BANK) {
      if (question.type !== 'order') continue
      const texts = question.lines.map((line) => line.text)
      expect(new Set(texts).size, question.id).toBe(texts.length)
    }
  })
})
