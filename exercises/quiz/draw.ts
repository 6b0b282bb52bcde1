import { createRandom, seedFor, shuffle } from './random'
import type { Question } from './schema'

/** Questions per quiz attempt. */
export const QUIZ_LENGTH = 8

/** Minimum fraction of correct answers that passes a quiz. */
export const PASS_THRESHOLD = 0.8

/** One question as this attempt shows it. */
export interface DrawnQuestion {
  question: Question
  /** Option ids in display order; empty for true/false, order and command questions. */
  optionOrder: string[]
  /** Starting arrangement of an order question, as indexes into `question.lines`. */
  lineOrder: number[]
}

export interface QuizDraw {
  lesson: string
  seed: number
  questions: DrawnQuestion[]
}

/**
 * Draws `length` questions from `pool` and shuffles their options, all from
 * `seed`, so the same seed always gives the same quiz.
 */
export function drawQuiz(lesson: string, pool: readonly Question[], seed: number, length = QUIZ_LENGTH): QuizDraw {
  const random = createRandom(seed)
  const picked = shuffle(pool, random).slice(0, length)

  return {
    lesson,
    seed,
    questions: picked.map((question) => arrangeQuestion(question, seedFor(seed, question.id))),
  }
}

function arrangeQuestion(question: Question, seed: number): DrawnQuestion {
  const random = createRandom(seed)

  if (question.type === 'single' || question.type === 'multiple') {
    const optionOrder = shuffle(question.options, random).map((option) => option.id)
    return { question, optionOrder, lineOrder: [] }
  }

  if (question.type === 'order') {
    return { question, optionOrder: [], lineOrder: scrambleLines(question.lines.length, random) }
  }

  return { question, optionOrder: [], lineOrder: [] }
}

/** Shuffles line indexes until they differ from the solved order. */
function scrambleLines(count: number, random: () => number): number[] {
  const solved = Array.from({ length: count }, (_, index) => index)
  let order = shuffle(solved, random)

  // With 3 or more lines a reshuffle rarely repeats the solved order many
  // times. The rotation is a deterministic fallback for that case.
  for (let tries = 0; tries < 10 && isSolved(order); tries++) order = shuffle(solved, random)
  if (isSolved(order)) order = [...solved.slice(1), 0]

  return order
}

export function isSolved(order: readonly number[]): boolean {
  return order.every((lineIndex, position) => lineIndex === position)
}
