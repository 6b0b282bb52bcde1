import { gradeCommand } from './command'
import { isSolved, PASS_THRESHOLD } from './draw'
import type { Answer, MultipleChoiceQuestion, OrderQuestion, Question, SingleChoiceQuestion } from './schema'

export interface QuestionResult {
  questionId: string
  correct: boolean
  /** Italian notes on what differs from the solution; empty when correct. */
  problems: string[]
}

export interface AttemptScore {
  correct: number
  total: number
  /** Fraction of correct answers, 0–1. */
  score: number
  passed: boolean
}

/** Grades one answer. An answer of the wrong type counts as not answered. */
export function gradeQuestion(question: Question, answer: Answer | undefined): QuestionResult {
  const problems = findProblems(question, answer)
  return { questionId: question.id, correct: problems.length === 0, problems }
}

export function scoreAttempt(results: readonly QuestionResult[]): AttemptScore {
  const correct = results.filter((result) => result.correct).length
  const total = results.length
  const score = total === 0 ? 0 : correct / total

  return { correct, total, score, passed: total > 0 && score >= PASS_THRESHOLD }
}

/** True when an answer has been given, so the quiz can be submitted. */
export function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false
  if (answer.type === 'single') return answer.optionId !== null
  if (answer.type === 'multiple') return answer.optionIds.length > 0
  if (answer.type === 'true-false') return answer.value !== null
  if (answer.type === 'command') return answer.line.trim() !== ''
  return true
}

function findProblems(question: Question, answer: Answer | undefined): string[] {
  if (!answer || answer.type !== question.type || !isAnswered(answer)) return ['Nessuna risposta.']

  switch (question.type) {
    case 'single':
      return answer.type === 'single' ? checkSingle(question, answer.optionId) : []
    case 'multiple':
      return answer.type === 'multiple' ? checkMultiple(question, answer.optionIds) : []
    case 'true-false':
      return answer.type === 'true-false' && answer.value !== question.answer ? ['Risposta sbagliata.'] : []
    case 'order':
      return answer.type === 'order' ? checkOrder(question, answer.order) : []
    case 'command':
      return answer.type === 'command' ? gradeCommand(question, answer.line).problems : []
  }
}

function checkSingle(question: SingleChoiceQuestion, optionId: string | null): string[] {
  const chosen = question.options.find((option) => option.id === optionId)
  return chosen?.correct ? [] : ['Risposta sbagliata.']
}

function checkMultiple(question: MultipleChoiceQuestion, optionIds: readonly string[]): string[] {
  const chosen = new Set(optionIds)
  const missing = question.options.filter((option) => option.correct && !chosen.has(option.id)).length
  const wrong = question.options.filter((option) => !option.correct && chosen.has(option.id)).length
  const problems: string[] = []

  if (missing > 0) problems.push(missing === 1 ? 'Manca una risposta corretta.' : `Mancano ${missing} risposte corrette.`)
  if (wrong > 0) problems.push(wrong === 1 ? 'Hai scelto una risposta sbagliata.' : `Hai scelto ${wrong} risposte sbagliate.`)
  return problems
}

function checkOrder(question: OrderQuestion, order: readonly number[]): string[] {
  const complete = order.length === question.lines.length && new Set(order).size === order.length
  if (!complete) return ['La sequenza non contiene tutte le righe.']
  if (isSolved(order)) return []

  const misplaced = order.filter((lineIndex, position) => lineIndex !== position).length
  return [misplaced === 1 ? 'Una riga è fuori posto.' : `${misplaced} righe sono fuori posto.`]
}
