'use client'

import type { CommandQuestion as CommandQuestionData } from '@/exercises/quiz/schema'
import { InlineText } from './InlineText'
import styles from './quiz.module.css'

interface CommandQuestionProps {
  question: CommandQuestionData
  line: string
  onChange: (line: string) => void
  submitted: boolean
  inputId: string
}

/** "Write the command" question: one text input, graded by the engine's parser. */
export function CommandQuestion({ question, line, onChange, submitted, inputId }: CommandQuestionProps) {
  return (
    <>
      <div className={styles.commandInput}>
        <label htmlFor={inputId} className={styles.visuallyHidden}>
          Comando
        </label>
        <span aria-hidden="true">$</span>
        <input
          id={inputId}
          type="text"
          value={line}
          disabled={submitted}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          placeholder="docker …"
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {submitted ? (
        <div className={styles.feedback}>
          <p>
            Una soluzione: <code>{question.expected}</code>
          </p>
          <p className={styles.explanation}>
            <InlineText text={question.explanation} />
          </p>
        </div>
      ) : null}
    </>
  )
}
