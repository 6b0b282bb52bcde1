'use client'

import type { DrawnQuestion } from '@/exercises/quiz/draw'
import type { Answer, ChoiceOption } from '@/exercises/quiz/schema'
import { InlineText } from './InlineText'
import styles from './quiz.module.css'

interface ChoiceQuestionProps {
  drawn: DrawnQuestion
  answer: Answer | undefined
  onAnswer: (answer: Answer) => void
  submitted: boolean
  /** Name shared by the inputs of this question. */
  name: string
}

/** Single choice, multiple choice and true/false: native radio and checkbox inputs. */
export function ChoiceQuestion({ drawn, answer, onAnswer, submitted, name }: ChoiceQuestionProps) {
  const { question } = drawn
  const options = displayOptions(drawn)
  const multiple = question.type === 'multiple'
  const chosen = chosenIds(answer)

  const toggle = (optionId: string, checked: boolean) => {
    if (question.type === 'multiple') {
      const next = checked ? [...chosen, optionId] : chosen.filter((id) => id !== optionId)
      onAnswer({ type: 'multiple', optionIds: next })
    } else if (question.type === 'true-false') {
      onAnswer({ type: 'true-false', value: optionId === 'vero' })
    } else {
      onAnswer({ type: 'single', optionId })
    }
  }

  return (
    <ul className={styles.options}>
      {options.map((option) => {
        const isChosen = chosen.includes(option.id)
        return (
          <li key={option.id} className={styles.option}>
            <label>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={isChosen}
                disabled={submitted}
                onChange={(event) => toggle(option.id, event.target.checked)}
              />
              <span>
                <InlineText text={option.text} />
              </span>
            </label>
            {submitted ? <OptionExplanation option={option} chosen={isChosen} /> : null}
          </li>
        )
      })}
    </ul>
  )
}

function OptionExplanation({ option, chosen }: { option: ChoiceOption; chosen: boolean }) {
  let verdict = 'Non corretta'
  let verdictClass: string | undefined
  if (option.correct) {
    verdict = 'Corretta'
    verdictClass = styles.right
  } else if (chosen) {
    verdict = 'Sbagliata'
    verdictClass = styles.wrong
  }

  return (
    <p className={styles.explanation}>
      <span className={verdictClass}>
        {verdict}
        {chosen ? ' (la tua scelta)' : ''}:
      </span>{' '}
      <InlineText text={option.explanation} />
    </p>
  )
}

function displayOptions(drawn: DrawnQuestion): ChoiceOption[] {
  const { question } = drawn
  if (question.type === 'true-false') {
    return [
      { id: 'vero', text: 'Vero', correct: question.answer, explanation: question.explanations.true },
      { id: 'falso', text: 'Falso', correct: !question.answer, explanation: question.explanations.false },
    ]
  }
  if (question.type !== 'single' && question.type !== 'multiple') return []

  return drawn.optionOrder
    .map((id) => question.options.find((option) => option.id === id))
    .filter((option) => option !== undefined)
}

function chosenIds(answer: Answer | undefined): string[] {
  if (!answer) return []
  if (answer.type === 'single') return answer.optionId ? [answer.optionId] : []
  if (answer.type === 'multiple') return answer.optionIds
  if (answer.type === 'true-false' && answer.value !== null) return [answer.value ? 'vero' : 'falso']
  return []
}
