import type { Question, QuestionInput } from '../../exercises/quiz/schema'

// The browser's way to the question bank: each lesson page downloads only its
// own lesson's questions, as authored, without zod. The build and the unit
// tests validate the same files through exercises/quiz/index.ts, and
// lesson-questions.test.ts checks that both ways return equal questions.

type QuestionLoader = () => Promise<readonly QuestionInput[]>

/** Lesson slug → loader of that lesson's question file; one chunk per file. */
const QUESTION_LOADERS: Readonly<Record<string, QuestionLoader>> = {
  'sicurezza-host': () => import('../../exercises/quiz/sicurezza-host').then((module) => module.hostSecurityQuestions),
  'sicurezza-immagini': () => import('../../exercises/quiz/sicurezza-immagini').then((module) => module.imageSecurityQuestions),
  'best-practice-immagini': () =>
    import('../../exercises/quiz/best-practice-immagini').then((module) => module.imageBestPracticeQuestions),
  'sicurezza-runtime': () => import('../../exercises/quiz/sicurezza-runtime').then((module) => module.runtimeSecurityQuestions),
  'health-check': () => import('../../exercises/quiz/health-check').then((module) => module.healthCheckQuestions),
  apptainer: () => import('../../exercises/quiz/apptainer').then((module) => module.apptainerQuestions),
}

/** Lessons with a question file, in the order of QUESTION_LOADERS. */
export const LESSONS_WITH_QUESTIONS: readonly string[] = Object.keys(QUESTION_LOADERS)

const loaded = new Map<string, Promise<Question[]>>()

/**
 * Returns the questions of `lesson`, an empty list for a lesson without
 * questions. The promise is cached per lesson, so `use()` in the quiz gets the
 * same promise on every render.
 */
export function loadLessonQuestions(lesson: string): Promise<Question[]> {
  const cached = loaded.get(lesson)
  if (cached) return cached

  const loader = QUESTION_LOADERS[lesson]
  const questions = loader ? loader().then((inputs) => inputs.map(applyQuestionDefaults)) : Promise.resolve([])
  loaded.set(lesson, questions)
  return questions
}

/** Fills the fields that the zod schema in exercises/quiz/schema.ts defaults; only `optionalFlags` has one. */
export function applyQuestionDefaults(input: QuestionInput): Question {
  if (input.type === 'command') return { ...input, optionalFlags: input.optionalFlags ?? [] }
  return input
}
