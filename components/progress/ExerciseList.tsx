'use client'

import type { ExerciseProgress } from '@/lib/progress/schema'
import styles from './progress.module.css'

export function ExerciseList({ exercises }: { exercises: Record<string, ExerciseProgress> }) {
  const entries = Object.entries(exercises)
  if (entries.length === 0) return <p className={styles.muted}>Nessun esercizio svolto finora.</p>

  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Esercizio</th>
          <th scope="col">Stato</th>
          <th scope="col">Suggerimenti usati</th>
          <th scope="col">Soluzione vista</th>
          <th scope="col">Ultimo comando</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([id, exercise]) => (
          <tr key={id}>
            <th scope="row">{id}</th>
            <td>{exercise.done ? 'Completato' : 'In corso'}</td>
            <td>{exercise.hintsUsed}</td>
            <td>{exercise.solutionRevealed ? 'Sì' : 'No'}</td>
            <td>{exercise.lastCommands.at(-1) ? <code>{exercise.lastCommands.at(-1)}</code> : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
