'use client'

import { useState } from 'react'
import type { OrderQuestion as OrderQuestionData } from '@/exercises/quiz/schema'
import styles from './quiz.module.css'

interface OrderQuestionProps {
  question: OrderQuestionData
  /** Current arrangement, as indexes into `question.lines`. */
  order: number[]
  onReorder: (order: number[]) => void
  submitted: boolean
}

/** Order-the-lines question, operated with "Sposta su" / "Sposta giù" buttons. */
export function OrderQuestion({ question, order, onReorder, submitted }: OrderQuestionProps) {
  const [announcement, setAnnouncement] = useState('')

  const move = (position: number, offset: -1 | 1) => {
    const target = position + offset
    const next = [...order]
    const moved = next[position]!
    next[position] = next[target]!
    next[target] = moved
    onReorder(next)
    setAnnouncement(`Riga spostata in posizione ${target + 1} di ${order.length}.`)
  }

  return (
    <>
      <ol className={styles.lines}>
        {order.map((lineIndex, position) => {
          const line = question.lines[lineIndex]!
          const inPlace = lineIndex === position
          return (
            <li key={lineIndex}>
              <div className={styles.line}>
                <code>{line.text}</code>
                {submitted ? (
                  <span className={inPlace ? styles.right : styles.wrong}>{inPlace ? 'al posto giusto' : 'fuori posto'}</span>
                ) : (
                  <>
                    <button type="button" className={styles.secondary} disabled={position === 0} onClick={() => move(position, -1)}>
                      Sposta su<span className={styles.visuallyHidden}>: {line.text}</span>
                    </button>
                    <button
                      type="button"
                      className={styles.secondary}
                      disabled={position === order.length - 1}
                      onClick={() => move(position, 1)}
                    >
                      Sposta giù<span className={styles.visuallyHidden}>: {line.text}</span>
                    </button>
                  </>
                )}
              </div>
            </li>
          )
        })}
      </ol>
      <p className={styles.visuallyHidden} role="status">
        {announcement}
      </p>
      {submitted ? <OrderSolution question={question} /> : null}
    </>
  )
}

function OrderSolution({ question }: { question: OrderQuestionData }) {
  return (
    <div className={styles.feedback}>
      <p>Ordine corretto:</p>
      <ol className={styles.lines}>
        {question.lines.map((line) => (
          <li key={line.text}>
            <code>{line.text}</code>
            <p className={styles.explanation}>{line.explanation}</p>
          </li>
        ))}
      </ol>
    </div>
  )
}
