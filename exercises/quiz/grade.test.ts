import { describe, expect, it } from 'vitest'
import { gradeQuestion, isAnswered, scoreAttempt, type QuestionResult } from './grade'
import { findQuestion } from './index'
import type { Answer, Question } from './schema'

function question(id: string): Question {
  const found = findQuestion(id)
  if (!found) throw new Error(`no question ${id}`)
  return found
}

describe('gradeQuestion', () => {
  it('accepts the correct single choice', () => {
    expect(gradeQuestion(question('hc-defaults'), { type: 'single', optionId: 'a' })).toEqual({
      questionId: 'hc-defaults',
      correct: true,
      problems: [],
    })
  })

  it('rejects a wrong single choice', () => {
    expect(gradeQuestion(question('hc-defaults'), { type: 'single', optionId: 'b' }).problems).toEqual(['Risposta sbagliata.'])
  })

  it('requires every correct option in a multiple choice', () => {
    expect(gradeQuestion(question('hc-where-configured'), { type: 'multiple', optionIds: ['a', 'b'] }).problems).toEqual([
      'Manca una risposta corretta.',
    ])
  })

  it('rejects a wrong option in a multiple choice', () => {
    expect(gradeQuestion(question('hc-where-configured'), { type: 'multiple', optionIds: ['a', 'b', 'c', 'd'] }).problems).toEqual([
      'Hai scelto una risposta sbagliata.',
    ])
  })

  it('accepts the exact set in a multiple choice, in any order', () => {
    expect(gradeQuestion(question('hc-where-configured'), { type: 'multiple', optionIds: ['c', 'a', 'b'] }).correct).toBe(true)
  })

  it('grades true/false', () => {
    expect(gradeQuestion(question('hc-one-failure'), { type: 'true-false', value: false }).correct).toBe(true)
    expect(gradeQuestion(question('hc-one-failure'), { type: 'true-false', value: true }).correct).toBe(false)
  })

  it('grades the order of lines', () => {
    expect(gradeQuestion(question('hc-state-sequence'), { type: 'order', order: [0, 1, 2, 3, 4] }).correct).toBe(true)
    expect(gradeQuestion(question('hc-state-sequence'), { type: 'order', order: [1, 0, 2, 3, 4] }).problems).toEqual([
      '2 righe sono fuori posto.',
    ])
  })

  it('rejects an incomplete order', () => {
    expect(gradeQuestion(question('hc-state-sequence'), { type: 'order', order: [0, 1, 1, 3, 4] }).problems).toEqual([
      'La sequenza non contiene tutte le righe.',
    ])
  })

  it('grades commands with the parser', () => {
    const result = gradeQuestion(question('rt-restart-on-failure'), {
      type: 'command',
      line: 'docker run --restart=on-failure:5 -d --name worker myapp:2.4.1',
    })

    expect(result.problems).toEqual(['--restart vale on-failure:5, atteso on-failure:3.'])
  })

  it('treats a missing answer as wrong', () => {
    expect(gradeQuestion(question('hc-defaults'), undefined).problems).toEqual(['Nessuna risposta.'])
  })

  it('treats an answer of another type as wrong', () => {
    expect(gradeQuestion(question('hc-defaults'), { type: 'true-false', value: true }).correct).toBe(false)
  })
})

describe('isAnswered', () => {
  const cases: Array<[Answer, boolean]> = [
    [{ type: 'single', optionId: null }, false],
    [{ type: 'multiple', optionIds: [] }, false],
    [{ type: 'command', line: '  ' }, false],
    [{ type: 'true-false', value: false }, true],
  ]

  it.each(cases)('returns the right value for %j', (answer, expected) => {
    expect(isAnswered(answer)).toBe(expected)
  })
})

describe('scoreAttempt', () => {
  const results = (correct: number, total: number): QuestionResult[] =>
    Array.from({ length: total }, (_, index) => ({ questionId: `q${index}`, correct: index < correct, problems: [] }))

  it('passes at 80 % or more', () => {
    expect(scoreAttempt(results(7, 8))).toEqual({ correct: 7, total: 8, score: 0.875, passed: true })
    expect(scoreAttempt(results(4, 5)).passed).toBe(true)
  })

  it('fails below 80 %', () => {
    expect(scoreAttempt(results(6, 8))).toEqual({ correct: 6, total: 8, score: 0.75, passed: false })
  })

  it('fails an empty attempt', () => {
    expect(scoreAttempt([]).passed).toBe(false)
  })
})
