'use client'

import type { DrawnQuestion } from '@/exercises/quiz/draw'
import type { QuestionResult } from '@/exercises/quiz/grade'
import type { Answer } from '@/exercises/quiz/schema'
import { ChoiceQuestion } from './ChoiceQuestion'
import { CommandQuestion } from './CommandQuestion'
import { InlineText } from './InlineText'
import { OrderQuestion } from './OrderQuestion'
import styles from './quiz.module.css'

interface QuestionCardProps {
  drawn: DrawnQuestion
  number: number
  answer: Answer | undefined
  onAnswer: (answer: Answer) => void
  result: QuestionResult | undefined
  /** Heading text of the lesson section that teaches the point, when known. */
  sectionTitle: string | undefined
  idPrefix: string
}

const TYPE_HINTS = {
  single: 'Una sola risposta.',
  multiple: 'Una o più risposte.',
  'true-false': 'Vero o falso?',
  order: 'Metti le righe in ordine.',
  command: 'Scrivi il comando.',
} as const

export function QuestionCard({ drawn, number, answer, onAnswer, result, sectionTitle, idPrefix }: QuestionCardProps) {
  const { question } = drawn
  const submitted = result !== undefined
  const name = `${idPrefix}-${question.id}`

  return (
    <li className={styles.question} data-question-id={question.id} data-question-type={question.type}>
      <fieldset>
        <legend className={styles.prompt}>
          {number}. <InlineText text={question.prompt} />{' '}
          <span className={styles.visuallyHidden}>{TYPE_HINTS[question.type]}</span>
        </legend>
        {renderBody(drawn, answer, onAnswer, submitted, name)}
      </fieldset>
      {result ? <Verdict result={result} section={`/lezioni/${question.lesson}/#${question.section}`} sectionTitle={sectionTitle} /> : null}
    </li>
  )
}

function renderBody(drawn: DrawnQuestion, answer: Answer | undefined, onAnswer: (answer: Answer) => void, submitted: boolean, name: string) {
  const { question } = drawn

  if (question.type === 'order') {
    const order = answer?.type === 'order' ? answer.order : drawn.lineOrder
    return <OrderQuestion question={question} order={order} onReorder={(next) => onAnswer({ type: 'order', order: next })} submitted={submitted} />
  }

  if (question.type === 'command') {
    const line = answer?.type === 'command' ? answer.line : ''
    return <CommandQuestion question={question} line={line} onChange={(next) => onAnswer({ type: 'command', line: next })} submitted={submitted} inputId={name} />
  }

  return <ChoiceQuestion drawn={drawn} answer={answer} onAnswer={onAnswer} submitted={submitted} name={name} />
}

function Verdict({ result, section, sectionTitle }: { result: QuestionResult; section: string; sectionTitle: string | undefined }) {
  if (result.correct) return <p className={`${styles.feedback} ${styles.right}`}>Risposta corretta.</p>

  return (
    <div className={styles.feedback}>
      <p className={styles.wrong}>Risposta non corretta.</p>
      {result.problems.length > 0 ? (
        <ul>
          {result.problems.map((problem) => (
            <li key={problem}>
              <InlineText text={problem} />
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={section}>Ripassa la sezione{sectionTitle ? ` «${sectionTitle}»` : ''}</a>
      </p>
    </div>
  )
}
