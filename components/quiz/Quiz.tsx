'use client'

import { use, useId, useRef, useState } from 'react'
import { drawQuiz, PASS_THRESHOLD, QUIZ_LENGTH, type QuizDraw } from '@/exercises/quiz/draw'
import { gradeQuestion, scoreAttempt, type QuestionResult } from '@/exercises/quiz/grade'
import { newAttemptSeed } from '@/exercises/quiz/random'
import type { Answer } from '@/exercises/quiz/schema'
import { progressStore } from '@/lib/progress/client'
import type { QuizAttempt } from '@/lib/progress/schema'
import { QuestionCard } from './QuestionCard'
import { QuizIntro } from './QuizIntro'
import { QuizSummary } from './QuizSummary'
import { loadLessonQuestions } from './lesson-questions'
import { quizText } from './strings'
import styles from './quiz.module.css'

export interface QuizProps {
  /** Lesson slug whose questions are drawn. */
  lezione: string
}

/** End-of-lesson quiz: a fresh draw per attempt, graded in the browser and saved to progress. */
export function Quiz({ lezione }: QuizProps) {
  const idPrefix = useId()
  const pool = use(loadLessonQuestions(lezione))
  const [draw, setDraw] = useState<QuizDraw | null>(null)
  const [answers, setAnswers] = useState<Record<string, Answer>>({})
  const [results, setResults] = useState<QuestionResult[] | null>(null)
  const [sectionTitles, setSectionTitles] = useState<Record<string, string>>({})
  const headingRef = useRef<HTMLHeadingElement>(null)

  const start = () => {
    setDraw(drawQuiz(lezione, pool, newAttemptSeed()))
    setAnswers({})
    setResults(null)
    requestAnimationFrame(() => headingRef.current?.focus())
  }

  const submit = () => {
    if (!draw) return
    const graded = draw.questions.map(({ question }) => gradeQuestion(question, answers[question.id]))
    setResults(graded)
    setSectionTitles(readSectionTitles(draw))
    progressStore.getState().recordQuizAttempt(buildAttempt(draw, graded))
    requestAnimationFrame(() => headingRef.current?.focus())
  }

  if (pool.length === 0) return null

  return (
    <section className={styles.quiz} aria-labelledby={`${idPrefix}-title`} data-quiz={lezione}>
      {/* The lesson's own "Verifica finale" H2 introduces the quiz, so its title is one level down. */}
      <h3 id={`${idPrefix}-title`} ref={headingRef} tabIndex={-1}>
        {quizText.title}
      </h3>

      {draw === null ? (
        <QuizIntro lesson={lezione} poolSize={pool.length} length={Math.min(QUIZ_LENGTH, pool.length)} threshold={PASS_THRESHOLD} onStart={start} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          {results ? <QuizSummary score={scoreAttempt(results)} onRetry={start} /> : null}
          <ol className={styles.questions}>
            {draw.questions.map((drawn, index) => (
              <QuestionCard
                key={drawn.question.id}
                drawn={drawn}
                number={index + 1}
                answer={answers[drawn.question.id]}
                onAnswer={(answer) => setAnswers((previous) => ({ ...previous, [drawn.question.id]: answer }))}
                result={results?.[index]}
                sectionTitle={sectionTitles[drawn.question.section]}
                idPrefix={idPrefix}
              />
            ))}
          </ol>
          <div className={styles.actions}>
            {/* Distinct keys: if React reused the submit button as the retry button,
                the click that starts a new draw would also submit it. */}
            {results ? (
              <button key="retry" type="button" className={styles.button} onClick={start}>
                Riprova con nuove domande
              </button>
            ) : (
              <button key="submit" type="submit" className={styles.button}>
                Consegna le risposte
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  )
}

function buildAttempt(draw: QuizDraw, results: QuestionResult[]): QuizAttempt {
  const score = scoreAttempt(results)
  return {
    id: crypto.randomUUID(),
    lesson: draw.lesson,
    seed: draw.seed,
    finishedAt: Date.now(),
    correct: score.correct,
    total: score.total,
    questionIds: draw.questions.map(({ question }) => question.id),
    missed: results.filter((result) => !result.correct).map((result) => result.questionId),
  }
}

/** Reads the H2 texts of the sections the drawn questions link to, when the lesson is on this page. */
function readSectionTitles(draw: QuizDraw): Record<string, string> {
  const titles: Record<string, string> = {}
  for (const { question } of draw.questions) {
    const heading = document.getElementById(question.section)
    if (heading?.tagName === 'H2' && heading.textContent) titles[question.section] = heading.textContent.trim()
  }
  return titles
}
