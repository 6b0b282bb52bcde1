import { apptainerQuestions } from './apptainer'
import { imageBestPracticeQuestions } from './best-practice-immagini'
import { healthCheckQuestions } from './health-check'
import { questionSchema, type Question, type QuestionInput } from './schema'
import { hostSecurityQuestions } from './sicurezza-host'
import { imageSecurityQuestions } from './sicurezza-immagini'
import { runtimeSecurityQuestions } from './sicurezza-runtime'

/** Every question as authored, before schema defaults are applied. */
export const QUESTION_INPUTS: readonly QuestionInput[] = [
  ...hostSecurityQuestions,
  ...imageSecurityQuestions,
  ...imageBestPracticeQuestions,
  ...runtimeSecurityQuestions,
  ...healthCheckQuestions,
  ...apptainerQuestions,
]

/**
 * The parsed bank. Parsing at import time means a malformed question fails
 * the build and the unit tests, naming the question id. Only the server
 * (components/quiz/LessonQuiz.tsx), the tests and the scripts import this
 * module. The browser loads one lesson's file through
 * components/quiz/lesson-questions.ts, without zod.
 */
export const QUESTION_BANK: readonly Question[] = QUESTION_INPUTS.map(parseQuestion)

function parseQuestion(input: QuestionInput): Question {
  const result = questionSchema.safeParse(input)
  if (result.success) return result.data

  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(question)'}: ${issue.message}`)
  throw new Error(`Invalid quiz question "${String(input.id)}": ${problems.join('; ')}`)
}

export function questionsFor(lesson: string): Question[] {
  return QUESTION_BANK.filter((question) => question.lesson === lesson)
}

export function findQuestion(id: string): Question | undefined {
  return QUESTION_BANK.find((question) => question.id === id)
}
