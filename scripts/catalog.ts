// Prints the course inventory as JSON: lessons, exercises and quiz questions.
// Usage: npm run --silent catalog

import { exercises } from '../exercises'
import { QUESTION_BANK } from '../exercises/quiz'
import { readLessonCards } from '../lib/lessons/load'

function buildCatalog() {
  return {
    lessons: readLessonCards().map((lesson) => ({ slug: lesson.slug, title: lesson.title, written: lesson.written })),
    exercises: exercises.map((exercise) => ({ id: exercise.id, lesson: exercise.lesson, title: exercise.title })),
    questions: QUESTION_BANK.map((question) => ({ id: question.id, lesson: question.lesson, type: question.type })),
  }
}

process.stdout.write(`${JSON.stringify(buildCatalog(), null, 2)}\n`)
